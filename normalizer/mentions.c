/* mentions.c - who the item talks about: people (titles, capitalisation,
 * known surnames), bodies, countries and demonyms, places, and the pronouns
 * and descriptions that point back at them ("he", "the Russian defense
 * minister", "the two ministers").  Mentions of one party share an entity. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalizer.h" /* same_outlet */

/* Words that can never be part of a person's name. */
#define NOT_NAME_BITS                                                                              \
    (W_PRONOUN_M | W_PRONOUN_F | W_PRONOUN_PL | W_DET | W_WEEKDAY | W_MONTH | W_RELDAY | W_AUX |   \
     W_ADVERB | W_BACKGROUND | W_CONJ | W_PREP | W_NONNAME | W_ORG_HEAD | W_UNNAMED | W_GROUP |    \
     W_SUBORD | W_NUMBER_WORD | W_PLACE_PREP | W_PERSON_NOUN)

/* acronym definitions ("Office of X (OX)") an all-caps word is checked against */
#define ACRONYM_DEFS_MAX 64
/* a lowercase item's dateline: the comma before its month within this many tokens */
#define LOWER_DATELINE_WORDS 6
/* words after a first name in a lowercase item's name ("leon febres cordero") */
#define LOWER_NAME_WORDS 3
/* surnames a lowercase item's names give, capitalised where they recur */
#define LOWER_NAMES_MAX 16

static int is_punct(const doc *d, uint32_t t, char c)
{
    return t < d->ntoks && (d->toks[t].flags & T_PUNCT) && d->text[d->toks[t].start] == c &&
           d->toks[t].end - d->toks[t].start == 1;
}

/* Is token t a capitalised word that may name a body's topic or aim
 * ("Human Rights", "Address Online Harassment"): no day, month or closed
 * class, no country, demonym, place, first name, title or known body? */
static int topic_word(const doc *d, uint32_t t)
{
    const token *u = &d->toks[t];
    return (u->flags & T_CAP) && (u->flags & T_WORD) && !(u->flags & (T_ALLCAPS | T_POSS)) &&
           !(u->word_bits & (W_WEEKDAY | W_MONTH | W_DET | W_RELDAY | W_PREP | W_CONJ)) &&
           !is_state_word(d, t) && !tok_lex(d, t, LEX_PLACE, NULL) &&
           !tok_lex(d, t, LEX_GIVEN_NAME, NULL) && !tok_lex(d, t, LEX_TITLE, NULL) &&
           !tok_lex(d, t, LEX_ORG, NULL);
}

/* "Council on Native American Affairs", "Commission on Human Rights": token
 * k is "on" before a capitalised topic word that goes on a body's name (not
 * "the Board on Monday", "a committee on Ukraine", "the Council on
 * President X's plan") */
static int on_topic_part(const doc *d, uint32_t k, uint32_t limit)
{
    if (!(k + 1 < limit && tok_is(&d->toks[k], "on")))
        return 0;
    if (topic_word(d, k + 1))
        return 1;
    /* "Task Force on AI Datacenter Infrastructure": an acronym (no known
     * body's, no country's) opens the topic when a plain topic word follows
     * (a headline all in capitals has none) */
    const token *u = &d->toks[k + 1];
    return (u->flags & T_ALLCAPS) && (u->flags & T_WORD) && !(u->flags & T_POSS) &&
           !tok_lex(d, k + 1, LEX_ORG, NULL) && !tok_lex(d, k + 1, LEX_COUNTRY, NULL) &&
           k + 2 < limit && topic_word(d, k + 2);
}

/* "Task Force to Address Online Harassment", "Committee to Protect
 * Journalists": token k is "to" after a body's head word (no legal form:
 * "sell Hawaiian Insurance Cos to Hawaiian Electric") before two
 * capitalised words (an aim named as part of a body's name), the first of
 * them no name, place or title: "handed the Task Force to Joe Biden" ends
 * the body at "to" */
static int to_aim_part(const doc *d, uint32_t k, uint32_t limit)
{
    if (k == 0 || k + 2 >= limit || !tok_is(&d->toks[k], "to") ||
        (d->toks[k - 1].word_bits & (W_ORG_HEAD | W_COMPANY)) != W_ORG_HEAD ||
        !topic_word(d, k + 1))
        return 0;
    const token *w = &d->toks[k + 2];
    return (w->flags & T_CAP) && (w->flags & T_WORD) && !(w->flags & T_POSS);
}

/* "the Commission for Racial Equality", "the Commission on Human Rights":
 * a one-word alias of a known body (the European Commission) at j, a
 * body's head, that goes on with a named "for"/"of" part or an "on" topic
 * or "to" aim of its own names another body */
static int alias_with_own_part(const doc *d, uint32_t j, uint32_t limit)
{
    return (d->toks[j].word_bits & W_ORG_HEAD) && j + 2 < limit &&
           (((tok_is(&d->toks[j + 1], "for") || tok_is(&d->toks[j + 1], "of")) &&
             (d->toks[j + 2].flags & T_CAP) && !(d->toks[j + 2].word_bits & W_DET)) ||
            on_topic_part(d, j + 1, limit) || to_aim_part(d, j + 1, limit));
}

const char *span_text(doc *d, uint32_t from, uint32_t to)
{
    size_t n = 0;
    for (uint32_t t = from; t < to; t++)
        n += d->toks[t].end - d->toks[t].start + 1;
    char *out = arena_alloc_raw(d->mem, n + 1); /* (written up to its NUL below) */
    if (!out)
        return NULL;
    size_t o = 0;
    for (uint32_t t = from; t < to; t++) {
        if (t > from && (d->toks[t].flags & T_SPACE_BEFORE))
            out[o++] = ' ';
        memcpy(out + o, d->text + d->toks[t].start, d->toks[t].end - d->toks[t].start);
        o += d->toks[t].end - d->toks[t].start;
    }
    out[o] = '\0';
    return out;
}

static int lexicon_claims(const doc *d, uint32_t t)
{
    for (const lex_match *m = d->toks[t].matches; m; m = m->next)
        for (const lex_entry *e = m->entry; e; e = e->next)
            switch (e->cat) {
            case LEX_TITLE:
            case LEX_COUNTRY:
            case LEX_DEMONYM:
            case LEX_CAPITAL:
            case LEX_PLACE:
            case LEX_ORG:
            case LEX_DOCUMENT: return 1;
            case LEX_SPEECH:
            case LEX_MEETING:
            case LEX_SIGNING:
                if (m->nwords == 1)
                    return 1;
                break;
            default: break;
            }
    return 0;
}

/* One token that can be part of a person's name. */
static int name_token(const doc *d, uint32_t t)
{
    if (t >= d->ntoks)
        return 0;
    const token *k = &d->toks[t];
    if (!(k->flags & T_CAP) || (k->flags & (T_NUM | T_POSS)) || before_body(d, k->start))
        return 0;
    /* "Theresa May", "Christine May": a month after a first name is the
     * surname (not "in May 2019": no number follows) */
    if ((k->word_bits & W_MONTH) && t > 0 && tok_lex(d, t - 1, LEX_GIVEN_NAME, NULL) &&
        (d->toks[t - 1].flags & T_CAP) && !(t + 1 < d->ntoks && (d->toks[t + 1].flags & T_NUM)))
        return 1;
    /* "said Jan Egeland", "April Ryan said": a month before a surname (or a
     * second first name: "Jan Christian Vestre") is a first name (not "in May Britain said", "on
     * Jan 5", "since last August Smart has": a preposition, article, time word or number around it,
     * or a word the lexicon knows after it) */
    if ((k->word_bits & W_MONTH) && !(k->flags & T_ALLCAPS) && t + 1 < d->ntoks &&
        d->toks[t + 1].sent == k->sent && (d->toks[t + 1].flags & T_CAP) &&
        (d->toks[t + 1].flags & T_WORD) && !(d->toks[t + 1].flags & (T_NUM | T_ALLCAPS)) &&
        !(d->toks[t + 1].word_bits & NOT_NAME_BITS) &&
        (!lexicon_claims(d, t + 1) || tok_lex(d, t + 1, LEX_GIVEN_NAME, NULL)) &&
        !(t + 2 < d->ntoks && (d->toks[t + 2].flags & T_NUM)) &&
        !(t > 0 && d->toks[t - 1].sent == k->sent &&
          ((d->toks[t - 1].word_bits &
            (W_PREP | W_PLACE_PREP | W_DET | W_SUBORD | W_BACKGROUND | W_ADVERB)) ||
           /* (a capitalised one inside the sentence ends a title's field:
            * "Minister of Trade and Industry Jan Christian Vestre") */
           ((d->toks[t - 1].word_bits & W_NONNAME) && !tok_lex(d, t - 1, LEX_TITLE, NULL) &&
            (!(d->toks[t - 1].flags & T_CAP) || d->sents[k->sent].tok_start == t - 1)) ||
           (d->toks[t - 1].flags & T_NUM))))
        return 1;
    /* "Mark A. Milley", "Charles A Blixt": a capital "A" or "I" right after
     * a first name, before a capitalised name word, is a middle initial,
     * not an article or a pronoun (not "Have I Got", "Party A Just") */
    if (k->end - k->start == 1 && (tok_is(k, "a") || tok_is(k, "i")) && t > 0 &&
        d->toks[t - 1].sent == k->sent && (d->toks[t - 1].flags & T_CAP) &&
        tok_lex(d, t - 1, LEX_GIVEN_NAME, NULL) && t + 2 < d->ntoks) {
        uint32_t n =
            is_punct(d, t + 1, '.') && !(d->toks[t + 1].flags & T_SPACE_BEFORE) ? t + 2 : t + 1;
        const token *w = &d->toks[n];
        if (w->sent == k->sent && (w->flags & T_WORD) && (w->flags & T_CAP) &&
            !(w->flags & T_ALLCAPS) && w->end - w->start > 1 && name_token(d, n))
            return 1;
    }
    if (k->word_bits & NOT_NAME_BITS)
        return 0;
    /* "Minister of External Affairs S. Jaishankar", "William S. Cohen": a
     * one-letter initial that documents.tsv reads as a bill ("S. 202")
     * opens or goes on with a name before a capitalised word, no number
     * (not the "S." of "U. S. Coast Guard") */
    if (k->end - k->start == 1 && t + 2 < d->ntoks && tok_lex(d, t, LEX_DOCUMENT, NULL) &&
        is_punct(d, t + 1, '.') && !(d->toks[t + 1].flags & T_SPACE_BEFORE) &&
        d->toks[t + 2].sent == k->sent && (d->toks[t + 2].flags & T_WORD) &&
        (d->toks[t + 2].flags & T_CAP) && !(d->toks[t + 2].flags & (T_NUM | T_ALLCAPS)) &&
        d->toks[t + 2].end - d->toks[t + 2].start > 1 &&
        !(t >= 2 && is_punct(d, t - 1, '.') && d->toks[t - 2].end - d->toks[t - 2].start == 1))
        return 1;
    if (lexicon_claims(d, t) && !tok_lex(d, t, LEX_GIVEN_NAME, NULL))
        return 0;
    /* "Greeting Zuzana Čaputová, ...", "Addressing Nikol Pashinyan": a
     * caption's opening participle before a first name is not a name */
    if (t == d->sents[k->sent].tok_start && k->end - k->start > 4 &&
        !memcmp(d->text + k->end - 3, "ing", 3) && t + 1 < d->ntoks &&
        tok_lex(d, t + 1, LEX_GIVEN_NAME, NULL) && !tok_lex(d, t, LEX_GIVEN_NAME, NULL))
        return 0;
    return 1;
}

/* End of the surname starting at `last`: a hyphenated surname is one. */
static uint32_t surname_end(const doc *d, uint32_t last, uint32_t end)
{
    uint32_t k = last + 1;
    while (k + 1 < end && is_punct(d, k, '-') && !(d->toks[k].flags & T_SPACE_BEFORE))
        k += 2;
    return k;
}

/* The longest name at t: capitalised tokens, initials ("R."), hyphen joins
 * ("Jean-Claude") and particles ("bin", "de") inside.  Returns the end token
 * (exclusive); t when there is none.  *last_word gets the surname token. */
/* A first name that is also a place ("Milan Jovic", "Georgia Meloni"): a
 * capitalised word the gazetteer knows as a place, right before another
 * name word. */
static int place_first_name(const doc *d, uint32_t t, uint32_t limit)
{
    if (t + 1 >= limit || !(d->toks[t].flags & T_CAP) || (d->toks[t].word_bits & NOT_NAME_BITS))
        return 0;
    if (!(tok_lex(d, t, LEX_PLACE, NULL) || tok_lex(d, t, LEX_CAPITAL, NULL)))
        return 0;
    if (tok_lex(d, t, LEX_ORG, NULL) || tok_lex(d, t, LEX_TITLE, NULL))
        return 0;
    return name_token(d, t + 1) && !(d->toks[t + 1].flags & T_ALLCAPS);
}

static int known_surname(const doc *d, uint32_t t);

/* A lower-case second syllable of a given name after a hyphen ("-shien",
 * "-jung"): a short word the lexicon does not know, no "-ed" participle
 * ("-based", "-led"), joined to the hyphen.  One the lexicon knows ("Kim
 * Jong-un", "Moon Jae-in": "UN", "in") only of two letters and ending the
 * compound (not "Commander-in-Chief"). */
static int hyphen_syllable(const doc *d, uint32_t j, uint32_t limit)
{
    const token *k = &d->toks[j];
    if (!(k->flags & T_WORD) || (k->flags & (T_CAP | T_NUM | T_SPACE_BEFORE)) || k->lower_len < 2 ||
        k->lower_len > 5)
        return 0;
    if ((k->cats || k->word_bits) &&
        (k->lower_len != 2 || (j + 1 < limit && is_punct(d, j + 1, '-'))))
        return 0;
    if (ed_ending(k))
        return 0;
    for (size_t i = 0; i < k->lower_len; i++)
        if (k->lower[i] < 'a' || k->lower[i] > 'z')
            return 0;
    return 1;
}

/* Token p, or the one after it when p is a hyphen glued to both sides
 * ("Al-Sheikh", "al-Assad": the particle's hyphen is skipped). */
static uint32_t past_glued_hyphen(const doc *d, uint32_t p, uint32_t limit)
{
    if (p + 1 < limit && is_punct(d, p, '-') && !(d->toks[p].flags & T_SPACE_BEFORE) &&
        !(d->toks[p + 1].flags & T_SPACE_BEFORE))
        return p + 1;
    return p;
}

static uint32_t scan_name(const doc *d, uint32_t t, uint32_t limit, uint32_t *last_word)
{
    uint32_t j = t, end = t;
    int words = 0, joined = 0;
    while (j < limit && words < 5) {
        if (name_token(d, j) || (words == 0 && j == t && place_first_name(d, j, limit))) {
            const token *k = &d->toks[j];
            int initial = k->end - k->start == 1 || (k->flags & T_ABBREV);
            /* "Jr", "Sr", "II": a suffix, not the surname */
            int suffix = (k->word_bits & W_SUFFIX) != 0;
            j++;
            if (initial && is_punct(d, j, '.') && !(d->toks[j].flags & T_SPACE_BEFORE))
                j++; /* "R." */
            else if (!initial && !suffix && !joined)
                *last_word = j - 1;
            if (suffix && is_punct(d, j, '.') && !(d->toks[j].flags & T_SPACE_BEFORE))
                j++;
            end = j;
            words++;
            joined = 0;
            /* "Haitham bin Tariq Al Said", "Hussein Al-Sheikh": a capitalised
             * Arabic article inside a name takes the next capital as the
             * family name, though the lexicon knows it as a verb or title
             * (not "Al Gore": the article opens no name) */
            if (words >= 2 && (k->flags & T_CAP) && (k->word_bits & W_PARTICLE)) {
                uint32_t p = past_glued_hyphen(d, j, limit);
                if (p < limit && d->toks[p].sent == k->sent && (d->toks[p].flags & T_CAP) &&
                    (d->toks[p].flags & T_WORD) &&
                    !(d->toks[p].flags & (T_ALLCAPS | T_NUM | T_POSS)) && !name_token(d, p)) {
                    *last_word = p;
                    end = p + 1;
                    break;
                }
            }
            /* hyphen joins: Jean-Claude, Araneta-Marcos (the surname is the
             * whole compound, its first part is where it starts) */
            if (is_punct(d, j, '-') && !(d->toks[j].flags & T_SPACE_BEFORE) && j + 1 < limit &&
                name_token(d, j + 1) && !(d->toks[j + 1].flags & T_SPACE_BEFORE)) {
                j++;
                joined = 1;
            } else if (words >= 2 && is_punct(d, j, '-') && !(d->toks[j].flags & T_SPACE_BEFORE) &&
                       j + 1 < limit && hyphen_syllable(d, j + 1, limit)) {
                /* "Wang Chien-shien", "Kim Dae-jung": a given name whose
                 * second syllable is written in lower case, last in the name */
                end = j + 2;
                *last_word = j - 1;
                words++;
                break;
            }
            continue;
        }
        /* "de Gaulle", and two particles in a row: "von der Leyen", "de la
         * Fuente" (the surname is lost otherwise, and with it the key) */
        /* "President von der Leyen", "Mr de Margerie": after a title, a
         * lower-case particle opens the surname */
        int titled_particle = !words && j == t && j > 0 && !(d->toks[j].flags & T_CAP) &&
                              d->toks[j - 1].sent == d->toks[j].sent &&
                              tok_lex(d, j - 1, LEX_TITLE, NULL) != NULL;
        if ((words || titled_particle) && (d->toks[j].word_bits & W_PARTICLE)) {
            uint32_t p = j + 1;
            if (p + 1 < limit && (d->toks[p].word_bits & W_PARTICLE) && !(d->toks[p].flags & T_CAP))
                p++;
            /* "Bashar al-Assad", "Abdel Fattah el-Sisi": a particle joined by
             * a hyphen to the surname */
            else
                p = past_glued_hyphen(d, p, limit);
            if (p < limit && name_token(d, p)) {
                j = p;
                continue;
            }
            /* "Miguel de la Madrid", "Zaid bin Sultan": after a first name
             * and a particle, a capital the lexicon holds (a city, a
             * title) ending the name is the surname still, after a first
             * name or a title (not "Banco de Mexico") */
            if (p < limit && words &&
                (tok_lex(d, t, LEX_GIVEN_NAME, NULL) ||
                 (t > 0 && tok_lex(d, t - 1, LEX_TITLE, NULL))) &&
                (d->toks[p].flags & T_CAP) && (d->toks[p].flags & T_WORD) &&
                !(d->toks[p].flags & (T_ALLCAPS | T_NUM | T_POSS)) &&
                !(d->toks[p].word_bits & NOT_NAME_BITS) && !before_body(d, d->toks[p].start) &&
                (p + 1 >= limit || !(d->toks[p + 1].flags & T_CAP))) {
                *last_word = p;
                end = j = p + 1;
                words++;
                break;
            }
        }
        /* "Mervyn King", "Tony Major", "Mr King": a title word after a first
         * name or an honorific, at the end of the name, is the surname */
        /* ("king", "major" are also in the nonname class: alone, never a
         * name; after a first name, a surname) */
        const lex_entry *hon =
            words == 0 && j == t && j > 0 ? tok_lex(d, j - 1, LEX_TITLE, NULL) : NULL;
        if ((words == 1 || (hon && hon->value == TITLE_HONORIFIC)) && (d->toks[j].flags & T_CAP) &&
            tok_lex(d, j, LEX_TITLE, NULL) &&
            !(d->toks[j].word_bits & (NOT_NAME_BITS & ~(uint64_t)W_NONNAME)) &&
            !before_body(d, d->toks[j].start) &&
            (j + 1 >= limit || !(d->toks[j + 1].flags & T_CAP)) &&
            (hon ? known_surname(d, j) /* not a vocative ("Mr President said") */
                 : tok_lex(d, j - 1, LEX_GIVEN_NAME, NULL) != NULL)) {
            *last_word = j;
            end = ++j;
            words++;
            break;
        }
        /* "Jack Law ... Mr Law said", "Mike German ... Mr German said:",
         * "John Houston ... Mr Houston": after an honorific, a place,
         * demonym or common word ending the name is the surname of the
         * person the item named in full before (an honorific never goes
         * before a place or a nationality) */
        if (hon && hon->value == TITLE_HONORIFIC && (d->toks[j].flags & T_CAP) &&
            (d->toks[j].flags & T_WORD) && !(d->toks[j].flags & (T_ALLCAPS | T_IN_QUOTE)) &&
            !tok_lex(d, j, LEX_TITLE, NULL) && !before_body(d, d->toks[j].start) &&
            (j + 1 >= limit || !(d->toks[j + 1].flags & T_CAP)) && known_surname(d, j)) {
            *last_word = j;
            end = ++j;
            words++;
            break;
        }
        /* "said Daniel Good ... '...,' Good said", "analyst Rick May ...
         * '...,' May said": alone, a month or common word is the surname of
         * the person the item named in full before, when it is the subject
         * of a speech cue opening its clause (not "in May said", "the King
         * said": a word before it) */
        if (words == 0 && j == t && (d->toks[j].flags & T_CAP) && (d->toks[j].flags & T_WORD) &&
            !(d->toks[j].flags & (T_ALLCAPS | T_IN_QUOTE | T_POSS)) &&
            (j == d->sents[d->toks[j].sent].tok_start || is_punct(d, j - 1, ',') ||
             (d->toks[j - 1].flags & T_QUOTE)) &&
            !before_body(d, d->toks[j].start) && speech_follows(d, j + 1, limit) &&
            known_surname(d, j)) {
            *last_word = j;
            end = ++j;
            words++;
            break;
        }
        /* "Michael Day (D)", "Jeremy England (R)": a place or common word
         * after a first name, ending the name, is the surname */
        if (words == 1 && j > t && (d->toks[j].flags & T_CAP) && (d->toks[j].flags & T_WORD) &&
            !(d->toks[j].flags & (T_POSS | T_ALLCAPS)) &&
            !(d->toks[j].word_bits & (NOT_NAME_BITS & ~(uint64_t)W_NONNAME)) &&
            ((d->toks[j].word_bits & W_NONNAME) || lexicon_claims(d, j)) &&
            !tok_lex(d, j, LEX_TITLE, NULL) && tok_lex(d, j - 1, LEX_GIVEN_NAME, NULL) &&
            (j + 1 >= limit || is_punct(d, j + 1, '(') ||
             ((d->toks[j + 1].flags & T_PUNCT) && !(d->toks[j + 1].flags & T_QUOTE) &&
              !is_punct(d, j + 1, '-')))) {
            *last_word = j;
            end = ++j;
            words++;
            break;
        }
        break;
    }
    /* "Biden, Jr. said": a suffix alone after the comma is no name of its
     * own (its surname would be the ".") */
    if (words == 1 && (d->toks[t].word_bits & W_SUFFIX))
        return t;
    if (end > t && *last_word < t)
        *last_word = end - 1;
    return end;
}

static int lower_elsewhere(doc *d, uint32_t t);

/* How far back after_portfolio() looks for the title whose portfolio a
 * scanned name follows ("Secretary for Finance and Economic Planning" is
 * five tokens before the name). */
#define PORTFOLIO_REACH 8

/* "Minister of State for Finance Damas Mbogoro", "Secretary for Finance and
 * Economic Planning Kwesi Botchwey": does token t follow a title's
 * portfolio, a "for" or "of" after a capitalised title with only
 * capitalised words, "and" and commas between (within PORTFOLIO_REACH
 * tokens of its sentence)?  Not "President Asif Ali Zardari" nor "Minister
 * of Finance Ri Yong Gil": a title right before the name has no portfolio. */
static int after_portfolio(const doc *d, uint32_t t)
{
    uint32_t s0 = d->sents[d->toks[t].sent].tok_start;
    int prep = 0;
    for (uint32_t k = t; k-- > s0 && t - k <= PORTFOLIO_REACH;) {
        const token *x = &d->toks[k];
        unsigned nw = 0;
        /* (not when the title's own words run up to the name: "Minister
         * of Finance Ri Yong Gil") */
        if ((x->flags & T_CAP) && tok_lex(d, k, LEX_TITLE, &nw))
            return prep && k + nw < t;
        if (tok_is(x, "for") || tok_is(x, "of"))
            prep = 1;
        else if (!tok_is(x, "and") && !is_punct(d, k, ',') &&
                 !((x->flags & T_WORD) && (x->flags & T_CAP)))
            return 0;
    }
    return 0;
}

/* "... and Utilities Vladimir Yakushev", "of Credit Suisse Paul Hofer",
 * "with The Guardian Oleg Ustenko": the tail of a title or a body's name
 * that the name scan took along.  When the scanned name [t, end) holds
 * three words or more and does not open with a given name: after a
 * body's head word or inside a dotted name, a word before a given name and
 * a surname is the body's; after a lower-case word, a given name later
 * with a surname after it starts the person's name; else past leading
 * words the item writes in lower case (below).  That token, else t. */
static uint32_t trim_name_head(doc *d, uint32_t t, uint32_t end)
{
    /* "J. Thomas Clark": an initial opens a name; so does a month that
     * name_token let open one ("Jan Christian Vestre"): a first name */
    if (t == 0 || end < t + 3 || tok_lex(d, t, LEX_GIVEN_NAME, NULL) ||
        (d->toks[t].word_bits & W_MONTH) || d->toks[t].end - d->toks[t].start == 1 ||
        (d->toks[t].flags & T_ABBREV))
        return t;
    const token *p = &d->toks[t - 1];
    int after_lower = (p->flags & T_WORD) && (!(p->flags & T_CAP) || tok_is(p, "the")) &&
                      (p->word_bits & (W_PREP | W_CONJ | W_DET));
    /* "CEO of United Chemical Company Uralchem Dmitry Mazepin": after a
     * body's head word, a word that is no first name before a given name
     * and a surname is the body's own name (not "President Asif Ali
     * Zardari", after a title); so is the tail of a dotted name ("General
     * Director of DOM.RF Vitaly Mutko") */
    int dotted = t >= 2 && is_punct(d, t - 1, '.') && !(d->toks[t].flags & T_SPACE_BEFORE) &&
                 (d->toks[t - 2].flags & T_WORD) && !(p->flags & T_SPACE_BEFORE);
    /* (or after a capitalised word that is never a name's, ending a title's
     * portfolio or a body's name: "on Economic Issues Oleg Ustenko", "of
     * the General Staff Yevgeny Shmyrin") */
    if (!after_lower && end == t + 3 &&
        (dotted || ((p->flags & T_WORD) && (p->flags & T_CAP) &&
                    (p->word_bits & (W_ORG_HEAD | W_COMPANY | W_NONNAME)) &&
                    !tok_lex(d, t - 1, LEX_TITLE, NULL))) &&
        !(d->toks[t].word_bits & W_PARTICLE) && tok_lex(d, t + 1, LEX_GIVEN_NAME, NULL) &&
        name_token(d, t + 2))
        return t + 1;
    for (uint32_t g = t + 1; after_lower && g + 1 < end; g++) {
        /* "Khaled bin Mohamed Al Nahyan": a particle joins one name */
        if (d->toks[g].word_bits & W_PARTICLE)
            return t;
        if ((d->toks[g].flags & T_WORD) && tok_lex(d, g, LEX_GIVEN_NAME, NULL) &&
            name_token(d, g + 1))
            return g;
    }
    /* "Minister of State for Finance Damas Mbogoro", "Chair for Migrant
     * Response Afshan Khan": with no known first name, leading words the
     * item also writes in lower case ("finance", "migrant") are the
     * portfolio's, not the name's; two words stay (and the last is no
     * common word or body's head: "Community Violence Prevention", "Fraud
     * Evasion Task Force" are bodies).  After any word: "Investor Paul
     * Bilzerian said", "of the Russian Geographical Society Maxim Dreval" */
    uint32_t u = t;
    /* (not in a title-case headline, whose common words are capitalised) */
    if (d->toks[t].start < d->title_len ||
        (d->toks[end - 1].word_bits & (W_ORG_HEAD | W_COMPANY)) || lower_elsewhere(d, end - 1))
        return t;
    while (u + 2 < end && (d->toks[u].flags & T_WORD) && (d->toks[u].flags & T_CAP) &&
           !(d->toks[u].flags & T_ALLCAPS) && !(d->toks[u].word_bits & W_PARTICLE) &&
           (d->toks[u + 1].flags & T_SPACE_BEFORE) && (d->toks[u + 1].flags & T_WORD) &&
           lower_elsewhere(d, u))
        u++;
    /* (after a capitalised word, only up to a first name the table knows:
     * not "the National Domestic Violence Hotline") */
    if (!after_lower && u > t && !tok_lex(d, u, LEX_GIVEN_NAME, NULL))
        return t;
    /* "Minister of State for Finance Damas Mbogoro", "for Racial Justice and
     * Equity Chiraag Bains", "for European Integration Valeria Kolomiets":
     * three words right after a title's portfolio's "for", "of", "and" or
     * demonym, none a first name the table knows: the first ends the
     * portfolio, the last two are the person's name.  (Not after a
     * capitalised field, where the scan already left the portfolio behind:
     * "Secretary of Foreign Relations Marcelo Ebrard Casaubon", "President
     * of India Ram Nath Kovind"; nor after a comma: "Director-General for
     * Enlargement Negotiations, Gert Jan Koopman".) */
    int field_next =
        !(p->flags & T_CAP)
            ? tok_is(p, "for") || tok_is(p, "of") || tok_is(p, "and")
            : tok_lex(d, t - 1, LEX_DEMONYM, NULL) != NULL ||
                  /* (or a word never a name's right after a
                   * portfolio's "for": "for European Integration
                   * Valeria Kolomiets"; not after "of", where a
                   * field ends and a three-word name may follow,
                   * "of Security Rosa Icela Rodriguez") */
                  ((p->word_bits & W_NONNAME) && !(p->word_bits & (W_ORG_HEAD | W_COMPANY)) &&
                   !tok_lex(d, t - 1, LEX_TITLE, NULL) && t >= 2 && tok_is(&d->toks[t - 2], "for"));
    if (u == t && end == t + 3 && field_next && after_portfolio(d, t) &&
        !tok_lex(d, t + 1, LEX_GIVEN_NAME, NULL) && !tok_lex(d, t + 2, LEX_GIVEN_NAME, NULL) &&
        !(d->toks[t].word_bits & W_PARTICLE) && !(d->toks[t + 1].word_bits & W_PARTICLE) &&
        name_token(d, t + 1) && name_token(d, t + 2) && (d->toks[t + 1].flags & T_SPACE_BEFORE) &&
        (d->toks[t + 2].flags & T_SPACE_BEFORE))
        return t + 1;
    return u;
}

/* "during a telephone conversation with Defence Minister Sergei Shoigu
 * Vladimir Putin received": a scanned name [t, end) that ends in two names
 * glued with no comma, each a given name and a surname that is none, is
 * two people.  The token where the second starts (the caller keeps what
 * is before it, and the second is read on its own), else end.  Plain
 * capitalised words only (not "Juan Manuel Serrano Quintana", whose
 * second word is a given name, nor particles or acronyms). */
static uint32_t glued_names(const doc *d, uint32_t t, uint32_t end)
{
    if (end < t + 4)
        return end;
    uint32_t g = end - 4;
    if (!tok_lex(d, g, LEX_GIVEN_NAME, NULL) || !tok_lex(d, g + 2, LEX_GIVEN_NAME, NULL) ||
        tok_lex(d, g + 1, LEX_GIVEN_NAME, NULL) || tok_lex(d, g + 3, LEX_GIVEN_NAME, NULL))
        return end;
    for (uint32_t k = g; k < end; k++)
        if (!(d->toks[k].flags & T_WORD) || !(d->toks[k].flags & T_CAP) ||
            (d->toks[k].flags & T_ALLCAPS) || (d->toks[k].word_bits & W_PARTICLE) ||
            (k > t && !(d->toks[k].flags & T_SPACE_BEFORE)))
            return end;
    return g + 2;
}

/* Entity lookups by name go through hash tables rather than a scan of the
 * item's entities, which made items naming thousands of people quadratic.
 * A table maps (kind, key) to the entities filed under it, highest index
 * first; a slot keeps its own key, since a person's name may change.  The
 * tables are built once an item has ENT_INDEX_MIN entities: below that a
 * scan costs less than hashing. */
#define ENT_INDEX_MIN 32

typedef struct ent_node {
    int32_t ent, next; /* next: node index, or -1 */
} ent_node;

struct ent_index {
    struct ent_slot {
        const char *key; /* NULL when empty */
        uint32_t len;
        int32_t kind;
        int32_t head; /* node index */
    } * slots;
    size_t nslots, used;
    ent_node *nodes;
    size_t nnodes, cap_nodes;
    int fold; /* keys compare ignoring ASCII case, as same_word() does */
};

static uint64_t ent_key_hash(int kind, const char *k, size_t len, int fold)
{
    uint64_t h = 1469598103934665603ull ^ (uint64_t)(unsigned)kind; /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)k[i];
        if (fold)
            c = (unsigned char)ascii_lower((char)c);
        h = (h ^ c) * 1099511628211ull;
    }
    return h;
}

static int ent_key_equal(const char *a, const char *b, size_t len, int fold)
{
    if (!fold)
        return !memcmp(a, b, len);
    for (size_t i = 0; i < len; i++) {
        if (ascii_lower(a[i]) != ascii_lower(b[i]))
            return 0;
    }
    return 1;
}

/* The slot of (kind, key), or the empty slot where it would go. */
static struct ent_slot *ent_slot_find(const struct ent_index *ix, int kind, const char *k,
                                      size_t len)
{
    size_t mask = ix->nslots - 1;
    for (size_t i = ent_key_hash(kind, k, len, ix->fold) & mask;; i = (i + 1) & mask) {
        struct ent_slot *s = &ix->slots[i];
        if (!s->key ||
            (s->kind == kind && s->len == len && ent_key_equal(s->key, k, len, ix->fold)))
            return s;
    }
}

/* File entity `ent` under (kind, k[0..len)); k must outlive the item.
 * Returns 0, or -1 when memory ran out. */
static int ent_index_add(doc *d, struct ent_index **ixp, int fold, int kind, const char *k,
                         size_t len, int ent)
{
    struct ent_index *ix = *ixp;
    if (!ix) {
        ix = arena_alloc(d->mem, sizeof *ix);
        if (!ix)
            return -1;
        ix->fold = fold;
        *ixp = ix;
    }
    if ((ix->used + 1) * 2 > ix->nslots) {
        size_t n = ix->nslots ? ix->nslots * 2 : 64;
        struct ent_slot *slots = arena_alloc(d->mem, n * sizeof *slots);
        if (!slots)
            return -1;
        struct ent_slot *old = ix->slots;
        size_t oldn = ix->nslots;
        ix->slots = slots;
        ix->nslots = n;
        for (size_t i = 0; i < oldn; i++)
            if (old[i].key)
                *ent_slot_find(ix, old[i].kind, old[i].key, old[i].len) = old[i];
    }
    ent_node *nodes = arena_grow(d->mem, ix->nodes, ix->nnodes, &ix->cap_nodes, 64, sizeof *nodes);
    if (!nodes)
        return -1;
    ix->nodes = nodes;
    struct ent_slot *s = ent_slot_find(ix, kind, k, len);
    if (!s->key) {
        s->key = k;
        s->len = (uint32_t)len;
        s->kind = kind;
        s->head = -1;
        ix->used++;
    }
    /* keep the list in descending entity order: a new entity goes first, a
     * renamed one to its place */
    int32_t *link = &s->head;
    while (*link >= 0 && ix->nodes[*link].ent > ent)
        link = &ix->nodes[*link].next;
    if (*link >= 0 && ix->nodes[*link].ent == ent)
        return 0;
    ent_node *node = &ix->nodes[ix->nnodes];
    node->ent = ent;
    node->next = *link;
    *link = (int32_t)ix->nnodes++;
    return 0;
}

/* The first node filed under (kind, k[0..len)), or -1. */
static int ent_index_first(const struct ent_index *ix, int kind, const char *k, size_t len)
{
    if (!ix || !ix->nslots)
        return -1;
    const struct ent_slot *s = ent_slot_find(ix, kind, k, len);
    return s->key ? s->head : -1;
}

/* Is entity e a person of surname k[0..n)? */
static int surname_is(const entity *e, const char *k, size_t n)
{
    return e->kind == NSV_KIND_PERSON && e->surname && strlen(e->surname) == n &&
           !strncmp(e->surname, k, n);
}

/* Is token t the surname of a person the item has named ("Mr King" after
 * "Mervyn King")?  Asked per capitalised word: by the surname table once
 * there is one, where every person with a surname is filed. */
static int known_surname(const doc *d, uint32_t t)
{
    const token *k = &d->toks[t];
    const char *w = d->text + k->start;
    size_t n = k->end - k->start;
    if (!d->ent_by_key) {
        for (size_t q = 0; q < d->nents; q++)
            if (surname_is(&d->ents[q], w, n))
                return 1;
        return 0;
    }
    for (int x = ent_index_first(d->ent_by_key, NSV_KIND_PERSON, w, n); x >= 0;
         x = d->ent_by_key->nodes[x].next)
        if (surname_is(&d->ents[d->ent_by_key->nodes[x].ent], w, n))
            return 1;
    return 0;
}

/* File a person or body by the first word of its name, when the name has
 * more words (first_word_entity looks them up), and a person by its whole
 * name (lowest_person). */
static int index_first_word(doc *d, int ent)
{
    const entity *e = &d->ents[ent];
    if ((e->kind != NSV_KIND_PERSON && e->kind != NSV_KIND_ORGANIZATION) || !e->name)
        return 0;
    if (e->kind == NSV_KIND_PERSON &&
        ent_index_add(d, &d->ent_by_name, 0, (int)e->kind, e->name, strlen(e->name), ent) != 0)
        return -1;
    const char *sp = strchr(e->name, ' ');
    if (!sp)
        return 0;
    if (e->kind == NSV_KIND_PERSON) {
        size_t len = strlen(e->name), n = 0;
        char *glued = arena_alloc_raw(d->mem, len);
        if (!glued)
            return -1;
        for (const char *c = e->name; *c; c++)
            if (*c != ' ')
                glued[n++] = *c;
        if (ent_index_add(d, &d->ent_by_glued, 0, (int)e->kind, glued, n, ent) != 0)
            return -1;
    }
    return ent_index_add(d, &d->ent_by_first, 0, (int)e->kind, e->name, (size_t)(sp - e->name),
                         ent);
}

/* Is entity p of `kind` named `words` (fl bytes) and more words after a
 * space, and no body named for its leader when skip_led_body? */
static int first_word_of(const entity *p, nsv_kind kind, const char *words, size_t fl,
                         int skip_led_body)
{
    /* (the first byte first: most names differ there) */
    return p->kind == kind && p->name && !(skip_led_body && p->led_body) &&
           (!fl || p->name[0] == words[0]) && !strncmp(p->name, words, fl) && p->name[fl] == ' ';
}

/* How many entities filed under one key a look-up asks, newest first: a
 * hostile item naming thousands of bodies that share a first word ("Global
 * Xxx Corp", "Global Yyy Corp", ...) would otherwise make every new name
 * walk all the earlier ones. */
#define FILED_WALK_MAX 256

/* The newest entity of `kind` whose name is `words` and more words after a
 * space ("Glenn" for "Glenn Campbell"), or -1; with skip_led_body, no body
 * named for its leader ("the Bush administration"). */
static int first_word_entity(const doc *d, nsv_kind kind, const char *words, int skip_led_body)
{
    size_t fl = strlen(words);
    if (!d->ent_by_key) {
        for (size_t q = d->nents; q-- > 0;)
            if (first_word_of(&d->ents[q], kind, words, fl, skip_led_body))
                return (int)q;
        return -1;
    }
    const char *sp = strchr(words, ' ');
    size_t first = sp ? (size_t)(sp - words) : fl;
    int walked = 0;
    for (int n = ent_index_first(d->ent_by_first, (int)kind, words, first);
         n >= 0 && walked < FILED_WALK_MAX; n = d->ent_by_first->nodes[n].next, walked++) {
        int q = d->ent_by_first->nodes[n].ent;
        /* a renamed person may have kept an older filing */
        if (first_word_of(&d->ents[q], kind, words, fl, skip_led_body))
            return q;
    }
    return -1;
}

/* The last word of a person's name ("Vladimir Putin": "Putin"), which
 * the entity is filed under. */
static const char *name_surname(const char *name)
{
    const char *sp = strrchr(name, ' ');
    return sp ? sp + 1 : name;
}

/* Does entity e's surname read `sur`? */
static int has_surname(const entity *e, const char *sur)
{
    return e->surname && !strcmp(e->surname, sur);
}

/* The lowest entity e that fits(e, arg): once the tables are built only
 * those ix files under kind and key[0..n) are asked (a renamed one is filed
 * again), not every entity, since the callers ask per mention or turn. */
typedef int (*ent_fit)(const entity *e, const void *arg);
static int lowest_filed(const doc *d, const struct ent_index *ix, int kind, const char *key,
                        size_t n, ent_fit fits, const void *arg)
{
    int best = -1;
    if (!d->ent_by_key) {
        for (size_t q = 0; q < d->nents && best < 0; q++)
            if (fits(&d->ents[q], arg))
                best = (int)q;
        return best;
    }
    int walked = 0;
    for (int x = ent_index_first(ix, kind, key, n); x >= 0 && walked < FILED_WALK_MAX;
         x = ix->nodes[x].next, walked++) {
        int q = ix->nodes[x].ent;
        if ((best < 0 || q < best) && fits(&d->ents[q], arg))
            best = q;
    }
    return best;
}

/* A person's whole name and surname, either NULL, for the fits of
 * lowest_person, which hold only for a person of that name or surname:
 * the lowest is asked among those filed under either. */
typedef struct {
    const char *canon, *sur;
} person_key;

static int lowest_person(const doc *d, const char *canon, const char *sur, ent_fit fits)
{
    const person_key k = {canon, sur};
    int a = canon ? lowest_filed(d, d->ent_by_name, NSV_KIND_PERSON, canon, strlen(canon), fits, &k)
                  : -1;
    int b = sur ? lowest_filed(d, d->ent_by_key, NSV_KIND_PERSON, sur, strlen(sur), fits, &k) : -1;
    return a < 0 || (b >= 0 && b < a) ? b : a;
}

/* Is e a person whose name of more words, spaces dropped, reads the word
 * `arg` (a span_key)? */
typedef struct {
    const char *w;
    size_t n;
} span_key;

/* A name's first word and the item's doc, for business_opened_by and
 * company_with_tail_fits. */
typedef struct {
    span_key k;
    const doc *d;
} business_key;

static int glued_name_is(const entity *e, const void *arg)
{
    const span_key *k = arg;
    if (e->kind != NSV_KIND_PERSON || !e->name || !strchr(e->name, ' '))
        return 0;
    const char *a = e->name, *b = k->w, *end = k->w + k->n;
    while (*a && b < end) {
        if (*a == ' ') {
            a++;
            continue;
        }
        if (*a != *b)
            break;
        a++, b++;
    }
    return !*a && b == end;
}

/* Asked per transcript turn. */
int glued_person(const doc *d, const char *w, size_t n)
{
    const span_key k = {w, n};
    return lowest_filed(d, d->ent_by_glued, NSV_KIND_PERSON, w, n, glued_name_is, &k);
}

static int word_in(const char *s, const char *w);

/* Does a word of a name start at p?  word_in matches there and index_words
 * files there, so the two agree on a name's words. */
static int word_start(const char *s, const char *p)
{
    return p == s || p[-1] == ' ' || p[-1] == '-' || p[-1] == '(';
}

/* File body ent under each word of its name: from where a word starts
 * (word_in) to the next space, hyphen, ")" or the end. */
static int index_words(doc *d, int ent)
{
    const char *name = d->ents[ent].name;
    for (const char *p = name; *p; p++) {
        if (!word_start(name, p))
            continue;
        size_t n = strcspn(p, " -)");
        if (ent_index_add(d, &d->ent_by_word, 1, NSV_KIND_ORGANIZATION, p, n, ent) != 0)
            return -1;
    }
    return 0;
}

/* The newest body whose name holds the word w (word_in), or -1.  Asked per
 * "a Ministry spokesman": once the tables are built only the bodies filed
 * under w are asked, when w is one word (no space, hyphen or bracket). */
static int org_with_word(const doc *d, const char *w)
{
    if (!d->ent_by_key || w[strcspn(w, " -()")]) {
        for (size_t k = d->nents; k-- > 0;) {
            const entity *e = &d->ents[k];
            if (e->kind == NSV_KIND_ORGANIZATION && e->name && word_in(e->name, w))
                return (int)k;
        }
        return -1;
    }
    for (int x = ent_index_first(d->ent_by_word, NSV_KIND_ORGANIZATION, w, strlen(w)); x >= 0;
         x = d->ent_by_word->nodes[x].next) {
        const entity *e = &d->ents[d->ent_by_word->nodes[x].ent];
        if (e->kind == NSV_KIND_ORGANIZATION && e->name && word_in(e->name, w))
            return d->ent_by_word->nodes[x].ent;
    }
    return -1;
}

static int country_named(const entity *e, const void *canon)
{
    return e->kind == NSV_KIND_COUNTRY && !strcmp(e->name, canon);
}

/* Asked per demonym of a signing's parties. */
int first_country(const doc *d, const char *canon)
{
    return lowest_filed(d, d->ent_by_key, NSV_KIND_COUNTRY, canon, strlen(canon), country_named,
                        canon);
}

/* A person's entity is filed under its surname, any other under its name. */
static const char *entity_key(const entity *e)
{
    return e->kind == NSV_KIND_PERSON ? e->surname : e->name;
}

/* File entity ent under its key, and (a body try_org renamed "X (ABC)")
 * under each part of its name before a " (", which entity_named answers
 * to, and by the first word of its name.  Returns 0, or -1 when memory ran
 * out. */
static int index_entity(doc *d, int ent)
{
    const entity *e = &d->ents[ent];
    const char *key = entity_key(e);
    if (key && ent_index_add(d, &d->ent_by_key, 1, (int)e->kind, key, strlen(key), ent) != 0)
        return -1;
    if (e->kind == NSV_KIND_ORGANIZATION && e->name && index_words(d, ent) != 0)
        return -1;
    if (e->alias_of_name && e->name)
        for (const char *p = strstr(e->name, " ("); p; p = strstr(p + 1, " ("))
            if (ent_index_add(d, &d->ent_by_key, 1, (int)e->kind, e->name, (size_t)(p - e->name),
                              ent) != 0)
                return -1;
    return index_first_word(d, ent);
}

/* Country `name` (canonical) as the item first writes it, by a name or
 * alias of countries.tsv ("Britain", "U.S."), not a demonym or capital:
 * keys are written as the item spells them.  1 with that spelling at
 * *shown; 0 (the canonical name) when the item also writes that ("the
 * Russian Federation ... Russia") or never names it so; not a sentence's
 * "The" ("The United States"); -1 when memory ran out.  One pass over the
 * tokens per country entity. */
static int country_as_spelled(doc *d, const char *name, const char **shown)
{
    *shown = NULL;
    /* the tokens of a country's name are listed once, at the first country
     * entity, not looked for in the whole item per entity */
    if (!d->country_toks) {
        d->country_toks = arena_alloc_raw(d->mem, (d->ntoks + 1) * sizeof *d->country_toks);
        if (!d->country_toks)
            return -1;
        /* (in locals: the stores could alias the doc's fields) */
        const token *toks = d->toks;
        uint32_t *list = d->country_toks;
        size_t n = 0;
        for (uint32_t t = 0, ntoks = (uint32_t)d->ntoks; t < ntoks; t++)
            if (toks[t].cats & (1u << LEX_COUNTRY))
                list[n++] = t;
        d->n_country_toks = n;
    }
    const char *first = NULL;
    uint32_t past = 0; /* the end of the last name read */
    for (size_t x = 0; x < d->n_country_toks; x++) {
        uint32_t t = d->country_toks[x];
        if (t < past || !(d->toks[t].flags & T_CAP) || (d->toks[t].word_bits & W_DET))
            continue;
        unsigned nw = 0;
        const lex_entry *c = tok_lex(d, t, LEX_COUNTRY, &nw);
        if (!c || !nw || strcmp(c->canon, name))
            continue;
        const char *w = span_text(d, t, t + nw);
        if (!w)
            return -1;
        if (!strcmp(w, name)) /* the item writes the name itself */
            return 0;
        if (!first)
            first = w;
        past = t + nw;
    }
    *shown = first;
    return first != NULL;
}

static int add_entity(doc *d, nsv_kind kind, const char *name, const char *surname,
                      const char *role, const char *country)
{
    entity *ents = arena_grow(d->mem, d->ents, d->nents, &d->cap_ents, 32, sizeof *ents);
    if (!ents)
        return -1;
    d->ents = ents;
    entity *e = &d->ents[d->nents];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->name = name;
    e->surname = surname;
    e->role = role;
    e->country = country;
    e->last_mention = -1;
    if (kind == NSV_KIND_COUNTRY && country_as_spelled(d, name, &e->shown) < 0)
        return -1;
    /* (filing below fails only with the arena: nsv_normalize drops the item, table and all) */
    int ent = (int)d->nents++;
    /* file the new entity, or all of them once there are enough */
    int from = ent;
    if (!d->ent_by_key && d->nents == ENT_INDEX_MIN) {
        d->ent_by_key = arena_alloc(d->mem, sizeof *d->ent_by_key);
        if (!d->ent_by_key)
            return -1;
        d->ent_by_key->fold = 1;
        from = 0;
    }
    if (d->ent_by_key) {
        for (int q = from; q <= ent; q++)
            if (index_entity(d, q) != 0)
                return -1;
    }
    return ent;
}

static int same_word(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    for (; *a && *b; a++, b++) {
        if (ascii_lower(*a) != ascii_lower(*b))
            return 0;
    }
    return *a == *b;
}

/* Is e of `kind` and called `key`: its key ignoring ASCII case, or (a body
 * named with the acronym the item gave it) "X (ABC)" for X? */
static int entity_named(const entity *e, nsv_kind kind, const char *key)
{
    if (e->kind != kind)
        return 0;
    const char *ek = entity_key(e);
    /* bytes equal ignoring ASCII case are equal with 0x20 set: most keys
     * differ in their first byte, told without a call */
    if (ek && key && ((unsigned char)ek[0] | 0x20) == ((unsigned char)key[0] | 0x20) &&
        same_word(ek, key))
        return 1;
    if (!e->alias_of_name) /* first: most entities have no alias, and strlen costs */
        return 0;
    size_t n = key && kind != NSV_KIND_PERSON ? strlen(key) : 0;
    return n && !strncmp(e->name, key, n) && !strncmp(e->name + n, " (", 2);
}

/* Walk the entities of `kind` called `key` (entity_named), newest first:
 * *at starts at ENT_WALK_START and keeps the walk's place (in the index,
 * once there is one); each call gives the next entity, or -1 after the
 * last.  No entity may be added during a walk. */
#define ENT_WALK_START (-2)
static int next_entity(const doc *d, nsv_kind kind, const char *key, int *at)
{
    if (!d->ent_by_key) {
        int i = *at == ENT_WALK_START ? (int)d->nents : *at;
        /* (entity_named's first tests asked inline: most entities are of
         * another kind or have a key of another first letter; a body
         * named "X (ABC)" answers to a key that starts its name) */
        unsigned k0 = key ? ((unsigned char)key[0] | 0x20u) : 0;
        while (i-- > 0) {
            const entity *e = &d->ents[i];
            if (e->kind != kind || !key)
                continue;
            const char *ek = entity_key(e);
            if (!ek || ((unsigned char)ek[0] | 0x20u) != k0)
                continue;
            if (entity_named(e, kind, key))
                break;
        }
        *at = i < 0 ? 0 : i;
        return i;
    }
    int n = *at;
    if (n == ENT_WALK_START)
        n = key ? ent_index_first(d->ent_by_key, (int)kind, key, strlen(key)) : -1;
    /* (a body renamed "X (ABC)" keeps its filing under X) */
    for (; n >= 0; n = d->ent_by_key->nodes[n].next)
        if (entity_named(&d->ents[d->ent_by_key->nodes[n].ent], kind, key))
            break;
    *at = n >= 0 ? d->ent_by_key->nodes[n].next : -1;
    return n >= 0 ? d->ent_by_key->nodes[n].ent : -1;
}

/* The newest entity of `kind` called `key` (entity_named), or -1. */
static int find_entity(const doc *d, nsv_kind kind, const char *key)
{
    int at = ENT_WALK_START;
    return next_entity(d, kind, key, &at);
}

static mention *add_mention(doc *d, mention_kind kind, uint32_t from, uint32_t to)
{
    mention *ments = arena_grow(d->mem, d->ments, d->nments, &d->cap_ments, 64, sizeof *ments);
    if (!ments)
        return NULL;
    d->ments = ments;
    mention *m = &d->ments[d->nments];
    memset(m, 0, sizeof *m);
    m->kind = kind;
    m->tok_start = from;
    m->tok_end = to;
    m->sent = d->toks[from].sent;
    m->entity = -1;
    m->of_body = -1;
    d->toks[from].mention = (int32_t)d->nments;
    d->nments++;
    return m;
}

static void touch(doc *d, int ent)
{
    if (ent >= 0) {
        d->ents[ent].last_mention = (int)d->nments - 1;
        d->ents[ent].nmentions++;
    }
}

/* A person mention of tokens [s, e) for entity ent, by the entity's name:
 * 0, or -1 out of memory. */
static int add_person_mention(doc *d, uint32_t s, uint32_t e, int ent)
{
    mention *m = add_mention(d, M_PERSON, s, e);
    if (!m)
        return -1;
    m->entity = ent;
    m->name = d->ents[ent].name;
    touch(d, ent);
    return 0;
}

static const lex_entry *first_name_entry(const doc *d, const char *name);

/* Do two full names of one surname name two people?  Their first names are
 * both in given_names.txt and differ in gender or initial ("Tony Blair",
 * "Cherie Blair"; "Igor Ivanov", "Sergei Ivanov"), not spellings of one
 * name ("Sergei", "Sergey") nor a name and its bare surname. */
static int other_person(const doc *d, const char *a, const char *b)
{
    const lex_entry *ga = first_name_entry(d, a), *gb = first_name_entry(d, b);
    if (!ga || !gb || ga == gb)
        return 0;
    if (ga->value && gb->value && ga->value != gb->value)
        return 1;
    if (((unsigned char)a[0] | 0x20) == ((unsigned char)b[0] | 0x20))
        return 0;
    /* "Tony" is short for "Antony": a first name ending the other's */
    size_t na = strcspn(a, " "), nb = strcspn(b, " ");
    const char *longer = na > nb ? a : b, *shorter = na > nb ? b : a;
    size_t nl = na > nb ? na : nb, ns = na > nb ? nb : na;
    return strncasecmp(longer + nl - ns + 1, shorter + 1, ns - 1) != 0;
}

static int role_matches(const nsv_lexicon *lex, const char *want, const char *have);
static int top_office(const nsv_lexicon *lex, const char *role);

/* The person entity filed under `surname` that a mention named `name` is:
 * none whose first name tells another person, and of several (two people
 * of one surname, "Mr Blair" after both) the one mentioned last whose first
 * name does not contradict the mention's honorific `gender` (0: none), who
 * is no knight when the mention's honorific is a plain one (`plain`: "Mr
 * Blair" is not Sir Ian Blair), and who holds an office when the mention
 * gives one (`role`: "President Putin" is not his wife), that office
 * first. */
static int surname_entity(const doc *d, const char *name, const char *surname, uint32_t gender,
                          int plain, const char *role)
{
    int at = ENT_WALK_START;
    int ent = next_entity(d, NSV_KIND_PERSON, surname, &at);
    if (ent < 0 || !d->ents[ent].two_of_surname)
        return ent >= 0 && other_person(d, d->ents[ent].name, name) ? -1 : ent;
    int best = -1, best_fit = 0;
    /* (few share a surname: first names must differ in initial or gender) */
    for (int q = ent; q >= 0; q = next_entity(d, NSV_KIND_PERSON, surname, &at)) {
        const entity *e = &d->ents[q];
        if (!e->two_of_surname || other_person(d, e->name, name))
            continue;
        uint32_t g = gender ? given_name_gender(d, e->name) : 0;
        /* a holder of the mention's own office before one of another
         * ("President Biden" after "First Lady Jill Biden") */
        int same_role = role && e->role && role_matches(d->lex, role, e->role);
        /* ("the President and Dr. Biden": an honorific that tells no
         * gender, with no office, is not the one of a top office) */
        int not_top = plain && !gender && !role && !(e->role && top_office(d->lex, e->role));
        int fit = 8 * !(plain && e->knight) + 4 * (!g || g == gender) + 2 * same_role +
                  ((role && e->role) || not_top);
        if (best < 0 || fit > best_fit ||
            (fit == best_fit && e->last_mention > d->ents[best].last_mention)) {
            best = q;
            best_fit = fit;
        }
    }
    return best;
}

/* How many persons back a lone surname may look for a double surname. */
#define PATERNAL_LOOKBACK 64

/* "Juan Chacin Guzman ... Chacin told reporters": a lone surname that is
 * the second of three words (a given name, the father's and the mother's
 * surname: a Spanish name's paternal surname) of a person named before is
 * that person; not a middle given name ("Sarah Jessica Parker"). */
static int paternal_entity(const doc *d, const char *name)
{
    size_t n = strlen(name);
    if (!n || strchr(name, ' ') || lex_find_folded(d->lex, name, n, LEX_GIVEN_NAME))
        return -1;
    size_t lo = d->nents > PATERNAL_LOOKBACK ? d->nents - PATERNAL_LOOKBACK : 0;
    for (size_t q = d->nents; q > lo; q--) {
        const entity *e = &d->ents[q - 1];
        const char *a = e->kind == NSV_KIND_PERSON && e->name ? strchr(e->name, ' ') : NULL;
        if (!a)
            continue;
        /* (the words first: the given-name look-up costs more) */
        const char *b = strchr(++a, ' ');
        if (b && !strchr(b + 1, ' ') && (size_t)(b - a) == n && !strncasecmp(a, name, n) &&
            first_name_entry(d, e->name))
            return (int)(q - 1);
    }
    return -1;
}

/* A person mention: join an entity with the same surname or start one
 * (`plain`: the mention's honorific is "Mr", "Ms", not "Sir"). */
static int person_entity(doc *d, const char *name, const char *surname, const char *role,
                         const char *country, uint32_t gender, int plain)
{
    int ent = surname_entity(d, name, surname, gender, plain, role);
    int same = ent < 0 ? find_entity(d, NSV_KIND_PERSON, surname) : -1;
    if (ent < 0 && same < 0 && name)
        ent = paternal_entity(d, name);
    if (ent < 0) {
        ent = add_entity(d, NSV_KIND_PERSON, name, surname, role, country);
        if (same >= 0 && ent >= 0)
            d->ents[ent].two_of_surname = d->ents[same].two_of_surname = 1;
        return ent;
    }
    entity *e = &d->ents[ent];
    if (name && (!e->name || strlen(name) > strlen(e->name))) {
        e->name = name;
        if (d->ent_by_key && index_first_word(d, ent) != 0)
            return -1;
    }
    if (role && !e->role)
        e->role = role;
    if (country && !e->country)
        e->country = country;
    return ent;
}

/* Country prefix of a title chain: "Russian", "Tajikistan's", "U.S.".
 * Returns the tokens it takes (0 when none) and the country. */
static unsigned country_prefix(const doc *d, uint32_t t, const char **country)
{
    unsigned nw = 0;
    const lex_entry *e = tok_lex(d, t, LEX_DEMONYM, &nw);
    if (e) {
        *country = e->canon;
        return nw;
    }
    e = tok_lex(d, t, LEX_COUNTRY, &nw);
    if (e && t + nw < d->ntoks && (d->toks[t + nw].flags & T_POSS)) {
        *country = e->canon;
        return nw + 1;
    }
    if (e && t + nw < d->ntoks && tok_lex(d, t + nw, LEX_TITLE, NULL)) {
        *country = e->canon; /* "U.S. President" */
        return nw;
    }
    return 0;
}

/* "Republic", "Kingdom": the form of a state its formal name gives before
 * "of" and the country ("the Kingdom of Spain") */
static int state_form(const token *k)
{
    return tok_is(k, "republic") || tok_is(k, "kingdom");
}

/* "of Ukraine", "of the Slovak Republic": a country after a title or name. */
static unsigned of_country(const doc *d, uint32_t t, const char **country)
{
    if (t >= d->ntoks || !tok_is(&d->toks[t], "of"))
        return 0;
    uint32_t j = t + 1;
    if (j < d->ntoks && tok_is(&d->toks[j], "the"))
        j++;
    unsigned nw = 0;
    /* (a country whose own name holds "Republic of": "of the Republic of
     * the Congo"; else "Republic of" is the form before the name) */
    const lex_entry *e = tok_lex(d, j, LEX_COUNTRY, &nw);
    /* "of the Democratic Socialist Republic of Sri Lanka", "of the People's
     * Democratic Republic of Algeria", "of the Hashemite Kingdom of
     * Jordan": up to three capitalised words of the state's full name
     * before "Republic of" or "Kingdom of" (only with a country after) */
    uint32_t r = j;
    while (!e && r < j + 3 && r + 2 < d->ntoks && !state_form(&d->toks[r]) &&
           (d->toks[r].flags & T_CAP) && (d->toks[r].flags & T_WORD))
        r++;
    if (!e && r > j && r + 2 < d->ntoks && state_form(&d->toks[r]) &&
        tok_is(&d->toks[r + 1], "of") && tok_lex(d, r + 2, LEX_COUNTRY, NULL))
        j = r;
    /* "of the Republic of Turkey", "of the Kingdom of Spain", "of the
     * Kingdom of the Netherlands" */
    if (!e && j + 1 < d->ntoks && state_form(&d->toks[j]) && tok_is(&d->toks[j + 1], "of")) {
        j += 2;
        e = tok_lex(d, j, LEX_COUNTRY, &nw);
    }
    if (!e) {
        /* "of the French Republic", "of the Hellenic Republic" */
        e = tok_lex(d, j, LEX_DEMONYM, &nw);
        if (!e || j + nw >= d->ntoks ||
            !(tok_is(&d->toks[j + nw], "republic") || tok_is(&d->toks[j + nw], "federation") ||
              tok_is(&d->toks[j + nw], "kingdom")))
            return 0;
        nw++;
    }
    *country = e->canon;
    return (unsigned)(j + nw - t);
}

/* Can token k (before limit) go on with a name before it: a capitalised
 * word that is no first name and no title (longer_body_name,
 * legal_form_after)? */
static int name_part_opens(const doc *d, uint32_t k, uint32_t limit)
{
    return k < limit && (d->toks[k].flags & T_CAP) && (d->toks[k].flags & T_WORD) &&
           !tok_lex(d, k, LEX_GIVEN_NAME, NULL) && !tok_lex(d, k, LEX_TITLE, NULL);
}

/* "UN Monitoring, Verification and Inspection Commission": does the run from
 * token k (capitalised words, commas, "and"; at most eight tokens) go on to a
 * body's head word, so that it continues the name before k?  Its first word
 * is no first name or title ("of the UN Secretary-General X"). */
static int longer_body_name(const doc *d, uint32_t k, uint32_t limit)
{
    if (!name_part_opens(d, k, limit))
        return 0;
    for (uint32_t e = k + 8; k < limit && k < e; k++) {
        const token *x = &d->toks[k];
        if ((x->flags & T_CAP) && (x->word_bits & W_ORG_HEAD))
            return 1;
        if (!((x->flags & T_CAP) && (x->flags & T_WORD)) && !is_punct(d, k, ',') &&
            !tok_is(x, "and"))
            return 0;
    }
    return 0;
}

/* "Economic Commission for Europe", "Office of Humanitarian Affairs": a
 * capitalised name from k whose head goes on with "for"/"of" and a
 * capitalised word (within a few words, no title or first name first) */
static int head_with_part_after(const doc *d, uint32_t k, uint32_t limit)
{
    if (!longer_body_name(d, k, limit))
        return 0;
    for (uint32_t e = k + 6; k < limit && k < e; k++) {
        const token *x = &d->toks[k];
        if (!((x->flags & T_CAP) && (x->flags & T_WORD)))
            return 0;
        if (x->word_bits & W_ORG_HEAD)
            return k + 2 < limit &&
                   (tok_is(&d->toks[k + 1], "for") || tok_is(&d->toks[k + 1], "of")) &&
                   (d->toks[k + 2].flags & T_CAP) && !(d->toks[k + 2].word_bits & W_DET);
    }
    return 0;
}

static int company_hyphen(const doc *d, uint32_t k, uint32_t limit);

/* "Holdings Plc", "Motor Co", "Row Publishers Inc": the legal form that
 * ends the capitalised words from k within four tokens ("Co" of
 * "Co-operation" is none): its token, or limit for none. */
static uint32_t legal_form_in(const doc *d, uint32_t k, uint32_t limit)
{
    for (uint32_t e = k; e < limit && e < k + 4; e++) {
        const token *x = &d->toks[e];
        if (!((x->flags & T_CAP) && (x->flags & T_WORD)))
            return limit;
        if (x->word_bits & W_COMPANY)
            return company_hyphen(d, e, limit) ? limit : e;
    }
    return limit;
}

/* "Reuters Holdings Plc", "Ford Motor Co": capitalised words from k that end
 * in a legal form within a few words (legal_form_in; no first name or title
 * first), so a known body's or outlet's name before k opens a company's
 * longer name */
static int legal_form_after(const doc *d, uint32_t k, uint32_t limit)
{
    return name_part_opens(d, k, limit) && legal_form_in(d, k, limit) < limit;
}

/* Does a first name open at k: one the table knows, or a month that
 * name_token reads as one ("Minister of Trade and Industry Jan Christian
 * Vestre": "Jan" ends the portfolio, it is not its last word)? */
static int first_name_opens(const doc *d, uint32_t k)
{
    return tok_lex(d, k, LEX_GIVEN_NAME, NULL) ||
           ((d->toks[k].word_bits & W_MONTH) && name_token(d, k));
}

/* A plain capitalised word inside a body named after another, before its
 * own head ("Crimea Platform Support Service"): no head, legal form,
 * article, preposition, conjunction, title, first name or state word. */
static int inner_body_word(const doc *d, uint32_t h)
{
    const token *u = &d->toks[h];
    return (u->flags & T_CAP) && (u->flags & T_WORD) &&
           !(u->word_bits & (W_ORG_HEAD | W_COMPANY | W_DET | W_PREP | W_CONJ)) &&
           !tok_lex(d, h, LEX_TITLE, NULL) && !tok_lex(d, h, LEX_GIVEN_NAME, NULL) &&
           !is_state_word(d, h);
}

/* "of the Indian National Congress", "of the Council of Europe": the body a
 * title belongs to.  Returns the tokens taken (0 when none). */
static unsigned body_after(const doc *d, uint32_t t, uint32_t limit)
{
    uint32_t j = t + 1;
    if (j < limit && tok_is(&d->toks[j], "the"))
        j++;
    unsigned nw = 0;
    /* (not "of the UN Monitoring, Verification and Inspection Commission":
     * a known body's name that opens a longer capitalised one, whose next
     * word is no name of the head) */
    /* (nor a one-word alias with a part of its own: "chairman of the
     * Commission for Racial Equality"; "of the Senate of France" is still
     * the Senate, with its country) */
    if (tok_lex(d, j, LEX_ORG, &nw) && !longer_body_name(d, j + nw, limit) &&
        !(nw == 1 && alias_with_own_part(d, j, limit) &&
          !(j + 2 < limit && tok_lex(d, j + 2, LEX_COUNTRY, NULL))))
        return (unsigned)(j + nw - t);
    uint32_t k = j;
    /* "of the Khanty-Mansi Autonomous Area – Yugra Natalya X": a hyphen or
     * dash between two capitalised words joins a region's name (it counts
     * as no word of its own) */
    uint32_t joins = 0, ands = 0;
    while (k < limit && k < j + 6 + joins + 2 * ands) {
        if (k > j && k + 1 < limit && hyphen_or_dash(d, k) && (d->toks[k + 1].flags & T_CAP) &&
            (d->toks[k - 1].flags & T_CAP) && !tok_lex(d, k + 1, LEX_GIVEN_NAME, NULL)) {
            k++, joins++;
            continue;
        }
        /* "Minister of Natural Resources and Environment Dmitry Kobylkin",
         * "Minister of Construction, Housing and Utilities X": "and" or a
         * comma joins the portfolio's fields when a given name ends it
         * (below; so "of Finance Anton Siluanov and X" is not one) */
        if (k > j && k + 1 < limit && ands < 3 &&
            (tok_is(&d->toks[k], "and") || is_punct(d, k, ',')) && (d->toks[k - 1].flags & T_CAP) &&
            (d->toks[k + 1].flags & T_CAP) && (d->toks[k + 1].flags & T_WORD) &&
            !(d->toks[k + 1].word_bits & (W_DET | W_PREP | W_CONJ | W_MONTH | W_WEEKDAY)) &&
            !tok_lex(d, k + 1, LEX_GIVEN_NAME, NULL) && !tok_lex(d, k + 1, LEX_TITLE, NULL)) {
            k++, ands++;
            continue;
        }
        if (!(d->toks[k].flags & T_CAP) || (d->toks[k].word_bits & W_ORG_HEAD) ||
            first_name_opens(d, k))
            break;
        /* "Governor of Chita Region Ravil Geniatulin", "Envoy to the Far
         * Eastern Federal District Yury Trutnev": an area word (words.tsv
         * area) ends the region's name when a name of two words follows,
         * though the table knows no first name there */
        if (k > j && (d->toks[k].word_bits & W_AREA) && k + 2 < limit &&
            (d->toks[k + 1].flags & T_WORD) && name_token(d, k + 1) && name_token(d, k + 2) &&
            !(d->toks[k + 1].word_bits & W_AREA) && !tok_lex(d, k + 1, LEX_TITLE, NULL))
            return (unsigned)(k + 1 - t);
        k++;
    }
    /* "the leader of the Public and Commercial Services Union": a body's
     * name with "and" is no portfolio (the appositive stays as it was) */
    if (ands && !(k + 1 < limit && first_name_opens(d, k)))
        return 0;
    if (k < limit && k > j && (d->toks[k].word_bits & W_ORG_HEAD) && (d->toks[k].flags & T_CAP)) {
        /* "Head of the Crimea Platform Support Service Mariya Tomak": a body
         * named after another goes on to its own head (plain capitalised
         * words between, no title or first name), as the body's name does */
        uint32_t h = k + 1;
        while (h < limit && h < k + 4 && inner_body_word(d, h) && !(d->toks[h].flags & T_POSS))
            h++;
        if (h > k + 1 && h < limit && (d->toks[h].flags & T_CAP) &&
            (d->toks[h].word_bits & W_ORG_HEAD) && !(d->toks[h].flags & T_POSS)) {
            /* (not after a known body's name: "of the White House
             * Competition Council" keeps its own reading) */
            int known = 0;
            for (uint32_t a = j; a <= k && !known; a++)
                known = tok_lex(d, a, LEX_ORG, NULL) != NULL;
            if (!known)
                k = h;
        }
        /* "of the Russian Academy of Sciences Alexander Sergeyev": the
         * head's "of X" belongs to the body when a given name follows it */
        uint32_t m = k + 2;
        if (k + 1 < limit && tok_is(&d->toks[k + 1], "of")) {
            while (m < limit && m < k + 5 && (d->toks[m].flags & T_CAP) &&
                   !tok_lex(d, m, LEX_GIVEN_NAME, NULL))
                m++;
            if (m > k + 2 && m + 1 < limit && tok_lex(d, m, LEX_GIVEN_NAME, NULL) &&
                name_token(d, m + 1))
                return (unsigned)(m - t);
            /* ("of the Russian Academy of Sciences Jores Alferov": a first
             * name the table does not know; the run's last two words, both
             * plain name words, are the person after a one-word part) */
            if (m == k + 5 &&
                (m >= limit || is_punct(d, m, ',') || is_punct(d, m, ':') ||
                 ((d->toks[m].flags & T_WORD) && !(d->toks[m].flags & T_CAP))) &&
                name_token(d, m - 2) && name_token(d, m - 1) &&
                !(d->toks[m - 1].word_bits & (W_ORG_HEAD | W_COMPANY)) &&
                !tok_lex(d, m - 2, LEX_COUNTRY, NULL) && !tok_lex(d, m - 1, LEX_COUNTRY, NULL))
                return (unsigned)(m - 2 - t);
        }
        return (unsigned)(k + 1 - t);
    }
    /* "President of Transneft Nikolai Tokarev", "Minister of Culture Olga
     * Lyubimova": a body the table does not know ends where a given name
     * starts the name of its head */
    /* up to three words, five in a joined region's name */
    uint32_t words = k - j - joins - ands;
    if (k > j && (words <= 3 || ((joins || ands) && words <= 5)) && k + 1 < limit &&
        first_name_opens(d, k) && name_token(d, k + 1))
        return (unsigned)(k - t);
    return 0;
}

static unsigned of_body(const doc *d, uint32_t t, uint32_t limit)
{
    if (t >= limit)
        return 0;
    if (tok_is(&d->toks[t], "of"))
        return body_after(d, t, limit);
    /* "Deputy Adviser for International Economics Mike Pyle", "Director at
     * Voltrex Inc. Jonas Lind": after "for" and "at" only when a given name
     * starts the head's name ("Special Representative for Human Rights" is
     * a title, "a spokesman for the X Administration Monopoly" no name) */
    /* "Ambassador to Cuba Viktor Koronelli", "Permanent Representative to
     * the UN Vasily Nebenzya": the post's place, with a given name after */
    if (tok_is(&d->toks[t], "to")) {
        unsigned n = body_after(d, t, limit), nw = 0;
        uint32_t c = t + 1;
        if (!n && c < limit && tok_is(&d->toks[c], "the"))
            c++;
        if (!n && c < limit && tok_lex(d, c, LEX_COUNTRY, &nw))
            n = c + nw - t;
        if (n && t + n + 1 < limit && tok_lex(d, t + n, LEX_GIVEN_NAME, NULL) &&
            name_token(d, t + n + 1))
            return n;
        return 0;
    }
    if (tok_is(&d->toks[t], "for") || tok_is(&d->toks[t], "at")) {
        unsigned n = body_after(d, t, limit);
        if (n && t + n + 1 < limit && tok_lex(d, t + n, LEX_GIVEN_NAME, NULL) &&
            name_token(d, t + n + 1))
            return n;
    }
    return 0;
}

static int try_org(doc *d, uint32_t i, uint32_t limit, uint32_t *next);

/* A stock ticker right after a company's name ("Exxon Corp <XON>",
 * "Bond Corp Holdings Ltd <BONA.S>"): the index after its '>', or k when
 * there is none.  The mention spans it, so what follows the ticker ("said",
 * "and Y") follows the name. */
static uint32_t skip_ticker(const doc *d, uint32_t k)
{
    if (k + 2 >= d->ntoks || !is_punct(d, k, '<'))
        return k;
    int spaces = 0;
    for (uint32_t t = k + 1; t < d->ntoks && t < k + 8; t++) {
        const token *u = &d->toks[t];
        /* "<ERIC ST>": a ticker and its exchange, one space between
         * upper-case codes */
        if ((u->flags & T_SPACE_BEFORE) && (t == k + 1 || spaces++ || !(u->flags & T_ALLCAPS) ||
                                            !(d->toks[t - 1].flags & T_ALLCAPS)))
            return k;
        if (is_punct(d, t, '>'))
            return t > k + 1 ? t + 1 : k;
        if (!(u->flags & (T_ALLCAPS | T_NUM)) && !is_punct(d, t, '.') &&
            !((u->flags & T_CAP) && u->end - u->start == 1))
            return k;
    }
    return k;
}

/* Bind tokens [i, end) as a mention of the body entity ent.  Returns 1 with
 * *next = end, or -1 when memory ran out (ent < 0 is that too). */
static int org_mention_of(doc *d, int ent, uint32_t i, uint32_t end, const char *name,
                          const char *country, uint32_t *next)
{
    mention *m = add_mention(d, M_ORG, i, end);
    if (!m || ent < 0)
        return -1;
    m->entity = ent;
    m->name = name;
    m->country = country;
    touch(d, ent);
    *next = end;
    return 1;
}

/* Do the words of s (a name's tail after a space) all read as legal forms
 * ("Inc", "Co Ltd")?  At most three words. */
static int legal_forms_only(const doc *d, const char *s)
{
    int n = 0;
    while (*s) {
        size_t len = strcspn(s, " ");
        const lex_entry *w = lex_find_folded(d->lex, s, len, LEX_WORD);
        if (!len || !w || !(w->bits & W_COMPANY) || ++n > 3)
            return 0;
        s += len;
        while (*s == ' ')
            s++;
    }
    return n > 0;
}

/* Is e a company whose name is the key's words, a space, and legal forms
 * only?  (The names body_named() finds, first_word_entity(), narrowed to a
 * legal tail.) */
static int company_with_tail_fits(const entity *e, const void *arg)
{
    const business_key *b = arg;
    return e->company && first_word_of(e, NSV_KIND_ORGANIZATION, b->k.w, b->k.n, 0) &&
           legal_forms_only(b->d, e->name + b->k.n + 1);
}

/* The company named before as `name` and a legal form, or -1.  One index
 * probe under the name's first word, as first_word_entity() makes. */
static int company_with_legal_tail(const doc *d, const char *name)
{
    const business_key b = {{name, strlen(name)}, d};
    size_t first = strcspn(name, " ");
    return lowest_filed(d, d->ent_by_first, NSV_KIND_ORGANIZATION, name, first,
                        company_with_tail_fits, &b);
}

/* Bind tokens [i, end) as a mention of the organisation `name` (arena
 * string; NULL means the copy failed), creating the entity on first sight.
 * Returns 1 with *next = end, or -1 when memory ran out. */
static int add_org_mention(doc *d, uint32_t i, uint32_t end, const char *name, const char *country,
                           uint32_t *next)
{
    if (!name)
        return -1;
    end = skip_ticker(d, end);
    int ent = find_entity(d, NSV_KIND_ORGANIZATION, name);
    if (ent < 0) {
        /* "Polaroid", "USAir Group" after "Polaroid Corp", "USAir Group
         * Inc": the company named before with its legal form */
        ent = company_with_legal_tail(d, name);
        if (ent >= 0)
            name = d->ents[ent].name;
    }
    if (ent < 0)
        ent = add_entity(d, NSV_KIND_ORGANIZATION, name, NULL, NULL, country);
    return org_mention_of(d, ent, i, end, name, country, next);
}

/* add_org_mention for a company: its entity is marked one, so "the firm
 * said" may stand for it. */
static int add_company_mention(doc *d, uint32_t i, uint32_t end, const char *name,
                               const char *country, uint32_t *next)
{
    int r = add_org_mention(d, i, end, name, country, next);
    if (r > 0)
        d->ents[d->ments[d->nments - 1].entity].company = 1;
    return r;
}

/* Tokens i..end as the body `name` (arena string; NULL means the copy
 * failed): the body named before whose name it opens ("El Paso Electric"
 * for "El Paso Electric Co", "Encor Energy" for "Encor Energy Corp Ltd"),
 * else a new body of that name, marked a company when `company` is set. */
static int body_named(doc *d, uint32_t i, uint32_t end, const char *name, int company,
                      uint32_t *next)
{
    if (!name)
        return -1;
    int q = first_word_entity(d, NSV_KIND_ORGANIZATION, name, 1);
    if (q >= 0)
        return add_org_mention(d, i, end, d->ents[q].name, d->ents[q].country, next);
    if (company)
        return add_company_mention(d, i, end, name, NULL, next);
    return add_org_mention(d, i, end, name, NULL, next);
}

/* The company tokens i..end name (body_named). */
static int company_named(doc *d, uint32_t i, uint32_t end, uint32_t *next)
{
    return body_named(d, i, end, span_text(d, i, end), 1, next);
}

/* "for Unison": an unknown capitalised name after a spokesperson is a body. */
static int try_bare_org_name(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    uint32_t last = 0;
    uint32_t end = scan_name(d, i, limit, &last);
    if (end == i)
        return 0;
    return add_org_mention(d, i, end, span_text(d, i, end), NULL, next);
}

static uint32_t skip_time_words(const doc *d, uint32_t k, uint32_t limit);

/* Does token k (before limit) open no time phrase, and is it no adverb,
 * auxiliary or speech cue?  Then speech_cue_after(k) is NULL at once, as
 * the token's bits tell (its longest phrase comes first). */
static inline int plain_for_cue(const doc *d, uint32_t k, uint32_t limit)
{
    const token *u = k < limit ? &d->toks[k] : NULL;
    return u && !(u->cats & (1u << LEX_SPEECH)) &&
           !(u->word_bits & (W_WEEKDAY | W_RELDAY | W_ADVERB | W_AUX)) &&
           !(u->matches && u->matches->nwords >= 2) && !tok_is(u, "on") &&
           !(k + 1 < limit && (d->toks[k + 1].word_bits & (W_WEEKDAY | W_MONTH)) &&
             day_opener(d, k));
}

/* The speech cue, not "according to", that follows from token k past time
 * words and auxiliaries ("on Monday has also said"), before limit; its
 * first token goes to *at.  NULL when there is none. */
static const lex_entry *speech_cue_after(const doc *d, uint32_t k, uint32_t limit, uint32_t *at)
{
    /* (most words there are plain) */
    if (plain_for_cue(d, k, limit)) {
        *at = k;
        return NULL;
    }
    k = skip_aux(d, skip_time_words(d, k, limit), limit);
    const lex_entry *sv = k < limit ? tok_lex(d, k, LEX_SPEECH, NULL) : NULL;
    *at = k;
    return sv && sv->value != SPEECH_ACCORDING ? sv : NULL;
}

/* "..., MITI officials said", "ICCO officials said": an unknown acronym
 * (of a body the lexicon lacks, opening a name) right before a body's
 * staff word (words.tsv unnamed, value 1) and a speech verb names the body
 * they speak for ("White House officials said" is the White House).  One
 * of them after an article ("an NTT official said", "the AGPM official
 * said", '"...," said a METI official') speaks for the body as well. */
static int name_with_staff_at(doc *d, uint32_t i, uint32_t limit, uint32_t *next);
static inline int try_name_with_staff(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    /* (asked at every word the rules before it leave: an acronym only) */
    if (!(d->toks[i].flags & T_ALLCAPS))
        return 0;
    return name_with_staff_at(d, i, limit, next);
}
static int name_with_staff_at(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    /* the name starts here: no capitalised word before it */
    if (d->toks[i].cats || (d->toks[i].flags & T_IN_QUOTE) ||
        (i > 0 && (d->toks[i - 1].flags & T_CAP) && (d->toks[i - 1].flags & T_WORD) &&
         !(d->toks[i - 1].word_bits & W_DET)))
        return 0;
    /* (an acronym only, of two letters or more: "Senior officials said",
     * "Ruritanian officials said" name no body; try_name_with_staff asked
     * for the capitals) */
    if (d->toks[i].end - d->toks[i].start < 2)
        return 0;
    uint32_t last = 0;
    uint32_t end = scan_name(d, i, limit, &last);
    if (end == i || end > i + 3 || end + 1 >= limit || (d->toks[end].flags & T_CAP))
        return 0;
    if (!staff_word(&d->toks[end]) &&
        !(staff_one_word(&d->toks[end]) && i > 0 && (d->toks[i - 1].word_bits & W_DET)))
        return 0;
    /* (not "Biden-Harris Administration officials": a compound of names) */
    for (uint32_t t = i; t < end; t++)
        if (d->toks[t].flags & T_PUNCT)
            return 0;
    const char *name = span_text(d, i, end);
    /* (a body or person named before by a longer name, "Texaco Inc",
     * "Commerce Department": left to that name's rules) */
    if (!name || first_word_entity(d, NSV_KIND_ORGANIZATION, name, 0) >= 0 ||
        first_word_entity(d, NSV_KIND_PERSON, name, 0) >= 0)
        return 0;
    uint32_t k;
    /* (or a cue right before the article: '"...," said a METI official') */
    int inverted = !staff_word(&d->toks[end]) && i >= 2 && tok_lex(d, i - 2, LEX_SPEECH, NULL) &&
                   !(d->toks[i - 2].flags & T_IN_QUOTE);
    if (!inverted && (!speech_cue_after(d, end + 1, limit, &k) || (d->toks[k].flags & T_IN_QUOTE)))
        return 0;
    return add_org_mention(d, i, end, name, NULL, next);
}

/* Is e a company whose name opens with the word `arg` (a span_key) and
 * has more words? */
static int company_opened_by(const entity *e, const void *arg)
{
    const span_key *k = arg;
    return e->company && e->name && !strncmp(e->name, k->w, k->n) && e->name[k->n] == ' ';
}

/* Is e a business whose name opens with the word of `arg` (a business_key)
 * and has more words: company_opened_by, or a body named with no legal
 * form that is no public body ("Video Jukebox Network inc", whose
 * lower-case "inc" the name left out)? */
static int business_opened_by(const entity *e, const void *arg)
{
    const business_key *b = arg;
    return company_opened_by(e, &b->k) ||
           (e->kind == NSV_KIND_ORGANIZATION && e->name && !strncmp(e->name, b->k.w, b->k.n) &&
            e->name[b->k.n] == ' ' && !public_body(b->d, e->name));
}

/* Does body e's longer name hold the word w? */
static int body_holds(const entity *e, const char *w)
{
    return e->kind == NSV_KIND_ORGANIZATION && e->name && strcmp(e->name, w) && word_in(e->name, w);
}

/* Is body k the one whose name holds w so far (found, -1 for none yet)?
 * Returns k, or -2 when another body's name holds it too. */
static int one_body_holding(const doc *d, int found, int k, const char *w)
{
    if (!body_holds(&d->ents[k], w))
        return found;
    if (found >= 0 && strcmp(d->ents[found].name, d->ents[k].name))
        return -2;
    return k;
}

/* The company (named with a legal form) whose longer name holds token t's
 * word when no other body's name does, or -1 ("Xerox" after "Xerox Corp"
 * and "Rank Xerox Ltd", "Alcatel" after "Alcatel Cit" and "Alcatel NV" are
 * left to other rules).  One index probe, by the word table once built. */
static int company_with_word(const doc *d, uint32_t t)
{
    size_t n = d->toks[t].end - d->toks[t].start;
    char w[64];
    if (n >= sizeof w)
        return -1;
    memcpy(w, d->text + d->toks[t].start, n);
    w[n] = 0;
    int found = -1;
    /* (the tables, once built, file every body under its words: an item
     * of many people and no body has no word table, and is not scanned) */
    if (!d->ent_by_key) {
        /* the answer is a company: when no company's name holds w, no
         * other body's name need be read (most words) */
        size_t c = 0;
        while (c < d->nents && !(d->ents[c].company && body_holds(&d->ents[c], w)))
            c++;
        if (c == d->nents)
            return -1;
        for (size_t k = 0; k < d->nents && found != -2; k++)
            found = one_body_holding(d, found, (int)k, w);
    } else {
        for (int x = ent_index_first(d->ent_by_word, NSV_KIND_ORGANIZATION, w, n);
             x >= 0 && found != -2; x = d->ent_by_word->nodes[x].next)
            found = one_body_holding(d, found, d->ent_by_word->nodes[x].ent, w);
    }
    return found >= 0 && d->ents[found].company ? found : -1;
}

/* The company named before whose name opens with tokens i..e-1 (written
 * out in *words when words is not NULL), -1 for none, -2 when out of
 * memory.  Most runs open no company's name: with `probe`, the companies
 * filed under the first word are asked before the run is written out. */
static int company_of_span(doc *d, uint32_t i, uint32_t e, int probe, const char **words)
{
    if (probe) {
        const span_key k = {d->text + d->toks[i].start, d->toks[i].end - d->toks[i].start};
        if (lowest_filed(d, d->ent_by_first, NSV_KIND_ORGANIZATION, k.w, k.n, company_opened_by,
                         &k) < 0)
            return -1;
    }
    const char *w = span_text(d, i, e);
    if (!w)
        return -2;
    if (words)
        *words = w;
    int q = first_word_entity(d, NSV_KIND_ORGANIZATION, w, 0);
    return q >= 0 && d->ents[q].company ? q : -1;
}

/* The company named before by token i's word alone ("Barclays, the UK's
 * biggest bank"), or -1; -2 when out of memory. */
static int company_named_alone(doc *d, uint32_t i)
{
    const char *w = span_text(d, i, i + 1);
    if (!w)
        return -2;
    int own = find_entity(d, NSV_KIND_ORGANIZATION, w);
    return own >= 0 && d->ents[own].company ? own : -1;
}

static int plain_capital(const token *t);

/* "First Chicago said", "In other action, Nuclear Data said" after "First
 * Chicago Corp", "Nuclear Data Inc": a run of two to four capitalised words
 * that is a company's name, named before with its legal form, without that
 * last word, is the company (the run's words alone may read as an ordinal,
 * a place or a common word).  One index probe per run. */
static int try_company_short_name(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    const uint32_t word_cap = T_CAP | T_WORD;
    if ((d->toks[i].flags & word_cap) != word_cap || (d->toks[i].flags & T_IN_QUOTE))
        return 0;
    if (i > 0 && (d->toks[i - 1].flags & word_cap) == word_cap &&
        d->toks[i - 1].sent == d->toks[i].sent)
        return 0; /* not where a name starts */
    uint32_t end = i;
    while (end < limit && end < i + 4 && (d->toks[end].flags & word_cap) == word_cap)
        end++;
    /* "Harper and Row added", "McAndrews and Forbes said" after "Harper and
     * Row Publishers Inc", "McAndrews and Forbes Holdings Inc": a word, "and"
     * and capitalised words that open a company's joined name named before
     * are that company, not two names */
    if (end == i + 1 && end + 1 < limit && tok_is(&d->toks[end], "and") &&
        (d->toks[end + 1].flags & word_cap) == word_cap) {
        uint32_t e = end + 1;
        while (e < limit && e < end + 4 && (d->toks[e].flags & word_cap) == word_cap &&
               !(d->toks[e].word_bits & W_COMPANY))
            e++;
        if (e < limit && e < end + 4 && !(d->toks[e].flags & T_CAP)) {
            int q = company_of_span(d, i, e, 1, NULL);
            if (q == -2)
                return -1;
            if (q >= 0)
                return add_org_mention(d, i, e, d->ents[q].name, d->ents[q].country, next);
        }
    }
    /* "May said", "May added" after "The May Department Stores Co", "Video
     * also said" after "Video Affiliates Inc": a month's name or a common
     * word (words.tsv nonname) alone before a speech cue is the company
     * named before that it opens (no person is read there: such a word is
     * no name's word alone) */
    uint32_t cue = end;
    if (end == i + 1 && end < limit && (d->toks[i].word_bits & (W_MONTH | W_NONNAME)) &&
        !plain_for_cue(d, end, limit) && speech_cue_after(d, end, limit, &cue) &&
        !(d->toks[cue].flags & T_IN_QUOTE)) {
        const business_key b = {{d->text + d->toks[i].start, d->toks[i].end - d->toks[i].start}, d};
        int q = lowest_filed(d, d->ent_by_first, NSV_KIND_ORGANIZATION, b.k.w, b.k.n,
                             business_opened_by, &b);
        return q < 0 ? 0 : add_org_mention(d, i, end, d->ents[q].name, d->ents[q].country, next);
    }
    /* "Disney said", "Hutton said", "Harper said" after "Walt Disney Co",
     * "E.F. Hutton Group Inc", "Harper and Row Publishers Inc": one word of
     * a company's name named before, alone before a speech cue, is that
     * company, not a person (unless a person so surnamed is named).  So is
     * such a word anywhere when it is no word the tables know ("a contract
     * with Sulzer" after "Gebrueder Sulzer AG"); not a piece of a hyphened
     * name ("Cola" of "Coca-Cola") */
    if (end == i + 1 && end < limit && !(d->toks[i].word_bits & W_COMPANY) &&
        (i == 0 || (d->toks[i].flags & T_SPACE_BEFORE)) &&
        ((d->toks[end].flags & T_SPACE_BEFORE) || !is_punct(d, end, '-')) &&
        ((!d->toks[i].word_bits && !d->toks[i].cats) ||
         (!plain_for_cue(d, end, limit) && speech_cue_after(d, end, limit, &cue) &&
          !(d->toks[cue].flags & T_IN_QUOTE)))) {
        /* (a company first: most words are none, and the surname look-up
         * costs more) */
        int q = company_with_word(d, i);
        if (q >= 0 && !known_surname(d, i)) {
            /* (a company named by the word alone before is that one:
             * "Barclays, the UK's biggest bank" before "Barclays Capital") */
            int own = company_named_alone(d, i);
            if (own == -2)
                return -1;
            if (own >= 0)
                q = own;
            return add_org_mention(d, i, end, d->ents[q].name, d->ents[q].country, next);
        }
    }
    /* "Barclays Capital" after "Barclays, the UK's biggest bank,": a
     * company named by one word alone, then that word and one plain
     * capitalised word, is a company of that longer name (its unit), not a
     * person so named */
    if (end == i + 2 && plain_capital(&d->toks[i + 1]) && (d->toks[i + 1].flags & T_SPACE_BEFORE) &&
        !(d->toks[i + 1].flags & T_POSS) && !tok_lex(d, i, LEX_GIVEN_NAME, NULL)) {
        int own = company_named_alone(d, i);
        if (own == -2)
            return -1;
        if (own >= 0 && !known_surname(d, i + 1))
            return company_named(d, i, end, next);
    }
    /* "Audio/Video said" after "Audio/Video Affiliates Inc": two words a
     * slash joins, opening a company's name named before, are that company */
    if (end == i + 1 && end + 1 < limit && is_punct(d, end, '/') &&
        !(d->toks[end].flags & T_SPACE_BEFORE) && !(d->toks[end + 1].flags & T_SPACE_BEFORE) &&
        (d->toks[end + 1].flags & word_cap) == word_cap &&
        !(end + 2 < limit && (d->toks[end + 2].flags & T_CAP))) {
        int q = company_of_span(d, i, end + 2, 0, NULL);
        if (q == -2)
            return -1;
        if (q >= 0)
            return add_org_mention(d, i, end + 2, d->ents[q].name, d->ents[q].country, next);
    }
    if (end < i + 2 || (end < limit && (d->toks[end].flags & T_CAP)))
        return 0;
    /* (a word glued to the next is left to the lookup) */
    const char *words = NULL;
    int q = company_of_span(d, i, end, (d->toks[i + 1].flags & T_SPACE_BEFORE) != 0, &words);
    if (q == -2)
        return -1;
    if (q < 0 || strchr(d->ents[q].name + strlen(words) + 1, ' '))
        return 0;
    return add_org_mention(d, i, end, d->ents[q].name, d->ents[q].country, next);
}

/* "the Edelman group said", "the official MTI news agency said", "The Usdaw
 * trade union said": an unknown capitalised name, a lower-case head of a
 * body ("group", "union", "agency") with at most two words before it, then
 * a speech verb: the body speaks, named with its head. */
static int name_with_body_head_at(doc *d, uint32_t i, uint32_t limit, uint32_t *next);
static inline int try_name_with_body_head(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    /* the name starts here: no capitalised word before it.  (Asked at
     * every word the rules before it leave: inline, as most fail here.) */
    if (d->toks[i].cats || (i > 0 && (d->toks[i - 1].flags & T_CAP) &&
                            (d->toks[i - 1].flags & T_WORD) && !(d->toks[i - 1].word_bits & W_DET)))
        return 0;
    return name_with_body_head_at(d, i, limit, next);
}
static int name_with_body_head_at(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    /* a body head or outlet noun is wanted within ten tokens (a name of
     * four, three words to the head, or an appositive's outlet noun seven
     * past the name): most words have none, told before the name scan */
    uint32_t w = i + 1;
    while (w < limit && w <= i + 10 && !(d->toks[w].word_bits & (W_ORG_HEAD | W_OUTLET)))
        w++;
    if (w >= limit || w > i + 10)
        return 0;
    uint32_t last = 0;
    uint32_t end = scan_name(d, i, limit, &last);
    if (end == i || end > i + 4)
        return 0;
    uint32_t h = end;
    while (h < limit && h < end + 3 && (d->toks[h].flags & T_WORD) &&
           !(d->toks[h].flags & (T_CAP | T_IN_QUOTE)) &&
           !(d->toks[h].word_bits & ~(uint64_t)(W_NONNAME | W_OPENER | W_TRADE)) &&
           !tok_lex(d, h, LEX_SPEECH, NULL))
        h++;
    /* "Postimees newspaper reported": a kind of outlet right after the name
     * is the outlet's, named without it (as "Der Spiegel magazine") */
    int outlet = h == end && h < limit && (d->toks[h].word_bits & W_OUTLET) &&
                 !(d->toks[h].word_bits & W_ORG_HEAD);
    /* "Wen Wei Po, a Hong Kong daily with close Peking links, said": an
     * appositive whose head is a kind of outlet (a preposition or a comma
     * after it: not "a newspaper editor"; none before it: not "a journalist
     * at Pravda newspaper") names an outlet, not a person */
    if (h == end && h + 2 < limit && is_char(d, h, ',') && indefinite_article(&d->toks[h + 1])) {
        for (uint32_t t = h + 2; t < limit && t < h + 7 && (d->toks[t].flags & T_WORD) &&
                                 !(d->toks[t].word_bits & W_PREP);
             t++)
            if ((d->toks[t].word_bits & W_OUTLET) && !(d->toks[t].flags & T_CAP)) {
                if (t + 1 < limit &&
                    (is_char(d, t + 1, ',') || (d->toks[t + 1].word_bits & W_PREP)))
                    return add_org_mention(d, i, end, span_text(d, i, end), NULL, next);
                break;
            }
    }
    if (h >= limit || (d->toks[h].flags & (T_CAP | T_IN_QUOTE)) ||
        (!(d->toks[h].word_bits & W_ORG_HEAD) && !outlet))
        return 0;
    uint32_t k;
    if (!speech_cue_after(d, h + 1, limit, &k) || (d->toks[k].flags & T_IN_QUOTE))
        return 0;
    /* (an outlet speaks with a finite verb: "quoted in the Guardian
     * newspaper saying" is someone else's voice) */
    if (outlet && ing_form(&d->toks[k]))
        return 0;
    if (outlet) /* the name alone: the outlet noun stays beside it */
        return add_org_mention(d, i, end, span_text(d, i, end), NULL, next);
    return add_org_mention(d, i, h + 1, span_text(d, i, h + 1), NULL, next);
}

/* A statement noun a body issues ("statement", "communique"). */
static int body_statement_noun(const token *t)
{
    return tok_is(t, "statement") || tok_is(t, "communique") || tok_is(t, "communiqué");
}

/* The gender a title word's ending tells ("spokeswoman", "chairman"), as
 * W_PRONOUN_F / W_PRONOUN_M, or 0 ("spokesperson"). */
uint32_t title_word_gender(const token *t)
{
    if (t->lower_len > 5 && strstr(t->lower, "woman"))
        return W_PRONOUN_F;
    if (t->lower_len > 3 && strstr(t->lower, "man"))
        return W_PRONOUN_M;
    return 0;
}

/* "a BankAmerica spokesman", "an Ozona spokeswoman": an unknown capitalised
 * word between an indefinite article and a spokesperson title names the
 * body the spokesperson speaks for; a body named earlier whose name holds
 * that word ("BankAmerica Corp") is the same one. */
static int spokes_body_at(doc *d, uint32_t i, uint32_t limit, uint32_t *next);
static inline int try_spokes_body(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    /* (asked at every word the rules before it leave) */
    if (i == 0 || i + 1 >= limit || !(d->toks[i].flags & T_CAP) ||
        !indefinite_article(&d->toks[i - 1]))
        return 0;
    return spokes_body_at(d, i, limit, next);
}
static int spokes_body_at(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    /* "a Ministry spokesman reported", "an Institute spokesman said": a
     * capitalised head of a body's name alone is the short name of the body
     * named before with it ("the Ministry of Mines"); only then */
    int head = d->toks[i].cats == (1u << LEX_WORD) && (d->toks[i].word_bits & W_ORG_HEAD) &&
               !(d->toks[i].word_bits & W_COMPANY) && !(d->toks[i].flags & T_ALLCAPS);
    if (d->toks[i].cats && !head)
        return 0;
    /* "an Everbright statement said": the body's statement speaks for it */
    int stmt = i + 2 < limit && body_statement_noun(&d->toks[i + 1]) &&
               tok_lex(d, i + 2, LEX_SPEECH, NULL);
    if (!stmt && !title_role_is(d, i + 1, "Spokesperson"))
        return 0;
    const char *word = span_text(d, i, i + 1);
    if (!word)
        return -1;
    int k = org_with_word(d, word);
    if (k >= 0)
        return add_org_mention(d, i, i + 1, d->ents[k].name, d->ents[k].country, next);
    if (head)
        return 0;
    return add_org_mention(d, i, i + 1, word, NULL, next);
}

/* "a Japan Airlines spokesman", "an American Medical spokesman": two or three
 * capitalised words between an indefinite article and a spokesperson title
 * name the body it speaks for, though the first alone is a country, demonym
 * or place and so is read as one.  Bodies the lexicon names, titles and
 * given names ("a Bill Clinton spokesman") are left to their own rules. */
static int try_spokes_firm(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    /* (a capital first: asked at every word the rules before it leave) */
    if (i == 0 || !(d->toks[i].flags & T_CAP) || !indefinite_article(&d->toks[i - 1]) ||
        tok_lex(d, i, LEX_GIVEN_NAME, NULL))
        return 0;
    uint32_t j = i;
    for (; j < limit && j < i + 3 && !spokes_word(d, j); j++) {
        const token *k = &d->toks[j];
        if (!(k->flags & T_CAP) || !(k->flags & T_WORD) || tok_lex(d, j, LEX_ORG, NULL) ||
            tok_lex(d, j, LEX_TITLE, NULL))
            return 0;
        /* ("American" is a closed-class word, yet a firm's first word) */
        if ((k->word_bits & (NOT_NAME_BITS & ~W_ORG_HEAD)) && (j > i || !is_state_word(d, j)))
            return 0;
        if (j > i && lexicon_claims(d, j))
            return 0;
    }
    if (j - i < 2 || j >= limit || !title_role_is(d, j, "Spokesperson"))
        return 0;
    return body_named(d, i, j, span_text(d, i, j), 0, next);
}

/* "and Alternate Prime Minister": the index of the second title after the
 * "and" at t, past up to two qualifiers the table does not list; 0 when no
 * capitalised title follows. */
static uint32_t second_office(const doc *d, uint32_t t, uint32_t limit)
{
    if (t + 1 >= limit || !tok_is(&d->toks[t], "and") || !(d->toks[t + 1].flags & T_CAP))
        return 0;
    uint32_t k = t + 1;
    while (k < limit && k < t + 3 && (d->toks[k].flags & T_CAP) &&
           !(d->toks[k].word_bits & NOT_NAME_BITS) && !d->toks[k].cats &&
           !tok_lex(d, k, LEX_TITLE, NULL))
        k++;
    if (k >= limit || !tok_lex(d, k, LEX_TITLE, NULL) || (d->toks[k].word_bits & W_GROUP))
        return 0;
    return k;
}

static int catch_all_role(const nsv_lexicon *lex, const char *role);

/* Is t "his", "her" or "their": a possessive that is a person's or people's
 * pronoun too (words.tsv), not "its", "our", "my" or "your"? */
static int personal_possessive(const token *t)
{
    return (t->word_bits & W_POSSESSIVE) &&
           (t->word_bits & (W_PRONOUN_M | W_PRONOUN_F | W_PRONOUN_PL));
}

static int lesser_token(const doc *d, uint32_t t);

/* "Shadow chancellor Oliver Letwin", "former chancellor Kenneth Clarke": a
 * lesser word right before the title makes the holder less than the office,
 * so the role keeps it ("Shadow Chancellor") and "the chancellor" is not him
 * (role_matches).  The role itself, or NULL when out of memory. */
static const char *lesser_role(doc *d, uint32_t i, const char *role)
{
    if (!role || i == 0 || !lesser_token(d, i - 1) || d->toks[i - 1].sent != d->toks[i].sent)
        return role;
    const token *w = &d->toks[i - 1];
    if (word_in(role, w->lower))
        return role;
    size_t rl = strlen(role), n = w->lower_len + 1 + rl;
    char *s = arena_alloc_raw(d->mem, n + 1);
    if (!s)
        return NULL;
    memcpy(s, w->lower, w->lower_len);
    s[0] = ascii_upper(s[0]);
    s[w->lower_len] = ' ';
    memcpy(s + w->lower_len + 1, role, rl + 1);
    return s;
}

/* "Conservative shadow home secretary David Davis", "Lib Dem home affairs
 * spokesman Mark Oaten", "Tory work and pensions spokesman": the lower-case
 * words of a party's portfolio between the party and the title (at most
 * three, plain or never-name words such as "shadow", "affairs"; none a
 * verb's "-ed" form or a cue, so "Labour accused home secretary X" keeps
 * its subject).  The token after them (a title's first), or t when none. */
static uint32_t portfolio_words(const doc *d, uint32_t t, uint32_t limit)
{
    const uint32_t cue_cats = (1u << LEX_SPEECH) | (1u << LEX_MEETING) | (1u << LEX_SIGNING);
    uint32_t k = t;
    while (k < limit && k < t + 3 && !tok_lex(d, k, LEX_TITLE, NULL)) {
        const token *x = &d->toks[k];
        if (!(x->flags & T_WORD) || (x->flags & T_CAP) || (x->cats & cue_cats) ||
            (x->word_bits && x->word_bits != W_NONNAME && !(k > t && tok_is(x, "and"))) ||
            (ed_ending(x) && x->lower_len > 3))
            break;
        k++;
    }
    return k;
}

/* "the official MTI news agency said": a lower-case title word before an
 * unknown capitalised name that a lower-case body or outlet noun follows
 * ("agency", "radio", past "news") describes the body, so the name is no
 * holder of that title.  Token t is the title word. */
static int title_before_body_name(const doc *d, uint32_t t, uint32_t limit)
{
    unsigned tw = 0;
    if ((d->toks[t].flags & T_CAP) || !tok_lex(d, t, LEX_TITLE, &tw) || tw != 1)
        return 0;
    uint32_t k = t + 1;
    while (k < limit && k < t + 4 && (d->toks[k].flags & T_CAP) && (d->toks[k].flags & T_WORD) &&
           !d->toks[k].cats)
        k++;
    if (k == t + 1 || k >= limit)
        return 0;
    if (tok_is(&d->toks[k], "news") && k + 1 < limit)
        k++;
    return !(d->toks[k].flags & T_CAP) && (d->toks[k].word_bits & (W_OUTLET | W_ORG_HEAD));
}

/* "NEC Director Deese", "Deputy OMB Director Miller": an acronym the
 * tables do not list, right before a capitalised office, is the body the
 * office is of and belongs to the title chain.  (A body speaking itself,
 * "the FBI said", has no office after it; in an all-caps line the office
 * is all-caps too and is not read so.) */
static int acronym_title_at(const doc *d, uint32_t j, uint32_t limit);
static inline int acronym_before_title(const doc *d, uint32_t j, uint32_t limit)
{
    /* (asked at most capitalised words: inline, as most are no acronym) */
    if (j + 1 >= limit || !(d->toks[j].flags & T_ALLCAPS) || d->toks[j].cats)
        return 0;
    return acronym_title_at(d, j, limit);
}
static int acronym_title_at(const doc *d, uint32_t j, uint32_t limit)
{
    /* (acronym_before_title asked for j + 1 < limit and an unlisted word
     * in capitals) */
    const token *a = &d->toks[j], *n = &d->toks[j + 1];
    if (!(a->flags & T_WORD) || (a->flags & T_POSS) || a->end - a->start > 6 ||
        !(n->flags & T_CAP) || (n->flags & T_ALLCAPS))
        return 0;
    unsigned tw = 0;
    const lex_entry *t = tok_lex(d, j + 1, LEX_TITLE, &tw);
    if (!t || t->value != TITLE_ROLE)
        return 0;
    /* a person's name ends the titles ("IAEA Director General Rafael
     * Grossi"): with none, "the RAS President explained" is a description
     * the acronym would make another body's office */
    uint32_t k = j + 1 + tw;
    /* ("NEFI President and CEO Sean Cota": "and" between two titles) */
    for (int steps = 0; steps < 4 && k < limit; steps++) {
        if (k + 1 < limit && tok_is(&d->toks[k], "and") && tok_lex(d, k + 1, LEX_TITLE, NULL))
            k++;
        if ((t = tok_lex(d, k, LEX_TITLE, &tw)) == NULL)
            break;
        k += tw;
    }
    return k < limit && name_token(d, k);
}

/* A capitalised word no table lists and no possessive: a body the item
 * names by its acronym or its own name before an office ("UAW", "Ofsted"). */
static int unlisted_cap_word(const token *u)
{
    return (u->flags & T_WORD) && (u->flags & (T_CAP | T_ALLCAPS)) && !(u->flags & T_POSS) &&
           !u->cats && !u->word_bits;
}

/* "The UAW leader said", "The Ofsted chief said": after "the", one
 * capitalised word the tables do not list (a body the item names, by its
 * acronym or its name) right before a generic head (leader, chief, head)
 * in lower case that a speech verb follows: the body the description's
 * office is of.  desc_fit() then finds the one person introduced with that
 * word, or no one. */
static int unlisted_body_before_head(const doc *d, uint32_t j, uint32_t limit)
{
    if (j < 1 || j + 2 >= limit || !tok_is(&d->toks[j - 1], "the"))
        return 0;
    const token *a = &d->toks[j], *n = &d->toks[j + 1];
    if (!unlisted_cap_word(a) || !(n->flags & T_WORD) || (n->flags & T_CAP) ||
        (n->word_bits & (W_DET | W_PREP | W_CONJ | W_AUX | W_BE)))
        return 0;
    unsigned tw = 0;
    const lex_entry *t = tok_lex(d, j + 1, LEX_TITLE, &tw);
    if (!t || tw != 1 || !(t->bits & TITLE_GENERIC))
        return 0;
    return (d->toks[j + 2].cats & (1u << LEX_SPEECH)) && !(d->toks[j + 2].flags & T_CAP);
}

/* Does the capitalised word right before token t open a demonym or a
 * country's name ("the Pakistani Federal Secretary Interior": a lone
 * capitalised word after such an office is no sure name)?  Only that word
 * is read: a name of more words ending there ("the United States") is not
 * seen. */
static int after_country(const doc *d, uint32_t t)
{
    return t > 0 && (d->toks[t - 1].flags & T_CAP) && is_state_word(d, t - 1);
}

/* "National Climate Advisor McCarthy", "Deputy Homeland Security Advisor
 * Daskal", "Special Presidential Advisor Dodd": capitalised portfolio words
 * the tables do not list, right before a capitalised office and a name,
 * belong to the title chain (no person "Homeland", no chain cut before the
 * office, so "Deese and National Climate Advisor McCarthy" stays a pair).
 * One to four plain capitalised words (no first name, no surname the item
 * gave a person, no word the lexicon knows but as a never-name word or a
 * body's head: "Homeland Security said" and
 * "the National Security Council said" have no office and name after
 * them).  With two_words, after a country ("the Pakistani Federal
 * Secretary Interior"), the name is two name words or more; a negative
 * two_words asks after_country at j, only once an office and name are
 * found (most runs have none).  The office's first token, or 0. */
#define CAP_PORTFOLIO_REACH 4
static uint32_t cap_portfolio_run_at(const doc *d, uint32_t j, uint32_t limit, int two_words);
static inline uint32_t cap_portfolio_run(const doc *d, uint32_t j, uint32_t limit, int two_words)
{
    /* (asked at most capitalised words, and most have a lower-case word
     * after them: no run, no office) */
    if (j + 1 >= limit || !(d->toks[j].flags & T_CAP) || !(d->toks[j + 1].flags & T_CAP))
        return 0;
    return cap_portfolio_run_at(d, j, limit, two_words);
}
static uint32_t cap_portfolio_run_at(const doc *d, uint32_t j, uint32_t limit, int two_words)
{
    /* (a demonym, and past the first word a document noun, is a
     * portfolio's word too: "White House American Rescue Plan Coordinator";
     * not "an Executive Order President Biden signed") */
    const uint32_t portfolio_cats = (1u << LEX_WORD) | (1u << LEX_DEMONYM) | (1u << LEX_DOCUMENT);
    uint32_t k = j;
    while (k < limit && k < j + CAP_PORTFOLIO_REACH) {
        const token *x = &d->toks[k];
        if (tok_lex(d, k, LEX_TITLE, NULL))
            break;
        /* ("Primary Industries Minister": a business noun that ends a
         * portfolio too, words.tsv firm_tail value 1) */
        uint64_t field_bits = W_NONNAME | W_ORG_HEAD;
        if (word_class_value(x, W_FIRM_TAIL, FIRM_TAIL_PORTFOLIO))
            field_bits |= W_FIRM_TAIL;
        if (!(x->flags & T_WORD) || !(x->flags & T_CAP) ||
            (x->flags & (T_ALLCAPS | T_POSS | T_NUM)) ||
            (x->cats & ~(k > j ? portfolio_cats : portfolio_cats & ~(1u << LEX_DOCUMENT))) ||
            (x->word_bits & ~field_bits))
            return 0;
        k++;
    }
    unsigned tw = 0;
    const lex_entry *t = k > j && k < limit ? tok_lex(d, k, LEX_TITLE, &tw) : NULL;
    if (!t || t->value != TITLE_ROLE || !(d->toks[k].flags & T_CAP))
        return 0;
    uint32_t n = k + tw;
    for (int q = 0; q < 3 && n < limit && (t = tok_lex(d, n, LEX_TITLE, &tw)) != NULL; q++)
        n += tw;
    if (n >= limit || !name_token(d, n) || tok_lex(d, n, LEX_TITLE, NULL) ||
        (two_words && !(n + 1 < limit && name_token(d, n + 1)) &&
         (two_words > 0 || after_country(d, j))))
        return 0;
    /* "Silver King Broadcasting Co": capitalised words that end in a
     * business or body word are a company's name, not an office's holder */
    for (uint32_t m = n; m < limit && m < n + 4 && (d->toks[m].flags & T_CAP); m++)
        if (d->toks[m].word_bits & (W_COMPANY | W_FIRM | W_FIRM_TAIL | W_ORG_HEAD))
            return 0;
    /* (asked last: a lookup per word, and most runs have no office after
     * them) */
    for (uint32_t m = j; m < k; m++)
        if (known_surname(d, m))
            return 0;
    return k;
}

/* "the President and Vice President": the description opening on "the"
 * that ends right before the "and" before token t, whose article the
 * office at t shares; its mention, or -1. */
static int the_desc_before_and(const doc *d, uint32_t t)
{
    if (t < 3 || !tok_is(&d->toks[t - 1], "and"))
        return -1;
    int pm = mention_at(d, t - 2);
    return pm >= 0 && d->ments[pm].tok_end == t - 1 && d->ments[pm].kind == M_DESC &&
                   tok_is(&d->toks[d->ments[pm].tok_start], "the")
               ? pm
               : -1;
}

/* Person with titles, or a description: [the] [country] TITLE+ [of X] [NAME]. */
static int titled_at(doc *d, uint32_t i, uint32_t limit, uint32_t *next);
static inline int try_titled(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    /* it starts at an article or "his", or at a demonym, country, body or
     * title (country_prefix, the body before a title, the titles): most
     * capitalised words are none of these.  A new way to start below must
     * be let through here too.  (Inline: asked at nearly every word, and
     * most fail here.) */
    const uint32_t starts = (1u << LEX_DEMONYM) | (1u << LEX_COUNTRY) | (1u << LEX_ORG) |
                            (1u << LEX_TITLE) | (1u << LEX_PLACE);
    const token *first = &d->toks[i];
    /* (an acronym or a portfolio run before an office opens with a capital) */
    if (!(first->word_bits & W_DET) && !(first->cats & starts) && !personal_possessive(first) &&
        (!(first->flags & (T_CAP | T_ALLCAPS)) ||
         (!acronym_before_title(d, i, limit) && !cap_portfolio_run(d, i, limit, -1))))
        return 0;
    return titled_at(d, i, limit, next);
}
static int titled_at(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    const token *first = &d->toks[i];
    /* "ReportFraud.ftc.gov. Secretary of Education X": a lower-case word
     * glued to the dot before it is a web address's part, no title
     * ("gov." is "Gov.") */
    if (i > 0 && !(first->flags & (T_SPACE_BEFORE | T_PARA_START | T_CAP)) &&
        is_char(d, i - 1, '.'))
        return 0;
    if (title_before_body_name(d, i, limit) ||
        (tok_is(first, "the") && i + 1 < limit && title_before_body_name(d, i + 1, limit)))
        return 0;
    {
        /* "General Partners said", "General Motors": a rank before a
         * business noun names a company, not an officer */
        unsigned rw = 0;
        const lex_entry *r = tok_lex(d, i, LEX_TITLE, &rw);
        if (r && r->value == TITLE_RANK && i + rw < limit &&
            (d->toks[i + rw].word_bits & W_FIRM_TAIL) && (d->toks[i + rw].flags & T_CAP)) {
            uint32_t end = i + rw + 1;
            while (end < limit && (d->toks[end].flags & T_CAP) &&
                   (d->toks[end].word_bits & (W_COMPANY | W_FIRM_TAIL)))
                end++; /* "General Motors Corp" */
            /* "General Motors Acceptance Corp": a capitalised word before a legal form */
            if (end + 1 < limit && (d->toks[end].flags & T_CAP) && !d->toks[end].word_bits &&
                (d->toks[end + 1].word_bits & W_COMPANY))
                end += 2;
            return add_org_mention(d, i, end, span_text(d, i, end), NULL, next);
        }
    }
    uint32_t j = i;
    int det = 0;
    unsigned and_tw = 0; /* the words of a title after "and" */
    const char *country = NULL, *role = NULL;
    if (d->toks[j].word_bits & W_DET) {
        if (!tok_is(&d->toks[j], "the"))
            return 0;
        det = 1;
        j++;
    } else if (personal_possessive(&d->toks[j])) {
        /* "his Azerbaijani counterpart": a description, not a pronoun */
        uint32_t k = j + 1;
        unsigned w = 0;
        if (tok_lex(d, k, LEX_DEMONYM, &w))
            k += w;
        if (!tok_lex(d, k, LEX_TITLE, NULL))
            return 0;
        det = 1;
        j++;
    } else if (i >= 3 && tok_is(&d->toks[i - 1], "and") && (d->toks[i].flags & T_CAP) &&
               tok_lex(d, i, LEX_TITLE, &and_tw)) {
        /* "The President and Prime Minister reaffirmed", "the Vice
         * President and Crown Prince condemned": one article for both
         * offices (a definite description right before "and"), as the
         * subject of a speech or meeting cue right after the title ("the
         * President and Vice President met with"; not "the Swedish
         * Prime Minister and President-in-Office of the Council") */
        uint32_t k = i + (and_tw ? and_tw : 1);
        while (k < limit && k < i + 8 && (d->toks[k].word_bits & W_ADVERB))
            k++;
        int pm = the_desc_before_and(d, i);
        det = k < limit && (d->toks[k].cats & ((1u << LEX_SPEECH) | (1u << LEX_MEETING))) &&
              !(d->toks[k].flags & T_CAP) && pm >= 0 && d->ments[pm].role;
    }
    unsigned nw = country_prefix(d, j, &country);
    /* "said Michigan party chairman Richard Weiner", "Ohio Democratic
     * leader James Ruvulo": a place, one word and a title are where the
     * office is, as a country before it is; the holder is the one named,
     * not the place the cue would stop at.  (A place right before the
     * title, "Texas Governor Greg Abbott", is read apart already.) */
    if (!nw && (d->toks[j].flags & T_CAP)) {
        unsigned pw = 0;
        const lex_entry *pl = tok_lex(d, j, LEX_PLACE, &pw);
        uint32_t k = j + pw;
        const token *w = k + 1 < limit ? &d->toks[k] : NULL;
        if (pl && pl->extra && w && (w->flags & T_WORD) && !tok_lex(d, k, LEX_TITLE, NULL) &&
            ((w->flags & T_CAP)
                 ? !w->cats && !(w->word_bits & NOT_NAME_BITS)
                 : !(w->cats & ((1u << LEX_SPEECH) | (1u << LEX_MEETING))) &&
                       !(w->word_bits & (W_DET | W_PREP | W_CONJ | W_AUX | W_PLACE_PREP))))
            k++;
        unsigned tw = 0;
        const lex_entry *t = pl && pl->extra && k < limit ? tok_lex(d, k, LEX_TITLE, &tw) : NULL;
        if (t && t->value == TITLE_ROLE && k > j + pw && k + tw < limit && name_token(d, k + tw)) {
            nw = k - j;
            country = pl->extra;
        }
    }
    /* "the Scottish Executive": a body the table names whole, over the
     * demonym and a title ("Executive"); try_org reads it */
    unsigned bw = 0;
    if (nw && tok_lex(d, j, LEX_ORG, &bw) && bw > nw && !tok_lex(d, j + bw, LEX_TITLE, NULL))
        return 0;
    j += nw;
    /* "Labour Party spokesman", "Bank of England governor Mervyn King": the
     * body a title belongs to, before it */
    int body = -1;
    const lex_entry *body_lex = NULL; /* its table entry */
    uint32_t body_start = j;
    /* where the title opens after a party's portfolio words, or 0 */
    uint32_t portfolio_title = 0;
    if (!nw) {
        unsigned ow = 0;
        const lex_entry *o = tok_lex(d, j, LEX_ORG, &ow);
        /* (a capitalised party: "who back Mr Flight" is no WHO official) */
        uint32_t p = o && (d->toks[j].flags & T_CAP) ? portfolio_words(d, j + ow, limit) : j + ow;
        if (o && (tok_lex(d, p, LEX_TITLE, NULL) || cap_portfolio_run(d, p, limit, 0))) {
            body = find_entity(d, NSV_KIND_ORGANIZATION, o->canon);
            if (body < 0)
                body = add_entity(d, NSV_KIND_ORGANIZATION, o->canon, NULL, NULL, o->extra);
            if (body < 0)
                return -1;
            body_lex = o;
            if (p > j + ow)
                portfolio_title = p;
            j = p;
        } else if (!o && (acronym_before_title(d, j, limit) ||
                          (det && unlisted_body_before_head(d, j, limit))))
            j++;
    }
    /* "National Climate Advisor", "the White House Domestic Policy Advisor",
     * "American Rescue Plan Coordinator Gene Sperling" (cap_portfolio_run
     * asks for capitals and no title at j first) */
    int cap_run = 0;
    uint32_t run_title = cap_portfolio_run(d, j, limit, nw != 0 ? 1 : -1);
    if (run_title) {
        j = run_title;
        cap_run = 1;
    }
    int titles = 0, has_role = 0, honorific = 0, given_hon = 0, peer = 0;
    uint32_t gender = 0;
    /* "Indian Commerce Minister", "Russian Emergencies Minister": a portfolio
     * the table does not list, between the country and the title */
    if (nw && !tok_lex(d, j, LEX_TITLE, NULL)) {
        uint32_t k = j;
        while (k < limit && k < j + 2 && (d->toks[k].flags & T_CAP) &&
               !(d->toks[k].word_bits & NOT_NAME_BITS) && !d->toks[k].cats)
            k++;
        const lex_entry *t = k > j ? tok_lex(d, k, LEX_TITLE, NULL) : NULL;
        if (t && t->value == TITLE_ROLE)
            j = k;
    }
    /* "Foreign Minister and Alternate Prime Minister Yair Lapid": one person
     * holding two offices.  The chain goes on past "and" only when a name
     * ends it ("the President and Prime Minister met" stays two descriptions,
     * so the state before "and" is kept to fall back to), and not after "the":
     * "The Vice President and Chancellor Scholz discussed" are two people. */
    uint32_t and_at = 0;
    /* where "'s" joined another's office to the chain, and the role before */
    uint32_t poss_at = 0;
    const char *role_before_poss = NULL;
    struct {
        const char *country, *role;
        int titles, has_role, honorific;
        uint32_t gender;
    } before_and = {0};
    while (j < limit) {
        unsigned tw = 0;
        const lex_entry *t = tok_lex(d, j, LEX_TITLE, &tw);
        uint32_t and_title = 0;
        if (!t && titles && !det && !honorific && !and_at &&
            (and_title = second_office(d, j, limit)) != 0) {
            and_at = j;
            before_and.country = country;
            before_and.role = role;
            before_and.titles = titles;
            before_and.has_role = has_role;
            before_and.honorific = honorific;
            before_and.gender = gender;
            /* the office named next to the name is the one the text goes on
             * to use ("Acting President and Prime Minister Vladimir Putin"
             * ... "the Prime Minister emphasised") */
            role = NULL;
            has_role = 0;
            j = and_title;
            continue;
        }
        /* "Director of the Diplomatic Cabinet of the Prime Minister of the
         * Hellenic Republic Eleni Sourani", "Adviser to the President": a
         * title of someone else's office continues the chain */
        if (!t && titles && j + 1 < limit &&
            (tok_is(&d->toks[j], "of") || tok_is(&d->toks[j], "to"))) {
            uint32_t k = j + 1;
            if (k < limit && tok_is(&d->toks[k], "the"))
                k++;
            if (tok_lex(d, k, LEX_TITLE, NULL) && !(d->toks[k].word_bits & W_GROUP)) {
                j = k;
                continue;
            }
        }
        /* "Deputy Prime Minister - Minister for Reintegration of the
         * Temporarily Occupied Territories Iryna Vereshchuk", "Governor of
         * the Khanty-Mansi Autonomous Area – Yugra Natalya Komarova": after a
         * spaced dash a second office, or the rest of a region's name, runs
         * on in capitalised words (and of, for, the, and) to the person's
         * first name; the first office stays the role (not a list's
         * bullet on the next line: "Chair of the Board\n- Martin Oberman";
         * a title opens the run) */
        if (!t && titles && spaced_hyphen_or_dash(d, j) && j + 1 < limit &&
            tok_lex(d, j + 1, LEX_TITLE, NULL) && !line_start(d, j)) {
            uint32_t g = 0;
            for (uint32_t k = j + 1; k + 1 < limit && k < j + 16; k++) {
                const token *x = &d->toks[k];
                if ((x->flags & T_CAP) && tok_lex(d, k, LEX_GIVEN_NAME, NULL) &&
                    (d->toks[k + 1].flags & T_WORD) && (d->toks[k + 1].flags & T_CAP)) {
                    g = k;
                    break;
                }
                if ((x->flags & T_WORD)
                        ? !(x->flags & T_CAP) && !tok_is(x, "of") && !tok_is(x, "for") &&
                              !tok_is(x, "the") && !tok_is(x, "and")
                        : !hyphen_or_dash(d, k))
                    break;
            }
            if (g) {
                j = g;
                break;
            }
        }
        /* "Deputy NEC Director Fazili": the body's acronym inside the chain */
        if (!t && titles && acronym_before_title(d, j, limit)) {
            j++;
            continue;
        }
        /* "Deputy Homeland Security Advisor Daskal" */
        uint32_t pr;
        if (!t && titles && (pr = cap_portfolio_run(d, j, limit, 0)) != 0) {
            j = pr;
            cap_run = 1;
            continue;
        }
        if (!t) {
            /* "Defence Secretary" style: a demonym inside the chain ("Prime
             * Minister of India" is handled by of_country below) */
            break;
        }
        /* "the prime minister's official spokesman", "Russia's chief
         * negotiator": after the possessive, a lower-case catch-all title
         * word right before another office is an adjective of it */
        const lex_entry *t2;
        if (poss_at && t->value == TITLE_ROLE && tw == 1 && !(d->toks[j].flags & T_CAP) &&
            t->canon && catch_all_role(d->lex, t->canon) &&
            (t2 = tok_lex(d, j + 1, LEX_TITLE, NULL)) != NULL && t2->value == TITLE_ROLE) {
            j++;
            continue;
        }
        if (t->value == TITLE_ROLE && !role) {
            role = t->canon;
            has_role = 1;
        }
        /* the title right before the name decides: "Commissioner Sir Ian" */
        given_hon = t->value == TITLE_HONORIFIC && (t->bits & TITLE_GIVEN);
        peer = t->value == TITLE_HONORIFIC && (t->bits & TITLE_PEER);
        if (t->value == TITLE_HONORIFIC) {
            honorific = 1;
            /* "Mr", "Ms": the table's third column tells the gender */
            if (t->canon && !strcmp(t->canon, "male"))
                gender = W_PRONOUN_M;
            else if (t->canon && !strcmp(t->canon, "female"))
                gender = W_PRONOUN_F;
        }
        j += tw;
        titles++;
        if (!country) {
            /* (not "Chairman of the Palestine Liberation Organisation": the
             * country opens a longer body's name, of_body's to read) */
            const char *oc = NULL;
            unsigned ow = of_country(d, j, &oc);
            if (ow && !longer_body_name(d, j + ow, limit)) {
                j += ow;
                country = oc;
            }
        }
        {
            unsigned bw = of_body(d, j, limit);
            j += bw;
            /* "the Secretary of the Supreme National Security Council of
             * Iran said": the body's country after it, with no name to end
             * the body's own "of" part.  (A catch-all office, "the head of
             * the Security Service of Ukraine", takes the words but not the
             * country: its holder is the one introduced with those words,
             * not the country's top office holder) */
            const char *bc = NULL;
            unsigned cw = bw && !country ? of_country(d, j, &bc) : 0;
            /* (not "of the Palestine Liberation Organisation": the country
             * opens a longer capitalised name) */
            for (uint32_t k = j + cw; cw && k < limit && k < j + cw + 3 &&
                                      (d->toks[k].flags & T_CAP) && (d->toks[k].flags & T_WORD);
                 k++)
                if (d->toks[k].word_bits & (W_ORG_HEAD | W_COMPANY))
                    cw = 0;
            if (cw) {
                j += cw;
                if (!(role && catch_all_role(d->lex, role)))
                    country = bc;
            }
        }
        /* "Slovak Prime Minister's Robert Fico" */
        if (j < limit && (d->toks[j].flags & T_POSS) && name_token(d, j + 1))
            j++;
        /* "US President's National Security Advisor Jake Sullivan": the
         * office belongs to the one named; its role is the later title */
        else if (j + 1 < limit && (d->toks[j].flags & T_POSS) &&
                 tok_lex(d, j + 1, LEX_TITLE, NULL) && !(d->toks[j + 1].word_bits & W_GROUP) &&
                 !poss_at) {
            poss_at = j;
            role_before_poss = role;
            j++;
            role = NULL;
            has_role = 0;
        }
        /* "Head of the President's Office": the office is part of the title
         * of the one who heads it (not "the President's Office" itself) */
        else if (titles >= 2 && j + 1 < limit && (d->toks[j].flags & T_POSS) &&
                 (d->toks[j + 1].word_bits & W_ORG_HEAD))
            j += 2;
    }
    if (!titles) {
        if (body >= 0)
            return 0;
        return 0;
    }
    (void)body_start;
    uint32_t last = 0;
    uint32_t end = scan_name(d, j, limit, &last);
    /* a roster line read from its first word ("Harbour Envoy Paul
     * Brandt\nRita Gomez"): a name of two words or more ends with the
     * line, not on the next line's whole name (wire copy wraps one name:
     * "David\nMulford", "Herman De\nCroo") */
    for (uint32_t k = j + 2; cap_run && k + 1 < end; k++)
        if (line_start(d, k)) {
            end = k;
            last = k - 1;
        }
    /* "The Economist Intelligence Unit said", "General Refractories Co": a
     * lone capitalised title before capitalised words that end in a body's
     * head ("Unit", "Group", "Co") opens the body's name; it titles no
     * person (one whose name opens with a first name is one) */
    if (end > j + 1 && titles == 1 && !nw && body < 0 && !honorific && !and_at && !poss_at) {
        uint32_t t0 = i + (uint32_t)det;
        unsigned tw0 = 0;
        const token *h = &d->toks[end - 1];
        if (tok_lex(d, t0, LEX_TITLE, &tw0) && t0 + tw0 == j && (d->toks[t0].flags & T_CAP) &&
            (h->flags & T_CAP) &&
            (h->word_bits & (W_FIRM | W_ORG_HEAD | W_FIRM_TAIL | W_COMPANY)) &&
            !tok_lex(d, j, LEX_GIVEN_NAME, NULL)) /* not "Governor Janet Mills" */
            return add_org_mention(d, t0, end, span_text(d, t0, end), NULL, next);
    }
    if (end > j)
        j = trim_name_head(d, j, end);
    uint32_t second = glued_names(d, j, end);
    if (second < end) {
        end = second;
        last = end - 1;
    }
    /* no name after another's office: "Sultygov, Russian President's Special
     * Representative" is an appositive and "the prime minister's spokesman"
     * speaks for the prime minister; both keep only the first office, as
     * before the possessive joined the chain. */
    /* (but "the President's adviser", "the Premier's aide": an office of
     * the catch-all kind, defined by whose it is, is that description
     * whole; desc_fit() finds who was introduced with those words) */
    if (poss_at && end == j && role_before_poss &&
        !(det && role && !strcmp(role, "Leader") && !nw && body < 0)) {
        j = poss_at;
        end = j;
        role = role_before_poss;
        has_role = 1;
    }
    if (and_at && end == j) {
        j = and_at;
        country = before_and.country;
        role = before_and.role;
        titles = before_and.titles;
        has_role = before_and.has_role;
        honorific = before_and.honorific;
        gender = before_and.gender;
        end = scan_name(d, j, limit, &last);
    } else if (and_at && !role) {
        role = before_and.role;
        has_role = before_and.has_role;
    }
    /* a spokesperson with no name speaks for the body: "a Labour Party
     * spokesman", "a spokeswoman for the Information Commissioner's Office" */
    if (end == j && role && !strcmp(role, "Spokesperson")) {
        uint32_t after = j;
        if (body < 0 && j + 1 < limit && tok_is(&d->toks[j], "for")) {
            uint32_t o = j + 1;
            if (o < limit && tok_is(&d->toks[o], "the"))
                o++;
            size_t mi = d->nments;
            mention *sm = add_mention(d, M_ORG, i, j);
            if (!sm)
                return -1;
            sm->body_voice = 1;
            sm->role = role;
            uint32_t onext = o;
            int r = try_org(d, o, limit, &onext);
            if (r < 0)
                return -1;
            if (r == 0)
                r = try_bare_org_name(d, o, limit, &onext);
            if (r < 0)
                return -1;
            if (r > 0 && d->nments > mi + 1) {
                d->ments[mi].entity = d->ments[mi + 1].entity;
                d->ments[mi].name = d->ments[mi + 1].name;
                after = onext;
            }
            *next = after;
            return 1;
        }
        mention *sm = add_mention(d, body >= 0 ? M_ORG : M_DESC, i, j);
        if (!sm)
            return -1;
        sm->body_voice = 1;
        sm->role = role;
        sm->entity = body;
        /* "a Treasury spokeswoman ... He said" is not her */
        sm->gender = title_word_gender(&d->toks[j - 1]);
        if (body >= 0) {
            sm->name = d->ents[body].name;
            touch(d, body);
        }
        *next = j;
        return 1;
    }
    /* portfolio words with no name after the title ("Labour home affairs
     * spokesman said") are left to the body and the title alone */
    if (portfolio_title && end == j)
        return 0;
    if (end > j) {
        const char *name = span_text(d, j, end);
        const char *surname = span_text(d, last, surname_end(d, last, end));
        /* "Sauli Niinistö of Finland" */
        uint32_t after = end;
        if (!country)
            after += of_country(d, end, &country);
        /* "Lord Nicholls of Birkenhead said": a peer's territorial title
         * (one or two capitalised words) is part of the name's mention */
        uint32_t span_end = end;
        if (peer && after == end && end + 2 < limit && tok_is(&d->toks[end], "of")) {
            uint32_t k = end + 1;
            while (k < limit && k < end + 3 && (d->toks[k].flags & T_CAP) &&
                   (d->toks[k].flags & T_WORD) && !tok_lex(d, k, LEX_TITLE, NULL))
                k++;
            if (k > end + 1)
                span_end = after = k;
        }
        /* ("Tory shadow chancellor Oliver Letwin": the lesser word stands
         * before the title, inside the mention) */
        const char *lr = lesser_role(d, portfolio_title ? portfolio_title : i, role);
        if (role && !lr)
            return -1;
        role = lr;
        /* "Sunday Telegraph journalist Robert Peston said": another outlet's
         * journalist speaks as anyone does; only the item's own outlet's
         * correspondents are its voice (GUIDE) */
        int other_outlet = role && !strcmp(role, "Correspondent") && body_lex && body_lex->extra2 &&
                           !strcmp(body_lex->extra2, "outlet") && d->source.ptr &&
                           !same_outlet(body_lex->canon, d->source);
        /* "Sir John Bourn ... Sir John said": a knight's honorific before a
         * lone first name is the person named before with that first name */
        int ent = given_hon && end == j + 1 ? first_word_entity(d, NSV_KIND_PERSON, name, 0) : -1;
        if (ent < 0)
            ent = person_entity(d, name, surname, role, country, gender, honorific && !given_hon);
        mention *m = add_mention(d, M_PERSON, i, span_end);
        if (!m || ent < 0)
            return -1;
        if (given_hon)
            d->ents[ent].knight = 1;
        if (other_outlet)
            d->ents[ent].other_outlet = 1;
        m->entity = ent;
        m->name = name;
        m->role = role;
        m->country = country;
        m->of_body = body;
        /* on the mention, not the entity: "Mrs Reagan" joins Reagan's
         * entity by surname, but is not who "he" means */
        m->gender = gender;
        touch(d, ent);
        *next = after;
        return 1;
    }
    /* no name: a description when it is definite ("the minister",
     * "Tajikistan's defense minister", "the Russian President"), or an
     * office of a country that speaks ("President of Russia asked", "The
     * 43rd President of the United States noted", "the Federal Chancellor
     * of Germany expressed": a word before the title the chain does not
     * start at; "former" makes the holder less than the office) */
    /* (just "Title of [the] Country", capitalised: not "adviser to the
     * President of X", someone else's office) */
    uint32_t cue_at = 0;
    unsigned ow = 0;
    const char *oc = NULL;
    int country_office = !det && !nw && country && !honorific && i > 0 && (first->flags & T_CAP) &&
                         !(d->toks[i - 1].word_bits & W_PREP) && tok_lex(d, i, LEX_TITLE, &ow) &&
                         i + ow + of_country(d, i + ow, &oc) == j &&
                         speech_cue_after(d, j, limit, &cue_at) != NULL;
    if (country_office) {
        const char *lr = lesser_role(d, i, role);
        if (role && !lr)
            return -1;
        role = lr;
    }
    if (has_role && (det || nw || is_punct(d, j, ':') || country_office) && !honorific) {
        mention *m = add_mention(d, M_DESC, i, j);
        if (!m)
            return -1;
        m->role = role;
        m->country = country;
        m->of_body = body;
        *next = j;
        return 1;
    }
    return 0;
}

/* "governments": the plural of a body noun that stands for a country's
 * government (body_nouns.tsv mark country).  Counted ("Both Governments
 * welcomed", "the two governments noted") it heads a group of states, not
 * an unknown name that speaks; uncounted ("the United States and United
 * Kingdom governments met") it stays a plain word. */
static int country_body_plural(const doc *d, uint32_t j)
{
    const token *t = &d->toks[j];
    if (!(t->flags & T_WORD) || t->lower_len < 3 || !present_s_ending(t))
        return 0;
    const lex_entry *bn = lex_find(lex_lookup(d->lex, t->lower, t->lower_len - 1), LEX_BODY_NOUN);
    return bn && (bn->bits & BODY_COUNTRY);
}

static int firm_plural(const doc *d, uint32_t t);

/* Is token b "between" right after a meeting noun ("talks between",
 * "negotiations between")? */
static int talks_between(const doc *d, uint32_t b)
{
    if (b == 0 || !tok_is(&d->toks[b], "between") || d->toks[b - 1].sent != d->toks[b].sent)
        return 0;
    for (const lex_entry *e = tok_lex(d, b - 1, LEX_MEETING, NULL); e; e = e->next)
        if (e->cat == LEX_MEETING && e->value == MEET_NOUN && e->nwords == 1)
            return 1;
    return 0;
}

/* "of Russia and France" at k: "of", two countries joined by "and", and
 * the token past them, or 0.  Not a longer list ("of Russia, France and
 * Germany", "of Russia and France and"), nor a name the countries open
 * ("of Russia and France Foundation"). */
static uint32_t of_two_countries(const doc *d, uint32_t k, uint32_t limit)
{
    unsigned a = 0, b = 0;
    uint32_t c = k + 1;
    if (c + 2 >= limit || !tok_is(&d->toks[k], "of") || !(d->toks[c].flags & T_CAP) ||
        !tok_lex(d, c, LEX_COUNTRY, &a) || c + a + 1 >= limit || !tok_is(&d->toks[c + a], "and"))
        return 0;
    uint32_t e = c + a + 1;
    if (!(d->toks[e].flags & T_CAP) || !tok_lex(d, e, LEX_COUNTRY, &b) || e + b > limit)
        return 0;
    e += b;
    if (e < limit && (((d->toks[e].flags & T_CAP) && (d->toks[e].flags & T_WORD)) ||
                      tok_is(&d->toks[e], "and") || is_punct(d, e, '-') ||
                      (d->toks[e].flags & T_POSS) || (d->toks[e - 1].flags & T_POSS)))
        return 0;
    if (is_punct(d, k - 1, ','))
        return 0;
    return e;
}

/* The canonical names of the two countries a group mention ends in
 * ("the leaders of Poland and Lithuania"), written to c[0] and c[1]; 0
 * when it ends in no such pair. */
static int pair_countries(const doc *d, const mention *m, const char *c[2])
{
    for (uint32_t t = m->tok_start + 1; t + 3 <= m->tok_end; t++) {
        if (of_two_countries(d, t, m->tok_end) != m->tok_end)
            continue;
        unsigned a = 0;
        const lex_entry *x = tok_lex(d, t + 1, LEX_COUNTRY, &a);
        const lex_entry *y = x ? tok_lex(d, t + 2 + a, LEX_COUNTRY, NULL) : NULL;
        if (!x || !y || !x->canon || !y->canon)
            return 0;
        c[0] = x->canon;
        c[1] = y->canon;
        return 1;
    }
    return 0;
}

/* "the two ministers", "both leaders", "the sides", "the heads of state". */
static int try_group(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    const token *k = &d->toks[i];
    if (!tok_is(k, "the") && !tok_is(k, "both"))
        return 0;
    uint32_t j = i + 1;
    int count = tok_is(k, "both") ? 2 : 0;
    const char *role = NULL;
    int demonyms = 0, conj = 0;
    for (int steps = 0; j < limit && steps < 5; steps++) {
        const token *u = &d->toks[j];
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, j, LEX_WORD, &nw);
        int governments = !w && count && country_body_plural(d, j);
        /* "the two companies", "both banks": counted businesses named before
         * (not the object of a preposition: "An accord between the two
         * companies calls for" has no such subject; but "talks between the
         * two companies" names the sides of the talks) */
        int firms =
            !governments && count && !conj && !demonyms && firm_plural(d, j) &&
            !(i > 0 && d->toks[i - 1].sent == k->sent &&
              (d->toks[i - 1].word_bits & (W_PREP | W_PLACE_PREP)) && !talks_between(d, i - 1));
        if (governments || firms)
            nw = 1;
        if (governments || firms ||
            (w && ((w->bits & W_GROUP) || ((w->bits & W_UNNAMED) && count)))) {
            /* "the Russian and Ukrainian delegations": the demonyms name
             * the parties (try_country_or_place) */
            if (demonyms >= 2 && conj && (u->word_bits & W_SIDE_GROUP))
                return 0;
            uint32_t end = j + nw;
            /* "the leaders of the three states": the number of parties */
            if (!count && end + 3 < limit && tok_is(&d->toks[end], "of") &&
                tok_is(&d->toks[end + 1], "the") && (d->toks[end + 2].word_bits & W_NUMBER_WORD)) {
                const lex_entry *num = tok_lex(d, end + 2, LEX_WORD, NULL);
                const lex_entry *head = tok_lex(d, end + 3, LEX_WORD, NULL);
                if (num && head && (head->bits & W_GROUP)) {
                    count = num->value ? num->value : 2;
                    end += 4;
                }
            }
            /* "the leaders of Russia and France noted", "the presidents
             * of Ukraine and Poland praised": before a speech cue, the
             * pair's countries name its two members (read as the subject,
             * the countries were the speakers; the countries of "talks
             * with the leaders of A and B" stay the meeting's) */
            uint32_t pair_end = 0, cue = 0;
            if (!count && !governments && !firms && !(u->word_bits & W_STATES) &&
                phrase_at(d, end - 1, end, PHRASE_PAIR_LEADERS) == 1)
                pair_end = of_two_countries(d, end, limit);
            if (pair_end && speech_cue_after(d, pair_end, limit, &cue) &&
                !(d->toks[cue].flags & T_IN_QUOTE)) {
                end = pair_end;
                count = 2;
            }
            mention *m = add_mention(d, M_GROUP_DESC, i, end);
            if (!m)
                return -1;
            m->count = count ? count : 2;
            /* "ministers" -> minister: the role the members must have;
             * "the two countries": countries, not people */
            if (!strncmp(u->lower, "minister", 8)) {
                role = u->lower;
                m->group = GROUP_MINISTERS;
            } else if (!strncmp(u->lower, "president", 9)) {
                role = u->lower;
                m->group = GROUP_PRESIDENTS;
            } else if (nw > 1 && !strncmp(d->toks[j + nw - 1].lower, "advis", 5)) {
                role = d->toks[j + nw - 1].lower; /* "the national security advisors" */
                m->group = GROUP_ADVISERS;
            } else if ((u->word_bits & W_STATES) || governments) {
                role = GROUP_STATES_ROLE;
                m->group = GROUP_STATES;
            } else if (firms) {
                role = GROUP_FIRMS_ROLE;
                m->group = GROUP_FIRMS;
            }
            m->role = role;
            *next = end;
            return 1;
        }
        if (u->word_bits & W_NUMBER_WORD) {
            const lex_entry *num = tok_lex(d, j, LEX_WORD, NULL);
            count = num && num->value ? num->value : 2;
            j++;
            /* "The two condemned the attacks", "the two reaffirmed": a
             * readout's bare "the two" before a past-tense verb is the pair
             * it reported, as "the two leaders" is (not "the two
             * 15-minute sessions", nor an object: "met the two on Monday") */
            if (j == i + 2 && count == 2 && tok_is(k, "the") && j < limit &&
                (d->toks[j].flags & T_WORD) && !(d->toks[j].flags & T_CAP) &&
                ed_ending(&d->toks[j]) && !tok_lex(d, j, LEX_WORD, NULL)) {
                mention *m = add_mention(d, M_GROUP_DESC, i, j);
                if (!m)
                    return -1;
                m->count = 2;
                *next = j;
                return 1;
            }
            continue;
        }
        if (tok_lex(d, j, LEX_DEMONYM, &nw) || tok_lex(d, j, LEX_TITLE, &nw)) {
            demonyms += tok_lex(d, j, LEX_DEMONYM, NULL) != NULL;
            j += nw;
            continue;
        }
        if (u->word_bits & W_CONJ) {
            conj = 1;
            j++;
            continue;
        }
        break;
    }
    return 0;
}

/* "Co" in "Economic Co-operation" is no legal form. */
static int company_hyphen(const doc *d, uint32_t k, uint32_t limit)
{
    return k + 1 < limit && is_punct(d, k + 1, '-') && !(d->toks[k + 1].flags & T_SPACE_BEFORE);
}

/* Is token t a letter or two in capitals, no country or known body ("S",
 * "NT"; not "UK", "EC")? */
static int firm_initials(const doc *d, uint32_t t)
{
    const token *u = &d->toks[t];
    size_t n = u->end - u->start;
    /* one byte starting upper-case is one capital; two bytes all capitals
     * are two */
    uint32_t caps = n == 1 ? T_CAP : T_ALLCAPS;
    if (!(u->flags & T_WORD) || n > 2 || !(u->flags & caps) || tok_lex(d, t, LEX_COUNTRY, NULL) ||
        tok_lex(d, t, LEX_ORG, NULL))
        return 0;
    return 1;
}

/* May the "and" before token k join one company's name, after `before`
 * capitalised words of it? */
static int and_in_company(const doc *d, uint32_t k, uint32_t limit, int before)
{
    /* "S and W Berisford Plc", "B and C said", "S and P": initials joined
     * by "and" (a wire's "&") are one firm's; a letter or two alone names
     * no person, and the second is no firm of its own */
    if (before == 1 && k >= 2 && k < limit && firm_initials(d, k - 2) && firm_initials(d, k))
        return 1;
    /* "C. Itoh and Co Ltd" */
    if (k < limit && tok_is(&d->toks[k], "co"))
        return !company_hyphen(d, k, limit);
    /* one plain word, then the legal form, after a name of two words or
     * more: "Atlas Consolidated Mining and Development Corp", "American
     * Telephone and Telegraph Co"; but not "United Auto Workers and
     * American Motors Corp", "Steelworkers of America and LTV Corp", nor
     * "Exxon and Mobil Corp" */
    if (before < 2 || k + 1 >= limit)
        return 0;
    const token *u = &d->toks[k], *h = &d->toks[k + 1];
    return (u->flags & T_CAP) && !(u->flags & T_ALLCAPS) &&
           !(u->word_bits & (W_DET | W_PREP | W_CONJ | W_ORG_HEAD | W_PRONOUN_M | W_PRONOUN_F |
                             W_PRONOUN_PL | W_MONTH | W_WEEKDAY | W_SUBORD)) &&
           !tok_lex(d, k, LEX_COUNTRY, NULL) && (h->flags & T_CAP) && (h->word_bits & W_COMPANY) &&
           !company_hyphen(d, k + 1, limit);
}

/* Are tokens a and b the same word, letter for letter? */
static int same_token_text(const doc *d, uint32_t a, uint32_t b)
{
    const token *u = &d->toks[a], *v = &d->toks[b];
    return u->end - u->start == v->end - v->start &&
           !memcmp(d->text + u->start, d->text + v->start, u->end - u->start);
}

/* Most tokens an item is searched for a firm's joined name. */
#define JOINED_NAME_SCAN 6000

/* Build d->same_first and d->same_next (doc.h) once: a hash table of the
 * folded words' hashes keeps each word's last token while the item is read
 * in order.  Returns 0, or -1 out of memory. */
static int same_word_index(doc *d)
{
    if (d->same_first)
        return 0;
    const size_t ntoks = d->ntoks;
    size_t cap = 16;
    while (cap < ntoks + ntoks / 2)
        cap *= 2;
    uint32_t *first = arena_alloc_raw(d->mem, (ntoks ? ntoks : 1) * sizeof *first);
    uint32_t *next = arena_alloc_raw(d->mem, (ntoks ? ntoks : 1) * sizeof *next);
    uint64_t *words = arena_alloc_raw(d->mem, cap * sizeof *words);
    /* (a slot's last token plus one; 0 for an empty slot) */
    uint32_t *last = arena_alloc(d->mem, cap * sizeof *last);
    if (!first || !next || !words || !last)
        return -1;
    const size_t mask = cap - 1;
    for (size_t k = 0; k < ntoks; k++) {
        uint64_t h = d->tok_hash[k];
        size_t i = h & mask;
        while (last[i] && words[i] != h)
            i = (i + 1) & mask;
        next[k] = UINT32_MAX;
        if (last[i]) {
            next[last[i] - 1] = (uint32_t)k;
            first[k] = first[last[i] - 1];
        } else {
            words[i] = h;
            first[k] = (uint32_t)k;
        }
        last[i] = (uint32_t)k + 1;
    }
    d->same_first = first;
    d->same_next = next;
    return 0;
}

/* The first token of token y's folded word (the same tok_hash) in [from,
 * stop), or stop: walked by the index when a rule has built it
 * (same_word_index), else by the hashes from `from`.  Building the index
 * for a question or two costs an item more than the scan. */
static uint32_t same_word_from(const doc *d, uint32_t y, uint32_t from, uint32_t stop)
{
    uint32_t t;
    if (d->same_first) {
        for (t = d->same_first[y]; t < from; t = d->same_next[t])
            ;
        return t < stop ? t : stop;
    }
    const uint64_t h = d->tok_hash[y];
    for (t = from; t < stop && d->tok_hash[t] != h; t++)
        ;
    return t;
}

/* The next token after t of t's folded word before stop, or stop (as
 * same_word_from). */
static uint32_t same_word_next(const doc *d, uint32_t t, uint32_t stop)
{
    if (d->same_next)
        return d->same_next[t] < stop ? d->same_next[t] : stop;
    const uint64_t h = d->tok_hash[t];
    while (++t < stop && d->tok_hash[t] != h)
        ;
    return t < stop ? t : stop;
}

/* May the "and" before token k join one firm's name after a single word at
 * k - 2 ("Cable and Wireless Plc <CAWL.L> said", "McAndrews and Forbes
 * Holdings Inc said ... McAndrews and Forbes said")?  Only when the item
 * says so: the capitalised words after "and" end in a legal form that
 * carries the one ticker (a firm of its own before "and" would carry its
 * own), or the item repeats the two words joined; and the word before
 * "and" never takes a legal form of its own.  Not "Exxon and Mobil Corp
 * said", "Ford and General Motors Corp" (two firms). */
static int one_word_and_firm(doc *d, uint32_t k, uint32_t limit)
{
    if (k < 2 || k >= limit)
        return 0;
    uint32_t x = k - 2;
    const token *u = &d->toks[x];
    if (!(u->flags & T_CAP) || !(u->flags & T_WORD) || (u->flags & (T_ALLCAPS | T_POSS)) ||
        (u->word_bits & (W_DET | W_PREP | W_CONJ | W_ORG_HEAD | W_COMPANY | W_SUBORD)) ||
        tok_lex(d, x, LEX_COUNTRY, NULL) || tok_lex(d, x, LEX_ORG, NULL) ||
        tok_lex(d, x, LEX_DEMONYM, NULL) || tok_lex(d, x, LEX_TITLE, NULL))
        return 0;
    /* the capitalised words after "and" up to their legal form */
    uint32_t e = legal_form_in(d, k, limit);
    if (e == k || e >= limit)
        return 0;
    int ticker = skip_ticker(d, e + 1) > e + 1, again = 0;
    if (same_word_index(d) < 0)
        return 0;
    /* (the word's own tokens only, by the per-item index) */
    uint32_t n = d->ntoks < JOINED_NAME_SCAN ? d->ntoks : JOINED_NAME_SCAN;
    for (uint32_t t = d->same_first[x]; t != UINT32_MAX && t + 2 < n; t = d->same_next[t]) {
        if (t == x || !same_token_text(d, t, x))
            continue;
        /* ("Exxon Corp"): the word names a firm of its own */
        if ((d->toks[t + 1].word_bits & W_COMPANY) && (d->toks[t + 1].flags & T_CAP))
            return 0;
        again |= tok_is(&d->toks[t + 1], "and") && same_token_text(d, t + 2, k);
    }
    return ticker || again;
}

/* May the ampersand at token k join one body's name: "Oil & Natural Gas
 * Corp", "Goldman Sachs & Co", where up to three capitalised words after it
 * end in a legal form or a body's head ("Securities & Exchange Commission")
 * (not "President & Director", titles; an "of" part,
 * "Centers for Medicare & Medicaid Services", is let through by the
 * caller). */
static int ampersand_in_company(const doc *d, uint32_t k, uint32_t limit)
{
    if (!is_punct(d, k, '&'))
        return 0;
    for (uint32_t h = k + 1; h < limit && h < k + 5; h++) {
        const token *u = &d->toks[h];
        if (!(u->flags & T_CAP) || !(u->flags & T_WORD) ||
            (u->word_bits & (W_DET | W_PREP | W_CONJ)) || tok_lex(d, h, LEX_TITLE, NULL) ||
            tok_lex(d, h, LEX_GIVEN_NAME, NULL))
            return 0;
        if ((u->word_bits & W_COMPANY) && !company_hyphen(d, h, limit))
            return 1;
        /* (a head right after the ampersand heads no name of both sides) */
        if ((u->word_bits & W_ORG_HEAD) && h > k + 1 && !(u->flags & T_POSS))
            return 1;
    }
    return 0;
}

/* "Audio/Video Affiliates Inc", "Decision/Capital Fund Inc": does the
 * slash at k, with no space on either side, join two capitalised words of
 * one firm's name, its capitalised words after the slash ending in a legal
 * form within four words?  (Not "CVS/Aetna", "Israel/Palestine", "AM/FM":
 * no legal form closes them.) */
static int slash_in_company(const doc *d, uint32_t k, uint32_t limit)
{
    if (!is_punct(d, k, '/') || k == 0 || k + 2 >= limit || (d->toks[k].flags & T_SPACE_BEFORE) ||
        (d->toks[k + 1].flags & T_SPACE_BEFORE) || !(d->toks[k - 1].flags & T_CAP) ||
        !(d->toks[k - 1].flags & T_WORD) || (d->toks[k - 1].flags & T_POSS))
        return 0;
    for (uint32_t h = k + 1; h < limit && h < k + 5; h++) {
        const token *u = &d->toks[h];
        if (!(u->flags & T_CAP) || !(u->flags & T_WORD) || (u->flags & T_POSS) ||
            (u->word_bits & (W_DET | W_PREP | W_CONJ)))
            return 0;
        if (h > k + 1 && (u->word_bits & W_COMPANY) && !company_hyphen(d, h, limit))
            return 1;
    }
    return 0;
}

/* A lower-case word of no closed class ("interim", "administration"). */
static int lower_plain_word(const token *t)
{
    return (t->flags & T_WORD) && !(t->flags & (T_CAP | T_POSS)) &&
           !(t->word_bits & ~(uint64_t)(W_ORG_HEAD | W_POLITY | W_PUBLIC_BODY));
}

/* Which words of a body's name give initials (initials_spell): all of
 * them, its capitalised ones, or its capitalised ones past "The" and a
 * legal form ("Inc", "Holdings Ltd"). */
enum initials_words { INITIALS_ALL, INITIALS_CAPS, INITIALS_FIRM };

/* Do the initials of body mention m's words (`which` of them) spell the
 * acronym a?  A possessive is no initial; outside INITIALS_FIRM neither is
 * a first word a possessive follows ("Japan's Ministry of International
 * Trade and Industry, or MITI"); INITIALS_FIRM asks for two at least. */
static int initials_spell(const doc *d, const mention *m, const token *a, enum initials_words which)
{
    size_t len = a->end - a->start, n = 0;
    for (uint32_t t = m->tok_start; t < m->tok_end; t++) {
        const token *u = &d->toks[t];
        if (!(u->flags & T_WORD) || (which != INITIALS_ALL && !(u->flags & T_CAP)) ||
            (u->flags & T_POSS))
            continue;
        if (which == INITIALS_FIRM
                ? (u->word_bits & W_COMPANY) || tok_is(u, "the")
                : t == m->tok_start && t + 1 < m->tok_end && (d->toks[t + 1].flags & T_POSS))
            continue;
        if (n >= len || d->text[a->start + n] != ascii_upper(d->text[u->start]))
            return 0;
        n++;
    }
    return n == len && (which != INITIALS_FIRM || n >= 2);
}

/* Do the initials of the body's name spell the acronym a, over all its
 * words ("Department of Transportation", DOT) or its capitalised ones
 * ("Office of Gun Violence Prevention", OGVP)?  A name the mention finder
 * cut short ("Drug Administration" for FDA) does not. */
static int spells(const doc *d, const mention *m, const token *a)
{
    return initials_spell(d, m, a, INITIALS_ALL) || initials_spell(d, m, a, INITIALS_CAPS);
}

/* The token of the acronym the item defines right after body mention m:
 * in brackets ("Office of Gun Violence Prevention (OGVP)") or set off by
 * commas ("the Organisation for Economic Cooperation and Development,
 * OECD, said", "Ministry of International Trade and Industry, or MITI,");
 * 0 if none. */
static uint32_t defined_acronym(const doc *d, const mention *m)
{
    uint32_t o = m->tok_end;
    if (o + 2 >= d->ntoks)
        return 0;
    if (is_punct(d, o, '(') && is_punct(d, o + 2, ')') && (d->toks[o + 1].flags & T_ALLCAPS))
        return o + 1;
    if (!is_punct(d, o, ','))
        return 0;
    uint32_t a = o + 1;
    if (tok_is(&d->toks[a], "or"))
        a++;
    if (a + 1 < d->ntoks && (d->toks[a].flags & T_ALLCAPS) && is_punct(d, a + 1, ','))
        return a;
    return 0;
}

/* "the White House Office of Gun Violence Prevention (OGVP) ... OGVP
 * convened": an acronym the item defined right after a body's name
 * (defined_acronym) stands for that body.  Returns the defining mention,
 * or -1. */
static int acronym_body(doc *d, uint32_t t)
{
    const token *a = &d->toks[t];
    if (!(a->flags & T_ALLCAPS))
        return -1;
    /* the definitions among the mentions found since the last call: each
     * mention is looked at once, so an item of capitals stays linear */
    for (; d->acr_scanned < d->nments; d->acr_scanned++) {
        const mention *m = &d->ments[d->acr_scanned];
        if (m->kind != M_ORG || m->entity < 0 || !defined_acronym(d, m))
            continue;
        uint32_t *defs =
            arena_grow(d->mem, d->acr_defs, d->n_acr_defs, &d->cap_acr_defs, 16, sizeof *defs);
        if (!defs)
            return -1; /* the arena's failure fails the item */
        d->acr_defs = defs;
        d->acr_defs[d->n_acr_defs++] = (uint32_t)d->acr_scanned;
    }
    /* real items define a few; the first ACRONYM_DEFS_MAX bound the cost of
     * one that defines thousands */
    for (size_t q = 0; q < d->n_acr_defs && q < ACRONYM_DEFS_MAX; q++) {
        uint32_t k = d->acr_defs[q];
        const mention *m = &d->ments[k];
        uint32_t o = defined_acronym(d, m);
        if (o > t)
            continue;
        if (same_token_text(d, o, t) && spells(d, m, a))
            return (int)k;
    }
    return -1;
}

/* The acronym at token i stands for the body of mention def: its mention,
 * and the records name the body with its acronym, as the item does:
 * "Office of Gun Violence Prevention (OGVP)".  1 with *next past it, -1
 * when memory ran out. */
static int acronym_alias(doc *d, int def, uint32_t i, uint32_t *next)
{
    const mention *dm = &d->ments[def];
    int ent = dm->entity;
    const char *name = dm->name, *country = dm->country;
    entity *de = &d->ents[ent];
    const char *acr = span_text(d, i, i + 1);
    if (!acr)
        return -1;
    /* not "IMF (IMF)": a name that holds its acronym already */
    if (!de->alias_of_name && de->name && !word_in(de->name, acr)) {
        size_t nl = strlen(de->name), al = d->toks[i].end - d->toks[i].start;
        char *full = arena_alloc(d->mem, nl + al + 4);
        if (!full)
            return -1;
        memcpy(full, de->name, nl);
        memcpy(full + nl, " (", 2);
        memcpy(full + nl + 2, d->text + d->toks[i].start, al);
        memcpy(full + nl + 2 + al, ")", 2);
        de->name = full;
        de->alias_of_name = 1;
        if (d->ent_by_key && index_entity(d, ent) != 0)
            return -1;
    }
    return org_mention_of(d, ent, i, i + 1, name, country, next);
}

/* The body named before token t (among the last 256 mentions: linear in
 * the item) whose initials spell the acronym at t, which the item never
 * defined ("TWA said" after "Trans World Airlines Inc", "NBH" after "North
 * Broken Hill Holdings Ltd"); its mention, or -1. */
static int spelled_body(const doc *d, uint32_t t)
{
    const token *a = &d->toks[t];
    /* (not a model's prefix: "its new MD-11 jet") */
    if (!(a->flags & T_ALLCAPS) || (a->flags & T_ABBREV) ||
        (t + 1 < d->ntoks && is_punct(d, t + 1, '-') && !(d->toks[t + 1].flags & T_SPACE_BEFORE)))
        return -1;
    size_t n = mentions_before(d, t);
    for (size_t k = n; k-- > 0 && n - k <= 256;) {
        const mention *m = &d->ments[k];
        if (m->kind == M_ORG && m->entity >= 0 && m->tok_end <= t &&
            initials_spell(d, m, a, INITIALS_FIRM))
            return (int)k;
    }
    return -1;
}

/* "Industrial and Commercial Bank (ICBC)": does the acronym the item
 * brackets right after the capitalised words from j, past the "and" at k,
 * to a body's head spell the initials of all of them (or open it)?  Then "and" joins one
 * name, where "Exxon and Mobil Corp" alone would not. */
static int and_by_acronym(const doc *d, uint32_t j, uint32_t k, uint32_t limit)
{
    uint32_t e = k + 1;
    while (e < limit && e < k + 6 && (d->toks[e].flags & T_CAP) && (d->toks[e].flags & T_WORD) &&
           !(d->toks[e].word_bits & (W_DET | W_PREP | W_CONJ)))
        e++;
    if (e == k + 1 || e + 2 >= limit || !(d->toks[e - 1].word_bits & (W_ORG_HEAD | W_COMPANY)) ||
        !is_punct(d, e, '(') || !is_punct(d, e + 2, ')') || !(d->toks[e + 1].flags & T_ALLCAPS))
        return 0;
    const token *a = &d->toks[e + 1];
    size_t len = a->end - a->start, n = 0;
    for (uint32_t t = j; t < e; t++) {
        if (t == k)
            continue;
        if (!(d->toks[t].flags & T_CAP) || n >= len ||
            d->text[a->start + n] != d->text[d->toks[t].start])
            return 0;
        n++;
    }
    /* (three initials or more may open a longer acronym: the item writes
     * "Industrial and Commercial Bank (ICBC)" without "of China") */
    return n == len || n >= 3;
}

/* "the Post and Telecommunications Ministry", "the Ways and Means
 * Committee", "Foreign Economic Relations and Trade Ministry": "and" at k
 * joins a public body's fields when the run from j before it is up to three
 * plain capitalised words and one such word after it comes right before
 * the body's head (words.tsv public_body); not "Britain and the Defence
 * Ministry" (a country or known body on either side). */
static int and_in_portfolio(const doc *d, uint32_t j, uint32_t k, uint32_t limit)
{
    if (k == j || k > j + 3 || k + 2 >= limit)
        return 0;
    const token *h = &d->toks[k + 2];
    if (!(h->flags & T_CAP) || !(h->word_bits & W_ORG_HEAD) || !(h->word_bits & W_PUBLIC_BODY))
        return 0;
    const uint32_t named = (1u << LEX_COUNTRY) | (1u << LEX_DEMONYM) | (1u << LEX_ORG) |
                           (1u << LEX_GIVEN_NAME) | (1u << LEX_TITLE);
    for (uint32_t t = j; t <= k + 1; t++) {
        if (t == k)
            continue;
        const token *u = &d->toks[t];
        /* (a known body opening a longer run names the body it belongs
         * to: "the House Energy and Commerce Committee") */
        int opens = t == j && k > j + 1;
        uint32_t no = opens ? named & ~(1u << LEX_ORG) : named;
        if (!(u->flags & T_CAP) || !(u->flags & T_WORD) || (u->flags & (T_ALLCAPS | T_POSS)) ||
            (u->cats & no) || (u->word_bits & (W_DET | W_PREP | W_CONJ)) ||
            (!opens && (u->word_bits & W_ORG_HEAD)))
            return 0;
    }
    return 1;
}

/* A capital inside the word: a brand's name ("VimpelCom"), no plain word. */
static int inner_capital(const doc *d, uint32_t t)
{
    for (uint32_t c = d->toks[t].start + 1; c < d->toks[t].end; c++)
        if (d->text[c] >= 'A' && d->text[c] <= 'Z')
            return 1;
    return 0;
}

/* "the Food Safety and Inspection Service", "Federal Savings and Loan
 * Association", "the Bangkok Shipowners and Agents Association": "and" at k
 * joins one body's name when the run from j before it is up to three plain
 * capitalised words (the first may be a place or demonym, the body's seat,
 * before another word) and one or two such words after it come right
 * before a head that is no legal form or business noun ("Oil and Gas
 * Company", two trades' firm); not "the IMF and World Bank", "the
 * United States and Soviet Union", "Ongpin and Central Bank" (a known body,
 * country, person or title on either side). */
static int and_in_body_name(const doc *d, uint32_t j, uint32_t k, uint32_t limit)
{
    /* (from the run's first word: not "First Federal Savings and Loan
     * Association" read from its third word) */
    if (k == j || k > j + 3 || k + 2 >= limit ||
        (j > 0 && (d->toks[j - 1].flags & T_CAP) && (d->toks[j - 1].flags & T_WORD) &&
         !(d->toks[j - 1].word_bits & (W_DET | W_PREP | W_CONJ))))
        return 0;
    uint32_t h = k + 2;
    if (!(d->toks[h].word_bits & W_ORG_HEAD) && h + 1 < limit)
        h++;
    const token *hd = &d->toks[h];
    if (!(hd->flags & T_CAP) || !(hd->word_bits & W_ORG_HEAD) ||
        (hd->word_bits & (W_COMPANY | W_FIRM)) || (hd->flags & T_POSS))
        return 0;
    const uint32_t named = (1u << LEX_COUNTRY) | (1u << LEX_DEMONYM) | (1u << LEX_ORG) |
                           (1u << LEX_CAPITAL) | (1u << LEX_PLACE) | (1u << LEX_GIVEN_NAME) |
                           (1u << LEX_TITLE);
    for (uint32_t t = j; t < h; t++) {
        if (t == k)
            continue;
        const token *u = &d->toks[t];
        /* (the seat opening the name: "Bangkok", "Indian") */
        int seat = t == j && k > j + 1 &&
                   !(u->cats & ~((1u << LEX_PLACE) | (1u << LEX_CAPITAL) | (1u << LEX_DEMONYM)));
        /* (a word of no name opens it before a plain word: "Republic
         * Savings and Loan Association", "First Federal Savings and Loan
         * Association", whose run opens there) */
        uint64_t opener = t + 1 < k ? W_NONNAME : 0;
        if (!(u->flags & T_CAP) || !(u->flags & T_WORD) || (u->flags & (T_ALLCAPS | T_POSS)) ||
            (!seat && (u->cats & named)) ||
            (u->word_bits &
             ((W_DET | W_PREP | W_CONJ | W_ORG_HEAD | W_COMPANY | NOT_NAME_BITS) & ~opener)) ||
            known_surname(d, t) || inner_capital(d, t))
            return 0;
    }
    return 1;
}

/* How far either way (in tokens) and_ends_body looks for the word after
 * "and" standing alone: bounded, so an item of many such names costs no
 * square. */
#define ALONE_WINDOW_TOKENS 2000

/* Is token y's word named alone elsewhere near it: capitalised, inside a
 * sentence (not its first word), no capitalised word, "and", "of" or "&"
 * right before it nor a capitalised word after it ("talks with Apple.",
 * "other Transneft projects")?  Only the word's own tokens are looked at
 * (same_word_from). */
static int named_alone_near(const doc *d, uint32_t y)
{
    uint32_t from = y > ALONE_WINDOW_TOKENS ? y - ALONE_WINDOW_TOKENS : 1;
    uint32_t to = y + ALONE_WINDOW_TOKENS < d->ntoks ? y + ALONE_WINDOW_TOKENS : d->ntoks;
    for (uint32_t t = same_word_from(d, y, from, to); t < to; t = same_word_next(d, t, to)) {
        if (t == y || !(d->toks[t].flags & T_CAP))
            continue;
        const token *b = &d->toks[t - 1];
        if (b->sent != d->toks[t].sent || (b->flags & T_CAP) || tok_is(b, "and") ||
            tok_is(b, "of") || is_punct(d, t - 1, '&') || !(b->flags & (T_WORD | T_PUNCT)))
            continue;
        if (t + 1 < d->ntoks && (d->toks[t + 1].flags & T_CAP) && (d->toks[t + 1].flags & T_WORD))
            continue;
        return 1;
    }
    return 0;
}

/* "the Ministry of Digital Transformation and Apple signed", "Department
 * of State and USAID": inside a body's "of" part, a last word after "and"
 * (k) that names something of its own ends the body before "and": an
 * acronym or a word of an inner capital ("HBCUs"), a known body, or a word
 * the item never writes in lower case and names alone nearby (a firm:
 * "Transneft"); not a field ("Ministry of Industry and Trade", "Office of
 * Management and Budget"). */
static int and_ends_body(doc *d, uint32_t j, uint32_t k, uint32_t limit)
{
    uint32_t y = k + 1;
    /* "Office of Public Engagement and National Economic Council",
     * "Department of Homeland Security and Department of State": after
     * "and", three words ending in a body's own head, or a head with its
     * own "of", name a second body (not "Congress of Local and Regional
     * Authorities", "Union of Industrialists and Entrepreneurs Congress") */
    uint32_t h = y;
    while (h < limit && h < y + 4 && (d->toks[h].flags & T_CAP) && (d->toks[h].flags & T_WORD) &&
           !(d->toks[h].flags & T_POSS) && !(d->toks[h].word_bits & (W_DET | W_PREP | W_CONJ)))
        h++;
    if ((h >= y + 3 || (h == y + 1 && h + 1 < limit && tok_is(&d->toks[h], "of") &&
                        (d->toks[h + 1].flags & T_CAP))) &&
        !(d->toks[j].flags & T_ALLCAPS) && (d->toks[h - 1].word_bits & W_ORG_HEAD) &&
        !(d->toks[h - 1].word_bits & W_COMPANY))
        return 1;
    if (y >= limit || !(d->toks[y].flags & T_WORD) || (d->toks[j].flags & T_ALLCAPS) ||
        (y + 1 < limit && (d->toks[y + 1].flags & T_CAP) && (d->toks[y + 1].flags & T_WORD)))
        return 0;
    if ((d->toks[y].flags & T_ALLCAPS) || inner_capital(d, y) || tok_lex(d, y, LEX_ORG, NULL))
        return 1;
    return !lower_elsewhere(d, y) && named_alone_near(d, y);
}

/* "Jardine Fleming (Securities) Ltd", "United Coal (Canada) Ltd": one
 * capitalised word in parentheses at token k, before a legal form, is part
 * of a company's name (try_org)? */
static int paren_before_legal_form(const doc *d, uint32_t k, uint32_t limit)
{
    return k + 3 < limit && is_punct(d, k, '(') && (d->toks[k + 1].flags & T_CAP) &&
           (d->toks[k + 1].flags & T_WORD) && is_punct(d, k + 2, ')') &&
           (d->toks[k + 3].flags & T_CAP) && (d->toks[k + 3].word_bits & W_COMPANY) &&
           !company_hyphen(d, k + 3, limit);
}

/* A named body: lexicon organisation, optionally with a country prefix
 * ("the Russian Foreign Ministry"), or capitalised words ending in an
 * organisation head ("Kazan Federal University"). */
/* Is the name at j (nw words) the head-first form, "Ministry of Health",
 * of the table's name `canon`, "Health Ministry", which ends in that head? */
static int turned_round(const doc *d, uint32_t j, unsigned nw, const char *canon)
{
    if (nw < 3 || !canon || !tok_is(&d->toks[j + 1], "of"))
        return 0;
    const char *sp = strrchr(canon, ' ');
    const token *h = &d->toks[j];
    return sp && strlen(sp + 1) == h->lower_len && !strncasecmp(sp + 1, h->lower, h->lower_len);
}

static int try_org_at(doc *d, uint32_t i, uint32_t limit, uint32_t *next, int use_acronym);

/* "Labour and Social Protection Minister", "Treasury and Commerce
 * Secretary": the word at j, "and", a capitalised field of one to three
 * words and an office whose head with the word at j is an office too
 * ("Labour Minister"): the word names the office's field. */
static int office_field(const doc *d, uint32_t j, uint32_t limit)
{
    if (j + 3 >= limit || !tok_is(&d->toks[j + 1], "and"))
        return 0;
    for (uint32_t k = j + 2; k < limit && k < j + 6; k++) {
        const token *u = &d->toks[k];
        if (!(u->flags & T_CAP) || !(u->flags & T_WORD))
            return 0;
        unsigned tw = 0;
        if (!tok_lex(d, k, LEX_TITLE, &tw))
            continue;
        if (k == j + 2)
            return 0; /* "NATO and Foreign Minister X": two parties */
        const token *w = &d->toks[j], *h = &d->toks[k + (tw ? tw : 1) - 1];
        char buf[64];
        size_t a = w->end - w->start, b = h->end - h->start;
        if (a + b + 1 >= sizeof buf)
            return 0;
        memcpy(buf, d->text + w->start, a);
        buf[a] = ' ';
        memcpy(buf + a + 1, d->text + h->start, b);
        return lex_find_folded(d->lex, buf, a + b + 1, LEX_TITLE) != NULL;
    }
    return 0;
}

/* "The May Department Stores Co said": a month's name after "the" that
 * opens capitalised words ending in a legal form (words.tsv company) is the
 * first word of a company's name, not a date ("in May Texaco Inc said" has
 * no article).  Up to five words after it. */
static int month_opens_company(const doc *d, uint32_t j, uint32_t limit)
{
    if (j == 0 || !(d->toks[j].word_bits & W_MONTH) || !(d->toks[j].flags & T_CAP) ||
        !tok_is(&d->toks[j - 1], "the") || d->toks[j - 1].sent != d->toks[j].sent)
        return 0;
    for (uint32_t h = j + 1; h < limit && h < j + 6; h++) {
        const token *u = &d->toks[h];
        if (!(u->flags & T_CAP) || !(u->flags & T_WORD) || (u->flags & T_POSS) ||
            (u->word_bits & (W_DET | W_PREP | W_CONJ | W_MONTH | W_WEEKDAY)))
            return 0;
        if ((u->word_bits & W_COMPANY) && h > j + 1)
            return !company_hyphen(d, h, limit);
    }
    return 0;
}

static int try_org(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    /* "the FDA's Office of Drug Safety": a defined acronym's possessive
     * before a capitalised name first opens that body's whole name (as
     * for an acronym never defined); the acronym alone only if none */
    int poss = i + 2 < limit && (d->toks[i + 1].flags & T_POSS) && (d->toks[i + 2].flags & T_CAP);
    int r = try_org_at(d, i, limit, next, !poss);
    return r == 0 && poss ? try_org_at(d, i, limit, next, 1) : r;
}

/* A plain capitalised word that may go on a body's "for the" or "of"
 * part: no article, preposition or conjunction, date word, first name,
 * title, country or demonym (each of which starts something else). */
static int name_part_word(const doc *d, uint32_t t)
{
    const token *u = &d->toks[t];
    return (u->flags & T_CAP) && (u->flags & T_WORD) && !(u->flags & (T_POSS | T_ALLCAPS)) &&
           !(u->word_bits & (W_DET | W_PREP | W_CONJ | W_MONTH | W_WEEKDAY)) &&
           !tok_lex(d, t, LEX_GIVEN_NAME, NULL) && !tok_lex(d, t, LEX_TITLE, NULL) &&
           !is_state_word(d, t);
}

/* "for the Prohibition", "for the Coordination" after a body's head: the
 * body's aim, part of its name. */
static int for_the_part(const doc *d, uint32_t k, uint32_t limit)
{
    return k + 2 < limit && tok_is(&d->toks[k], "for") && tok_is(&d->toks[k + 1], "the") &&
           name_part_word(d, k + 2);
}

/* Does tokens [from, to) hold a capitalised word? */
static int span_has_capital(const doc *d, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to; k++)
        if (d->toks[k].flags & (T_CAP | T_ALLCAPS))
            return 1;
    return 0;
}

/* A foreign "and" (words.tsv conj value CONJ_NAME_JOIN) that joins one
 * name at k, before a capitalised word: right at k ("Bilfinger und
 * Berger-Bau AG") or after the hyphen of a compound whose head it shares
 * ("Berliner Handels- und Frankfurter Bank").  How many tokens to step
 * over to that word: 1, 2, or 0 when none. */
static unsigned name_join_at(const doc *d, uint32_t k, uint32_t limit)
{
    unsigned h = k < limit && is_punct(d, k, '-') && !(d->toks[k].flags & T_SPACE_BEFORE);
    if (k + h + 1 >= limit || !word_class_value(&d->toks[k + h], W_CONJ, CONJ_NAME_JOIN))
        return 0;
    const token *w = &d->toks[k + h + 1];
    return (w->flags & T_CAP) && (w->flags & T_WORD) ? h + 1 : 0;
}

static int try_org_at(doc *d, uint32_t i, uint32_t limit, uint32_t *next, int use_acronym)
{
    uint32_t j = i;
    if (j >= limit)
        return 0;
    /* it starts at an acronym, a demonym, a country or a body, or at a
     * capitalised word that may open a body's name (below): a word that is
     * none of these is turned away before the lookups (a new way to start
     * below must be let through here too) */
    const token *first = &d->toks[i];
    const uint32_t starts = (1u << LEX_DEMONYM) | (1u << LEX_COUNTRY) | (1u << LEX_ORG);
    if (!(first->flags & T_ALLCAPS) && !(first->cats & starts) &&
        (!(first->flags & T_CAP) ||
         ((first->word_bits &
           (W_DET | W_PRONOUN_M | W_PRONOUN_F | W_MONTH | W_WEEKDAY | W_PREP | W_CONJ)) &&
          !month_opens_company(d, i, limit)) ||
         /* "But Deutsche Bank said", "Although Bank of Japan officials":
          * a sentence opener is no body's first word ("All-Ukrainian
          * Forum", joined by a hyphen, still is) */
         ((first->word_bits & W_OPENER) && !(i + 1 < limit && tight_hyphen(d, i + 1))) ||
         before_body(d, first->start)))
        return 0;
    int def = use_acronym ? acronym_body(d, i) : -1;
    if (def >= 0)
        return acronym_alias(d, def, i, next);
    const char *country = NULL;
    unsigned pw = country_prefix(d, j, &country);
    unsigned nw = 0;
    const lex_entry *o = tok_lex(d, j + pw, LEX_ORG, &nw);
    /* "the UN Security Council": an alias that takes "the" ("the UN") gives
     * way to a longer body's name that starts right after it */
    unsigned lw = 0;
    const lex_entry *lo = o && nw >= 2 && tok_is(&d->toks[j + pw], "the")
                              ? tok_lex(d, j + pw + 1, LEX_ORG, &lw)
                              : NULL;
    if (lo && lw + 1 > nw) {
        o = lo;
        nw = lw + 1;
    }
    uint32_t end;
    const char *name;
    /* "the Azerbaijani parliament", "Poland's parliament", "the Russian
     * side", "US authorities": a country's body named by its common noun */
    if (!o && pw && j + pw < limit && (d->toks[j + pw].word_bits & W_ORG_HEAD) &&
        !(d->toks[j + pw].flags & T_CAP)) {
        end = j + pw + 1;
        return add_org_mention(d, i, end, span_text(d, j, end), country, next);
    }
    /* "Iraq's interim government", "the Polish communist authorities": one
     * lower-case adjective between the country and its ruling body */
    if (!o && pw && j + pw + 1 < limit && lower_plain_word(&d->toks[j + pw]) &&
        (d->toks[j + pw + 1].word_bits & W_POLITY) && !(d->toks[j + pw + 1].flags & T_CAP)) {
        end = j + pw + 2;
        return add_org_mention(d, i, end, span_text(d, j, end), country, next);
    }
    if (!o && pw) {
        pw = 0;
        country = NULL;
        o = tok_lex(d, j, LEX_ORG, &nw);
    }
    /* one lower-case word is a common word, not a body's acronym: "who
     * signed" is no WHO (no single-word alias is lower-case) */
    if (o && nw == 1 && !(d->toks[j + pw].flags & T_CAP))
        o = NULL;
    /* nor is a group of states' name all in lower case: "a group of five
     * mayors" is no Group of Five ("finance ministry" is still a body:
     * wires write ministries in lower case) */
    if (o && nw > 1 && o->extra2 && !strcmp(o->extra2, "group") &&
        !span_has_capital(d, j + pw, j + pw + nw))
        o = NULL;
    /* "the four Congressional leaders": a body's adjective names it before
     * a lower-case word (not "Congressional Budget Office", another name) */
    if (!o && !pw && (d->toks[j].flags & T_CAP) && (o = tok_lex(d, j, LEX_ORG_ADJ, &nw)) &&
        !(j + nw < limit && (d->toks[j + nw].flags & T_WORD) &&
          !(d->toks[j + nw].flags & (T_CAP | T_NUM))))
        o = NULL;
    /* "Labour and Social Protection Minister X": a body's one-word name
     * that opens a joined office's field is no body */
    if (o && nw == 1 && !pw && office_field(d, j, limit))
        o = NULL;
    /* "the Commission for Military Technical Cooperation": a one-word
     * alias that goes on with a named "for"/"of" part of its own is
     * another body (not the European Commission) */
    if (o && nw == 1 && !pw && alias_with_own_part(d, j, limit))
        o = NULL;
    /* "the United Nations Economic Commission for Europe", "the UN Office
     * of Humanitarian Affairs": a known body's name before a longer
     * capitalised one whose head has a named "for"/"of" part is part of
     * that body's name (read as the capitalised run below); not "the UN
     * Security Council", the known body and its organ, nor after a group
     * of states' or a presidency's name (organizations.tsv kind), whose
     * organs meet as that group or office ("the CIS Council of Defence
     * Ministers", "the White House Office of Public Engagement") */
    if (o && !pw && !o->extra2 && head_with_part_after(d, j + nw, limit))
        o = NULL;
    /* "Reuters Holdings Plc said": an outlet's or a body's known name
     * before capitalised words ending in a legal form opens that company's
     * name (read as the capitalised run below), not a name of its own */
    if (o && !pw && (!o->extra2 || !strcmp(o->extra2, "outlet")) &&
        legal_form_after(d, j + nw, limit))
        o = NULL;
    /* "Canada's G7 Presidency", "Sweden's NATO accession": a group of
     * states after a country's possessive is no body of that country (as
     * "Poland's Foreign Ministry" is): the country is read alone, the group
     * after it */
    if (o && pw && o->extra2 && !strcmp(o->extra2, "group") && (d->toks[j + pw - 1].flags & T_POSS))
        return 0;
    if (o) {
        end = j + pw + nw;
        /* a generic body ("Foreign Ministry") is named with its country */
        name = pw ? span_text(d, j, end) : o->canon;
        if (!country)
            country = o->extra;
    } else {
        /* capitalised run ending in an organisation head */
        uint32_t k = j;
        int caps = 0, of_words = 0; /* capitalised words after "HEAD of" */
        int for_the = 0;            /* the "of" part is a "for the" aim's */
        int on_part = 0;            /* an "on" topic was read */
        unsigned nj;
        for (;;) {
            if (k > j && k - j < 6 && paren_before_legal_form(d, k, limit)) {
                k += 3;
                continue;
            }
            /* "the COP 26 UN Climate Change Conference": a session's number
             * after an acronym that opens the name, before more capitalised
             * words, is part of it (the run stopped at the number) */
            if (k == j + 1 && (d->toks[j].flags & T_ALLCAPS) && (d->toks[k].flags & T_NUM) &&
                d->toks[k].end - d->toks[k].start <= 2 && k + 1 < limit &&
                (d->toks[k + 1].flags & T_CAP) && (d->toks[k + 1].flags & T_WORD)) {
                k++;
                continue;
            }
            /* "Council of Advisors on Science and Technology": the head's
             * "of" part goes on with an "on" topic as the head itself does
             * (not "the Council of Europe on April 3": no topic word) */
            if (of_words > 1 && !for_the && !on_part && k < limit && k - j < 8 &&
                (d->toks[k - 1].flags & T_CAP) && on_topic_part(d, k, limit)) {
                k++;
                on_part = 1;
                continue;
            }
            if (!(k < limit && k - j < (of_words ? 9u : 7u) &&
                  ((d->toks[k].flags & T_CAP) ||
                   /* "Burren Energy plc", "Lloyds Bank plc": a legal form
                    * the wire writes in lower case closes the run */
                   (k > j && (d->toks[k].word_bits & W_COMPANY) &&
                    (d->toks[k].word_bits & W_ORG_HEAD) && (d->toks[k - 1].flags & T_CAP)) ||
                   /* "Information Commissioner's Office", "Canadian Auto
                    * Workers' Union" */
                   (((d->toks[k].flags & T_POSS) || plural_apostrophe(d, k)) && k > j &&
                    k + 1 < limit && (d->toks[k + 1].flags & T_CAP)) ||
                   /* "Professional Non-Profit Theater Coalition": a hyphen
                    * joining two capitalised words */
                   (is_punct(d, k, '-') && k > j && k + 1 < limit &&
                    !(d->toks[k].flags & T_SPACE_BEFORE) &&
                    !(d->toks[k + 1].flags & T_SPACE_BEFORE) && (d->toks[k + 1].flags & T_CAP)) ||
                   /* "Audio/Video Affiliates Inc": a slash joining two
                    * capitalised words of a firm's name */
                   (k > j && slash_in_company(d, k, limit))) &&
                  (!(d->toks[k].word_bits &
                     (W_DET | W_PRONOUN_M | W_PRONOUN_F | W_MONTH | W_WEEKDAY | W_PREP | W_CONJ)) ||
                   (k == j && month_opens_company(d, j, limit))) &&
                  !before_body(d, d->toks[k].start)))
                break;
            /* "Office of Management and Budget Director Shalanda Young": a
             * title or first name after the body's "of" part starts a person */
            if (of_words && (tok_lex(d, k, LEX_TITLE, NULL) ||
                             tok_lex(d, k, LEX_GIVEN_NAME, NULL) || (d->toks[k].flags & T_POSS)))
                break;
            caps++;
            k++;
            if (of_words)
                of_words++;
            /* "Armed Forces of Ukraine Valerii Zaluzhnyi": a country closes
             * the "of" part unless a head or "and" goes on ("Anglo American
             * Corp of South Africa Ltd", "Federation of England and Wales") */
            unsigned cw = 0;
            if (of_words && tok_lex(d, k - 1, LEX_COUNTRY, &cw)) {
                if (cw > 1 && k - 1 + cw <= limit)
                    k += cw - 1;
                if (k < limit && !(d->toks[k].word_bits & (W_ORG_HEAD | W_COMPANY)) &&
                    !tok_is(&d->toks[k], "and"))
                    break;
            }
            if ((d->toks[k - 1].word_bits & W_ORG_HEAD) ||
                ((d->toks[k - 1].word_bits & W_COMPANY) && !company_hyphen(d, k - 1, limit))) {
                /* "Ministry of Foreign Affairs", "Bank of England", "Institute
                 * for Fiscal Studies" */
                if (k + 1 < limit && (tok_is(&d->toks[k], "of") || tok_is(&d->toks[k], "for")) &&
                    (d->toks[k + 1].flags & T_CAP)) {
                    k++;
                    of_words = 1;
                    continue;
                }
                /* "Organization for the Prohibition of Chemical Weapons",
                 * "Office for the Coordination of Humanitarian Affairs": a
                 * "for the" part names the body's aim (its "of" part after
                 * the aim goes on below) */
                if (!of_words && for_the_part(d, k, limit)) {
                    k += 2;
                    of_words = 1;
                    for_the = 1;
                    continue;
                }
                if (on_topic_part(d, k, limit) || to_aim_part(d, k, limit)) {
                    k++;
                    of_words = 1;
                    on_part = 1;
                    continue;
                }
                /* legal forms after the head: "Bond Corp Holdings Ltd",
                 * "Rothmans Holdings (Tobacco) Ltd" */
                for (;;) {
                    if (k - j < 7 && paren_before_legal_form(d, k, limit))
                        k += 3;
                    if (!(k < limit && k - j < 9 && (d->toks[k].flags & T_CAP) &&
                          (d->toks[k].word_bits & W_COMPANY) && !company_hyphen(d, k, limit)))
                        break;
                    k++, caps++;
                }
                /* "MiraCosta College District": a capitalised "District"
                 * right after the head ends a school or college body's name */
                if (!of_words && k < limit && (d->toks[k].flags & T_CAP) &&
                    tok_is(&d->toks[k], "district") && (d->toks[k - 1].word_bits & W_ORG_HEAD)) {
                    k++, caps++;
                    break;
                }
                /* "Crimea Platform Support Service", "Donor Coordination
                 * Platform Steering Committee": a body named after another
                 * goes on to its own head (no title or first name between) */
                uint32_t h = k;
                while (h < limit && h < k + 3 && inner_body_word(d, h))
                    h++;
                /* (or right after the head, a state's ruling body: "the Welsh
                 * Assembly Government", not "State Council Presidium") */
                int polity = h == k && h < limit && (d->toks[h].word_bits & W_POLITY) &&
                             !(d->toks[k - 1].word_bits & W_POLITY);
                /* (or a head right after a head that a plain capitalised word
                 * opened: "the Trades Union Congress", "the Border Guard
                 * Service", which stopped at the first head and left the
                 * second to stand alone, "Congress", "Commission") */
                int stacked = 0, known = 0; /* (not after a known body's name:
                                             * "the First White House Leadership
                                             * Summit") */
                for (uint32_t a = j; h == k && a + 1 < k; a++) {
                    stacked |= (d->toks[a].flags & T_WORD) && !(d->toks[a].flags & T_POSS) &&
                               !(d->toks[a].word_bits & (W_ORG_HEAD | W_COMPANY));
                    known |= tok_lex(d, a, LEX_ORG, NULL) != NULL;
                }
                /* (nor a ruling body after another: "Government Cabinet") */
                stacked = stacked && !known &&
                          !(h < limit && (d->toks[h].word_bits & W_POLITY) &&
                            (d->toks[k - 1].word_bits & W_POLITY));
                /* (the second head is read as the run's next word, so its own
                 * "of" part goes on: "Foundation Board of Trustees") */
                if (stacked && !of_words && h < limit && k - j < 6 && (d->toks[h].flags & T_CAP) &&
                    (d->toks[h].word_bits & W_ORG_HEAD) && !(d->toks[h].flags & T_POSS))
                    continue;
                /* (a legal form closes it as a head does: "The May Department
                 * Stores Co", whose "Co" is no head word) */
                if (!of_words && (h > k || polity) && h < limit && k - j < 7 &&
                    (d->toks[h].flags & T_CAP) &&
                    ((d->toks[h].word_bits & W_ORG_HEAD) ||
                     (h > k && (d->toks[h].word_bits & W_COMPANY) &&
                      !company_hyphen(d, h, limit))) &&
                    !(d->toks[h].flags & T_POSS)) {
                    caps += h + 1 - k;
                    k = h + 1;
                    continue;
                }
                /* ("the House Energy and Commerce Committee": a head
                 * opening a public body's fields joined by "and") */
                int fields = 0;
                for (uint32_t a = k + 1; !of_words && k == j + 1 && a < limit && a <= k + 2; a++)
                    if (tok_is(&d->toks[a], "and")) {
                        fields = and_in_portfolio(d, j, a, limit);
                        break;
                    }
                if (!of_words && !fields)
                    break;
            }
            /* "Department of Trade and Industry", "Ministry of Industry and
             * Trade": "and" inside the "of" part joins its fields; "Atlas
             * Mining and Development Corp", "Procter and Gamble Co": inside a
             * company's name when the capitalised words after it end in a
             * legal form (not "Bond Corp and Atlas Corp": the first name
             * ended at its head; not "Exxon and Mobil Corp") */
            if (k + 1 < limit && tok_is(&d->toks[k], "and") && (d->toks[k + 1].flags & T_CAP) &&
                !(d->toks[k + 1].word_bits & W_DET) &&
                ((of_words && !and_ends_body(d, j, k, limit)) ||
                 and_in_company(d, k + 1, limit, caps) ||
                 (caps == 1 && k == j + 1 && one_word_and_firm(d, k + 1, limit)) ||
                 and_by_acronym(d, j, k, limit) || and_in_portfolio(d, j, k, limit) ||
                 and_in_body_name(d, j, k, limit)))
                k++;
            /* "Bilfinger und Berger-Bau AG", "Berliner Handels- und
             * Frankfurter Bank" (name_join_at) */
            else if ((nj = name_join_at(d, k, limit)) > 0)
                k += nj;
            /* "&" the same way, inside the "of" part or before a legal form */
            else if (k + 1 < limit && is_punct(d, k, '&') && (d->toks[k + 1].flags & T_CAP) &&
                     !(d->toks[k + 1].word_bits & W_DET) &&
                     (of_words || ampersand_in_company(d, k, limit)))
                k++;
        }
        /* "Bank for Foreign Trade of the USSR", "Chamber of Commerce of the
         * United States": a second "of" part that is only a country ends the
         * body's name (a title or name after it starts a person: try_titled
         * reads "Minister of Defence of Ukraine X" first; not "Forum of Youth
         * of Russia and Azerbaijan", two countries) */
        if (of_words >= 2 && k + 1 < limit && tok_is(&d->toks[k], "of")) {
            uint32_t c = k + 1;
            unsigned cw = 0;
            if (tok_is(&d->toks[c], "the"))
                c++;
            if (c < limit && (d->toks[c].flags & T_CAP) && tok_lex(d, c, LEX_COUNTRY, &cw) &&
                c + cw <= limit &&
                !(c + cw < limit &&
                  (((d->toks[c + cw].flags & T_CAP) && (d->toks[c + cw].flags & T_WORD)) ||
                   tok_is(&d->toks[c + cw], "and")))) {
                if (!country) {
                    const lex_entry *ce = tok_lex(d, c, LEX_COUNTRY, NULL);
                    country = ce ? ce->canon : NULL;
                }
                k = c + cw;
                caps += (int)cw;
            } else if (c == k + 1 && name_part_word(d, c) &&
                       !(c + 1 < limit && (d->toks[c + 1].flags & T_CAP) &&
                         (d->toks[c + 1].flags & T_WORD))) {
                /* "Council of Heads of State", "Council of Heads of
                 * Government": a one-word second part is the name's too
                 * (cut before it, "Council of Heads" was a body of its own) */
                k = c + 1;
                caps++;
            } else if (for_the && c == k + 1) {
                /* ("Organization for the Prohibition of Chemical Weapons":
                 * after a "for the" aim, up to three plain capitalised words
                 * name what the aim is about) */
                uint32_t e = c;
                /* (a country may end it: "Protection of Rural England") */
                while (e < limit && e < c + 3 &&
                       (name_part_word(d, e) ||
                        (e > c && (d->toks[e].flags & T_CAP) && tok_lex(d, e, LEX_COUNTRY, NULL))))
                    e++;
                if (e > c &&
                    !(e < limit && (d->toks[e].flags & T_CAP) && (d->toks[e].flags & T_WORD))) {
                    caps += (int)(e - c);
                    k = e;
                }
            }
        }
        /* the run ends in a head ("Kazan Federal University", "Calmat Co")
         * or names a head's field ("Ministry of Digital Transformation") */
        if (k > j && (tok_is(&d->toks[k - 1], "and") || is_punct(d, k - 1, '&')))
            k--;
        /* "the Bush administration", "the Netanyahu government": one
         * capitalised name before a state's ruling body names the body */
        if (caps == 1 && k == j + 1 && j > 0 && tok_is(&d->toks[j - 1], "the") && k < limit &&
            (d->toks[k].word_bits & W_POLITY) && lower_plain_word(&d->toks[k]) &&
            !(d->toks[j].word_bits & (W_ORG_HEAD | W_COMPANY)) && !(d->toks[j].flags & T_POSS)) {
            end = k + 1;
            int r = add_org_mention(d, i, end, span_text(d, j, end), country, next);
            if (r > 0)
                d->ents[d->ments[d->nments - 1].entity].led_body = 1;
            return r;
        }
        /* "the United Steelworkers of America", "Communications Workers of
         * America": a capitalised plural of people (words.tsv people) after
         * a capitalised word, with "of" and a country, names a workers'
         * body (not "Russian workers of Ukraine": lower case) */
        unsigned pcw = 0;
        int people_of = 0;
        if (!of_words && k >= j + 2 && k + 1 < limit && (d->toks[k - 1].flags & T_CAP) &&
            (d->toks[k - 1].word_bits & W_PEOPLE) && !(d->toks[k - 1].flags & T_POSS) &&
            tok_is(&d->toks[k], "of") && (d->toks[k + 1].flags & T_CAP) &&
            tok_lex(d, k + 1, LEX_COUNTRY, &pcw) && k + 1 + pcw <= limit &&
            !(k + 1 + pcw < limit && (d->toks[k + 1 + pcw].flags & T_CAP) &&
              (d->toks[k + 1 + pcw].flags & T_WORD))) {
            k += 1 + pcw;
            caps += (int)pcw;
            people_of = 1;
        }
        if (!caps || k == j || caps < 2)
            return 0;
        int district = k >= j + 2 && tok_is(&d->toks[k - 1], "district") &&
                       (d->toks[k - 2].word_bits & W_ORG_HEAD);
        if (!(d->toks[k - 1].word_bits & (W_ORG_HEAD | W_COMPANY)) && of_words < 2 && !district &&
            !people_of)
            return 0;
        end = k;
        name = span_text(d, j, end);
        int r = add_org_mention(d, i, end, name, country, next);
        if (r > 0 && (d->toks[end - 1].word_bits & W_COMPANY))
            d->ents[d->ments[d->nments - 1].entity].company = 1;
        return r;
    }
    int r = add_org_mention(d, i, end, name, country, next);
    /* "According to the Ministry of Health": the records keep the item's
     * order of a body's name where the table turns it round ("Health
     * Ministry") and the item first names it so; the entity keeps the
     * table's name, which the item's other forms of it find */
    if (r > 0 && o && !pw && turned_round(d, j, nw, o->canon)) {
        entity *oe = &d->ents[d->ments[d->nments - 1].entity];
        if (oe->nmentions == 1 && !(oe->shown = span_text(d, j, j + nw)))
            return -1;
    }
    return r;
}

/* Is the demonym of nw words at i one of "X and Y <people or bodies>"? */
static int demonym_pair(const doc *d, uint32_t i, unsigned nw)
{
    const uint32_t heads = W_SIDE_GROUP;
    unsigned w2 = 0;
    uint32_t a = i + nw;
    /* the first: "Russian and Ukrainian representatives" */
    if (a + 1 < d->ntoks && tok_is(&d->toks[a], "and") && tok_lex(d, a + 1, LEX_DEMONYM, &w2) &&
        a + 1 + w2 < d->ntoks && (d->toks[a + 1 + w2].word_bits & heads) &&
        !(d->toks[a + 1 + w2].flags & T_CAP))
        return 1;
    /* the second */
    if (i < 2 || !tok_is(&d->toks[i - 1], "and") || a >= d->ntoks ||
        !(d->toks[a].word_bits & heads) || (d->toks[a].flags & T_CAP))
        return 0;
    for (uint32_t b = i - 1; b-- > 0 && b + 4 >= i;) {
        unsigned w1 = 0;
        if (tok_lex(d, b, LEX_DEMONYM, &w1) && b + w1 == i - 1)
            return 1;
    }
    return 0;
}

/* A mention of tokens [i, i + nw) naming `country` (mention text `name`,
 * borrowed): a party that speaks or meets, or with `as_place` ("in Russia")
 * a place that stands for no party.  The country's entity is made either
 * way.  1, or -1 on no memory. */
static int add_country_mention(doc *d, uint32_t i, unsigned nw, const char *country,
                               const char *name, int as_place)
{
    int ent = country_entity(d, country);
    mention *m = add_mention(d, as_place ? M_PLACE : M_COUNTRY, i, i + nw);
    if (!m || ent < 0)
        return -1;
    m->entity = as_place ? -1 : ent;
    m->name = name;
    m->country = country;
    if (!as_place)
        touch(d, ent);
    return 1;
}

/* "Saudis", "Israelis": the plural of a demonym (countries.tsv), whose
 * entry or NULL. */
static const lex_entry *plural_demonym(const doc *d, uint32_t t)
{
    const token *x = &d->toks[t];
    if (!(x->flags & T_CAP) || !(x->flags & T_WORD) || x->lower_len < 4 ||
        x->lower[x->lower_len - 1] != 's')
        return NULL;
    return lex_find(lex_lookup(d->lex, x->lower, x->lower_len - 1), LEX_DEMONYM);
}

static int country_or_place_at(doc *d, uint32_t i, uint32_t *next);
static inline int try_country_or_place(doc *d, uint32_t i, uint32_t *next)
{
    /* (asked at every word the rules before it leave: only a capital, a
     * plural demonym's, or a place's categories go on) */
    if (!(d->toks[i].flags & T_CAP) &&
        !(d->toks[i].cats &
          ((1u << LEX_COUNTRY) | (1u << LEX_CAPITAL) | (1u << LEX_PLACE) | (1u << LEX_DEMONYM))))
        return 0;
    return country_or_place_at(d, i, next);
}
/* Does a hyphened pair's second side start at token k ("-Turkey", "-EU",
 * "-Chinese"), with a meeting noun (meeting_cues.tsv) within three words
 * after it ("summit", "summit meeting", "strategic talks")? */
static int pair_before_meeting(const doc *d, uint32_t k)
{
    if (k + 2 >= d->ntoks || !tight_hyphen(d, k) || !(d->toks[k + 1].flags & T_CAP) ||
        d->toks[k + 1].sent != d->toks[k].sent)
        return 0;
    unsigned w = 0;
    if (!tok_lex(d, k + 1, LEX_COUNTRY, &w) && !tok_lex(d, k + 1, LEX_DEMONYM, &w))
        return 0;
    for (uint32_t t = k + 1 + w;
         t < d->ntoks && t < k + 5 + w && d->toks[t].sent == d->toks[k].sent; t++) {
        if (!(d->toks[t].flags & T_WORD))
            return 0;
        if (tok_lex(d, t, LEX_MEETING, NULL))
            return 1;
    }
    return 0;
}

static int country_or_place_at(doc *d, uint32_t i, uint32_t *next)
{
    /* "The Saudis had demanded", "the Israelis described the meeting": a
     * demonym's plural after the article is that country's side (without
     * it, "Palestinians blamed Israel", a name or a people's side, left as
     * it was) */
    const lex_entry *pd = i > 0 && tok_is(&d->toks[i - 1], "the") ? plural_demonym(d, i) : NULL;
    if (pd) {
        *next = i + 1;
        return add_country_mention(d, i, 1, pd->canon, pd->canon, 0);
    }
    /* each kind below is a lexicon category of the token (keep in step) */
    if (!(d->toks[i].cats &
          ((1u << LEX_COUNTRY) | (1u << LEX_CAPITAL) | (1u << LEX_PLACE) | (1u << LEX_DEMONYM))))
        return 0;
    unsigned nw = 0;
    const lex_entry *c = tok_lex(d, i, LEX_COUNTRY, &nw);
    int after_prep = i > 0 && (d->toks[i - 1].word_bits & W_PLACE_PREP);
    if (i > 1 && tok_is(&d->toks[i - 1], "the") && (d->toks[i - 2].word_bits & W_PLACE_PREP))
        after_prep = 1;
    /* "reached at the Russia-Turkey summit", "at the Russia-EU talks": the
     * first side of a hyphened pair before a meeting noun is a party of
     * that meeting, no place, as it is after "during" */
    if (after_prep && c && pair_before_meeting(d, i + nw))
        after_prep = 0;
    /* "the U.S. Embassy said": a country alias that opens with the article
     * ("the U.S.") before a body's name leaves that body to try_org, as
     * "the American Embassy" does (no country mention swallowing "the") */
    /* (a capitalised word after the alias, not "the US company", "the
     * U.S.-China commission", "the U.S.'s"; and the alias without its
     * article is a demonym, as "U.S." is: not "the Russian Federation
     * Council"; a lone head word a public body's: wire copy capitalises
     * after "U.S." ("the U.S. Group also urged", "The U.S. Delegation")) */
    unsigned cw = 0;
    if (c && nw > 1 && (d->toks[i].word_bits & W_DET) && i + nw < d->ntoks &&
        d->toks[i + nw].sent == d->toks[i].sent && (d->toks[i + nw].flags & T_CAP) &&
        (d->toks[i + nw].flags & T_WORD) && !(d->toks[i + nw - 1].flags & T_POSS) &&
        !(d->toks[i + nw].flags & T_POSS) && tok_lex(d, i + 1, LEX_DEMONYM, &cw) && cw + 1 == nw &&
        (!(d->toks[i + nw].word_bits & W_ORG_HEAD) ||
         (d->toks[i + nw].word_bits & W_PUBLIC_BODY))) {
        int r = try_org(d, i + 1, d->sents[d->toks[i].sent].tok_end, next);
        if (r)
            return r;
    }
    /* "the US company said", "the UK firm announced": an alias that opens
     * with the article before a lower-case business noun describes a
     * business of that country (try_org_desc), no country mention */
    unsigned fw = 0;
    if (c && nw == 2 && tok_is(&d->toks[i], "the") && i + 2 < d->ntoks &&
        d->toks[i + 2].sent == d->toks[i].sent && (d->toks[i + 2].word_bits & W_FIRM) &&
        !(d->toks[i + 2].flags & (T_CAP | T_IN_QUOTE)) &&
        ((tok_lex(d, i + 1, LEX_DEMONYM, &fw) && fw == 1) ||
         (tok_lex(d, i + 1, LEX_COUNTRY, &fw) && fw == 1)))
        return 0;
    /* "the Canadian Auto Workers said": after the article, a demonym, one
     * or two plain capitalised words and a capitalised plural of people
     * (words.tsv people) name one workers' body; read apart, the demonym
     * was a country and "Auto Workers" a person (a capitalised word after
     * it, "Workers' Union", goes on as a longer name in try_org) */
    unsigned dw = 0;
    if (i > 0 && tok_is(&d->toks[i - 1], "the") && tok_lex(d, i, LEX_DEMONYM, &dw) && dw == 1) {
        uint32_t lim = d->sents[d->toks[i].sent].tok_end, k = i + 1;
        while (k < lim && k < i + 3 && plain_capital(&d->toks[k]))
            k++;
        if (k > i + 1 && k < lim && (d->toks[k].flags & T_CAP) &&
            (d->toks[k].word_bits & W_PEOPLE) && !(d->toks[k].flags & (T_POSS | T_ALLCAPS)) &&
            !(k + 1 < lim && ((d->toks[k + 1].flags & T_CAP) || plural_apostrophe(d, k + 1))))
            return add_org_mention(d, i, k + 1, span_text(d, i, k + 1), NULL, next);
    }
    if (c) {
        *next = i + nw;
        return add_country_mention(d, i, nw, c->canon, c->canon, after_prep);
    }
    const lex_entry *cap = tok_lex(d, i, LEX_CAPITAL, &nw);
    const lex_entry *pl = cap ? NULL : tok_lex(d, i, LEX_PLACE, &nw);
    /* "Virginia Foxx", "Virginia Dize": a place that is also a first name,
     * right before a surname, opens a person's name (try_bare_name) */
    if (pl && nw == 1 && tok_lex(d, i, LEX_GIVEN_NAME, NULL) &&
        place_first_name(d, i, d->sents[d->toks[i].sent].tok_end))
        return 0;
    /* "the Gulf Cooperation Council": a place whose alias opens with the
     * article ("the Gulf") before a capitalised word leaves the word after
     * the article to try_org, as the place without the article does (a
     * body named after the place) */
    if ((cap || pl) && nw > 1 && (d->toks[i].word_bits & W_DET) && i + nw < d->ntoks &&
        d->toks[i + nw].sent == d->toks[i].sent && (d->toks[i + nw].flags & T_CAP) &&
        (d->toks[i + nw].flags & T_WORD) && !(d->toks[i + nw - 1].flags & T_POSS)) {
        int r = try_org(d, i + 1, d->sents[d->toks[i].sent].tok_end, next);
        if (r)
            return r;
    }
    if (cap || pl) {
        const lex_entry *e = cap ? cap : pl;
        /* ("the Duke of Edinburgh said", "the Mayor of London would say",
         * "the city of Zagreb reported": after "of" a capital right before
         * a cue is a place, a title's or a city's, not its country's voice;
         * "talks with the representatives of Kiev" and "the Crown Prince
         * of Abu Dhabi" keep the country as a party) */
        /* "Iowa Beef Processors", "California Micro Devices": a place (no
         * capital) opening up to three plain capitalised words that end in
         * a plural business noun (words.tsv firm_tail) names a company;
         * read apart, the place cut the name to "Beef Processors" */
        if (pl && !after_prep && !(i > 0 && tok_is(&d->toks[i - 1], "of"))) {
            uint32_t lim = d->sents[d->toks[i].sent].tok_end, k = i + nw;
            while (k < lim && k < i + nw + 3 &&
                   (plain_capital(&d->toks[k]) ||
                    ((d->toks[k].flags & T_CAP) && (d->toks[k].word_bits & W_FIRM_TAIL))) &&
                   !(d->toks[k].flags & (T_POSS | T_ALLCAPS)))
                k++;
            if (k > i + nw + 1 && (d->toks[k - 1].word_bits & W_FIRM_TAIL) &&
                !(k < lim && (d->toks[k].flags & T_CAP) && (d->toks[k].flags & T_WORD)))
                return company_named(d, i, k, next);
        }
        uint32_t cue_at = 0;
        int cue = speech_cue_after(d, i + nw, d->sents[d->toks[i].sent].tok_end, &cue_at) != NULL;
        int of_place = i > 0 && tok_is(&d->toks[i - 1], "of") && cue;
        /* "Maryland said" after "Maryland National Bank", "Kansas also
         * said" after "Kansas City Southern Industries": a place that opens
         * the name of a body named before speaks for that body */
        if (pl && !after_prep && !of_place && cue) {
            const char *w = span_text(d, i, i + nw);
            int q = w ? first_word_entity(d, NSV_KIND_ORGANIZATION, w, 1) : -1;
            if (q >= 0)
                return add_org_mention(d, i, i + nw, d->ents[q].name, d->ents[q].country, next);
        }
        if (!after_prep && !of_place && cap) {
            /* "Kiev announced": the capital speaks for its country; for the
             * state it was the capital of on the item's day ("Moscow" in
             * 1987: the Soviet Union, countries.tsv) */
            const char *state = e->extra;
            if (cap->extra2 && d->published >= 0 && d->published < cap->value)
                state = cap->extra2;
            if (add_country_mention(d, i, nw, state, span_text(d, i, i + nw), 0) < 0)
                return -1;
        } else {
            mention *m = add_mention(d, M_PLACE, i, i + nw);
            if (!m)
                return -1;
            m->name = e->canon;
            m->country = e->extra;
        }
        *next = i + nw;
        return 1;
    }
    /* "Russian-Kyrgyz": demonyms joined by hyphens are the parties; so are
     * "Russian and Ukrainian" before the people or bodies they qualify
     * ("talks between Russian and Ukrainian representatives") */
    const lex_entry *dem = tok_lex(d, i, LEX_DEMONYM, &nw);
    if (dem && ((is_punct(d, i + nw, '-') && tok_lex(d, i + nw + 1, LEX_DEMONYM, NULL)) ||
                (i > 1 && is_punct(d, i - 1, '-') && tok_lex(d, i - 2, LEX_DEMONYM, NULL)) ||
                demonym_pair(d, i, nw))) {
        *next = i + nw;
        return add_country_mention(d, i, nw, dem->canon, dem->canon, 0);
    }
    return 0;
}

/* Does the item write token t's word in lower case somewhere else?  The
 * first call puts the item's lower-case words in a hash table once, so an
 * item of many sentence-initial names costs a lookup per name, not a scan
 * of the item.  Out of working memory: 1 (the word is read as a common
 * noun). */
static int lower_elsewhere(doc *d, uint32_t t)
{
    if (!d->lower_words) {
        /* sized by the item's tokens, a bound on its lower-case words that
         * costs no count of them: at most two thirds full */
        const size_t ntoks = d->ntoks;
        size_t cap = 16;
        while (cap < ntoks + ntoks / 2)
            cap *= 2;
        /* (only the counts are zeroed: a slot's word is read once its
         * count says it holds one, and the words are eight times the bytes) */
        uint64_t *words = arena_alloc_raw(d->mem, cap * sizeof *words);
        uint8_t *counts = arena_alloc(d->mem, cap);
        if (!words || !counts) {
            d->lower_words = NULL;
            return 1;
        }
        /* (in locals: the stores below could alias the doc's fields) */
        const size_t mask = cap - 1;
        const token *toks = d->toks;
        const uint64_t *tok_hash = d->tok_hash;
        for (size_t k = 0; k < ntoks; k++) {
            if ((toks[k].flags & (T_WORD | T_CAP)) != T_WORD)
                continue;
            uint64_t h = tok_hash[k];
            size_t i = h & mask;
            /* (a probe stops at an empty slot or the word's own: most
             * stop at once; and a count that stops at 2 without one) */
            while (counts[i] != 0 && words[i] != h)
                i = (i + 1) & mask;
            words[i] = h;
            counts[i] += counts[i] < 2;
        }
        d->lower_words = words;
        d->lower_counts = counts;
        d->lower_mask = mask;
    }
    uint64_t h = d->tok_hash[t];
    size_t i = h & d->lower_mask;
    while (d->lower_counts[i] != 0 && d->lower_words[i] != h)
        i = (i + 1) & d->lower_mask;
    if (!d->lower_counts[i])
        return 0;
    if (d->toks[t].flags & T_CAP)
        return 1;
    /* t is in the table itself: another occurrence must be */
    return d->lower_counts[i] >= 2;
}

/* Past a time phrase after a subject: "last week", "on Monday", "Friday",
 * "yesterday", "last Friday", "in March", "on March 3" ("Gazprom on Monday
 * said", "Reagan last Friday announced"); k when there is none. */
static uint32_t skip_time_words(const doc *d, uint32_t k, uint32_t limit)
{
    unsigned tw = 0;
    const lex_entry *tp = k < limit ? tok_lex(d, k, LEX_WORD, &tw) : NULL;
    if (tp && tw >= 2 && (tp->bits & W_BACKGROUND) && k + tw < limit)
        return k + tw;
    if (k + 2 < limit && tok_is(&d->toks[k], "on") && (d->toks[k + 1].word_bits & W_WEEKDAY))
        return k + 2;
    /* "in March", "last Friday", "early March", "on March 3": a capitalised
     * day or month after its opener, the month's day after it */
    if (k + 2 < limit && (d->toks[k + 1].flags & T_CAP) &&
        (d->toks[k + 1].word_bits & (W_WEEKDAY | W_MONTH)) && day_opener(d, k)) {
        uint32_t e = k + 2;
        if ((d->toks[k + 1].word_bits & W_MONTH) && e + 1 < limit && (d->toks[e].flags & T_NUM))
            e++;
        return e;
    }
    if (k + 1 < limit && (d->toks[k].word_bits & (W_WEEKDAY | W_RELDAY)))
        return k + 1;
    return k;
}

/* A capitalised word of no lexicon class ("Marsh", "Gamble"). */
static int plain_capital(const token *t)
{
    return (t->flags & T_WORD) && (t->flags & T_CAP) && !(t->flags & T_ALLCAPS) && !t->cats &&
           !t->word_bits;
}

/* "Marsh & McLennan", "Procter & Gamble Co": two plain capitalised words
 * joined by an ampersand name one company (not "Oil & Gas Journal", a
 * longer name, nor "President & Director", titles). */
static int try_ampersand_company(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    if (i + 2 >= limit || !is_punct(d, i + 1, '&') || !plain_capital(&d->toks[i]) ||
        !plain_capital(&d->toks[i + 2]) ||
        (i > 0 && d->sents[d->toks[i].sent].tok_start < i && (d->toks[i - 1].flags & T_CAP) &&
         (d->toks[i - 1].flags & T_WORD)))
        return 0;
    uint32_t end = i + 3;
    /* "Marsh & McLennan Cos Inc": a run of legal forms */
    while (end < limit && end < i + 6 && (d->toks[end].word_bits & W_COMPANY))
        end++;
    if (end == i + 3 && end < limit && (d->toks[end].flags & T_CAP) &&
        (d->toks[end].flags & T_WORD))
        return 0;
    return add_org_mention(d, i, end, span_text(d, i, end), NULL, next);
}

/* "B and C said", "rated AAA by Moody's and S and P": initials joined by
 * "and" (a wire's "&") name one firm, as try_ampersand_company reads
 * "B & C"; with capitalised words after them ("S and W Berisford Plc") the
 * body's run reads the whole name.  Not after a capitalised word, nor
 * countries or known bodies ("UK and US", "EC and U.S."). */
static int try_initials_company(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    if (i + 2 >= limit || !tok_is(&d->toks[i + 1], "and") || !firm_initials(d, i) ||
        !firm_initials(d, i + 2) ||
        (i > 0 && d->sents[d->toks[i].sent].tok_start < i && (d->toks[i - 1].flags & T_CAP) &&
         (d->toks[i - 1].flags & T_WORD)))
        return 0;
    uint32_t end = i + 3;
    while (end < limit && end < i + 6 && (d->toks[end].word_bits & W_COMPANY) &&
           (d->toks[end].flags & T_CAP))
        end++;
    if (end == i + 3 && end < limit && (d->toks[end].flags & T_CAP) &&
        (d->toks[end].flags & T_WORD))
        return 0;
    return add_org_mention(d, i, end, span_text(d, i, end), NULL, next);
}

/* "and Co", "and Co Inc" at token k ends a firm's name (not "and
 * Co-operation"): the token past "Co" and the legal forms after it (up to
 * two), or k. */
static uint32_t and_co_end(const doc *d, uint32_t k, uint32_t limit)
{
    if (!(k + 1 < limit && tok_is(&d->toks[k], "and") && tok_is(&d->toks[k + 1], "co") &&
          (d->toks[k + 1].flags & T_CAP) && !company_hyphen(d, k + 1, limit)))
        return k;
    uint32_t end = k + 2;
    while (end < limit && end < k + 4 && (d->toks[end].flags & T_CAP) &&
           (d->toks[end].word_bits & W_COMPANY) && !company_hyphen(d, end, limit))
        end++;
    return end;
}

/* A capitalised word that may be a partner's name in a firm's name: no
 * closed class, no place or title ("Read" of "Dillon, Read" is a nonname
 * word and a cue, "Harris" a first name: later partners may be such). */
static int partner_word(const doc *d, uint32_t t, int later)
{
    const token *u = &d->toks[t];
    if (!(u->flags & T_WORD) || !(u->flags & T_CAP) || (u->flags & (T_ALLCAPS | T_POSS)))
        return 0;
    if (!later)
        return plain_capital(u);
    return !(u->word_bits & ~(uint64_t)W_NONNAME) &&
           !(u->cats & ((1u << LEX_COUNTRY) | (1u << LEX_DEMONYM) | (1u << LEX_CAPITAL) |
                        (1u << LEX_PLACE) | (1u << LEX_ORG) | (1u << LEX_TITLE)));
}

/* "Goldman, Sachs and Co", "Smith Barney, Harris Upham and Co Inc": one or
 * two partners' names, a comma, one or two more and "and Co" name one firm
 * (the comma ends a name otherwise, and the firm was read as "Sachs and Co").
 * Not a list: "Mitsui, Marubeni and Co" after another comma or capitalised
 * word, nor "Meanwhile, Mitsui and Co" (a closed-class word first). */
static int try_comma_company(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    if (!partner_word(d, i, 0) ||
        (i > 0 && d->sents[d->toks[i].sent].tok_start < i &&
         (((d->toks[i - 1].flags & T_CAP) && (d->toks[i - 1].flags & T_WORD)) ||
          is_punct(d, i - 1, ','))))
        return 0;
    uint32_t c = i + 1;
    if (c < limit && partner_word(d, c, 0))
        c++;
    if (!(c + 3 < limit && is_punct(d, c, ',') && partner_word(d, c + 1, 1)))
        return 0;
    uint32_t a = c + 2;
    if (partner_word(d, a, 1))
        a++;
    uint32_t end = and_co_end(d, a, limit);
    if (end == a)
        return 0;
    return add_company_mention(d, i, end, span_text(d, i, end), NULL, next);
}

/* "Cairn Energy", "Shares in Burren Energy rose": one plain capitalised
 * word and a business noun that ends a company's name (words.tsv class
 * firm_tail) and is never a person's name word (class nonname, which the
 * name finder stops before) name a company.  Not inside a longer name
 * ("Clean Energy Act", "Strategic Energy and Climate", "Minister for
 * Renewable Energy"). */
static int try_sector_company(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    /* (a plain capital is in no lexicon list: no first name either) */
    if (i + 1 >= limit || !plain_capital(&d->toks[i]))
        return 0;
    const token *h = &d->toks[i + 1];
    if (!(h->flags & T_CAP) || (h->flags & (T_ALLCAPS | T_POSS)) ||
        (h->word_bits & (W_NONNAME | W_FIRM_TAIL)) != (W_NONNAME | W_FIRM_TAIL))
        return 0;
    if (i > 0 && d->sents[d->toks[i].sent].tok_start < i &&
        (((d->toks[i - 1].flags & T_CAP) && (d->toks[i - 1].flags & T_WORD)) ||
         tok_is(&d->toks[i - 1], "of") || tok_is(&d->toks[i - 1], "for")))
        return 0;
    if (i + 2 < limit &&
        (((d->toks[i + 2].flags & T_CAP) && (d->toks[i + 2].flags & T_WORD)) ||
         tok_is(&d->toks[i + 2], "and") || is_punct(d, i + 2, '&') || is_punct(d, i + 2, '-')))
        return 0;
    return company_named(d, i, i + 2, next);
}

/* Is token i right after a lower-case business noun of its sentence
 * (words.tsv class firm: "carmaker Ford", "investment bank Merrill Lynch")? */
static int firm_noun_before(const doc *d, uint32_t i)
{
    const token *p = i > 0 ? &d->toks[i - 1] : NULL;
    return p && p->sent == d->toks[i].sent && (p->word_bits & W_FIRM) && !(p->flags & T_CAP);
}

/* Is token t a plural business noun: a words.tsv firm word plus "s"
 * ("manufacturers", "firms") or with "ies" for its "y" ("companies")? */
static int firm_plural(const doc *d, uint32_t t)
{
    const token *u = &d->toks[t];
    size_t n = u->lower_len;
    if (!(u->flags & T_WORD) || (u->flags & T_CAP) || n < 4 || n > 30 || u->lower[n - 1] != 's')
        return 0;
    char stem[32];
    if (n > 4 && !memcmp(u->lower + n - 3, "ies", 3)) {
        memcpy(stem, u->lower, n - 3);
        stem[n - 3] = 'y';
        n -= 2;
    } else {
        memcpy(stem, u->lower, n - 1);
        n -= 1;
    }
    const lex_entry *w = lex_find(lex_lookup(d->lex, stem, n), LEX_WORD);
    return w && (w->bits & W_FIRM);
}

/* "met with manufacturers of RSV immunizations including Sanofi and
 * AstraZeneca", "the three companies, including X, Y and Z": a name in the
 * list after "including" (back over names, commas and "and") that a plural
 * business noun heads within six words before it. */
static int firms_including_name(const doc *d, uint32_t i)
{
    uint32_t k = i, sent = d->toks[i].sent;
    for (int steps = 0; k > 0 && steps < 12; steps++, k--) {
        const token *u = &d->toks[k - 1];
        if (u->sent != sent || tok_is(u, "including"))
            break;
        if (!((u->flags & T_CAP) && (u->flags & T_WORD)) && !is_punct(d, k - 1, ',') &&
            !tok_is(u, "and"))
            return 0;
    }
    if (k == 0 || d->toks[k - 1].sent != sent || !tok_is(&d->toks[k - 1], "including"))
        return 0;
    for (uint32_t w = k - 1, n = 0; w > 0 && n < 6; n++) {
        w--;
        const token *u = &d->toks[w];
        if (u->sent != sent || (!(u->flags & T_WORD) && !is_punct(d, w, ',')))
            return 0;
        if (firm_plural(d, w))
            return 1;
    }
    return 0;
}

/* Is the one unknown capitalised word at i a company by what is around it:
 * "shares in Electrolux", a business noun right before it ("firm
 * HealthSouth", "carmaker Ford"), or an appositive that ends in one
 * ("Ford, the US car company,")?  Business nouns and "shares in": words.tsv
 * class firm. */
static int company_context(const doc *d, uint32_t i, uint32_t limit)
{
    /* (a list of firms: "including Sanofi and AstraZeneca" are two) */
    if (firms_including_name(d, i))
        return 1;
    /* not the first word of a longer name: "firm Matthews and Wright",
     * "Shares in Anglo-Swedish drug" */
    if (i + 2 < limit && (tok_is(&d->toks[i + 1], "and") || is_punct(d, i + 1, '&') ||
                          (is_punct(d, i + 1, '-') && !(d->toks[i + 1].flags & T_SPACE_BEFORE))))
        return 0;
    const token *p = i > 0 ? &d->toks[i - 1] : NULL;
    if (p && p->sent == d->toks[i].sent) {
        /* ("shares in": a phrase of the class) */
        unsigned nw = 0;
        const lex_entry *w = i >= 2 ? tok_lex(d, i - 2, LEX_WORD, &nw) : NULL;
        if (w && nw == 2 && (w->bits & W_FIRM))
            return 1;
        if (firm_noun_before(d, i))
            return 1;
    }
    /* the appositive: ", the|a [up to four words] <firm noun>,", also after
     * a country's possessive (", India's third-biggest software firm,")
     * and before a relative ("Metrovias, the private firm which runs") */
    uint32_t from = 0;
    /* (not the tail of a glued name: "A/S, Norway's biggest bank,") */
    if (i > 0 && !(d->toks[i].flags & T_SPACE_BEFORE) && (d->toks[i - 1].flags & T_PUNCT))
        return 0;
    if (i + 3 < limit && is_punct(d, i + 1, ',') && (d->toks[i + 2].word_bits & W_DET) &&
        !(d->toks[i + 2].flags & T_CAP) && !(d->toks[i + 2].word_bits & W_POSSESSIVE))
        from = i + 3;
    else if (i + 4 < limit && is_punct(d, i + 1, ',') && tok_lex(d, i + 2, LEX_COUNTRY, NULL) &&
             (d->toks[i + 3].flags & T_POSS) && !(d->toks[i + 3].flags & T_SPACE_BEFORE))
        from = i + 4;
    for (uint32_t k = from; from && k < limit && k < from + 6; k++) {
        const token *u = &d->toks[k];
        /* ("third-biggest": a glued hyphen joins one word) */
        if (tight_hyphen(d, k))
            continue;
        if ((u->flags & T_PUNCT) || (u->word_bits & (W_PREP | W_CONJ | W_SUBORD)))
            return 0;
        if ((u->word_bits & W_FIRM) && !(u->flags & T_CAP))
            return k + 1 < limit && (is_punct(d, k + 1, ',') || tok_is(&d->toks[k + 1], "which") ||
                                     tok_is(&d->toks[k + 1], "that"));
    }
    return 0;
}

/* "The firm, Paion, said", "the world's largest package delivery company,
 * UPS, said": one unknown word (an acronym too) set off by commas right
 * after a lower-case business noun (words.tsv class firm) names that
 * business. */
static int firm_appositive_name(const doc *d, uint32_t i, uint32_t limit)
{
    /* (the name ends at the comma: not "firm, Manning, Selvage and Lee") */
    if (i < 2 || i + 2 >= limit || !is_punct(d, i - 1, ',') || !is_punct(d, i + 1, ',') ||
        d->toks[i - 2].sent != d->toks[i].sent || (d->toks[i + 2].flags & T_CAP))
        return 0;
    const token *h = &d->toks[i - 2];
    return (h->word_bits & W_FIRM) && (h->flags & T_WORD) && !(h->flags & (T_CAP | T_IN_QUOTE));
}

/* "Kraft cuts snack ads" over "Kraft plans to cut ... But the firm said": a
 * headline's one plain capitalised word (in no lexicon list) that the body
 * repeats, always capitalised and always alone (no first name, title or
 * other capital next to it: not "Mr Blair", "Tony Blair", "Kraft Foods"), in
 * an item that describes a business ("the firm", "the company") and
 * writes its possessive, is that business.  (One pass over the item per
 * headline word: normalize.c reads a headline only under 4096 bytes, so a
 * few hundred words at most.) */
static int title_firm_word(doc *d, uint32_t i)
{
    const token *w = &d->toks[i];
    if (!d->title_len || w->start >= d->title_len || !plain_capital(w) || w->lower_len < 3 ||
        (w->flags & T_POSS) || lower_elsewhere(d, i))
        return 0;
    /* alone in the headline too (its first word may be any) */
    if (i + 1 < d->ntoks && d->toks[i + 1].sent == w->sent && (d->toks[i + 1].flags & T_CAP) &&
        (d->toks[i + 1].flags & T_WORD))
        return 0;
    if (i > d->sents[w->sent].tok_start && (d->toks[i - 1].flags & T_CAP) &&
        (d->toks[i - 1].flags & T_WORD))
        return 0;
    int seen = 0, firm_desc = 0, owns = 0;
    for (uint32_t t = 0; t < d->ntoks; t++) {
        const token *u = &d->toks[t];
        if (u->start < d->title_len)
            continue;
        if (!firm_desc && (u->word_bits & W_FIRM) && !(u->flags & (T_CAP | T_IN_QUOTE)) && t > 0 &&
            tok_is(&d->toks[t - 1], "the"))
            firm_desc = 1;
        if (u->lower_len != w->lower_len || memcmp(u->lower, w->lower, w->lower_len))
            continue;
        uint32_t s0 = d->sents[u->sent].tok_start;
        if (t > s0 && (((d->toks[t - 1].flags & T_CAP) && (d->toks[t - 1].flags & T_WORD)) ||
                       tok_lex(d, t - 1, LEX_TITLE, NULL)))
            return 0;
        /* (nor the first word of a longer name: "Foster's Group") */
        uint32_t n = t + 1 < d->ntoks && (d->toks[t + 1].flags & T_POSS) ? t + 2 : t + 1;
        if (n < d->ntoks && d->toks[n].sent == u->sent && (d->toks[n].flags & T_CAP) &&
            (d->toks[n].flags & T_WORD))
            return 0;
        seen++;
        /* ("Kraft's new advertising policy": something of its own, as a
         * business has; not "Aids drugs", "Islamic banking") */
        owns |= (u->flags & T_POSS) || (t + 1 < d->ntoks && (d->toks[t + 1].flags & T_POSS) &&
                                        !(d->toks[t + 1].flags & T_SPACE_BEFORE));
    }
    return seen >= 2 && firm_desc && owns;
}

/* "Moody's said", "Foster's has said", "Standard and Poor's said": a
 * possessive with no noun to own, right before a speech verb, is a
 * company's name that ends in 's (not "Britain's", a country; not a person
 * named before, "Bush's said" being "Bush has said"; not "What's said",
 * a closed-class word; not "X's said to be", the passive "is said"). */
static int try_possessive_company(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    if (i + 2 >= limit || !plain_capital(&d->toks[i]) || !(d->toks[i + 1].flags & T_POSS) ||
        (d->toks[i + 1].flags & T_SPACE_BEFORE))
        return 0;
    uint32_t k = i + 2;
    while (k < limit && (d->toks[k].word_bits & W_ADVERB))
        k++;
    if (k < limit && (tok_is(&d->toks[k], "has") || tok_is(&d->toks[k], "had")))
        k++;
    while (k < limit && (d->toks[k].word_bits & W_ADVERB))
        k++;
    if (k + 1 >= limit || (d->toks[k].flags & T_CAP) || tok_is(&d->toks[k + 1], "to"))
        return 0;
    const lex_entry *sv = tok_lex(d, k, LEX_SPEECH, NULL);
    if (!sv || sv->value == SPEECH_ACCORDING)
        return 0;
    /* a sentence's first word the item writes in lower case is common */
    if (d->sents[d->toks[i].sent].tok_start == i && lower_elsewhere(d, i))
        return 0;
    const char *w = span_text(d, i, i + 1);
    if (!w)
        return -1;
    if (find_entity(d, NSV_KIND_PERSON, w) >= 0)
        return 0;
    uint32_t from = i;
    /* "Standard and Poor's": the first of two plain capitalised words joined
     * by "and" or "&" opens the name (not "Kodak and Kodak's") */
    int joined = i >= 1 && (tok_is(&d->toks[i - 1], "and") || is_punct(d, i - 1, '&'));
    if (joined && i >= 2 && plain_capital(&d->toks[i - 2]) &&
        d->toks[i - 2].sent == d->toks[i].sent && !same_word(span_text(d, i - 2, i - 1), w))
        from = i - 2;
    else if (joined)
        return 0;
    /* the name opens its clause: "the Tribe's claims", "with Galactic's
     * previously announced change" are possessives of a noun */
    if (!opens_clause_after(d, from, d->sents[d->toks[i].sent].tok_start,
                            W_CONJ | W_SUBORD | W_ADVERB) &&
        !(d->toks[from - 1].flags & T_PUNCT))
        return 0;
    return add_company_mention(d, from, i + 2, span_text(d, from, i + 2), NULL, next);
}

/* '"...," said de Clercq.', '..., said al-Chalabi, who ...': a surname
 * that opens with a lower-case particle right after a speech verb, the
 * name ending the clause (not "said al-Qaeda was"): the person named so
 * before, else a new one.  1 with *next set, 0, or -1 out of memory. */
static int particle_name_after_verb(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    if (!(d->toks[i].word_bits & W_PARTICLE) || i == 0 ||
        !(d->toks[i - 1].cats & (1u << LEX_SPEECH)) || (d->toks[i].flags & T_IN_QUOTE))
        return 0;
    uint32_t j = i + 1;
    if (j < limit && is_punct(d, j, '-') && !(d->toks[j].flags & T_SPACE_BEFORE))
        j++;
    if (j >= limit || !(d->toks[j].flags & T_CAP) || !(d->toks[j].flags & T_WORD))
        return 0;
    uint32_t last = 0;
    uint32_t end = scan_name(d, j, limit, &last);
    if (end == j || end - j > 3)
        return 0;
    if (end < limit && !is_punct(d, end, '.') && !is_punct(d, end, ',') && !is_punct(d, end, ';') &&
        !(d->toks[end].flags & T_QUOTE))
        return 0;
    const char *full = span_text(d, i, end);
    const char *tail = span_text(d, j, end);
    if (!full || !tail)
        return -1;
    int ent = find_entity(d, NSV_KIND_PERSON, full);
    if (ent < 0)
        ent = find_entity(d, NSV_KIND_PERSON, tail);
    if (ent < 0)
        ent = person_entity(d, full, full, NULL, NULL, 0, 0);
    if (ent < 0 || add_person_mention(d, i, end, ent) < 0)
        return -1;
    *next = end;
    return 1;
}

/* "Carol Walker, BBC News 24 political correspondent, added", "Tom Heap,
 * BBC rural affairs correspondent, said": is the name ending before token
 * `end` followed by an appositive that opens with the item's own outlet and
 * ends, within six words, in a correspondent's title (titles.tsv
 * Correspondent role) and a comma?  That person is the outlet's voice. */
static int own_correspondent_after(const doc *d, uint32_t end)
{
    uint32_t limit = d->sents[d->toks[end > 0 ? end - 1 : 0].sent].tok_end;
    if (!d->source.ptr || end + 3 >= limit || !is_punct(d, end, ','))
        return 0;
    /* (the outlet's mention is not found yet: its table entry) */
    unsigned ow = 0;
    const lex_entry *o = tok_lex(d, end + 1, LEX_ORG, &ow);
    if (!o || !o->canon || !same_outlet(o->canon, d->source))
        return 0;
    for (uint32_t t = end + 1 + ow; t < limit && t < end + 1 + ow + 6; t++) {
        if (d->toks[t].flags & T_PUNCT)
            return 0;
        if (title_role_is(d, t, "Correspondent") && t + 1 < limit && is_punct(d, t + 1, ','))
            return 1;
    }
    return 0;
}

/* "The BBC's home affairs correspondent, Daniel Sandford, said": is the
 * name at token t in apposition to a correspondent's title (words.tsv's
 * Correspondent role) of the item's own outlet, whose voice is never a
 * speaker (GUIDE)? */
static int own_correspondent_before(const doc *d, uint32_t t)
{
    uint32_t first = d->sents[d->toks[t].sent].tok_start;
    if (t < first + 4 || !is_punct(d, t - 1, ',') || !d->source.ptr)
        return 0;
    if (!title_role_is(d, t - 2, "Correspondent"))
        return 0;
    uint32_t k = t - 2;
    while (k > first && k + 5 > t && (d->toks[k - 1].flags & T_WORD) &&
           !(d->toks[k - 1].flags & (T_CAP | T_POSS)))
        k--;
    if (k < first + 2 || !(d->toks[k - 1].flags & T_POSS))
        return 0;
    int o = mention_at(d, k - 2);
    return o >= 0 && d->ments[o].tok_end == k - 1 && d->ments[o].kind == M_ORG &&
           d->ments[o].entity >= 0 && d->ents[d->ments[o].entity].name &&
           same_outlet(d->ents[d->ments[o].entity].name, d->source);
}

static int title_run_before(const doc *d, uint32_t t);

/* Is the capitalised name [i, end) (its mention opening at `at`) the name
 * of a thing?  It holds no known first name, no title runs before it, and
 * either "the" stands right before it (past a demonym: "the Russian Far
 * East"), which a person's bare name never has, or the item writes each of
 * its words in lower case too ("Consumer Protection", "Young Women").
 * 2 for the first, 1 for the second, 0 for a person's name. */
static int thing_name(doc *d, uint32_t at, uint32_t i, uint32_t end, const char *surname)
{
    for (uint32_t t = i; t < end; t++)
        if (tok_lex(d, t, LEX_GIVEN_NAME, NULL) || (d->toks[t].word_bits & W_PARTICLE))
            return 0;
    /* "Amur Region Governor X", "the leaders of the Nizhny Novgorod
     * Region": a short name that ends in an area word (words.tsv area) is
     * a place (not a body's longer name, nor a "District", which names
     * school and college bodies too: "MiraCosta College District") */
    uint32_t words = 0;
    for (uint32_t t = i; t < end; t++)
        words += (d->toks[t].flags & T_WORD) != 0;
    if (words >= 2 && words <= 3 && (d->toks[end - 1].word_bits & W_AREA) &&
        (d->toks[end - 1].flags & T_CAP) && !tok_is(&d->toks[end - 1], "district"))
        return 1;
    if (at == 0 || title_run_before(d, at) || (d->toks[at - 1].flags & T_POSS))
        return 0;
    /* ("Febres Cordero said" after "President Leon Febres Cordero"; "the
     * United Auto Workers": a body's head word keeps the reading it had) */
    if ((surname && find_entity(d, NSV_KIND_PERSON, surname) >= 0) ||
        (d->toks[end - 1].word_bits & (W_PEOPLE | W_ORG_HEAD | W_COMPANY | W_FIRM_TAIL)))
        return 0;
    /* ("The Toronto Globe and Mail said", "the Christian Medical Fellowship
     * (CMF)", "the United Steelworkers of America": a longer name goes on) */
    if (end < d->ntoks && d->toks[end].sent == d->toks[at].sent &&
        (tok_is(&d->toks[end], "and") || tok_is(&d->toks[end], "of") || is_punct(d, end, '&') ||
         is_punct(d, end, '(')))
        return 0;
    uint32_t b = at - 1;
    unsigned dw = 0;
    if (b > 0 && tok_lex(d, b, LEX_DEMONYM, &dw) && dw == 1)
        b--;
    /* (not "the U.S. Panhandle-Trunkline group": a hyphened compound is
     * a company's name as often) */
    if (tok_is(&d->toks[b], "the") && !(end == i + 3 && is_punct(d, i + 1, '-')))
        return 2;
    for (uint32_t t = i; t < end; t++)
        if ((d->toks[t].flags & T_WORD) && !lower_elsewhere(d, t))
            return 0;
    return 1;
}

/* Is the word at i an acronym ("UAW", "LVMH", "CoFACE": letters only, two
 * capitals or more, the first one of them) right after a meeting cue's
 * "with" ("talks with", "met with the"), ending its phrase (punctuation, a
 * preposition, a possessive): the name of the body met.  Not in quotes. */
static int acronym_met_with(const doc *d, uint32_t i, uint32_t limit)
{
    const token *u = &d->toks[i];
    if (!(u->flags & T_WORD) || (u->flags & (T_IN_QUOTE | T_NUM | T_ABBREV)) || i < 2)
        return 0;
    size_t len = u->end - u->start;
    if (len < 2 || len > 8)
        return 0;
    int caps = 0;
    for (size_t k = 0; k < len; k++) {
        char c = d->text[u->start + k];
        if (c >= 'A' && c <= 'Z')
            caps++;
        else if (!(c >= 'a' && c <= 'z'))
            return 0;
    }
    if (caps < 2 || !(d->text[u->start] >= 'A' && d->text[u->start] <= 'Z'))
        return 0;
    uint32_t w = i - 1;
    if (tok_is(&d->toks[w], "the") && w > 0)
        w--;
    if (!tok_is(&d->toks[w], "with") || w == 0 || d->toks[w].sent != u->sent)
        return 0;
    /* the cue ends right before "with" ("talks", "met"), or holds it
     * ("met with" is one entry) */
    if (d->toks[w - 1].sent != u->sent || !tok_lex(d, w - 1, LEX_MEETING, NULL))
        return 0;
    if (i + 1 >= limit)
        return 1;
    const token *v = &d->toks[i + 1];
    /* ("LGBTQ+ leaders", "AA-style": a modifier of the words after it) */
    if (is_punct(d, i + 1, '+') || (is_punct(d, i + 1, '-') && !(v->flags & T_SPACE_BEFORE)))
        return 0;
    return ((v->flags & T_PUNCT) && !(v->flags & T_QUOTE)) || (u->flags & T_POSS) ||
           (v->word_bits & (W_PREP | W_SUBORD | W_RELDAY | W_WEEKDAY)) || tok_is(v, "to");
}

/* Is there a meeting cue within a dozen tokens after token i, before
 * limit (its sentence's end)? */
static int meeting_cue_near(const doc *d, uint32_t i, uint32_t limit)
{
    for (uint32_t k = i + 1; k < limit && k < i + 13; k++)
        if ((d->toks[k].cats & (1u << LEX_MEETING)) && !(d->toks[k].flags & T_IN_QUOTE))
            return 1;
    return 0;
}

/* Does the word at i, capitalised, come back within the next 3,000 tokens
 * as the subject of a speech cue, outside quotations ("Euronext said")?
 * Only the word's own tokens are looked at (same_word_next). */
static int speaks_later(const doc *d, uint32_t i)
{
    uint32_t stop = d->ntoks < (size_t)i + 3000 ? (uint32_t)d->ntoks : i + 3000;
    for (uint32_t t = same_word_next(d, i, stop); t < stop; t = same_word_next(d, t, stop)) {
        const token *v = &d->toks[t];
        if (!(v->flags & T_CAP) || (v->flags & T_IN_QUOTE) || !same_token_text(d, t, i))
            continue;
        uint32_t k;
        if (speech_cue_after(d, t + 1, d->sents[v->sent].tok_end, &k))
            return 1;
    }
    return 0;
}

/* "Shell Canada said" after "Shell Canada Ltd", "Chrysler Canada said"
 * after "Chrysler Canada Ltd" (and "Chrysler Corp"): a body's name may
 * hold a country or place word, where a bare name stops at `end`; when
 * the capitalised words after it (up to three) go on spelling the first
 * words of a body named before, they belong to its mention, and the
 * country is no party of its own.  The body, its mention's end in *on;
 * else -1. */
static int body_name_goes_on(doc *d, uint32_t i, uint32_t end, uint32_t limit, uint32_t *on)
{
    /* (only past a country or place, which the bare name stopped at: a
     * plain word after a firm's first word, "The Caesars World official",
     * is read as it was) */
    if (end >= limit ||
        !(tok_lex(d, end, LEX_COUNTRY, NULL) || tok_lex(d, end, LEX_CAPITAL, NULL) ||
          tok_lex(d, end, LEX_PLACE, NULL) || tok_lex(d, end, LEX_DEMONYM, NULL)))
        return -1;
    uint32_t n = end;
    while (n < limit && n < end + 3 && (d->toks[n].flags & T_CAP) && (d->toks[n].flags & T_WORD) &&
           !(d->toks[n].flags & T_POSS))
        n++;
    for (; n > end; n--) {
        const char *w = span_text(d, i, n);
        int q = w ? first_word_entity(d, NSV_KIND_ORGANIZATION, w, 1) : -1;
        if (q >= 0) {
            *on = n;
            return q;
        }
    }
    return -1;
}

/* "steel giant LNM": up to four lower-case plain words right before token
 * i, after a comma or a possessive (not "who controls TWA", a clause); a
 * business noun (words.tsv firm: "giant", "bank") is a description word. */
static int description_before(const doc *d, uint32_t i)
{
    uint32_t c = i;
    while (c > 0 && i - c < 4 &&
           (lower_plain_word(&d->toks[c - 1]) ||
            ((d->toks[c - 1].word_bits & W_FIRM) && (d->toks[c - 1].flags & T_WORD) &&
             !(d->toks[c - 1].flags & (T_CAP | T_POSS)) &&
             !(d->toks[c - 1].word_bits &
               ~(uint64_t)(W_FIRM | W_ORG_HEAD | W_POLITY | W_PUBLIC_BODY)))))
        c--;
    return c < i && c > 0 && (is_punct(d, c - 1, ',') || (d->toks[c - 1].flags & T_POSS));
}

/* Does a meeting or signing verb ("met", "signed", "held") stand at k,
 * outside quotations? */
static int deal_verb_at(const doc *d, uint32_t k, uint32_t limit)
{
    if (k >= limit || (d->toks[k].flags & (T_IN_QUOTE | T_CAP)) || ing_form(&d->toks[k]))
        return 0;
    /* (not a participle: "Opportunities convened by", "Postwar chaired by") */
    if (k + 1 < limit && (d->toks[k + 1].word_bits & W_PASSIVE_BY))
        return 0;
    const lex_entry *e = tok_lex(d, k, LEX_MEETING, NULL);
    if (e && (e->value == MEET_VERB || e->value == MEET_HOLD))
        return 1;
    e = tok_lex(d, k, LEX_SIGNING, NULL);
    return e && e->value == SIGN_VERB;
}

/* "Gazprom and the Austrian company OMV signed", "Rosatom and Gazprom
 * met": does the word at i open a pair of parties, "and" and a name (a
 * capital among at most a dozen tokens, no clause punctuation), before a
 * meeting or signing verb? */
static int pair_before_deal_verb(const doc *d, uint32_t i, uint32_t limit)
{
    if (i + 2 >= limit || !tok_is(&d->toks[i + 1], "and"))
        return 0;
    int cap = 0;
    for (uint32_t k = i + 2; k < limit && k < i + 14; k++) {
        const token *v = &d->toks[k];
        if (v->flags & T_CAP) {
            cap = 1;
            continue;
        }
        if (cap && deal_verb_at(d, skip_aux(d, k, limit), limit))
            return 1;
        if ((v->flags & T_PUNCT) && !is_punct(d, k, '(') && !is_punct(d, k, ')') &&
            !is_punct(d, k, '-') && !is_punct(d, k, '&') && !is_punct(d, k, '.'))
            return 0;
        if (v->word_bits & (W_SUBORD | W_PREP))
            return 0;
    }
    return 0;
}

/* Does the one-word name at i stand where a party's name opens: the
 * sentence's start (not a headline's), after a noun or a speech verb, after a
 * comma that follows no capitalised word but a place ("In May 2014,
 * Gazprom", "in Vienna, Gazprom"; not "Ministry of Culture, Sport"), or
 * after "and" that follows a name found ("CNPC and Gazprom"; not "Wartime
 * and Postwar", "Climate-related Risks")? */
static int party_opens_at(const doc *d, uint32_t i)
{
    if (d->toks[i].start < d->title_len) /* a headline's surname: "Zelenskyy meets" */
        return 0;
    if (i == d->sents[d->toks[i].sent].tok_start || firm_noun_before(d, i))
        return 1;
    if (i < 2 || d->toks[i - 1].sent != d->toks[i].sent)
        return 0;
    const token *a = &d->toks[i - 1];
    /* "stock market Euronext", "He said SMC and UCPB would meet": a
     * description's noun (not the tail of "Climate-related") or a speech
     * verb opening its clause */
    if ((lower_plain_word(a) && (a->flags & T_SPACE_BEFORE) && !is_punct(d, i - 2, '-')) ||
        (!(a->flags & T_CAP) && tok_lex(d, i - 1, LEX_SPEECH, NULL)))
        return 1;
    const token *b = &d->toks[i - 2];
    if (is_punct(d, i - 1, ',') || is_punct(d, i - 1, ':'))
        return !(b->flags & T_CAP) || tok_lex(d, i - 2, LEX_PLACE, NULL) ||
               tok_lex(d, i - 2, LEX_CAPITAL, NULL) || tok_lex(d, i - 2, LEX_COUNTRY, NULL);
    if (tok_is(&d->toks[i - 1], "and")) {
        int m = mention_at(d, i - 2);
        return m >= 0 && d->ments[m].tok_end == i - 1;
    }
    return 0;
}

/* "TWA", "AFL-CIO", "AT&T", "H.R.S.": is the name [i, end) one acronym, in
 * capitals only, its parts joined by a hyphen or an ampersand with no
 * space, no title ("QC", "MP") and no first name?  No person's name is
 * written so: a person has a given name or a title, a body its acronym. */
static int acronym_name(const doc *d, uint32_t i, uint32_t end)
{
    for (uint32_t t = i; t < end; t++) {
        const token *u = &d->toks[t];
        if (t > i && (u->flags & T_SPACE_BEFORE))
            return 0;
        if (u->flags & T_WORD) {
            /* (a part of one letter, "B&B", "AT&T") */
            if (!(u->flags & T_ALLCAPS) &&
                !(end > i + 1 && u->end - u->start == 1 && (u->flags & T_CAP)))
                return 0;
            if (tok_lex(d, t, LEX_TITLE, NULL) || tok_lex(d, t, LEX_GIVEN_NAME, NULL))
                return 0;
        } else if (!is_punct(d, t, '-') && !is_punct(d, t, '&')) {
            return 0;
        }
    }
    return end > i;
}

/* Is token t a capitalised noun of a law (documents.tsv kind law: "Bill",
 * "Act", "Law")? */
static int law_noun(const doc *d, uint32_t t)
{
    unsigned nw = 0;
    const lex_entry *e = (d->toks[t].flags & T_CAP) ? tok_lex(d, t, LEX_DOCUMENT, &nw) : NULL;
    return e && nw == 1 && e->canon && !strcmp(e->canon, "law");
}

/* "the Mental Capacity Bill", "Bipartisan Infrastructure Law", "the Jones
 * Act": does the capitalised run [i, end) name a law, ending in a law's
 * noun ("Bill" inside the run, a first name too; "Act" or "Law" right
 * after it), with no first name before that noun ("Andrew Bonar Law",
 * "Jack Law", "Bill Cash" are people)?  The token past the law's name, or
 * i when it is no law. */
static uint32_t law_name_end(const doc *d, uint32_t i, uint32_t end, uint32_t limit)
{
    uint32_t noun;
    if (end < limit && law_noun(d, end) && d->toks[end].sent == d->toks[i].sent)
        noun = end;
    else if (end >= i + 2 && law_noun(d, end - 1))
        noun = end - 1;
    else
        return i;
    for (uint32_t t = i; t < noun; t++)
        if (tok_lex(d, t, LEX_GIVEN_NAME, NULL) || !(d->toks[t].flags & T_CAP))
            return i;
    return noun + 1;
}

/* "and Mission Driven Finance announced", "the weekly Senate Democratic
 * Caucus lunch": the run [i, end) after a capitalised body's head word at
 * i - 1 that no rule took is the rest of that body's name when the head
 * opens the capitalised run (after a lower-case word that is no
 * preposition or article: not "Speaker of Parliament Nabih Berri", "Head
 * of Cabinet X", "Interim Government Roza Otunbayeva"), is no legal form
 * ("AG Wulf Bernotat"), the run is two words or more with no first name
 * ("Group Menatep" keeps its own reading) and it ends the capitalised
 * words ("Bank Negara Malaysia", "the House Ways and Means Committee" go
 * on past it). */
static int free_head_body(const doc *d, uint32_t i, uint32_t end, uint32_t limit)
{
    const token *h = &d->toks[i - 1];
    if ((h->flags & T_POSS) || (h->word_bits & W_COMPANY) || end < i + 2 ||
        tok_lex(d, i, LEX_GIVEN_NAME, NULL))
        return 0;
    if (i >= 2) {
        const token *p = &d->toks[i - 2];
        if (p->sent == h->sent && (p->flags & T_WORD) &&
            ((p->flags & T_CAP) || (p->word_bits & (W_PREP | W_DET))))
            return 0;
    }
    for (uint32_t t = i; t < end; t++)
        if (!(d->toks[t].flags & T_WORD) || (d->toks[t].flags & T_POSS))
            return 0;
    if (end < limit) {
        const token *n = &d->toks[end];
        if (((n->flags & T_CAP) && (n->flags & T_WORD)) || tok_is(n, "and") || tok_is(n, "of") ||
            is_punct(d, end, '&') || is_punct(d, end, '-'))
            return 0;
    }
    return 1;
}

/* A person by name alone: two or more name tokens, or one that is a known
 * surname, or one right before a speech verb ("Reagan said"). */
static int try_bare_name(doc *d, uint32_t i, uint32_t limit, uint32_t *next, int after_free_head)
{
    if (!(d->toks[i].flags & T_CAP)) /* scan_name starts only at a capital */
        return particle_name_after_verb(d, i, limit, next);
    /* (both want a punctuation mark within the next two tokens: most
     * capitals have none) */
    int r = 0;
    if ((i + 1 < limit && (d->toks[i + 1].flags & T_PUNCT)) ||
        (i + 2 < limit && (d->toks[i + 2].flags & T_PUNCT))) {
        r = try_ampersand_company(d, i, limit, next);
        if (!r)
            r = try_comma_company(d, i, limit, next);
    }
    if (!r)
        r = try_initials_company(d, i, limit, next);
    if (!r)
        r = try_possessive_company(d, i, limit, next);
    /* (its business noun after the word first: most capitals have none) */
    if (!r && i + 1 < limit && (d->toks[i + 1].word_bits & W_FIRM_TAIL))
        r = try_sector_company(d, i, limit, next);
    if (r)
        return r;
    uint32_t last = 0;
    uint32_t end = scan_name(d, i, limit, &last);
    if (end == i)
        return 0;
    /* "Mission Driven Finance announced", "a call with Senate Democratic
     * Caucus": a capitalised body's head word (words.tsv org_head) that no
     * rule took as a body or a title opens the capitalised run after it,
     * which goes on its name: the run is that body, not a person named by
     * its remainder (no first name opens the remainder: "Ombudsman Raul
     * Gonzalez" is a title's) */
    if (after_free_head && free_head_body(d, i, end, limit))
        return add_org_mention(d, i - 1, end, span_text(d, i - 1, end), NULL, next);
    /* "in the Black Sea Coast Region Azat Asaturov": a capitalised area
     * word (words.tsv area) inside the run ends a region's name when a name
     * of two words follows it, as in a title's portfolio ("Governor of
     * Chita Region Ravil Geniatulin"): the person's name starts after it */
    for (uint32_t k = i + 1; k + 3 <= end; k++)
        if ((d->toks[k].word_bits & W_AREA) && (d->toks[k].flags & T_CAP) &&
            (d->toks[k + 1].flags & T_WORD) && name_token(d, k + 1) && name_token(d, k + 2) &&
            !(d->toks[k + 1].word_bits & W_AREA) && !tok_lex(d, k + 1, LEX_TITLE, NULL)) {
            i = k + 1;
            if (last < i)
                last = end - 1;
            break;
        }
    /* "the Mental Capacity Bill has broad support ... He said": a law's
     * name is a document, no person a pronoun could stand for */
    uint32_t law = law_name_end(d, i, end, limit);
    if (law > i) {
        *next = law;
        return 1;
    }
    /* "C. Itoh and Co Ltd": a name that reads as a person's before "and Co"
     * is a firm's (read as one, the firm was left as a bare "Co") */
    uint32_t co = and_co_end(d, end, limit);
    if (co > end)
        return company_named(d, i, co, next);
    /* "Mitsubishi Motors", "Wang Laboratories": a name that ends in a
     * plural business noun (words.tsv firm_tail) and opens with no first
     * name is a company, which "the carmaker said" may stand for */
    if (end >= i + 2 && (d->toks[end - 1].word_bits & W_FIRM_TAIL) &&
        !(d->toks[end - 1].flags & T_ALLCAPS) && !tok_lex(d, i, LEX_GIVEN_NAME, NULL) &&
        !tok_lex(d, i, LEX_TITLE, NULL))
        return company_named(d, i, end, next);
    /* "in Huta, Ivano-Frankivsk region": a name before an area word (class
     * area) is a place; read as a person, "He briefed" would stand for it */
    if (end < limit && (d->toks[end].word_bits & W_AREA) && !(d->toks[end].flags & T_CAP))
        return 0;
    /* "Special Representative for Environmental Protection, Ecology and
     * Transport X", "Minister of Natural Resources and Environment X": a
     * title's portfolio, no person, when no first name is in it */
    if (i >= 2 && (tok_is(&d->toks[i - 1], "for") || tok_is(&d->toks[i - 1], "of")) &&
        tok_lex(d, i - 2, LEX_TITLE, NULL) && end < limit &&
        (is_punct(d, end, ',') || tok_is(&d->toks[end], "and"))) {
        int given = 0;
        for (uint32_t t = i; t < end && !given; t++)
            given = tok_lex(d, t, LEX_GIVEN_NAME, NULL) != NULL;
        if (!given)
            return 0;
    }
    /* the mention keeps the title tail ("and Environment Dmitry Kobylkin"
     * stays one party of a list); the name starts at the given name */
    uint32_t at = i;
    i = trim_name_head(d, i, end);
    uint32_t second = glued_names(d, i, end);
    if (second < end) {
        end = second;
        last = end - 1;
    }
    /* "End Bush 'denial', Blair tells EU": a headline's first word that the
     * item also writes in lower case is a common word before a name (not a
     * particle: "Van der Vorm", "Al-Chalabi"); in the body such a word
     * opens company names too ("Air Deccan has signed", "air travel") */
    if (end >= i + 2 && d->toks[i].start < d->title_len &&
        d->sents[d->toks[i].sent].tok_start == i && d->toks[i].end - d->toks[i].start > 1 &&
        !tok_lex(d, i, LEX_GIVEN_NAME, NULL) && !(d->toks[i].word_bits & W_PARTICLE) &&
        !is_punct(d, i + 1, '-') && lower_elsewhere(d, i))
        return 0;
    uint32_t words = 0;
    for (uint32_t t = i; t < end; t++)
        if (d->toks[t].flags & T_WORD)
            words++;
    const char *surname = span_text(d, last, surname_end(d, last, end));
    if (!surname)
        return -1;
    int ent = -1;
    /* "Reagan-Gorbachev": two known people joined by a hyphen, not one name */
    if (words == 2 && end - i == 3 && is_punct(d, i + 1, '-')) {
        int a = find_entity(d, NSV_KIND_PERSON, span_text(d, i, i + 1));
        int b = find_entity(d, NSV_KIND_PERSON, span_text(d, i + 2, i + 3));
        if (a >= 0 && b >= 0 && a != b) {
            if (add_person_mention(d, i, i + 1, a) < 0 ||
                add_person_mention(d, i + 2, i + 3, b) < 0)
                return -1;
            *next = end;
            return 1;
        }
    }
    if (words >= 2) {
        if (((end == i + 3 && is_punct(d, i + 1, '-')) ||
             /* "Mathematical Applications said" after "Mathematical
              * Applications Group Inc": the first words of a body named
              * before (no first name among them) */
             (end <= i + 3 && !tok_lex(d, i, LEX_GIVEN_NAME, NULL))) &&
            find_entity(d, NSV_KIND_PERSON, surname) < 0) {
            /* "Pre-Paid said" after "Pre-Paid Legal Services Inc": a
             * hyphenated first word of a body stands for it, as "Atlas" does */
            const char *w = span_text(d, i, end);
            int q = w ? first_word_entity(d, NSV_KIND_ORGANIZATION, w, 1) : -1;
            if (q >= 0)
                return add_org_mention(d, i, end, d->ents[q].name, d->ents[q].country, next);
        }
        /* "investment bank Merrill Lynch said", "brokerage Merrill Lynch
         * said": a speaking name right after a lower-case business noun
         * (words.tsv firm) is that business, even when it reads as a first
         * name and a surname */
        uint32_t sk;
        if (at == i && firm_noun_before(d, i) && !tok_lex(d, i - 1, LEX_TITLE, NULL) &&
            speech_cue_after(d, end, limit, &sk))
            return company_named(d, i, end, next);
        /* "the Associated Trio countries", "the Russian Far East", "Small
         * Business Lending": a capitalised phrase of common words names a
         * thing (a format, a region, a programme, a body), not a person
         * that groups and pronouns could take; a body when it speaks
         * ("the Land Registry said"), else no mention */
        int thing = thing_name(d, at, i, end, surname);
        if (thing) {
            uint32_t k;
            if (speech_cue_after(d, end, limit, &k))
                return add_org_mention(d, at, end, span_text(d, at, end), NULL, next);
            *next = end;
            return 1;
        }
        /* "AFL-CIO", "AT&T": an acronym in parts is a body's name */
        if (at == i && acronym_name(d, i, end))
            return add_org_mention(d, i, end, span_text(d, i, end), NULL, next);
        /* "The United Auto Workers said", "Communications Workers said": a
         * name that ends in a plural noun of people (words.tsv people) and
         * opens with no first name is a body of them (a union), not one
         * person (not inside a longer name: "United Food And Commercial
         * Workers", "Wheat Growers Association") */
        if (at == i && (d->toks[end - 1].word_bits & W_PEOPLE) &&
            (d->toks[end - 1].flags & T_CAP) && !(d->toks[end - 1].flags & T_ALLCAPS) &&
            !tok_lex(d, i, LEX_GIVEN_NAME, NULL) && !tok_lex(d, i, LEX_TITLE, NULL) &&
            (i == 0 || !(d->toks[i - 1].flags & T_CAP) || (d->toks[i - 1].word_bits & W_DET) ||
             d->sents[d->toks[i].sent].tok_start == i) &&
            !(end < limit && ((d->toks[end].flags & T_CAP) || tok_is(&d->toks[end], "and"))))
            return add_org_mention(d, i, end, span_text(d, i, end), NULL, next);
        ent = person_entity(d, span_text(d, i, end), surname, NULL, NULL, 0, 0);
    } else {
        ent = surname_entity(d, surname, surname, 0, 0, NULL);
        if (ent < 0) {
            /* "Glenn said" after "Glenn Campbell": a first name of someone named */
            ent = first_word_entity(d, NSV_KIND_PERSON, surname, 0);
        }
        /* spelled_body(d, i) once asked (-2 until then): the unknown
         * acronym's test below does not walk the mentions again */
        int spelled = -2;
        if (ent < 0 && end == i + 1 && !(d->toks[i].word_bits & W_ORG_HEAD)) {
            /* "Atlas said" after "Atlas Consolidated Mining and Development
             * Corp": the first word of a body named before stands for it */
            int q = first_word_entity(d, NSV_KIND_ORGANIZATION, surname, 1);
            /* "Yukos filed for bankruptcy" after "oil company Yukos": a
             * one-word business named before is that business before any
             * verb, not only a speech verb, so "the company" after it
             * can stand for it */
            /* (not before a title and a name: "Nissan chairman Carlos
             * Ghosn" names the person; "Yukos lawyers say" the body) */
            unsigned tw = 0;
            if (q < 0 && (end >= limit || !tok_lex(d, end, LEX_TITLE, &tw) || end + tw >= limit ||
                          !(d->toks[end + tw].flags & T_CAP))) {
                q = find_entity(d, NSV_KIND_ORGANIZATION, surname);
                /* (an acronym named before as a body is that body: "talks
                 * with Rover and SAIC" after "SAIC says") */
                if (q >= 0 && !d->ents[q].company && !acronym_name(d, i, end))
                    q = -1;
                /* ("TWA has offered" after "Trans World Airlines Inc"; not
                 * before a capital, which a title chain may take: "UWC
                 * First Vice President X") */
                /* (spelled_body asks for capitals: most words fail there
                 * before acronym_name's lexicon probes) */
                if (q < 0 && (d->toks[i].flags & T_ALLCAPS) && acronym_name(d, i, end) &&
                    (end >= limit || !(d->toks[end].flags & T_CAP)))
                    spelled = spelled_body(d, i);
                if (spelled >= 0)
                    return acronym_alias(d, spelled, i, next);
            }
            uint32_t on = end;
            int qq = body_name_goes_on(d, i, end, limit, &on);
            if (qq >= 0)
                return add_org_mention(d, i, on, d->ents[qq].name, d->ents[qq].country, next);
            if (q >= 0)
                return add_org_mention(d, i, end, d->ents[q].name, d->ents[q].country, next);
        }
        /* "MPs said", "The Allies reaffirmed", "..., Arbitrageurs said": a
         * lone plural noun of people (words.tsv people) is an open group
         * wherever it stands, no one's name (named before, it was found
         * above: "Unions" as a body's first word) */
        if (ent < 0 && end == i + 1 && (d->toks[i].word_bits & W_PEOPLE))
            return 0;
        /* "broke off talks with the UAW", "negotiations with the LSE", "after
         * talks with CoFACE,": an unknown acronym right after a meeting
         * cue's "with" is the body met (before the article's rule
         * below, which keeps "the X" only before a speech verb) */
        if (ent < 0 && end == i + 1 && !d->toks[i].cats && acronym_met_with(d, i, limit))
            return add_org_mention(d, i, end, span_text(d, i, end), NULL, next);
        if (ent < 0 && i > 0 && tok_is(&d->toks[i - 1], "the") && end == i + 1) {
            /* "The Nasgul said": an unknown body named with the article */
            uint32_t k = end;
            /* "Manufacturers' organisation, the EEF, said": the same, set
             * off by commas as an appositive */
            if (i >= 2 && is_punct(d, i - 2, ',') && k + 1 < limit && is_punct(d, k, ','))
                k++;
            /* "The Halifax, meanwhile, said": past one adverb set off by
             * commas */
            else if (k + 3 < limit && is_punct(d, k, ',') &&
                     (d->toks[k + 1].word_bits & W_ADVERB) && !(d->toks[k + 1].flags & T_CAP) &&
                     is_punct(d, k + 2, ','))
                k += 3;
            k = skip_time_words(d, k, limit);
            k = skip_aux(d, k, limit);
            const lex_entry *sv = tok_lex(d, k, LEX_SPEECH, NULL);
            /* "according to the Nationwide": the same, as the source */
            int according = according_to_before(d, i - 1) &&
                            !tok_lex(d, i, LEX_DOCUMENT, NULL); /* "the Constitution" */
            if (!according && (!sv || sv->value == SPEECH_ACCORDING))
                return 0;
            return try_bare_org_name(d, i, limit, next);
        }
        if (ent < 0 && end == i + 1 && i > 0 && (d->toks[i - 1].flags & T_CAP) &&
            !tok_lex(d, i, LEX_GIVEN_NAME, NULL) &&
            (!d->toks[i].cats || (d->toks[i].word_bits & W_FIRM_TAIL))) {
            /* "British Airways said", "American Express said": a demonym
             * and one unknown word before a speech verb name a company */
            unsigned dw = 0;
            const lex_entry *dem = tok_lex(d, i - 1, LEX_DEMONYM, &dw);
            uint32_t k;
            /* (not "U.S. Banker told", "U.S. Dollar has": the wire's
             * capitals after an abbreviation) */
            if (dem && dw == 1 && speech_cue_after(d, end, limit, &k) &&
                !(d->toks[k].flags & T_CAP) && !(d->toks[i - 1].flags & T_ABBREV) &&
                !tok_is(&d->toks[i - 1], "us") && !tok_lex(d, i - 1, LEX_GIVEN_NAME, NULL) &&
                (i < 2 || !(d->toks[i - 2].flags & T_CAP) || (d->toks[i - 2].word_bits & W_DET)))
                return add_org_mention(d, i - 1, end, span_text(d, i - 1, end), NULL, next);
        }
        if (ent < 0 && end == i + 1 && i >= 2 && (d->toks[i - 1].flags & T_POSS) &&
            !tok_lex(d, i, LEX_GIVEN_NAME, NULL) && !d->toks[i].cats) {
            /* "Britain's Vodafone said", "France's Peugeot warned": one
             * unknown word after a country's possessive, before a speech
             * verb, is a company of that country (a person there has a
             * title or a first name: "Britain's Mr Brown") */
            int c = mention_at(d, i - 2);
            uint32_t k;
            if (c >= 0 && d->ments[c].kind == M_COUNTRY && d->ments[c].tok_end == i - 1 &&
                speech_cue_after(d, end, limit, &k) && !(d->toks[k].flags & T_CAP) &&
                !ing_form(&d->toks[k]))
                return add_org_mention(d, i, end, span_text(d, i, end), d->ments[c].country, next);
        }
        /* (no cats: in no lexicon list, a first name's included) */
        if (ent < 0 && end == i + 1 && !d->toks[i].cats && !(d->toks[i].flags & T_ALLCAPS) &&
            (company_context(d, i, limit) || title_firm_word(d, i)))
            return add_company_mention(d, i, end, span_text(d, i, end), NULL, next);
        if (ent < 0 && end == i + 1 && !d->toks[i].cats && firm_appositive_name(d, i, limit))
            return add_company_mention(d, i, end, span_text(d, i, end), NULL, next);
        if (ent < 0 && i > 0 &&
            (((d->toks[i - 1].flags & T_CAP) && (d->toks[i - 1].flags & T_WORD) &&
              !(d->toks[i - 1].flags & T_PARA_START) && d->toks[i - 1].sent == d->toks[i].sent &&
              d->sents[d->toks[i].sent].tok_start != i - 1) ||
             (d->toks[i - 1].word_bits & (W_DET | W_PREP)) || (d->toks[i - 1].flags & T_POSS)))
            return 0; /* "the Global Pandemic announced", "of Justice said": the
                       * tail of a longer name, not a person */
        if (ent < 0) {
            /* unknown single name: only as the subject of a speech verb,
             * also past an appositive ("Allianz, a German insurer, said",
             * "Umbro, which lost two deals, said") */
            uint32_t k = end;
            if (k + 2 < limit && is_punct(d, k, ',') &&
                (((d->toks[k + 1].word_bits & W_DET) && !(d->toks[k + 1].flags & T_CAP)) ||
                 tok_is(&d->toks[k + 1], "which"))) {
                uint32_t c = k + 2;
                while (c < limit && c < k + 16 && !is_punct(d, c, ',') &&
                       !(d->toks[c].flags & T_QUOTE))
                    c++;
                /* not '..., the issue is urgent, said Viktor Lyashko' */
                if (c + 2 < limit && is_punct(d, c, ',') && !(d->toks[c + 2].flags & T_CAP))
                    k = c + 1;
            }
            /* "news agency, IRNA, said", "steel giant LNM, told": an
             * unknown acronym set off as an appositive after a description
             * is a body, the subject past its closing comma */
            int acr_appos = k == end && i > 0 && (d->toks[i].flags & T_ALLCAPS) && k + 1 < limit &&
                            is_punct(d, k, ',') && !(d->toks[i].flags & T_IN_QUOTE) &&
                            (is_punct(d, i - 1, ',') || description_before(d, i));
            if (acr_appos)
                k++;
            int be = 0; /* "Britons are now confirmed": a passive */
            k = skip_time_words(d, k, limit);
            while (k < limit && (d->toks[k].word_bits & (W_ADVERB | W_AUX))) {
                be |= be_tense(d, k) != 0;
                k++;
            }
            const lex_entry *s = tok_lex(d, k, LEX_SPEECH, NULL);
            /* "In May 2014, Gazprom and CNPC signed", "Transneft met
             * with": an unknown one-word name as the subject of a meeting
             * or signing verb, or in a pair before one, is a party (a
             * firm, as a person would have been named in full) */
            /* (a plain word after the name that is no meeting or signing
             * verb, nor "and", rules out the verb and the pair below at
             * once, before the costlier party_opens_at) */
            int maybe_deal = !plain_for_cue(d, end, limit) ||
                             (d->toks[end].cats & ((1u << LEX_MEETING) | (1u << LEX_SIGNING))) ||
                             tok_is(&d->toks[end], "and");
            int deal =
                end == i + 1 && !(d->toks[i].flags & T_IN_QUOTE) && maybe_deal &&
                party_opens_at(d, i) &&
                (deal_verb_at(d, skip_aux(d, skip_time_words(d, end, limit), limit), limit) ||
                 pair_before_deal_verb(d, i, limit));
            /* no party, and no speech cue after it (or a passive): no
             * mention, unless ("Euronext, which ..., also began talks with
             * the LSE. ... Euronext said") a lone name that holds talks
             * here and speaks later is that speaker already (not a word
             * inside a longer name: "Harper and Row", "Globe and Mail";
             * asked last, when no cue of its own keeps the name: the scan
             * ahead is the costly part) */
            if (!deal &&
                ((be && k < limit && !ing_form(&d->toks[k])) || !s ||
                 s->value == SPEECH_ACCORDING) &&
                !(end == i + 1 && !(d->toks[i].flags & T_ALLCAPS) &&
                  (i == 0 || (!tok_is(&d->toks[i - 1], "and") && !is_punct(d, i - 1, '&'))) &&
                  !(i + 1 < limit && (tok_is(&d->toks[i + 1], "and") || is_punct(d, i + 1, '&') ||
                                      tok_is(&d->toks[i + 1], "of"))) &&
                  meeting_cue_near(d, i, limit) && speaks_later(d, i)))
                return 0;
            /* "Workers raised concerns", "Bankers urged": a word the item
             * also writes in lower case, or a plural noun of people, is a
             * common noun, not a name */
            if (end == i + 1 && d->sents[d->toks[i].sent].tok_start == i &&
                (lower_elsewhere(d, i) || (d->toks[i].word_bits & W_PEOPLE)))
                return 0;
            /* "TWA said", "the statistical office INSEE said": an unknown
             * acronym that speaks is a body, as an appositive one is */
            if (acr_appos || acronym_name(d, i, end)) {
                if (spelled == -2 && end == i + 1)
                    spelled = spelled_body(d, i);
                if (spelled >= 0)
                    return acronym_alias(d, spelled, i, next);
                return add_org_mention(d, i, end, span_text(d, i, end), NULL, next);
            }
            /* (after "Presidents Putin and", a person too) */
            int pm = deal && i >= 2 && tok_is(&d->toks[i - 1], "and") ? mention_at(d, i - 2) : -1;
            if (deal && !s && (pm < 0 || d->ments[pm].kind != M_PERSON))
                return add_company_mention(d, i, end, span_text(d, i, end), NULL, next);
            ent = person_entity(d, surname, surname, NULL, NULL, 0, 0);
        }
    }
    if (ent < 0)
        return -1;
    /* "Frank Field MP said", "Brian Monteith MSP, said": an upper-case
     * title after a full name is a post-nominal of that person, not a new
     * title looking for a name after it */
    const lex_entry *post =
        words >= 2 && end + 1 < limit && (d->toks[end].flags & T_ALLCAPS) &&
                d->toks[end].end - d->toks[end].start <= 3 &&
                ((d->toks[end + 1].flags & T_PUNCT) || tok_lex(d, end + 1, LEX_SPEECH, NULL))
            ? tok_lex(d, end, LEX_TITLE, NULL)
            : NULL;
    if (post && post->value == TITLE_ROLE && post->canon) {
        if (!d->ents[ent].role)
            d->ents[ent].role = post->canon;
        end++;
    }
    if (!d->ents[ent].role && (own_correspondent_before(d, at) || own_correspondent_after(d, end)))
        d->ents[ent].role = "Correspondent";
    if (add_person_mention(d, at, end, ent) < 0)
        return -1;
    *next = end;
    return 1;
}

/* "an Airod spokesman told Reuters": is mention j a body named right
 * before a spokesperson title (try_spokes_body's), whom "the spokesman"
 * later speaks for? */
static int spokes_named_body(const doc *d, size_t j)
{
    const mention *p = &d->ments[j];
    if (p->kind != M_ORG || p->tok_end >= d->ntoks || p->sent != d->toks[p->tok_end].sent)
        return 0;
    return title_role_is(d, p->tok_end, "Spokesperson");
}

/* Do tokens k..k+2 spell a lower-case compound joined by a hyphen with no
 * space ("cross-party", "non-partisan"), before token end? */
static int compound_modifier(const doc *d, uint32_t k, uint32_t end)
{
    return k + 3 < end && lower_plain_word(&d->toks[k]) && tight_hyphen(d, k + 1) &&
           lower_plain_word(&d->toks[k + 2]) && !(d->toks[k + 2].flags & T_IN_QUOTE) &&
           !(d->toks[k + 2].cats & (1u << LEX_SPEECH));
}

/* A description of a body, tokens [i, end), whose head word `head` (folded)
 * is looked for in body names ("the company", "the Houston-based bank");
 * with a country, one of that country's ("the German giant"). */
static int add_body_desc(doc *d, uint32_t i, uint32_t end, const char *head, const char *country,
                         uint32_t *next)
{
    mention *m = add_mention(d, M_DESC, i, end);
    if (!m)
        return -1;
    m->name = head;
    m->country = country;
    *next = end;
    return 1;
}

static int desc_speaks(const doc *d, uint32_t from, uint32_t to);
static int name_holds_any(const char *name, const char *words);

/* Does the item call body mention p by the noun of body_nouns.tsv entry bn
 * right after its name ("the metalworkers' IG Metall union", "the PCS
 * union")?  Then "the union said" may stand for it though its name holds
 * none of the kind's name words. */
static int kind_noun_after(const doc *d, const mention *p, const lex_entry *bn)
{
    uint32_t e = p->tok_end;
    /* (not a country's government: "a Conservative government" is no
     * body of its own; nor a name ending in a business noun: "the Velder
     * Bank union" is the bank's staff's union, not the bank) */
    return !(bn->bits & BODY_COUNTRY) && e < d->ntoks && e > p->tok_start &&
           !(d->toks[e - 1].word_bits & W_FIRM) && d->toks[e].sent == d->toks[e - 1].sent &&
           (d->toks[e].flags & T_WORD) && !(d->toks[e].flags & (T_CAP | T_IN_QUOTE)) &&
           tok_lex(d, e, LEX_BODY_NOUN, NULL) == bn;
}

/* Is a body of the kind of body_nouns.tsv entry bn (a name holding one of
 * its name words) named in the last 512 mentions?  A noun marked bare
 * stands only for such a body: else "the MPs" are a group, not some other
 * body named nearby. */
static int kind_named_before(const doc *d, const lex_entry *bn)
{
    for (size_t j = d->nments; j-- > 0 && d->nments - j <= 512;) {
        const mention *p = &d->ments[j];
        if (p->kind == M_ORG && p->entity >= 0 &&
            name_holds_any(d->ents[p->entity].name, bn->canon))
            return 1;
    }
    return 0;
}

/* Is token i in a news lede (the first sentence after the title) whose
 * next two sentences hold one of the name words of bn's kind ("..., MPs
 * have warned.  ..., the Environmental Audit Committee said")?  The lede names its speaker only
 * after it; the description resolves forward (lede_body_after). */
static int lede_kind_named_after(const doc *d, uint32_t i, const lex_entry *bn)
{
    uint32_t si = d->toks[i].sent;
    const sentence *s = &d->sents[si];
    if (s->start < d->title_len || (si > 0 && d->sents[si - 1].start >= d->title_len))
        return 0;
    uint32_t end = d->sents[si + 2 < d->nsents ? si + 2 : d->nsents - 1].tok_end;
    /* (two sentences, at most 200 words: bounded per description) */
    for (uint32_t t = s->tok_end; t < end && t < s->tok_end + 200; t++) {
        const token *x = &d->toks[t];
        if (!(x->flags & T_IN_QUOTE) && name_holds_any(x->lower, bn->canon))
            return 1;
    }
    return 0;
}

/* The body of the kind of bn (a bare description in a lede) named in the
 * two sentences after mention k's: the first such body mention's entity,
 * or -1. */
static int lede_body_after(const doc *d, size_t k, const lex_entry *bn)
{
    const mention *m = &d->ments[k];
    for (size_t j = k + 1; j < d->nments && d->ments[j].sent <= m->sent + 2; j++) {
        const mention *p = &d->ments[j];
        if (p->kind == M_ORG && p->entity >= 0 && !(d->toks[p->tok_start].flags & T_IN_QUOTE) &&
            name_holds_any(d->ents[p->entity].name, bn->canon))
            return p->entity;
    }
    return -1;
}

/* The next word of a body's name at *p, brackets passed over ("Securities
 * and Exchange Commission (SEC)" holds "SEC"): its lexicon entries in *e
 * (NULL for a word the lexicon does not know), *p moved past it; 0 at the
 * name's end. */
static int next_name_word(const doc *d, const char **p, const lex_entry **e)
{
    if (!*p || !**p)
        return 0;
    const char *s = *p;
    while (*s == ' ' || *s == '(')
        s++;
    const char *w = s;
    while (*s && *s != ' ' && *s != '(' && *s != ')')
        s++;
    char key[32];
    size_t kl = (size_t)(s - w) < sizeof key ? lex_fold(w, (size_t)(s - w), key, sizeof key) : 0;
    *e = kl ? lex_lookup(d->lex, key, kl) : NULL;
    while (*s == ')')
        s++;
    *p = s;
    return 1;
}

/* "Bank of Canada", "Reserve Bank of India", "Central Bank of Russia": a name
 * of the kind a country's bank of issue has (a country or an issuer word of
 * words.tsv, "central" or "reserve", among its words), which "Pacific Bank"
 * or "Bank of Hawaii" is not */
static int central_bank_name(const doc *d, const char *name)
{
    const lex_entry *e0;
    for (const char *p = name; next_name_word(d, &p, &e0);)
        for (const lex_entry *e = e0; e; e = e->next)
            if ((e->cat == LEX_COUNTRY && e->nwords == 1) ||
                (e->cat == LEX_WORD && (e->bits & W_ISSUER)))
                return 1;
    return 0;
}

/* A superlative by its ending: "biggest", "largest", "oldest" (a
 * lower-case word of six letters or more ending in "est"). */
static int superlative(const token *t)
{
    return (t->flags & T_WORD) && !(t->flags & T_CAP) && t->lower_len >= 6 &&
           !strcmp(t->lower + t->lower_len - 3, "est");
}

/* The body a ranked description k ("The UK's biggest mortgage lender
 * said", try_ranked_desc) stands for: the one body named in the nearest of
 * the two sentences before that names any; -1 when that sentence names
 * two or more, as either may be meant. */
static int ranked_body(const doc *d, size_t k)
{
    uint32_t sent = d->ments[k].sent;
    int found = -1;
    uint32_t at = 0;
    for (size_t j = k; j-- > 0 && k - j <= 64;) {
        const mention *p = &d->ments[j];
        if (p->sent + 2 < sent || (found >= 0 && p->sent != at))
            break;
        if (p->sent == sent || p->kind != M_ORG || p->entity < 0 ||
            d->ents[p->entity].kind != NSV_KIND_ORGANIZATION)
            continue;
        if (found >= 0 && p->entity != found)
            return -1;
        found = p->entity;
        at = p->sent;
    }
    return found;
}

/* A lower-case word a business's rank may hold: a plain word, or one
 * the rules only keep from names ("second", "third"). */
static int ranking_word(const token *t)
{
    return (t->flags & T_WORD) && !(t->flags & (T_CAP | T_POSS | T_IN_QUOTE)) &&
           !(t->word_bits & ~(uint64_t)(W_ORG_HEAD | W_POLITY | W_PUBLIC_BODY | W_NONNAME));
}

/* "The UK's biggest mortgage lender said", "The world's second biggest
 * insurer said": a business ranked in a country or the world (its
 * possessive, or a phrases.tsv rank_scope's, lower-case words one of
 * which is a superlative, then a business word) as the subject of a
 * speech cue names no one itself; it is the one body the sentence before
 * names (ranked_body).  Opening its sentence or after a comma, at "the"
 * i; the tokens it spans are bounded by i's sentence. */
static int try_ranked_desc(doc *d, uint32_t i, uint32_t *next)
{
    if (!tok_is(&d->toks[i], "the"))
        return 0;
    uint32_t end = d->sents[d->toks[i].sent].tok_end;
    unsigned nw = 0;
    if (i + 4 < end && (d->toks[i + 2].flags & T_POSS) &&
        !((d->toks[i + 1].flags | d->toks[i + 2].flags) & T_IN_QUOTE) &&
        ((tok_lex(d, i + 1, LEX_COUNTRY, &nw) && nw == 1) ||
         phrase_at(d, i + 1, i + 2, PHRASE_RANK_SCOPE))) {
        uint32_t k = i + 3;
        int ranked = 0;
        while (k < end && k < i + 8 && !(d->toks[k].word_bits & W_FIRM) &&
               ((ranking_word(&d->toks[k]) && !(d->toks[k].cats & (1u << LEX_SPEECH))) ||
                (is_punct(d, k, '-') && k > i + 3))) {
            ranked |= superlative(&d->toks[k]);
            k++;
        }
        if (ranked && k < end && (d->toks[k].word_bits & W_FIRM) &&
            !(d->toks[k].flags & (T_CAP | T_IN_QUOTE)) && speech_follows(d, k + 1, end) &&
            (i == d->sents[d->toks[i].sent].tok_start || is_punct(d, i - 1, ','))) {
            int r = add_body_desc(d, i, k + 1, d->toks[k].lower, NULL, next);
            if (r > 0)
                d->ments[d->nments - 1].ranked = 1;
            return r;
        }
    }
    return 0;
}

static int try_org_desc_at(doc *d, uint32_t i, uint32_t *next);

/* "Central bank officials say", "..., central bank officials said": with no
 * article, an issuer word and "bank" (words.tsv issuer) before a body's
 * staff word and a speech cue speak for the bank as "the central bank said"
 * does (the country's bank of issue); not inside a name ("the Central Bank
 * of Kenya officials": both capitalised, or after a capitalised word) nor
 * after an article or another word ("the central bank officials' view"). */
static int try_issuer_staff(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    const token *k = &d->toks[i];
    if (!(k->word_bits & W_ISSUER) || i + 3 >= limit || !tok_is(&d->toks[i + 1], "bank") ||
        ((d->toks[i + 1].flags | k->flags) & T_IN_QUOTE) || (d->toks[i + 1].flags & T_CAP) ||
        !staff_word(&d->toks[i + 2]) || !speech_follows(d, i + 3, limit))
        return 0;
    uint32_t s0 = d->sents[k->sent].tok_start;
    if (i > s0 && ((k->flags & T_CAP) || (!is_punct(d, i - 1, ',') && !is_punct(d, i - 1, '-'))))
        return 0;
    int r = add_body_desc(d, i, i + 2, d->toks[i + 1].lower, NULL, next);
    if (r > 0)
        d->ments[d->nments - 1].central_bank = 1;
    return r;
}

/* "the ministry", "the agency": a body named earlier.  Each such
 * description opens with "the", an indefinite article or a body noun; the
 * token's own bits rule out most tokens before the call. */
static inline int try_org_desc(doc *d, uint32_t i, uint32_t *next)
{
    const token *k = &d->toks[i];
    if (!(k->cats & (1u << LEX_BODY_NOUN)) && !tok_is(k, "the") && !indefinite_article(k))
        return 0;
    return try_org_desc_at(d, i, next);
}

static int try_org_desc_at(doc *d, uint32_t i, uint32_t *next)
{
    /* "MPs said ...", "..., MPs said": with no article, a noun marked bare
     * (body_nouns.tsv) opening a clause stands for the body of its kind the
     * item names (BBC copy: the committee of MPs whose report it is); not
     * after another word ("pro-hunt MPs say", "many MPs say": a group) */
    /* "..., a committee of MPs has warned": in a lede, as a bare "MPs" */
    if (indefinite_article(&d->toks[i]) && i + 4 < d->ntoks && tok_is(&d->toks[i + 2], "of")) {
        const lex_entry *of = tok_lex(d, i + 3, LEX_BODY_NOUN, NULL);
        if (of && (of->bits & BODY_BARE) && of->canon &&
            name_holds_any(d->toks[i + 1].lower, of->canon) &&
            !((d->toks[i + 1].flags | d->toks[i + 3].flags) & T_IN_QUOTE) &&
            desc_speaks(d, i, i + 4) && lede_kind_named_after(d, i, of))
            return add_body_desc(d, i, i + 4, d->toks[i + 3].lower, NULL, next);
    }
    if (!tok_is(&d->toks[i], "the")) {
        const lex_entry *bare = tok_lex(d, i, LEX_BODY_NOUN, NULL);
        if (!bare || !(bare->bits & BODY_BARE) || !bare->canon || (d->toks[i].flags & T_IN_QUOTE) ||
            !(i == d->sents[d->toks[i].sent].tok_start || is_punct(d, i - 1, ',')) ||
            !desc_speaks(d, i, i + 1))
            return 0;
        return kind_named_before(d, bare) || lede_kind_named_after(d, i, bare)
                   ? add_body_desc(d, i, i + 1, d->toks[i].lower, NULL, next)
                   : 0;
    }
    if (i + 1 >= d->ntoks)
        return 0;
    /* "The German giant said", "the US company said", "The Italian firm
     * said": a business described by its country is "the company" (not a
     * body named "German company") */
    unsigned nw = 0;
    const lex_entry *c = NULL;
    /* (a body_nouns.tsv noun after one word: "the US airline", "the wheat
     * group") */
    const lex_entry *bn2 = tok_lex(d, i + 2, LEX_BODY_NOUN, NULL);
    if (i + 2 < d->ntoks &&
        ((d->toks[i + 2].word_bits & W_FIRM) || (bn2 && !(bn2->bits & BODY_COUNTRY))) &&
        !(d->toks[i + 2].flags & (T_CAP | T_IN_QUOTE)) &&
        (((c = tok_lex(d, i + 1, LEX_DEMONYM, &nw)) != NULL && nw == 1) ||
         ((c = tok_lex(d, i + 1, LEX_COUNTRY, &nw)) != NULL && nw == 1)))
        /* (the country resolves it only to the voice: below) */
        return add_body_desc(d, i, i + 3, d->toks[i + 2].lower, c->canon, next);
    uint32_t end = d->sents[d->toks[i].sent].tok_end;
    /* "The Houston-based company said", "the San Diego-based bank said":
     * a business described by where it is based (up to three capitalised
     * place words, "-based", up to three lower-case words, a business word)
     * is "the company", as by its country above */
    {
        uint32_t k = i + 1;
        while (k < end && k < i + 4 && (d->toks[k].flags & T_CAP) && (d->toks[k].flags & T_WORD) &&
               !(d->toks[k].flags & (T_POSS | T_IN_QUOTE)))
            k++;
        if (k > i + 1 && k + 2 < end && is_punct(d, k, '-') &&
            !(d->toks[k].flags & T_SPACE_BEFORE) && tok_is(&d->toks[k + 1], "based") &&
            !(d->toks[k + 1].flags & T_SPACE_BEFORE)) {
            uint32_t h = k + 2;
            while (h < end && h < k + 5 && !(d->toks[h].word_bits & W_FIRM) &&
                   lower_plain_word(&d->toks[h]) && !(d->toks[h].word_bits & W_ORG_HEAD) &&
                   !(d->toks[h].cats & (1u << LEX_SPEECH)))
                h++;
            if (h < end && (d->toks[h].word_bits & W_FIRM) &&
                !(d->toks[h].flags & (T_CAP | T_IN_QUOTE)))
                return add_body_desc(d, i, h + 1, d->toks[h].lower, NULL, next);
        }
    }
    /* "The clothing and home furnishing retailer said", "the chemicals-and-
     * crops firm said": a business described by its lines of business
     * (lower-case words joined by "and" before a business word), as the
     * subject of a speech cue, is "the company".  (Not "the central bank",
     * "the state oil company" nor "the shareholder group": with no "and"
     * such words name some other body as often as the item's business.) */
    if (!(d->toks[i + 1].word_bits & (W_ORG_HEAD | W_FIRM)) &&
        !(i > 0 && (d->toks[i - 1].word_bits & W_PREP))) {
        uint32_t k = i + 1;
        int lines = 0;
        while (k < end && k < i + 8) {
            const token *x = &d->toks[k];
            if ((x->flags & T_WORD) && !(x->flags & (T_CAP | T_NUM | T_IN_QUOTE)) &&
                (!(x->word_bits & ~W_NONNAME) || tok_is(x, "and")) &&
                !(x->cats & (1u << LEX_SPEECH))) {
                lines |= tok_is(x, "and");
                k++;
            } else if (is_punct(d, k, '-') && k > i + 1)
                k++;
            else
                break;
        }
        const token *hd = k < end ? &d->toks[k] : NULL;
        if (lines && hd && (hd->word_bits & W_FIRM) && !(hd->flags & (T_CAP | T_IN_QUOTE)) &&
            k + 1 < end && (d->toks[k + 1].cats & (1u << LEX_SPEECH)) &&
            !tok_is(&d->toks[k - 1], "and") && !is_punct(d, k - 1, '-'))
            return add_body_desc(d, i, k + 1, hd->lower, NULL, next);
    }
    /* "the central bank said", "the reserve bank said" (an issuer word of
     * words.tsv): the country's bank named before ("Bank of Canada", "Bank
     * Negara Malaysia"), resolved below to a body named with "bank" and
     * never to the last business named */
    /* (its country first: "the Libyan central bank said") */
    const lex_entry *cb = NULL;
    unsigned cbn = 0;
    uint32_t ci = i + 1;
    if (i + 3 < d->ntoks && (((cb = tok_lex(d, i + 1, LEX_DEMONYM, &cbn)) != NULL && cbn == 1) ||
                             ((cb = tok_lex(d, i + 1, LEX_COUNTRY, &cbn)) != NULL && cbn == 1)))
        ci = i + 2;
    else
        cb = NULL;
    if (ci + 1 < d->ntoks && (d->toks[ci].word_bits & W_ISSUER) &&
        tok_is(&d->toks[ci + 1], "bank") &&
        !((d->toks[ci].flags | d->toks[ci + 1].flags) & (T_CAP | T_IN_QUOTE)) &&
        speech_follows(d, ci + 2, end) &&
        /* (a subject opening its sentence or clause, not the object of
         * another cue: "The statement said the central bank invited";
         * "..., and the central bank said" opens a clause) */
        (i == d->sents[d->toks[i].sent].tok_start || is_punct(d, i - 1, ',') ||
         (tok_is(&d->toks[i - 1], "and") && i - 1 > d->sents[d->toks[i].sent].tok_start &&
          is_punct(d, i - 2, ',')))) {
        int r = add_body_desc(d, i, ci + 2, d->toks[ci + 1].lower, cb ? cb->canon : NULL, next);
        if (r > 0)
            d->ments[d->nments - 1].central_bank = 1;
        return r;
    }
    /* "the Commons home affairs committee", "the environment select
     * committee": a committee named by its remit in lower case (a noun of
     * body_nouns.tsv marked named, one such word at least after a capitalised
     * word, or two before a speech cue) is a body of its own, which "the
     * committee said" stands for later */
    {
        uint32_t k = i + 1, lower = 0, cap = 0;
        /* (an adjective or two before the capitalised word: "the influential
         * Commons home affairs committee") */
        uint32_t a = k;
        while (a < end && a < i + 3 && lower_plain_word(&d->toks[a]) && !d->toks[a].word_bits &&
               !(d->toks[a].flags & T_IN_QUOTE))
            a++;
        if (a > k && a < end && (d->toks[a].flags & T_CAP))
            k = a;
        if (k < end && (d->toks[k].flags & T_CAP) && (d->toks[k].flags & T_WORD) &&
            !(d->toks[k].flags & (T_POSS | T_IN_QUOTE | T_ALLCAPS)) && !d->toks[k].word_bits &&
            !(d->toks[k].cats & ~(1u << LEX_ORG))) /* ("Commons": a body's short name) */
            cap = k++;
        /* (a remit's words may be of class nonname: "home affairs") */
        while (k < end && k < i + 8 && !(d->toks[k].flags & T_IN_QUOTE) &&
               (((d->toks[k].flags & T_WORD) && !(d->toks[k].flags & (T_CAP | T_POSS)) &&
                 !(d->toks[k].word_bits & ~(uint64_t)W_NONNAME) &&
                 !(d->toks[k].cats & (1u << LEX_SPEECH))) ||
                (lower && tok_is(&d->toks[k], "and")))) {
            lower += !tok_is(&d->toks[k], "and");
            k++;
        }
        const lex_entry *nb = k < end ? tok_lex(d, k, LEX_BODY_NOUN, NULL) : NULL;
        uint32_t from = cap ? cap : i + 1;
        /* (with no capitalised word, only as a speaker: "held meetings of
         * the joint trade committee with X" names no body of its own) */
        if (nb && (nb->bits & BODY_NAMED) &&
            ((cap && lower >= 1) || (lower >= 2 && speech_follows(d, k + 1, end))) &&
            !tok_is(&d->toks[k - 1], "and") && !(d->toks[k].flags & (T_CAP | T_IN_QUOTE)))
            return add_org_mention(d, from, k + 1, span_text(d, from, k + 1), NULL, next);
    }
    /* "The financial regulator said", "the wheat group said": one lower-case
     * word before a noun of body_nouns.tsv that only a body of its kind fits
     * (no firm word, no country's government), as the subject of a speech
     * cue (not "an official with the wheat group said") */
    /* (and one before a head of a body's name: "the banking association
     * said", "the independent institute said", "the rating agency said":
     * the body named before whose name holds the head, or else the one
     * named nearby, as "the association said" is) */
    /* (the word may be a hyphened compound of two: "the cross-party
     * committee stated", "the non-partisan charity said") */
    {
        uint32_t hd = i + 2;
        if (compound_modifier(d, i + 1, end))
            hd = i + 4;
        const lex_entry *bn =
            hd + 1 < end ? (hd == i + 2 ? bn2 : tok_lex(d, hd, LEX_BODY_NOUN, NULL)) : NULL;
        /* (not a body the lexicon names whole: "the finance ministry") */
        int head = hd + 1 < end && (d->toks[hd].word_bits & W_ORG_HEAD) && !bn &&
                   !tok_lex(d, i + 1, LEX_ORG, NULL);
        if ((bn || head) && !(bn && (bn->bits & BODY_COUNTRY)) &&
            !(d->toks[hd].word_bits & W_FIRM) && lower_plain_word(&d->toks[i + 1]) &&
            !d->toks[i + 1].word_bits &&
            !((d->toks[i + 1].flags | d->toks[hd].flags) & (T_CAP | T_IN_QUOTE)) &&
            !(d->toks[i + 1].cats & (1u << LEX_SPEECH)) && desc_speaks(d, i, hd + 1))
            return add_body_desc(d, i, hd + 1, d->toks[hd].lower, NULL, next);
    }
    const token *h = &d->toks[i + 1];
    if (!(h->word_bits & (W_ORG_HEAD | W_FIRM) || tok_lex(d, i + 1, LEX_BODY_NOUN, NULL)) ||
        (h->flags & T_CAP && !before_body(d, h->start) && i + 2 < d->ntoks &&
         (d->toks[i + 2].flags & T_CAP)))
        return 0;
    /* "the Ministry of Justice", "the Department of State", "the Institute
     * for Fiscal Studies", "the Office for the Coordination of Humanitarian
     * Affairs": a name, not a description (a lower-case head is
     * one, though the lexicon file a body under it: "the commission said"
     * after the Electoral Commission is no "Commission" of Brussels) */
    if ((tok_lex(d, i + 1, LEX_ORG, NULL) && (h->flags & T_CAP)) ||
        ((h->flags & T_CAP) && i + 3 < d->ntoks &&
         (tok_is(&d->toks[i + 2], "of") || tok_is(&d->toks[i + 2], "for")) &&
         (d->toks[i + 3].flags & T_CAP)) ||
        ((h->flags & T_CAP) &&
         (for_the_part(d, i + 2, d->ntoks) || to_aim_part(d, i + 2, d->sents[h->sent].tok_end) ||
          /* "the Council on Environmental Quality": an "on" topic too */
          on_topic_part(d, i + 2, d->sents[h->sent].tok_end))))
        return 0;
    const lex_entry *hb = tok_lex(d, i + 1, LEX_BODY_NOUN, NULL);
    if (hb && (hb->bits & BODY_BARE) && hb->canon && !kind_named_before(d, hb))
        return 0;
    return add_body_desc(d, i, i + 2, h->lower, NULL, next);
}

/* "the Salford MP", "the Maryland Democrat", "the Arkansas senator", "the
 * Labour MP for Birkenhead": a legislator described by seat, state or party
 * (capitalised words before a seat word, class seat), which wire and BBC
 * copy use for the person just quoted or named.  Not "the Labour MP Oona
 * King" (a title before a name), not "the Democrat leader" (another office
 * after it), not "the Republican report" (no word before the head). */
static int try_seat_desc(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    if (!tok_is(&d->toks[i], "the"))
        return 0;
    uint32_t j = i + 1, head = 0;
    for (; j < limit && j < i + 6; j++) {
        const token *t = &d->toks[j];
        if (!(t->flags & T_WORD) || (t->flags & T_POSS))
            break;
        if (t->word_bits & W_SEAT)
            head = j;
        else if (!(t->flags & T_CAP) || (t->word_bits & NOT_NAME_BITS) ||
                 tok_lex(d, j, LEX_TITLE, NULL))
            break;
    }
    /* "The MP for Ealing North claimed": with no word before the head, the
     * seat after "for" describes the one named before */
    int seat_after = j + 1 < limit && tok_is(&d->toks[j], "for") && (d->toks[j + 1].flags & T_CAP);
    if (head == 0 || head + 1 != j || (head == i + 1 && !seat_after))
        return 0;
    if (j < limit && (((d->toks[j].flags & T_WORD) && (d->toks[j].flags & T_CAP)) ||
                      tok_lex(d, j, LEX_TITLE, NULL)))
        return 0;
    /* "the Tory MP for Sleaford and North Hykeham": the seat after "for" */
    if (seat_after) {
        uint32_t k = j + 1;
        while (k < limit &&
               ((d->toks[k].flags & T_CAP) ||
                (tok_is(&d->toks[k], "and") && k + 1 < limit && (d->toks[k + 1].flags & T_CAP))))
            k++;
        j = k;
    }
    mention *m = add_mention(d, M_DESC, i, j);
    if (!m)
        return -1;
    m->role = "Legislator";
    m->seat = SEAT_LEGISLATOR;
    *next = j;
    return 1;
}

/* "Mr Sagdeyev ... The scientist noted", "Andriy Yermak and Angelina Jolie
 * discussed ... The actress spoke", "the Hollywood star said": a person
 * described by calling (class profession) as the subject of a speech cue
 * is a person named just before (seat_holder: the one the nearest sentence
 * naming anyone names, or of several the one of no known office). */
static int try_profession_desc(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    if (!tok_is(&d->toks[i], "the"))
        return 0;
    uint32_t j = i + 1;
    while (j < limit && j < i + 3 && (d->toks[j].flags & T_CAP) && (d->toks[j].flags & T_WORD) &&
           !(d->toks[j].flags & (T_POSS | T_IN_QUOTE)) && !tok_lex(d, j, LEX_TITLE, NULL))
        j++;
    if (j + 1 >= limit || !(d->toks[j].word_bits & W_PROFESSION) ||
        (d->toks[j].flags & (T_CAP | T_IN_QUOTE)))
        return 0;
    uint32_t k = skip_aux(d, j + 1, limit); /* (and adverbs: "also said") */
    if (k >= limit || !tok_lex(d, k, LEX_SPEECH, NULL) || (d->toks[k].flags & T_IN_QUOTE))
        return 0;
    mention *m = add_mention(d, M_DESC, i, j + 1);
    if (!m)
        return -1;
    m->seat = SEAT_CALLING; /* (no role: resolved as a seat description, below) */
    const lex_entry *w = tok_lex(d, j, LEX_WORD, NULL);
    if (w && w->value == 1)
        m->seat = SEAT_MARKET;
    *next = j + 1;
    return 1;
}

/* Most tokens are lower-case words no rule can start a mention with (a rule
 * that starts at other lower-case words must be let through here): the
 * rules below start at a capital, at "the", "both", "his", "her", "their"
 * or another article, number word or pronoun, or at a title, country,
 * demonym, capital, place, body, given name or abbreviation of the lexicon.
 * A lower-case word whose lexicon entries are only closed-class words of
 * other kinds or speech, meeting, signing and modality cues is none of
 * these: every try_* returns 0 for it without a trace, so it is passed by. */
static int starts_no_mention(const token *k)
{
    const uint32_t cue_cats = (1u << LEX_WORD) | (1u << LEX_SPEECH) | (1u << LEX_MEETING) |
                              (1u << LEX_SIGNING) | (1u << LEX_MODALITY);
    /* (the word classes in one mask: a particle, "said de Clercq") */
    return !(k->flags & T_CAP) && !(k->cats & ~cue_cats) &&
           !(k->word_bits & (W_DET | W_NUMBER_WORD | W_PRONOUN_ANY | W_PARTICLE)) &&
           !tok_is(k, "both");
}

/* "Climate-Related Financial Risk", "anti-Semitism", "In-Stat": a capital
 * glued by a hyphen to a common word before it (lower case, or one the
 * lexicon lists as no name's word) is the inside of one hyphenated word,
 * no name's first word ("Reagan-Gorbachev", "M/A-Com Inc" and "al-Qabas"
 * are read from their first part; "The South-Korean President" holds a
 * word the lexicon knows). */
static int inside_hyphen_word(const doc *d, uint32_t i, uint32_t from)
{
    const token *k = &d->toks[i];
    /* (a capitalised word glued to what is before it: one test of its
     * flags turns most tokens away) */
    if ((k->flags & (T_CAP | T_WORD | T_SPACE_BEFORE)) != (T_CAP | T_WORD) || i < from + 2 ||
        !is_punct(d, i - 1, '-') || (d->toks[i - 1].flags & T_SPACE_BEFORE))
        return 0;
    const token *w = &d->toks[i - 2];
    /* (a word of its own: not "M/A-Com") */
    if (!(w->flags & T_WORD) || (w->word_bits & W_PARTICLE) ||
        (i - 2 > from && !(w->flags & T_SPACE_BEFORE)) ||
        ((w->flags & T_CAP) && !(w->word_bits & W_NONNAME)))
        return 0;
    return !lexicon_claims(d, i) && (d->nments == 0 || d->ments[d->nments - 1].tok_end < i - 1);
}

/* "Senior White House officials thanked", "Top Administration officials
 * said": a capitalised word the lexicon does not know that opens the
 * sentence (or a clause, after a comma: "Today, Senior Administration
 * Officials met") before a known body (or a state's ruling body) and its
 * staff word is their rank, not the first word of the body's name.  Hyphened
 * names may describe the body first ("Senior Biden-Harris Administration
 * officials", "Senior Biden-Harris officials"), and a second body may share the staff word
 * ("Senior White House and Department of Agriculture officials"). */
int rank_before_staff(const doc *d, uint32_t i)
{
    const token *k = &d->toks[i];
    /* (the token's own marks before its sentence is read) */
    if (!(k->flags & T_CAP) || !(k->flags & T_WORD) || k->cats ||
        (k->flags & (T_ALLCAPS | T_POSS | T_IN_QUOTE)))
        return 0;
    uint32_t from = d->sents[k->sent].tok_start, end = d->sents[k->sent].tok_end;
    if ((i != from && !(i > from + 1 && is_char(d, i - 1, ','))) || i + 2 >= end)
        return 0;
    uint32_t t = i + 1;
    /* "Biden-Harris": hyphened capitalised names that describe the body */
    int named = 0;
    while (t + 3 < end && named < 2 && (d->toks[t].flags & T_CAP) && tight_hyphen(d, t + 1) &&
           (d->toks[t + 2].flags & T_CAP)) {
        t += 3;
        named++;
    }
    if (named && (staff_word(&d->toks[t]) || staff_one_word(&d->toks[t])))
        return 1;
    unsigned nw = 0;
    if (!tok_lex(d, t, LEX_ORG, &nw)) {
        if (!(d->toks[t].word_bits & W_POLITY) || !(d->toks[t].flags & T_CAP))
            return 0;
        nw = 1;
    }
    t += nw;
    if (t < end && (staff_word(&d->toks[t]) || staff_one_word(&d->toks[t])))
        return 1;
    /* "... and Department of Agriculture officials": capitalised words
     * (and "of") after "and", then the staff word they share */
    if (t + 2 >= end || !tok_is(&d->toks[t], "and"))
        return 0;
    for (uint32_t u = t + 1; u < end && u < t + 7; u++) {
        if (staff_word(&d->toks[u]))
            return u > t + 1;
        if (!(d->toks[u].flags & T_CAP) && !tok_is(&d->toks[u], "of"))
            return 0;
    }
    return 0;
}

/* Longest company name a wire's angle-bracket mark holds, in tokens. */
#define MARK_NAME_MAX 14

/* "<Union Miniere SA> said", "<SHV (United Kingdom) Holding Co Ltd>",
 * "<Banca Nazionale del Lavoro - BNL>": Reuters marks a company's name with
 * angle brackets, so the words from i (right after '<') to the '>' are one
 * name whatever words they hold.  The end (the '>') when they look like a
 * name: capitalised words, a few short lower-case joining words ("de",
 * "and"), parentheses, a dash or '&', at least one word not all capitals
 * (the all-capital marks are stock tickers), and no '>' past a bound. */
static uint32_t mark_name_end(const doc *d, uint32_t i, uint32_t limit)
{
    /* (the token's own flags first: most tokens are no capitalised word) */
    if (!(d->toks[i].flags & T_CAP) || !(d->toks[i].flags & T_WORD) || i == 0 ||
        !is_punct(d, i - 1, '<'))
        return 0;
    int mixed = 0, lower = 0, nlower = 0, depth = 0;
    for (uint32_t t = i; t < limit && t < i + MARK_NAME_MAX; t++) {
        const token *u = &d->toks[t];
        if (is_punct(d, t, '>'))
            return mixed && depth == 0 && !lower ? t : 0;
        lower = 0;
        if ((u->flags & T_WORD) && (u->flags & T_CAP)) {
            /* "F" of "<HNKG.F>" is a ticker's exchange, not a word */
            mixed |= !(u->flags & T_ALLCAPS) && u->end - u->start > 1;
        } else if (u->flags & T_WORD) {
            /* "de", "del", "and", "et": a short joining word */
            if ((u->flags & T_NUM) || ++nlower > 3 ||
                (u->end - u->start > 3 && !(u->word_bits & (W_DET | W_PREP | W_CONJ))))
                return 0;
            lower = 1;
        } else if (is_punct(d, t, '(')) {
            depth++;
        } else if (is_punct(d, t, ')')) {
            if (--depth < 0)
                return 0;
        } else if (!is_punct(d, t, '-') && !is_punct(d, t, '&') && !is_punct(d, t, '.') &&
                   !is_punct(d, t, '\'')) {
            return 0;
        }
    }
    return 0;
}

/* The whole marked name at i as one company (mark_name_end).  A short form
 * the mark gives after or before a dash, "<Banca Nazionale del Lavoro -
 * BNL>", "<BNL - Banca Nazionale del Lavoro>", is left out of its name. */
static int try_marked_firm(doc *d, uint32_t i, uint32_t limit, uint32_t *next)
{
    uint32_t e = mark_name_end(d, i, limit);
    if (!e)
        return 0;
    uint32_t a = i, b = e;
    if (e >= i + 4 && is_punct(d, e - 2, '-') && (d->toks[e - 1].flags & T_ALLCAPS))
        b = e - 2;
    else if (e >= i + 4 && is_punct(d, i + 1, '-') && (d->toks[i].flags & T_ALLCAPS))
        a = i + 2;
    return body_named(d, i, e, span_text(d, a, b), 1, next);
}

/* A whole-lowercase wire item ("Quito, march 9 - ecuador ...", a desk that
 * dropped the capitals) opens with a dateline whose month is lower case. */
static int lowercase_item(const doc *d)
{
    uint32_t t = 0;
    while (t < d->ntoks && d->toks[t].start < d->title_len)
        t++;
    for (uint32_t k = t; k < d->ntoks && k < t + LOWER_DATELINE_WORDS; k++)
        if (is_punct(d, k, ','))
            return k + 2 < d->ntoks && (d->toks[k + 1].word_bits & W_MONTH) &&
                   !(d->toks[k + 1].flags & T_CAP) && (d->toks[k + 2].flags & T_NUM);
    return 0;
}

/* A lower-case word no lexicon list claims: in a lowercase item, a
 * candidate name word ("febres", "cordero").  (lower_plain_word is another
 * test: a word of a body's name, head and polity words allowed.) */
static int uncapitalised_name_word(const doc *d, uint32_t t)
{
    const token *k = &d->toks[t];
    return (k->flags & T_WORD) && !(k->flags & (T_CAP | T_NUM | T_ALLCAPS)) && !k->word_bits &&
           !lexicon_claims(d, t) && k->end - k->start > 1;
}

/* In a lowercase item, names lost their capitals: "president leon febres
 * cordero said", "hugo merino, told reuters".  A first name the lexicon
 * knows, then one to three plain words, after a title or before a speech
 * verb or a comma, is read as capitalised; the surnames so found are
 * capitalised where they recur ("lara said").  Items with capitals are
 * left alone. */
static void capitalise_lower_names(doc *d)
{
    if (!lowercase_item(d))
        return;
    uint32_t found[LOWER_NAMES_MAX];
    size_t nfound = 0;
    for (uint32_t t = 0; t + 1 < d->ntoks; t++) {
        const token *k = &d->toks[t];
        if (!(k->flags & T_WORD) || (k->flags & T_CAP) || k->word_bits ||
            !tok_lex(d, t, LEX_GIVEN_NAME, NULL) || lexicon_claims(d, t))
            continue;
        uint32_t u = t + 1;
        while (u < d->ntoks && u <= t + LOWER_NAME_WORDS && d->toks[u].sent == k->sent &&
               uncapitalised_name_word(d, u))
            u++;
        if (u == t + 1 || u >= d->ntoks)
            continue;
        int titled = t > 0 && d->toks[t - 1].sent == k->sent && tok_lex(d, t - 1, LEX_TITLE, NULL);
        const lex_entry *sv = tok_lex(d, u, LEX_SPEECH, NULL);
        if (!titled && !is_punct(d, u, ',') && !(sv && sv->value == SPEECH_VERB))
            continue;
        for (uint32_t j = t; j < u; j++) {
            d->toks[j].flags |= T_CAP;
            if (j > t && nfound < LOWER_NAMES_MAX)
                found[nfound++] = j;
        }
        t = u - 1;
    }
    for (uint32_t t = 0; t < d->ntoks && nfound; t++) {
        token *k = &d->toks[t];
        if (!uncapitalised_name_word(d, t))
            continue;
        for (size_t f = 0; f < nfound; f++) {
            const token *w = &d->toks[found[f]];
            if (w->end - w->start == k->end - k->start &&
                !strncasecmp(d->text + w->start, d->text + k->start, k->end - k->start)) {
                k->flags |= T_CAP;
                break;
            }
        }
    }
}

nsv_code find_mentions(doc *d, nsv_error *err)
{
    capitalise_lower_names(d);
    for (size_t s = 0; s < d->nsents; s++) {
        uint32_t limit = d->sents[s].tok_end;
        uint32_t free_head = UINT32_MAX;
        for (uint32_t i = d->sents[s].tok_start; i < limit;) {
            const token *k = &d->toks[i];
            uint32_t next = i + 1;
            int r = 0;
            if (inside_hyphen_word(d, i, d->sents[s].tok_start)) {
                /* (and the capitalised words that go on its name) */
                for (i++; i < limit && (d->toks[i].flags & T_CAP) && (d->toks[i].flags & T_WORD) &&
                          !lexicon_claims(d, i);)
                    i++;
                continue;
            }
            /* ("central bank officials said": a lower-case issuer word,
             * which starts no other mention) */
            if ((k->word_bits & W_ISSUER) && (r = try_issuer_staff(d, i, limit, &next)) != 0) {
                if (r < 0)
                    goto nomem;
                i = next;
                continue;
            }
            /* (rank_before_staff wants a capitalised word with no lexicon
             * entry: its token's own bits rule out most tokens before the
             * call) */
            if ((k->flags & (T_PUNCT | T_NUM)) || starts_no_mention(k) ||
                before_body(d, k->start) ||
                ((k->flags & T_CAP) && (k->flags & T_WORD) && !k->cats &&
                 rank_before_staff(d, i))) {
                i++;
                continue;
            }
            if ((k->word_bits & W_PRONOUN_ANY) && (r = try_titled(d, i, limit, &next)) != 0) {
                if (r < 0)
                    goto nomem;
                i = next;
                continue;
            }
            if (k->word_bits & W_PRONOUN_ANY) {
                mention *m = add_mention(d, M_PRONOUN, i, i + 1);
                if (!m)
                    goto nomem;
                m->pronoun_bits = k->word_bits & W_PRONOUN_ANY;
                i++;
                continue;
            }
            if ((r = try_marked_firm(d, i, limit, &next)) == 0 &&
                (r = try_spokes_firm(d, i, limit, &next)) == 0 &&
                (r = try_company_short_name(d, i, limit, &next)) == 0 &&
                (r = try_group(d, i, limit, &next)) == 0 &&
                (r = try_seat_desc(d, i, limit, &next)) == 0 &&
                (r = try_profession_desc(d, i, limit, &next)) == 0 &&
                (r = try_titled(d, i, limit, &next)) == 0 &&
                (r = try_org(d, i, limit, &next)) == 0 && (r = try_ranked_desc(d, i, &next)) == 0 &&
                (r = try_country_or_place(d, i, &next)) == 0 &&
                (r = try_org_desc(d, i, &next)) == 0 &&
                (r = try_spokes_body(d, i, limit, &next)) == 0 &&
                (r = try_name_with_body_head(d, i, limit, &next)) == 0 &&
                (r = try_name_with_staff(d, i, limit, &next)) == 0)
                r = try_bare_name(d, i, limit, &next,
                                  free_head != UINT32_MAX && free_head + 1 == i);
            if (r < 0)
                goto nomem;
            /* (a capitalised body's head word no rule took, right before
             * the next token: try_bare_name reads the run after it as the
             * body's name) */
            if (!r && (k->flags & T_CAP) && (k->flags & T_WORD) && (k->word_bits & W_ORG_HEAD) &&
                !tok_lex(d, i, LEX_TITLE, NULL) && i + 1 < limit &&
                d->toks[i + 1].sent == k->sent && !(d->toks[i + 1].flags & T_PUNCT))
                free_head = i;
            i = r ? next : i + 1;
        }
    }
    return NSV_OK;
nomem:
    return out_of_memory(d->limits, err);
}

size_t first_body_mention(const doc *d)
{
    size_t body = body_offset(d);
    size_t lo = 0, hi = d->nments;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->toks[d->ments[mid].tok_start].start < body)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

uint32_t lead_sentence(const doc *d)
{
    size_t first = first_body_mention(d);
    return first < d->nments ? d->ments[first].sent : UINT32_MAX;
}

/* Fill the tokens' last_mention for the mentions found so far, when they
 * are in order of their first tokens (as find_mentions adds them); else
 * leave them unread: the lookups then search the mentions. */
static void index_mentions_by_token(doc *d)
{
    d->ment_indexed = 0;
    for (size_t k = 1; k < d->nments; k++)
        if (d->ments[k].tok_start < d->ments[k - 1].tok_start)
            return;
    /* (in locals: the stores below could alias the doc's fields) */
    const mention *ments = d->ments;
    token *toks = d->toks;
    const size_t nments = d->nments, ntoks = d->ntoks;
    size_t t = 0;
    int32_t cur = -1;
    for (size_t k = 0; k < nments; k++) {
        /* the tokens before mention k's first: the mentions before k */
        for (; t < ments[k].tok_start && t < ntoks; t++)
            toks[t].last_mention = cur;
        cur = (int32_t)k;
    }
    for (; t < ntoks; t++)
        toks[t].last_mention = cur;
    d->ment_indexed = 1;
    d->ment_index_n = nments;
}

size_t mentions_before(const doc *d, uint32_t t)
{
    /* (the index answers while no mention was added after it was built) */
    if (d->ment_indexed && d->ment_index_n == d->nments && t > 0 && t <= d->ntoks)
        return (size_t)(d->toks[t - 1].last_mention + 1);
    /* mentions are sorted by start: binary search */
    size_t lo = 0, hi = d->nments;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->ments[mid].tok_start < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int mention_at_searched(const doc *d, uint32_t t)
{
    size_t n = mentions_before(d, t + 1); /* those starting <= t */
    if (n == 0)
        return -1;
    const mention *m = &d->ments[n - 1];
    return t < m->tok_end ? (int)(n - 1) : -1;
}

/* Does the phrase s hold the word w (case-insensitive, whole word)? */
static int word_in(const char *s, const char *w)
{
    size_t wl = strlen(w);
    /* bytes equal ignoring ASCII case are equal with bit 0x20 set: most
     * words are told apart by their first byte without a call */
    int first = (unsigned char)w[0] | 0x20;
    for (const char *p = s; *p; p++) {
        /* an acronym in parentheses is a word too: "International Coffee
         * Organization (ICO)" holds "ICO" (no "(ICO) (ICO)") */
        if (wl && ((unsigned char)*p | 0x20) != first)
            continue;
        if (!word_start(s, p))
            continue;
        if (strncasecmp(p, w, wl) == 0 &&
            (p[wl] == '\0' || p[wl] == ' ' || p[wl] == '-' || p[wl] == ')'))
            return 1;
    }
    return 0;
}

static int role_contains(const nsv_lexicon *lex, const char *want, const char *have);

/* Is e the words.tsv entry of a word that makes a holder less than the
 * office itself (nonname value NONNAME_LESSER): a deputy, vice, former,
 * elect or designate holder is not who "the President" or "the mayor"
 * means (an acting head holds the office: "the President" may be them; a
 * president-elect does not yet)? */
static int lesser_entry(const lex_entry *e)
{
    return e && (e->bits & W_NONNAME) && e->value == NONNAME_LESSER;
}

/* lesser_entry() of the word w[0..n) (any case): role_matches and desc_fit. */
static int lesser_word(const nsv_lexicon *lex, const char *w, size_t n)
{
    return lesser_entry(lex_find_folded(lex, w, n, LEX_WORD));
}

/* A description's role against a holder's: "the President" is not the Vice
 * President, "the minister" not a deputy minister.  The holder's role is
 * read word by word, a hyphen and a parenthesis parting words too
 * ("President-elect"). */
static int role_matches(const nsv_lexicon *lex, const char *want, const char *have)
{
    for (const char *p = have; want && p && *p;) {
        size_t n = strcspn(p, " -()");
        if (n && lesser_word(lex, p, n)) {
            char w[33]; /* (n <= 32: lesser_word) */
            memcpy(w, p, n);
            w[n] = '\0';
            if (!word_in(want, w))
                return 0;
        }
        p += n + (p[n] != '\0');
    }
    return role_contains(lex, want, have);
}

/* role_matches() remembered by the addresses of the two strings: resolving
 * the descriptions of an item asks the same few pairs again for every
 * earlier mention.  The item's strings do not change once made, and the
 * table lives in the item's arena.  Out of working memory: asked anew. */
#define ROLE_MEMO_SLOTS 64
struct role_memo {
    const char *want, *have;
    int8_t used, matches;
};

static int role_matches_memo(doc *d, const char *want, const char *have)
{
    if (!d->role_memo)
        d->role_memo = arena_alloc(d->mem, ROLE_MEMO_SLOTS * sizeof *d->role_memo);
    if (!d->role_memo)
        return role_matches(d->lex, want, have);
    uint64_t h = ((uint64_t)(uintptr_t)want * 0x9E3779B97F4A7C15ull) ^
                 ((uint64_t)(uintptr_t)have * 0xff51afd7ed558ccdull);
    struct role_memo *m = &d->role_memo[(h >> 32) % ROLE_MEMO_SLOTS];
    if (!m->used || m->want != want || m->have != have) {
        m->want = want;
        m->have = have;
        m->used = 1;
        m->matches = (int8_t)role_matches(d->lex, want, have);
    }
    return m->matches;
}

/* The titles.tsv entry of a role or role word, any case ("Leader",
 * "head of state", "chief"), or NULL. */
static const lex_entry *role_title(const nsv_lexicon *lex, const char *role)
{
    return role ? lex_find_folded(lex, role, strlen(role), LEX_TITLE) : NULL;
}

/* Does the role or role word carry titles.tsv mark(s) `marks`?  A role
 * mark only for the canonical role itself ("President", not "presidents"). */
int role_marked(const nsv_lexicon *lex, const char *role, uint64_t marks, int canonical)
{
    const lex_entry *e = role_title(lex, role);
    return e && (e->bits & marks) && (!canonical || (e->canon && !strcmp(e->canon, role)));
}

/* "leader", "head of state": a role word that stands for any office
 * (titles.tsv mark generic). */
static int generic_role(const nsv_lexicon *lex, const char *want)
{
    return role_marked(lex, want, TITLE_GENERIC, 0);
}

/* Is role a catch-all office ("Leader": a chief, an aide, a counterpart;
 * "Party Leader"), defined by whose it is rather than named (titles.tsv
 * mark catch_all)? */
static int catch_all_role(const nsv_lexicon *lex, const char *role)
{
    return role_marked(lex, role, TITLE_CATCH_ALL, 1);
}

/* The offices a country's "leader" or "head of state" holds (titles.tsv
 * mark top). */
static int top_office(const nsv_lexicon *lex, const char *role)
{
    return role_marked(lex, role, TITLE_TOP, 1);
}

/* Does the role `have` hold every word of `want`? */
static int role_contains(const nsv_lexicon *lex, const char *want, const char *have)
{
    if (!want)
        return 1;
    /* generic heads stand for any role; so do the words a description of
     * anyone's office uses (titles.tsv marks generic, anyone) */
    if (role_marked(lex, want, TITLE_GENERIC | TITLE_ANYONE, 0))
        return 1;
    if (!have)
        return 0;
    /* "the Russian diplomat": an ambassador, envoy or foreign minister */
    if (!strcmp(want, "Diplomat"))
        return word_in(have, "ambassador") || word_in(have, "foreign") || word_in(have, "diplomat");
    /* every word of want in have: "minister" ~ "Defense Minister" */
    size_t wl = strlen(want), hl = strlen(have);
    for (size_t i = 0; i + wl <= hl; i++) {
        size_t k = 0;
        while (k < wl) {
            if (ascii_lower(have[i + k]) != ascii_lower(want[k]))
                break;
            k++;
        }
        if (k == wl && (i == 0 || have[i - 1] == ' ' || have[i - 1] == '-'))
            return 1;
    }
    return 0;
}

/* The first named (or described) person of a sentence, before token `before`,
 * outside quotations, that a pronoun of gender `want` (W_PRONOUN_M or _F)
 * can stand for: not a mention whose honorific gives the other gender.  A pronoun of
 * the same gender resolved before counts as its person, so "he" keeps
 * following one protagonist through a run of "he said" sentences. */
/* The mentions to look through for sentence `sent`: its own, from the
 * index resolve_mentions builds (which keeps pronoun resolution linear in
 * items of thousands of sentences), or all of them without one.  The x-th
 * is *k; 0 past the last one or past `upto`. */
static int next_mention_of(const doc *d, uint32_t sent, size_t x, size_t upto, size_t *k)
{
    if (d->sent_ments) {
        if (x >= d->sent_ment_start[sent + 1] - d->sent_ment_start[sent])
            return 0;
        *k = d->sent_ments[d->sent_ment_start[sent] + x];
    } else {
        *k = x;
    }
    return *k < upto;
}

/* The given_names.txt entry of the first word of `name` when more words
 * follow ("Ilham Aliyev", not "Mount Athos" nor a bare "Aliyev"), or NULL. */
static const lex_entry *first_name_entry(const doc *d, const char *name)
{
    const char *sp = name ? strchr(name, ' ') : NULL;
    if (!sp || sp == name)
        return NULL;
    return lex_find_folded(d->lex, name, (size_t)(sp - name), LEX_GIVEN_NAME);
}

/* The gender the first name of `name` tells (configs/lexicon/given_names.txt:
 * "Michael Ferguson" is W_PRONOUN_M), or 0. */
uint32_t given_name_gender(const doc *d, const char *name)
{
    const lex_entry *e = first_name_entry(d, name);
    return !e || !e->value ? 0 : e->value == 1 ? W_PRONOUN_M : W_PRONOUN_F;
}

uint32_t mention_gender(const doc *d, int m)
{
    const mention *x = &d->ments[m];
    if (x->gender || x->entity < 0)
        return x->gender;
    return given_name_gender(d, d->ents[x->entity].name);
}

/* Does the name at token t (with the capitalised title run before it, eight
 * words at most) open a clause: its sentence's start, a comma or "and"
 * before it, not a preposition or a verb ("talk to President Kocharian",
 * "get Trevor Beattie")? */
static int opens_clause(const doc *d, uint32_t t)
{
    uint32_t from = d->sents[d->toks[t].sent].tok_start;
    for (int n = 0; t > from && n < 8; n++, t--) {
        const token *u = &d->toks[t - 1];
        if (!((u->flags & T_WORD) && ((u->flags & T_CAP) || tok_is(u, "of"))))
            break;
    }
    return opens_clause_after(d, t, from, 0) || tok_is(&d->toks[t - 1], "and");
}

static int first_person_in(const doc *d, uint32_t sent, uint32_t before, size_t upto, uint32_t want)
{
    size_t k;
    /* ("For his part, Charles Michel ...": the possessive of the turn
     * points back; the subject after it is the sentence's person) */
    uint32_t turn = d->sents[sent].tok_start;
    turn = turn_opener_end(d, turn, d->sents[sent].tok_end);
    int owner = -1;
    for (size_t x = 0; next_mention_of(d, sent, x, upto, &k); x++) {
        const mention *m = &d->ments[k];
        if (m->sent != sent || m->tok_start >= before || m->entity < 0 ||
            (m->kind == M_PRONOUN && m->tok_start < turn))
            continue;
        if (d->toks[m->tok_start].flags & T_IN_QUOTE)
            continue;
        const entity *e = &d->ents[m->entity];
        /* ("she" is not "Michael Ferguson") */
        uint32_t g = m->kind != M_PRONOUN && e->kind == NSV_KIND_PERSON ? mention_gender(d, (int)k)
                                                                        : m->gender;
        if (g && !(g & want))
            continue;
        if (m->kind == M_PRONOUN && (m->pronoun_bits & want) && e->kind == NSV_KIND_PERSON)
            return m->entity;
        if (m->body_voice ||
            ((m->kind == M_PERSON || m->kind == M_DESC) && e->kind == NSV_KIND_PERSON)) {
            /* ("The prime minister's enthusiasm remains undimmed, Alan
             * Milburn told ...": whose thing the sentence is about is no
             * subject while a person named after him is) */
            if (!m->body_voice && m->tok_end < d->ntoks && (d->toks[m->tok_end].flags & T_POSS)) {
                if (owner < 0)
                    owner = m->entity;
                continue;
            }
            /* (not one named as an object: "Mr Putin's talk to President
             * Kocharian", "Mr Campbell's e-mail suggested they get Trevor
             * Beattie") */
            if (owner >= 0 && !opens_clause(d, m->tok_start))
                continue;
            return m->entity;
        }
    }
    return owner;
}

/* Is pronoun mention m the subject of an attribution that closes its
 * sentence, "Mr Blair has the same passion ..., he said." (a comma right
 * before it, a speech cue right after, then no content: the sentence's end,
 * a comma or a phrase of time or place, within ten words)?  Who its content
 * names is what was spoken of, not the speaker: he is the one named before
 * the sentence.  Not "When X arrived, he said the merger was wrong". */
static int closing_attribution_subject(const doc *d, const mention *m)
{
    const sentence *s = &d->sents[m->sent];
    uint32_t p = m->tok_start;
    if (p < s->tok_start + 3 || !is_punct(d, p - 1, ',') || (d->toks[p].flags & T_IN_QUOTE) ||
        s->tok_end > p + 10)
        return 0;
    uint32_t c = skip_aux(d, p + 1, s->tok_end);
    if (c >= s->tok_end || !(d->toks[c].cats & (1u << LEX_SPEECH)))
        return 0;
    /* ("he told Reuters.", "he told Reuters on Friday.": a named
     * addressee, then the end or a phrase of time or place) */
    uint32_t n = c + 1;
    if (n < s->tok_end && (d->toks[n].flags & T_WORD) && (d->toks[n].flags & T_CAP))
        n++;
    if (n >= s->tok_end)
        return 1;
    const token *x = &d->toks[n];
    return (x->flags & T_PUNCT) ||
           (x->word_bits & (W_PREP | W_PLACE_PREP | W_RELDAY | W_WEEKDAY | W_ADVERB));
}

/* Does sentence `sent` open with an unnamed voice, "A western diplomat
 * said", "One analyst told Reuters", "But an official said" (an article,
 * up to three more words naming no one, a title or unnamed word, then a
 * speech cue), or with a "he"/"she" of bits `want` that was left
 * unresolved (mention index below `upto`)?  A later "he said" is that
 * voice, not a person named before it. */
static int unnamed_voice_opens(const doc *d, uint32_t sent, size_t upto, uint32_t want)
{
    const sentence *s = &d->sents[sent];
    uint32_t t = s->tok_start;
    while (t < s->tok_end && (d->toks[t].word_bits & W_OPENER) && !(d->toks[t].flags & T_IN_QUOTE))
        t++;
    if (t >= s->tok_end || (d->toks[t].flags & T_IN_QUOTE))
        return 0;
    int at = mention_at(d, t);
    if (at >= 0 && (size_t)at < upto && d->ments[at].kind == M_PRONOUN)
        return d->ments[at].entity < 0 && (d->ments[at].pronoun_bits & want);
    const token *a = &d->toks[t];
    if (!one_of_many_word(a))
        return 0;
    for (uint32_t h = t + 1; h < s->tok_end && h <= t + 4; h++) {
        const token *x = &d->toks[h];
        if (!(x->flags & T_WORD) || (x->flags & T_IN_QUOTE))
            return 0;
        int hm = mention_at(d, h);
        if (hm >= 0 && d->ments[hm].entity >= 0 && d->ments[hm].kind != M_COUNTRY)
            return 0;
        if (((x->word_bits & W_UNNAMED) ||
             ((x->cats & (1u << LEX_TITLE)) && !(x->flags & T_CAP))) &&
            speech_follows(d, h + 1, s->tok_end))
            return 1;
    }
    return 0;
}

/* Does a title open the run of capitalised words (and of, the, for, "in the")
 * that ends right before token t: "President of the Assembly of the
 * Portuguese Republic Augusto Silva", a long office the title chain did
 * not take whole? */
static int title_run_before(const doc *d, uint32_t t)
{
    for (uint32_t q = t; q-- > 0 && t - q <= 20;) {
        const token *x = &d->toks[q];
        if (x->sent != d->toks[t].sent || !(x->flags & T_WORD))
            return 0;
        if (x->cats & (1u << LEX_TITLE))
            return 1;
        /* ("... Group of the Socialist Party in the Assembly of the
         * Republic Eurico Dias": "in the" inside the office too) */
        if (!(x->flags & T_CAP) && !tok_is(x, "of") && !tok_is(x, "the") && !tok_is(x, "for") &&
            !(tok_is(x, "in") && q + 1 < t && tok_is(&d->toks[q + 1], "the")))
            return 0;
    }
    return 0;
}

/* The latest mention of entity `ent` before mention index `before` (the
 * last `window` mentions; no group or pronoun), or -1. */
static int latest_mention_of(const doc *d, int ent, int before, int window)
{
    for (int j = before; j-- > 0 && before - j <= window;)
        if (d->ments[j].entity == ent && d->ments[j].kind != M_GROUP_DESC &&
            d->ments[j].kind != M_PRONOUN)
            return j;
    return -1;
}

/* "The two leaders discussed ... The President praised the role of Prime
 * Minister X ... Both leaders emphasized": a group of the same head word
 * ("leaders"; or presidents or ministers before "leaders") resolved within
 * four sentences before stands for the same parties when the members found
 * now that it lacks are all first named after it (a person or thing the
 * talks were about, not a party to them).
 * Rewrites found[0..n) (newest first) to the earlier group's members and
 * returns their count; else returns n. */
static int same_group_before(const doc *d, size_t k, int *found, int n)
{
    const mention *m = &d->ments[k];
    for (size_t g = k; g-- > 0 && k - g <= 256;) {
        const mention *q = &d->ments[g];
        if (q->sent + 4 < m->sent)
            return n;
        if (q->kind != M_GROUP_DESC)
            continue;
        /* ("The Presidents noted ... the two leaders called for": a group
         * of no office may go back to one of presidents or ministers, whose
         * members are people too) */
        int wider = !m->role && q->role && !states_group(q);
        if (q->n_members != n ||
            (!wider &&
             ((q->role == NULL) != (m->role == NULL) || (q->role && strcmp(q->role, m->role)) ||
              strcmp(d->toks[q->tok_end - 1].lower, d->toks[m->tok_end - 1].lower))))
            return n;
        int differ = 0;
        for (int a = 0; a < n; a++) {
            int in = 0;
            for (int b = 0; b < n && !in; b++)
                in = q->members[b] == found[a];
            if (!in && latest_mention_of(d, found[a], (int)g, 512) >= 0)
                return n;
            differ |= !in;
        }
        if (!differ)
            return n;
        /* (found is newest first, members in text order) */
        for (int a = 0; a < n; a++)
            found[a] = q->members[n - 1 - a];
        return n;
    }
    return n;
}

/* Does sentence `sent` hold a speech cue outside quotation marks? */
static int speaks_outside_quotes(const doc *d, uint32_t sent)
{
    const sentence *s = &d->sents[sent];
    for (uint32_t t = s->tok_start; t < s->tok_end; t++)
        if ((d->toks[t].cats & (1u << LEX_SPEECH)) && !(d->toks[t].flags & T_IN_QUOTE))
            return 1;
    return 0;
}

/* Is country mention m a modifier of a capitalised word mid-sentence, as
 * a wire's style writes it ("The U.S. Regional carrier", "forward U.S.
 * Dollars", "U.S. Leasing")?  Not before a verb the same style capitalises,
 * an adverb, a preposition or "and" ("the U.S. Has said", "the U.S.
 * Rejected", "U.S. And Japan"). */
static int country_before_capital(const doc *d, const mention *m)
{
    if (m->tok_end >= d->ntoks || m->tok_start == d->sents[m->sent].tok_start)
        return 0;
    const token *n = &d->toks[m->tok_end];
    int past = n->lower_len > 3 && ed_ending(n);
    return n->sent == m->sent && (n->flags & T_WORD) && (n->flags & T_CAP) && !past &&
           !(n->flags & T_ALLCAPS) && mention_at(d, m->tok_end) < 0 &&
           !(n->word_bits & (W_AUX | W_ADVERB | W_PREP | W_PLACE_PREP)) &&
           !tok_lex(d, m->tok_end, LEX_SPEECH, NULL) && !tok_is(n, "and") && !tok_is(n, "or");
}

/* The first body or country of a sentence, before token `before`. */
static int first_body_in(const doc *d, uint32_t sent, uint32_t before, size_t upto)
{
    size_t k;
    for (size_t x = 0; next_mention_of(d, sent, x, upto, &k); x++) {
        const mention *m = &d->ments[k];
        if (m->sent != sent || m->tok_start >= before || m->entity < 0 || m->body_voice)
            continue;
        if (d->toks[m->tok_start].flags & T_IN_QUOTE)
            continue;
        /* a country as a place or a modifier ("in Britain", "the UK
         * market", "Britain's banks") is not what "it" speaks for */
        if (m->kind == M_COUNTRY) {
            const token *p = m->tok_start > 0 ? &d->toks[m->tok_start - 1] : NULL;
            const token *n = m->tok_end < d->ntoks ? &d->toks[m->tok_end] : NULL;
            if ((p && (p->word_bits & (W_PREP | W_PLACE_PREP))) ||
                (n &&
                 ((n->flags & T_POSS) ||
                  ((n->flags & T_WORD) && !(n->flags & T_CAP) && !(n->word_bits & W_AUX) &&
                   !tok_lex(d, m->tok_end, LEX_SPEECH, NULL) && !(n->word_bits & W_ADVERB)))) ||
                country_before_capital(d, m))
                continue;
        }
        if (m->kind == M_ORG || m->kind == M_COUNTRY)
            return m->entity;
        /* "The firm, reporting results, said ... It said": a body
         * description resolved before */
        if (m->kind == M_DESC && m->name && !m->role && !m->body_voice &&
            d->ents[m->entity].kind != NSV_KIND_COUNTRY)
            return m->entity;
    }
    return -1;
}

/* outlet_office() for any office of the outlet's table, by its folded key
 * ("president", "vice president"). */
static const lex_entry *outlet_office_keyed(const doc *d, const char *key, size_t kl)
{
    for (const lex_entry *e = lex_lookup(d->lex, key, kl); e; e = e->next)
        if (outlet_row(d, e, 0))
            return e;
    return NULL;
}

/* The office-holder row (configs/lexicon/office_holders.tsv) of the item's
 * outlet on its date, or NULL: "Volodymyr Zelenskyy" in a president.gov.ua
 * item of 2022.  A readout names its principal bare, and "the President of
 * Azerbaijan" is not him; nor is someone named bare "the President of
 * Ukraine" there. */
const lex_entry *outlet_office(const doc *d)
{
    if (d->office_known)
        return d->office_row;
    return outlet_office_keyed(d, "president", 9);
}

/* Is p, named, the office holder `canon` of surname `sur`: by full name,
 * or by surname alone or after a first name of the same initial? */
static int home_holder_fits(const entity *p, const void *arg)
{
    const char *canon = ((const person_key *)arg)->canon, *sur = ((const person_key *)arg)->sur;
    if (p->kind != NSV_KIND_PERSON || !p->name || p->unnamed)
        return 0;
    return !strcmp(p->name, canon) ||
           (has_surname(p, sur) && (!strcmp(p->name, sur) || p->name[0] == canon[0]));
}

/* Is p a person named `canon`? */
static int person_named_fits(const entity *p, const void *arg)
{
    return p->kind == NSV_KIND_PERSON && p->name &&
           !strcmp(p->name, ((const person_key *)arg)->canon);
}

/* Is p a named person of surname `sur`? */
static int person_surnamed_fits(const entity *p, const void *arg)
{
    return p->kind == NSV_KIND_PERSON && has_surname(p, ((const person_key *)arg)->sur) &&
           !p->unnamed;
}

/* The person holding office-holder row `office` (outlet_office_keyed):
 * the one the item names so, else by surname alone ("Mr Putin"), else a
 * new person of the row's name holding `role`; -1 out of memory. */
static int office_row_person(doc *d, const lex_entry *office, const char *role)
{
    const char *sur = name_surname(office->canon);
    int best = lowest_person(d, office->canon, NULL, person_named_fits);
    if (best < 0)
        best = lowest_person(d, NULL, sur, person_surnamed_fits);
    if (best < 0)
        best = add_entity(d, NSV_KIND_PERSON, office->canon, sur, role, office->extra2);
    return best;
}

/* The holder of an office of the outlet's own table (an outlet that is a
 * head of state's office, `office` its principal row) that description m
 * names, or -1: "the President noted" in a kremlin.ru item is the
 * principal of the day; "the Vice President met with doctors" in a
 * whitehouse.gov item that never names her is the row of that role.  Either
 * holder is found as office_row_person() does. */
static int own_office_person(doc *d, const mention *m, const lex_entry *office)
{
    const token *first = &d->toks[m->tok_start];
    /* the principal's own titles ("President", "Acting President", "Head
     * of State"), of the outlet's country or none, capitalised or after
     * "the" */
    if (role_marked(d->lex, m->role, TITLE_OFFICE_HOLDER, 1)) {
        if ((m->country && strcmp(m->country, office->extra2)) ||
            !(tok_is(first, "the") || (first->flags & T_CAP)))
            return -1;
        return office_row_person(d, office, "President");
    }
    /* another office, keyed by its role, of no other country: after "the",
     * or sharing the article of "the President and Vice President" */
    char key[32];
    size_t n = m->role ? strlen(m->role) : 0;
    if (!n || n >= sizeof key || m->country ||
        !(tok_is(first, "the") || the_desc_before_and(d, m->tok_start) >= 0))
        return -1;
    const lex_entry *row = outlet_office_keyed(d, key, lex_fold(m->role, n, key, sizeof key));
    return row ? office_row_person(d, row, m->role) : -1;
}

/* The person named in the item who holds the outlet's home office `role`
 * (a row of office_holders.tsv for the item's source, keyed by the role:
 * "Prime Minister" in a BBC item is Tony Blair), or -1.  An undated item
 * is taken at its word; the holder must be named in it ("Tony Blair", "Mr
 * Blair"; not "Marion Brown" for Gordon Brown). */
static int home_office_holder(const doc *d, const char *role, const char *country)
{
    char key[32];
    size_t n = role ? strlen(role) : 0;
    if (!n || n >= sizeof key || !d->source.ptr || !strcmp(role, "President"))
        return -1;
    size_t kl = lex_fold(role, n, key, sizeof key);
    for (const lex_entry *e = lex_lookup(d->lex, key, kl); e; e = e->next) {
        if (!outlet_row(d, e, 1) || (country && strcmp(country, e->extra2)))
            continue;
        int q = lowest_person(d, e->canon, name_surname(e->canon), home_holder_fits);
        if (q >= 0)
            return q;
    }
    return -1;
}

/* Is entity e the outlet's own office holder on the item's day, named in
 * another form than the table's ("Joseph R. Biden" or "Biden" for "Joe
 * Biden")?  A name home_holder_fits, and no other office ("First Lady Jill
 * Biden" is not the President). */
static int holder_named_otherwise(doc *d, const lex_entry *office, const entity *e,
                                  const char *role)
{
    if (!office || !home_holder_fits(e, &(person_key){office->canon, name_surname(office->canon)}))
        return 0;
    return !e->role || role_matches_memo(d, role, e->role);
}

/* Does the item name the country canon before mention k (a mention tied
 * to it: the country, a place in it, an office of it; or its name or
 * demonym anywhere before)? */
static int country_named_before(const doc *d, size_t k, const char *canon)
{
    for (size_t j = 0; j < k && j < d->nments; j++)
        if (d->ments[j].country && !strcmp(d->ments[j].country, canon))
            return 1;
    /* (or spelled inside another name: "Communist Party of Vietnam
     * External Relations Commission Chairman Le Hoai Trung") */
    uint32_t to = k < d->nments ? d->ments[k].tok_start : 0;
    for (uint32_t t = 0; t < to && t < d->ntoks; t++) {
        const lex_entry *e = tok_lex(d, t, LEX_COUNTRY, NULL);
        if (!e)
            e = tok_lex(d, t, LEX_DEMONYM, NULL);
        if (e && e->canon && !strcmp(e->canon, canon))
            return 1;
    }
    return 0;
}

/* Fill d->sent_ments: 0, or -1 when memory ran out (the lookups that
 * scan every mention without it do not all read as they do with it). */
static int index_mentions_by_sentence(doc *d)
{
    uint32_t *start = arena_alloc(d->mem, (d->nsents + 1) * sizeof *start);
    uint32_t *list = arena_alloc_raw(d->mem, (d->nments ? d->nments : 1) * sizeof *list);
    if (!start || !list)
        return -1;
    for (size_t k = 0; k < d->nments; k++)
        start[d->ments[k].sent + 1]++;
    for (size_t s = 0; s < d->nsents; s++)
        start[s + 1] += start[s];
    /* counting sort: each sentence's mentions stay in mention order */
    for (size_t k = 0; k < d->nments; k++) {
        uint32_t s = d->ments[k].sent;
        list[start[s]++] = (uint32_t)k;
    }
    for (size_t s = d->nsents; s > 0; s--)
        start[s] = start[s - 1];
    start[0] = 0;
    d->sent_ment_start = start;
    d->sent_ments = list;
    return 0;
}

/* Does mention m name a body of configs/lexicon/organizations.tsv of that
 * kind (third column), from its first or second token? */
static int org_kind_mention(const doc *d, int m, const char *kind)
{
    for (uint32_t t = d->ments[m].tok_start;
         t < d->ments[m].tok_end && t < d->ments[m].tok_start + 2; t++)
        for (const lex_entry *e = tok_lex(d, t, LEX_ORG, NULL); e; e = e->next)
            if (e->cat == LEX_ORG && e->extra2 && !strcmp(e->extra2, kind))
                return 1;
    return 0;
}

/* Is mention m a news outlet of configs/lexicon/organizations.tsv (kind
 * "outlet": "China Daily", "Interfax")? */
int outlet_mention(const doc *d, int m)
{
    return org_kind_mention(d, m, "outlet");
}

/* Is mention m a holy text of configs/lexicon/organizations.tsv (kind
 * "scripture": "the Holy Qur'an", "the Haggadah")?  What it "urges" or
 * "reminds us" is a verse its reader quotes, no statement. */
int scripture_mention(const doc *d, int m)
{
    return org_kind_mention(d, m, "scripture");
}

/* Does `name` start with a first name of configs/lexicon/given_names.txt
 * and go on ("Ilham Aliyev", not "Mount Athos" nor a bare "Aliyev")? */
static int given_name_first(const doc *d, const char *name)
{
    return first_name_entry(d, name) != NULL;
}

/* Is person mention p named with an honorific ("Mr Voronin": the
 * honorific opening the mention or right before it)?  A surname so named is
 * a person's as surely as one after a given name. */
static int honorific_before(const doc *d, const mention *p)
{
    const lex_entry *own = tok_lex(d, p->tok_start, LEX_TITLE, NULL);
    const lex_entry *prev = p->tok_start > 0 ? tok_lex(d, p->tok_start - 1, LEX_TITLE, NULL) : NULL;
    return (own && own->value == TITLE_HONORIFIC) || (prev && prev->value == TITLE_HONORIFIC);
}

/* Does the body's name hold a word of a body that is no business ("Securities
 * Exchange Commission", "Defense Department", "Indian government"), and no
 * legal form that makes it one ("Union Pacific Corp")? */
int public_body(const doc *d, const char *name)
{
    int pub = 0;
    const lex_entry *e0;
    for (const char *p = name; next_name_word(d, &p, &e0);)
        for (const lex_entry *e = e0; e; e = e->next) {
            if (e->cat != LEX_WORD || e->nwords != 1)
                continue;
            if (e->bits & W_COMPANY)
                return 0;
            pub |= (e->bits & W_PUBLIC_BODY) != 0;
        }
    return pub;
}

/* Does the body's name hold a name word of "the union" (body_nouns.tsv:
 * "Canadian Auto Workers", "International Brotherhood of Electrical
 * Workers"), and no legal form?  Such a body is no business "the company"
 * could mean. */
static int union_body(const doc *d, const char *name)
{
    const lex_entry *u = lex_find(lex_lookup(d->lex, "union", 5), LEX_BODY_NOUN);
    if (!u || !u->canon || !name_holds_any(name, u->canon))
        return 0;
    const lex_entry *e0;
    for (const char *p = name; next_name_word(d, &p, &e0);)
        for (const lex_entry *e = e0; e; e = e->next)
            if (e->cat == LEX_WORD && e->nwords == 1 && (e->bits & W_COMPANY))
                return 0;
    return 1;
}

/* Is a third party listed right before mention p ("X, A", "X, the A")? */
static int listed_before(const doc *d, int p)
{
    uint32_t f = d->ments[p].tok_start;
    if (f >= 1 && tok_is(&d->toks[f - 1], "the"))
        f--;
    if (f < 2 || !is_char(d, f - 1, ','))
        return 0;
    int x = mention_at(d, f - 2);
    return x >= 0 && d->ments[x].tok_end == f - 1 && d->ments[x].entity >= 0 &&
           d->ments[x].kind != M_PRONOUN;
}

/* "talks with Lithuania, Azerbaijan, France and the United States ... a
 * meeting of ministers of the two countries", "including Syria,
 * Afghanistan and Iraq. Consultations between the two countries": the last
 * two of a longer list are a guess at the wrong pair (the list's tail, not
 * a pair the item set apart).  Are countries a and b (text order), found
 * for group mention g, such a tail? */
static int list_tail_pair(const doc *d, int g, int a, int b)
{
    int p2 = latest_mention_of(d, b, g, 64);
    int p1 = p2 >= 0 ? latest_mention_of(d, a, p2, 64) : -1;
    if (p1 < 0)
        return 0;
    /* "A, B and C", "A, B, and the C": only a comma, "and", "the" between */
    uint32_t s = d->ments[p1].tok_end, e = d->ments[p2].tok_start;
    if (e <= s || e - s > 3)
        return 0;
    for (uint32_t t = s; t < e; t++)
        if (!is_char(d, t, ',') && !tok_is(&d->toks[t], "and") && !tok_is(&d->toks[t], "the"))
            return 0;
    return listed_before(d, p1);
}

/* "Russia and the European Union agreed ...": are entities a and b (text
 * order), found for group mention g, named as one pair, "A and B" or "A
 * and the B", and no list's tail? */
static int joined_pair(const doc *d, int g, int a, int b)
{
    int p2 = latest_mention_of(d, b, g, 64);
    int p1 = p2 >= 0 ? latest_mention_of(d, a, p2, 64) : -1;
    if (p1 < 0)
        return 0;
    uint32_t s = d->ments[p1].tok_end, e = d->ments[p2].tok_start;
    if (e <= s || e - s > 2 || !tok_is(&d->toks[s], "and") ||
        (e - s == 2 && !tok_is(&d->toks[s + 1], "the")))
        return 0;
    /* (not a list's tail, list_tail_pair: "X, A and B") */
    return !listed_before(d, p1);
}

static int group_member_fits(doc *d, const mention *m, const mention *p);

/* Is token t a meeting cue of class cls (outside quotation marks)? */
static int meet_cue_of(const doc *d, uint32_t t, int cls)
{
    if (d->toks[t].flags & T_IN_QUOTE)
        return 0;
    for (const lex_entry *e = tok_lex(d, t, LEX_MEETING, NULL); e; e = e->next)
        if (e->cat == LEX_MEETING && (int)e->value == cls)
            return 1;
    return 0;
}

/* Is there a meeting cue but a verb among tokens [from, to) (bounded), not
 * followed by "with": "the Woodside Summit between A and B", not "talks
 * with B"? */
static int meeting_noun_between(const doc *d, uint32_t from, uint32_t to)
{
    for (uint32_t t = from; t + 1 < to && t < from + 64; t++)
        if ((d->toks[t].cats & (1u << LEX_MEETING)) && !meet_cue_of(d, t, MEET_VERB) &&
            !(d->toks[t].flags & T_IN_QUOTE) && !tok_is(&d->toks[t + 1], "with"))
            return 1;
    return 0;
}

/* Does token t (before `end`) say who met whom: "met", "received",
 * "welcomed", or a meeting noun before "with" ("held a meeting with")?  Not
 * a noun after a possessive ("Austin's call with X"). */
static int meeting_cue_at(const doc *d, uint32_t t, uint32_t end)
{
    if (t > 0 && (d->toks[t - 1].flags & T_POSS))
        return 0;
    if (meet_cue_of(d, t, MEET_VERB) || meet_cue_of(d, t, MEET_HOST) ||
        meet_cue_of(d, t, MEET_WELCOME))
        return 1;
    return (meet_cue_of(d, t, MEET_NOUN) || meet_cue_of(d, t, MEET_WITH)) && t + 1 < end &&
           tok_is(&d->toks[t + 1], "with");
}

/* The first of the first 128 tokens of sentence `sent` that says who met
 * whom (meeting_cue_at), or UINT32_MAX for none. */
static uint32_t first_meeting_cue(const doc *d, uint32_t sent)
{
    const sentence *s = &d->sents[sent];
    for (uint32_t t = s->tok_start; t < s->tok_end && t < s->tok_start + 128; t++)
        if (meeting_cue_at(d, t, s->tok_end))
            return t;
    return UINT32_MAX;
}

/* Is there a meeting cue (meeting_cue_at) between mentions p and q of one
 * sentence ("The King received Mr Putin, after which he met with X")? */
static int cue_between(const doc *d, const mention *p, const mention *q)
{
    if (q->tok_start < p->tok_start) {
        const mention *x = p;
        p = q;
        q = x;
    }
    uint32_t end = d->sents[p->sent].tok_end;
    for (uint32_t t = p->tok_end; t < q->tok_start && t < p->tok_end + 128; t++)
        if (meeting_cue_at(d, t, end))
            return 1;
    return 0;
}

/* "X met with Y in Bangkok to follow up on the Woodside Summit between
 * President A and President B. ... The two sides held candid discussions":
 * a readout's group of two stands for its own meeting's pair (the lead
 * sentence's subject and object of "met" or "spoke with"), not for a pair
 * named in passing in the opening background (after a meeting noun in the
 * lead sentence, or in the sentence after it when that reports no meeting
 * of its own), nor for one of that pair and a person named later in a
 * sentence that reports no meeting of its own ("asked Secretary X to visit
 * the region").  A pair named later at a meeting of its own (a second
 * meeting) keeps the group.  Rewrites found[0..2) (newest first) and
 * returns 1 when it does. */
static int readout_pair(doc *d, size_t k, int *found)
{
    const mention *m = &d->ments[k];
    uint32_t lead = 0;
    while (lead < d->nsents && d->toks[d->sents[lead].tok_start].start < d->title_len)
        lead++;
    if (lead >= d->nsents || m->sent <= lead)
        return 0;
    const sentence *ls = &d->sents[lead];
    /* the lead's "met": its subject before, its object after (bounded) */
    uint32_t verb = UINT32_MAX;
    /* ("spoke (today) with X": a call's verb before "with" as well) */
    for (uint32_t t = ls->tok_start; t < ls->tok_end && t < ls->tok_start + 64; t++)
        if (meet_cue_of(d, t, MEET_VERB) ||
            (meet_cue_of(d, t, MEET_WITH) &&
             ((t + 1 < ls->tok_end && tok_is(&d->toks[t + 1], "with")) ||
              (t + 2 < ls->tok_end && tok_is(&d->toks[t + 2], "with"))))) {
            verb = t;
            break;
        }
    if (verb == UINT32_MAX)
        return 0;
    int subj = -1, obj = -1, before = 0, after = 0;
    uint32_t obj_end = 0;
    for (size_t j = k; j-- > 0 && k - j <= 512;) {
        const mention *p = &d->ments[j];
        if (p->sent < lead)
            break;
        if (p->sent != lead || p->kind != M_PERSON || p->entity < 0 || !group_member_fits(d, m, p))
            continue;
        if (p->tok_end <= verb) {
            subj = p->entity; /* the first person before the verb */
            before++;
        } else if (p->tok_start > verb) {
            obj = p->entity; /* the first person after it */
            obj_end = p->tok_end;
            after++;
        }
    }
    /* (one on each side: "A and B met with C and D" is no pair) */
    if (subj < 0 || obj < 0 || subj == obj || before != 1 ||
        (after > 1 && !meeting_noun_between(d, obj_end, ls->tok_end)))
        return 0;
    for (int a = 0; a < 2; a++) {
        if (found[a] == subj || found[a] == obj)
            continue;
        int at = latest_mention_of(d, found[a], (int)k, 512);
        if (at < 0)
            return 0;
        const mention *p = &d->ments[at];
        if (p->sent == lead) {
            if (!meeting_noun_between(d, obj_end, p->tok_start))
                return 0;
        } else if (p->sent == lead + 1) {
            /* (past the lead, only a whole pair named in passing: "as
             * discussed by President A and President B"; one person named
             * after the talks is what they were about) */
            if (found[1 - a] == subj || found[1 - a] == obj)
                return 0;
            /* ("During a meeting with X, the two leaders": a guest met in
             * turn reports a meeting of its own) */
            if (first_meeting_cue(d, p->sent) != UINT32_MAX)
                return 0;
        } else {
            /* (one of the lead's pair kept, the other a person named
             * later with no meeting of its own: "asked Secretary X to
             * visit the region ... The two leaders") */
            if (found[1 - a] != subj && found[1 - a] != obj)
                return 0;
            if (first_meeting_cue(d, p->sent) != UINT32_MAX)
                return 0;
        }
    }
    if ((found[0] == subj || found[0] == obj) && (found[1] == subj || found[1] == obj))
        return 0;
    found[0] = obj;
    found[1] = subj;
    return 1;
}

/* "Finer and Mayorkas welcomed Foreign Minister Leyva, Ambassador Murillo
 * and their delegation ... the two sides underscored": are entities a and
 * b named on one side of a meeting verb in one sentence (both after it with
 * a party before, or both before it with a party after)?  Then they are one
 * delegation, and a counted "two sides" is not the two of them.  Looks at
 * sentences of a's mentions within 512 mentions before group k. */
static int one_delegation(const doc *d, size_t k, int a, int b)
{
    for (size_t j = k; j-- > 0 && k - j <= 512;) {
        const mention *pa = &d->ments[j];
        if (pa->entity != a || (d->toks[pa->tok_start].flags & T_IN_QUOTE))
            continue;
        const sentence *s = &d->sents[pa->sent];
        /* (not a noun after a possessive: "Austin's call with X") */
        uint32_t verb = first_meeting_cue(d, pa->sent);
        if (verb == UINT32_MAX)
            continue;
        int b_side = -1, a_side = pa->tok_start > verb, other[2] = {0, 0};
        /* ("held a meeting with the Ukrainian delegation": a party met
         * after "with", named or not; "held a meeting with" is one cue) */
        for (uint32_t t = verb + 1; t < s->tok_end && t <= verb + 4 && !other[1]; t++)
            other[1] = tok_is(&d->toks[t], "with");
        size_t q;
        for (size_t x = 0; next_mention_of(d, pa->sent, x, k, &q); x++) {
            const mention *p = &d->ments[q];
            if (p->sent != pa->sent || p->kind == M_PRONOUN ||
                (p->tok_start < verb && p->tok_end > verb))
                continue;
            int side = p->tok_start > verb;
            /* the party met: a person or a delegation ("the Ukrainian
             * delegation"), not a place visited */
            if (p->kind == M_GROUP_DESC || p->kind == M_DESC)
                other[side] = 1;
            else if (p->entity >= 0 && p->entity == b && !cue_between(d, pa, p))
                b_side = side;
            else if (p->entity >= 0 && p->entity != a && p->kind == M_PERSON)
                other[side] = 1;
        }
        if (b_side == a_side && other[!a_side])
            return 1;
    }
    return 0;
}

/* Add entity ent to a group's members found so far, once; the new count. */
static int add_member(int *found, int n, int ent)
{
    for (int q = 0; q < n; q++)
        if (found[q] == ent)
            return n;
    found[n] = ent;
    return n + 1;
}

/* Does group mention m give its number ("the two leaders", "both
 * sides", "the leaders of the three states")?  Its count is 2 either way. */
static int group_counted(const doc *d, const mention *m)
{
    for (uint32_t t = m->tok_start; t < m->tok_end; t++)
        if (tok_is(&d->toks[t], "both") || (d->toks[t].word_bits & W_NUMBER_WORD))
            return 1;
    return 0;
}

/* The uncounted group m resolved to the two people found (latest first, the
 * latest named by mention `latest`): when they are the last two of a list of
 * more people coordinated in one sentence ("A of France, B of Germany and C
 * of Italy"), every person of the list, latest first; returns the count
 * (n unchanged otherwise).  A list longer than MAX_GROUP returns -1: the
 * group cannot hold it, and neither its last MAX_GROUP people nor the last
 * two are what it stands for (the caller leaves the group unresolved). */
static int whole_list_group(doc *d, const mention *m, int latest, int *found, int n)
{
    const mention *lp = &d->ments[latest];
    if (lp->kind != M_PERSON || lp->sent >= d->nsents)
        return n;
    const sentence *ls = &d->sents[lp->sent];
    int list[MAX_GROUP + 1];
    int nl = coordinated(d, latest, -1, ls->tok_start, ls->tok_end, list, MAX_GROUP + 1);
    if (nl <= 2 || d->ments[list[1]].entity != found[1])
        return n;
    if (nl > MAX_GROUP)
        return -1;
    int ents[MAX_GROUP], ne = 0;
    for (int q = 0; q < nl; q++) {
        const mention *p = &d->ments[list[q]];
        if (p->kind != M_PERSON || p->entity < 0 || !group_member_fits(d, m, p))
            return n;
        int before = ne;
        ne = add_member(ents, ne, p->entity);
        if (ne == before)
            return n;
    }
    for (int q = 0; q < ne; q++)
        found[q] = ents[q];
    return ne;
}

/* Does sentence s lie inside quotation q, from its first token to its last
 * (the inner sentences of a long quote)? */
static int sentence_quoted_only(const doc *d, uint32_t s, int32_t q)
{
    const sentence *x = &d->sents[s];
    return x->tok_end > x->tok_start && d->toks[x->tok_start].quote == q &&
           d->toks[x->tok_end - 1].quote == q;
}

/* Does sentence s lie inside quotations from its first token to its last,
 * of one quotation or of several (a quoted paragraph after another)? */
static int sentence_all_quoted(const doc *d, uint32_t s)
{
    const sentence *x = &d->sents[s];
    return x->tok_end > x->tok_start && d->toks[x->tok_start].quote >= 0 &&
           d->toks[x->tok_end - 1].quote >= 0;
}

/* Does token t, outside quotations, open sentence `sent` past its openers
 * ("But", "Earlier ,")? */
static int sentence_subject_at(const doc *d, uint32_t sent, uint32_t t)
{
    const sentence *s = &d->sents[sent];
    uint32_t u = s->tok_start;
    while (u < t && (d->toks[u].word_bits & W_OPENER))
        u++;
    return u == t && !(d->toks[t].flags & T_IN_QUOTE);
}

/* The quotation sentence s begins inside and closes ('... in the future,"
 * he said.'), or -1. */
static int32_t quote_closed_in(const doc *d, uint32_t s)
{
    const sentence *x = &d->sents[s];
    if (x->tok_end <= x->tok_start || !(d->toks[x->tok_start].flags & T_IN_QUOTE))
        return -1;
    return d->toks[x->tok_start].quote;
}

int business_entity(const doc *d, int ent)
{
    return ent >= 0 && d->ents[ent].kind == NSV_KIND_ORGANIZATION && d->ents[ent].name &&
           !public_body(d, d->ents[ent].name);
}

const char *bare_person_name(const doc *d, const mention *p)
{
    if (p->kind != M_PERSON || p->entity < 0 || p->gender)
        return NULL;
    const entity *e = &d->ents[p->entity];
    return e->role || e->country ? NULL : e->name;
}

/* Is person mention p a lone name read as a person: one word, with no
 * honorific ("Mr Howard"), office or country ("Umbro said")?  It may be a
 * body the mention finder did not know. */
static int lone_person_name(const doc *d, const mention *p)
{
    const char *name = bare_person_name(d, p);
    return name && !strchr(name, ' ');
}

/* Is person mention j a name of two or more capitalised words read as a
 * person only because no list knows it ("Standard Life", "Fannie Mae"),
 * which "the company" may stand for: no first name or title among its
 * words, no honorific, and no "he" or "she" found for it so far? */
int firm_like_name(const doc *d, size_t j)
{
    const mention *p = &d->ments[j];
    const char *name = bare_person_name(d, p);
    if (!name || !strchr(name, ' ') || p->tok_end < p->tok_start + 2)
        return 0;
    for (uint32_t t = p->tok_start; t < p->tok_end; t++)
        if (tok_lex(d, t, LEX_GIVEN_NAME, NULL) || tok_lex(d, t, LEX_TITLE, NULL))
            return 0;
    /* as a clause's subject: opening its sentence or after a lower-case
     * word ("mortgage giant Fannie Mae has"), before an auxiliary or a
     * speech cue (not "at Dresdner Kleinwort Wasserstein", "in Newton
     * Aycliffe") */
    if (p->tok_start > d->sents[p->sent].tok_start) {
        const token *b = &d->toks[p->tok_start - 1];
        if ((b->flags & (T_PUNCT | T_CAP)) || (b->cats & (1u << LEX_TITLE)) ||
            (b->word_bits & (W_PREP | W_DET | W_CONJ | W_PLACE_PREP)))
            return 0;
    }
    if (p->tok_end >= d->sents[p->sent].tok_end ||
        !((d->toks[p->tok_end].word_bits & W_AUX) ||
          (d->toks[p->tok_end].cats & (1u << LEX_SPEECH))))
        return 0;
    /* (the 128 mentions either side: the look runs for each name near a
     * "the company", so it stays short) */
    size_t from = j > 128 ? j - 128 : 0;
    for (size_t q = from; q < d->nments && q < j + 128; q++) {
        const mention *x = &d->ments[q];
        if (x->entity == p->entity && (x->gender || he_or_she(x)))
            return 0;
    }
    return 1;
}

int speech_follows(const doc *d, uint32_t v, uint32_t limit)
{
    v = skip_aux(d, v, limit);
    return v < limit && (d->toks[v].cats & (1u << LEX_SPEECH));
}

/* The entity of the business that spoke last before description k, in its
 * sentence or the one before, named after mention `after` (of entity
 * `found`): a business, or a lone name read as a person ("Novartis said"),
 * right before a speech cue, of the kind of body noun bn when it names one
 * ("the bank": "BNL", a lone name, or a bank); not a lone word of the found
 * body's own name ("National Data said" for National Data Corp).  -1 when
 * none. */
static int last_business_speaker(const doc *d, size_t k, const lex_entry *bn, size_t after,
                                 int found)
{
    const mention *m = &d->ments[k];
    for (size_t j = k; j-- > after + 1 && j + 64 > k;) {
        const mention *p = &d->ments[j];
        if (p->sent + 1 < m->sent)
            break;
        if (p->entity < 0 || p->body_voice || (d->toks[p->tok_start].flags & T_IN_QUOTE) ||
            outlet_mention(d, (int)j))
            continue;
        int lone = lone_person_name(d, p);
        if (!lone && (p->kind != M_ORG || !business_entity(d, p->entity)))
            continue;
        /* (a one-word business may be a bank or airline in any name:
         * "Halifax said ... the bank said", as a lone name read as a person) */
        if (!lone && bn && bn->canon && !name_holds_any(d->ents[p->entity].name, bn->canon) &&
            (!d->ents[p->entity].name || strchr(d->ents[p->entity].name, ' ')))
            continue;
        if (lone && found >= 0 && d->ents[found].name &&
            word_in(d->ents[found].name, d->ents[p->entity].name))
            continue;
        if (speech_follows(d, p->tok_end, m->tok_start))
            return p->entity;
    }
    return -1;
}

/* Is business mention j named as an object or an example, not as the one an
 * item goes on about: after a preposition ("sold four brands to <John
 * Middleton Inc>", "the acquisition of Piedmont"), a phrase of examples
 * (words.tsv roster_verb ROSTER_EXAMPLE, "such as") or a plural
 * business noun ("firms such as Ogilvy & Mather", "includes the firms Young &
 * Rubicam")? */
static int object_business(const doc *d, size_t j)
{
    uint32_t t = d->ments[j].tok_start;
    if (t > 0 && is_punct(d, t - 1, '<'))
        t--;
    if (t == 0 || d->toks[t - 1].sent != d->toks[t].sent)
        return 0;
    const token *u = &d->toks[t - 1];
    /* a words.tsv phrase of examples ("such as", "including") ending at t */
    int example = 0;
    for (uint32_t n = 1; n <= 2 && n <= t && !example; n++) {
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, t - n, LEX_WORD, &nw);
        example = w && nw == n && (w->bits & W_ROSTER_VERB) && w->value == ROSTER_EXAMPLE;
    }
    return (u->word_bits & W_PREP) || example || firm_plural(d, t - 1);
}

/* Does a capitalised word right before a speech cue come before token t in
 * its sentence, outside quotations ("American President Cos Ltd said it
 * will lease ships from Lykes Bros Co", "Mr. Rooter Corp said")?  A subject
 * that spoke but was read as no business; the object after it is not who
 * "the company" is then. */
static int name_speaks_before(const doc *d, uint32_t t)
{
    uint32_t from = d->sents[d->toks[t].sent].tok_start;
    /* (the sentence's first 64 tokens) */
    for (uint32_t v = from + 1; v < t && v - from < 64; v++) {
        const token *x = &d->toks[v], *w = &d->toks[v - 1];
        if ((x->cats & (1u << LEX_SPEECH)) && !(x->flags & T_IN_QUOTE) &&
            (((w->flags & T_WORD) && (w->flags & T_CAP)) || is_punct(d, v - 1, '>')))
            return 1;
    }
    return 0;
}

/* "a company spokesman said": the business that spoke last before token t
 * ("Valeo said", or "It said" for it): a company spokesman speaks for the
 * company that speaks in the item, not for a partner his sentence names (nor
 * for a public body or news outlet).  That body's last name before t, or -1. */
int business_before(const doc *d, uint32_t t)
{
    int at = mention_at(d, t);
    size_t from = at >= 0 ? (size_t)at : mentions_before(d, t);
    /* (the last 512 mentions: thousands of company spokesmen must not cost
     * quadratic time) */
    for (size_t j = from; j-- > 0 && from - j <= 512;) {
        const mention *p = &d->ments[j];
        if (p->tok_start >= t || p->entity < 0 || p->body_voice || outlet_mention(d, (int)j) ||
            !business_entity(d, p->entity) || (d->toks[p->tok_start].flags & T_IN_QUOTE))
            continue;
        if (speech_follows(d, p->tok_end, t)) {
            /* ("It said": the body's own name before it) */
            for (size_t q = j + 1; q-- > 0 && j - q <= 512;)
                if (d->ments[q].kind == M_ORG && d->ments[q].entity == p->entity)
                    return (int)q;
            return -1;
        }
    }
    /* no business spoke yet: the one the lead sentence names first ("Marubeni
     * Corp is pursuing a link ..., a company spokesman said") */
    int lead;
    return lead_businesses(d, t, &lead, 1) ? lead : -1;
}

int lead_businesses(const doc *d, uint32_t t, int *ments, int max)
{
    /* (the lead sentence: that of the body's first mention) */
    size_t first = first_body_mention(d);
    int n = 0;
    for (size_t j = first; j < d->nments && d->ments[j].tok_start < t && n < max && j - first < 512;
         j++) {
        const mention *p = &d->ments[j];
        if (p->sent != d->ments[first].sent)
            break;
        if (p->kind != M_ORG || p->body_voice || outlet_mention(d, (int)j) ||
            !business_entity(d, p->entity))
            continue;
        int seen = 0;
        for (int q = 0; q < n && !seen; q++)
            seen = d->ments[ments[q]].entity == p->entity;
        if (!seen)
            ments[n++] = (int)j;
    }
    return n;
}

/* The entity of the person named in apposition right after description k
 * ("the German Chancellor, Gerhard Schroeder"), or -1: a comma, then the
 * name, whose known office and country do not contradict it. */
static int appositive_name(doc *d, size_t k)
{
    const mention *m = &d->ments[k];
    if (k + 1 >= d->nments || !is_punct(d, m->tok_end, ','))
        return -1;
    const mention *n = &d->ments[k + 1];
    if (n->kind != M_PERSON || n->entity < 0 || n->tok_start != m->tok_end + 1 ||
        n->sent != m->sent)
        return -1;
    /* the name closes the phrase: not "talked with the President, Mr
     * Peskov said" (the name opens a clause of its own) */
    uint32_t t = n->tok_end;
    if (t < d->ntoks && d->toks[t].sent == n->sent && !(d->toks[t].flags & T_PUNCT) &&
        !tok_is(&d->toks[t], "and") && !(d->toks[t].word_bits & W_PREP))
        return -1;
    const entity *e = &d->ents[n->entity];
    if (e->role && !role_matches(d->lex, m->role, e->role))
        return -1;
    if (m->country && e->country && strcmp(m->country, e->country))
        return -1;
    return n->entity;
}

/* Is person mention p the speaker of a speech cue: right after one ("said
 * Elizabeth Reiners"), or the first cue after it in its sentence, with no
 * calling, title or unnamed word between ("Sanford Margoshes of Shearson
 * told clients"; not "Robert Muldoon was ousted, one analyst said")? */
static int speaks_in_clause(const doc *d, const mention *p)
{
    if (p->tok_start > 0 && tok_lex(d, p->tok_start - 1, LEX_SPEECH, NULL) &&
        !(d->toks[p->tok_start - 1].flags & T_IN_QUOTE))
        return 1;
    uint32_t end = d->sents[p->sent].tok_end;
    for (uint32_t t = p->tok_end; t < end; t++) {
        const token *x = &d->toks[t];
        if (x->flags & T_IN_QUOTE)
            return 0;
        if (tok_lex(d, t, LEX_SPEECH, NULL))
            return 1;
        if ((x->word_bits & (W_PROFESSION | W_UNNAMED | W_PEOPLE)) ||
            tok_lex(d, t, LEX_TITLE, NULL))
            return 0;
    }
    return 0;
}

/* "the Salford MP", "the Maryland Democrat" (a seat description): the one
 * person that the nearest sentence naming anyone names before it, outside
 * quotation marks (its own words before it first: "Pryor said. The
 * Arkansas senator said"); of several there, the one legislator among
 * people of known office, else no one: a wrong speaker is worse than none. */
static int seat_holder(const doc *d, size_t k)
{
    const mention *m = &d->ments[k];
    for (uint32_t s = m->sent + 1; s-- > 0 && m->sent - s <= 2;) {
        int found[MAX_GROUP];
        int n = 0, over = 0;
        for (size_t j = k; j-- > 0;) {
            const mention *p = &d->ments[j];
            if (p->sent < s)
                break;
            if (p->sent > s || p->entity < 0 || p->kind == M_GROUP_DESC ||
                (d->toks[p->tok_start].flags & T_IN_QUOTE))
                continue;
            /* "the analyst said", "The Dean Witter economist said": a
             * market calling is a person who spoke there (wire copy quotes
             * many unnamed analysts: "until Robert Muldoon was ousted, one
             * analyst said" names the topic, not the analyst; by name, not
             * through a pronoun: "An economist at ABN Bank said he") */
            if (m->seat == SEAT_MARKET && (p->kind == M_PRONOUN || !speaks_in_clause(d, p)))
                continue;
            const entity *e = &d->ents[p->entity];
            if (e->kind != NSV_KIND_PERSON || e->unnamed)
                continue;
            if (n < MAX_GROUP)
                n = add_member(found, n, p->entity);
            else
                over = 1;
        }
        if (n == 0)
            continue;
        if (n == 1)
            return found[0];
        if (over)
            return -1;
        /* "Mr Putin and Mr Sagdeyev discussed ... The scientist noted": of
         * several, a calling is the one of no known office */
        if (m->seat == SEAT_CALLING || m->seat == SEAT_MARKET) {
            int free = -1;
            for (int q = 0; q < n; q++)
                if (!d->ents[found[q]].role) {
                    if (free >= 0)
                        return -1;
                    free = found[q];
                }
            return free;
        }
        /* "Asked if Baldrige would act, Sen. Pete Wilson said": of several,
         * the one legislator when each other one holds another office (one
         * of no known office may be a legislator too) */
        int leg = -1, free = -1, frees = 0;
        for (int q = 0; q < n; q++) {
            const char *r = d->ents[found[q]].role;
            if (!r) {
                free = found[q];
                frees++;
            } else if (!strcmp(r, "Legislator")) {
                if (leg >= 0)
                    return -1;
                leg = found[q];
            }
        }
        if (frees == 0)
            return leg;
        /* "Mr Wyatt predicted ... once the chancellor delivered his budget.
         * The MP for Sittingbourne and Sheppey said": of one of no known
         * office and others of another office, the one of no office when
         * a sentence before names him as its speaker */
        if (leg >= 0 || frees != 1 || s == m->sent)
            return -1;
        for (size_t j = k; j-- > 0;) {
            const mention *p = &d->ments[j];
            if (p->sent < s)
                break;
            if (p->sent == s && p->entity == free && p->kind == M_PERSON && speaks_in_clause(d, p))
                return free;
        }
        return -1;
    }
    return -1;
}

/* A word that may stand in a title before or after a name: capitalised
 * words, titles, of, the, to, for, and, on, 's. */
static int title_word(const doc *d, uint32_t t)
{
    const token *x = &d->toks[t];
    /* (and open-class lower-case words: "Adviser to the President on
     * economic issues Oleg Ustenko"; not "by", "was" nor a speech verb) */
    return ((x->flags & T_WORD) && (x->flags & T_CAP)) || (x->flags & T_POSS) || tok_is(x, "of") ||
           tok_is(x, "the") || tok_is(x, "to") || tok_is(x, "for") || tok_is(x, "and") ||
           tok_is(x, "on") || tok_lex(d, t, LEX_TITLE, NULL) ||
           ((x->flags & T_WORD) && !(x->flags & T_NUM) && !(x->word_bits & ~W_NONNAME) &&
            !(x->cats & (1u << LEX_SPEECH)));
}

/* Words of six letters or more match on their first five: "advisor" is
 * "adviser", "Presidential Office" the "Office of the President". */
static int word_matches(const token *x, const char *w, size_t wl)
{
    return (x->lower_len == wl && !memcmp(x->lower, w, wl)) ||
           (wl >= 6 && x->lower_len >= 6 && !memcmp(x->lower, w, 5));
}

/* Where the title words before person mention p begin (its own start when
 * none): not across "to" or "of" right before it, which make it the object
 * of another's title ("an adviser to President Volodymyr Zelenskyy"). */
static uint32_t intro_start(const doc *d, const mention *p)
{
    uint32_t from = p->tok_start, first = d->sents[p->sent].tok_start;
    if (from > first && (tok_is(&d->toks[from - 1], "to") || tok_is(&d->toks[from - 1], "of")))
        return from;
    /* (a mention that opens with its own title has it: "the Head of the
     * Office and Ambassador Michael McFaul" is an ambassador) */
    /* (with the lesser word the mention leaves before its title, whose
     * role (lesser_role) holds it: "Deputy Minister of Internal Affairs
     * Alexandr Chekalin" is the one "the Deputy Minister" means) */
    if (tok_lex(d, from, LEX_TITLE, NULL)) {
        while (from > first && p->tok_start - from < 2 && lesser_token(d, from - 1))
            from--;
        return from;
    }
    /* (nor across another person's name: "Head of the Office Andriy Yermak
     * and Minister Dmytro Kuleba" gives Kuleba no "Office") */
    /* (the mention over a token before p, as mention_at() finds it, by
     * walking back from p's own index, not a search of all the item's
     * mentions per token: desc_fit asks this of hundreds of people for
     * each description) */
    size_t q = (size_t)(p - d->ments);
    while (from > first && p->tok_start - from < 20 && title_word(d, from - 1)) {
        while (q > 0 && d->ments[q - 1].tok_start > from - 1)
            q--;
        if (q > 0 && from - 1 < d->ments[q - 1].tok_end && d->ments[q - 1].kind == M_PERSON)
            break;
        from--;
    }
    /* ("The Deputy Minister of Internal Affairs, Alexandr Chekalin,
     * reported": a title set off before the name by a comma, the name
     * closed by another comma or the sentence's end, introduces it as the
     * appositive after a name does; the title words must hold a title) */
    if (from == p->tok_start && from >= first + 2 && is_punct(d, from - 1, ',') &&
        (p->tok_end >= d->sents[p->sent].tok_end || is_punct(d, p->tok_end, ',') ||
         is_punct(d, p->tok_end, '.'))) {
        uint32_t b = from - 1;
        int titled = 0;
        /* (over capitalised words, titles and their joining words only:
         * not "met" in "met the Deputy Minister of Finance, Anna Berg") */
        while (b > first && from - 1 - b < 20 && title_word(d, b - 1) && !is_punct(d, b - 1, ',') &&
               ((d->toks[b - 1].flags & T_CAP) || (d->toks[b - 1].flags & T_POSS) ||
                (d->toks[b - 1].word_bits & (W_DET | W_PREP)) || tok_is(&d->toks[b - 1], "and") ||
                tok_lex(d, b - 1, LEX_TITLE, NULL))) {
            while (q > 0 && d->ments[q - 1].tok_start > b - 1)
                q--;
            if (q > 0 && b - 1 < d->ments[q - 1].tok_end && d->ments[q - 1].kind == M_PERSON)
                break;
            b--;
            titled |= tok_lex(d, b, LEX_TITLE, NULL) != NULL;
        }
        if (titled)
            return b;
    }
    return from;
}

static void appositive_span(const doc *d, const mention *p, uint32_t stop, uint32_t *from,
                            uint32_t *to);

/* Is the word `w` (folded) among the words that introduce person mention
 * p: its span, the title words running up to it ("Adviser to the Head of
 * the President's Office and member of the team Mykhailo Podolyak" reads as
 * two mentions), or an appositive after it and a comma ("Mykhailo Podolyak,
 * Adviser to ...")?  Nothing at or after `stop` counts. */
static int span_has_word(const doc *d, const mention *p, const char *w, size_t wl, uint32_t stop)
{
    uint32_t t0 = intro_start(d, p);
    for (uint32_t t = t0; t < p->tok_end; t++)
        if (word_matches(&d->toks[t], w, wl))
            return 1;
    /* ("UAW vice-president Marc Stepp", "Ofsted chief David Bell": one
     * capitalised word the tables do not list, right before the title that
     * opens the mention, names the body of the office) */
    uint32_t ht = t0; /* the title's token */
    /* (or set off by a comma before the name: "by Ofsted chief, David Bell,") */
    if (t0 >= 3 && is_punct(d, t0 - 1, ',') && (d->toks[t0 - 2].flags & T_WORD))
        ht = t0 - 2;
    if (ht > 0 && ht < p->tok_end && !(d->toks[ht].flags & T_CAP) &&
        tok_lex(d, ht, LEX_TITLE, NULL)) {
        const token *b = &d->toks[ht - 1];
        if (unlisted_cap_word(b) && b->sent == d->toks[t0].sent && word_matches(b, w, wl))
            return 1;
    }
    uint32_t t, end;
    appositive_span(d, p, stop, &t, &end);
    for (; t < end; t++)
        if (word_matches(&d->toks[t], w, wl))
            return 1;
    return 0;
}

/* The appositive after person mention p and a comma that span_has_word()
 * reads ("Mykhailo Podolyak, Adviser to the Head of the Office", "Oleg
 * Ustenko, an economic adviser to the President"): [*from, *to), empty when
 * there is none.  Nothing at or after `stop` counts. */
static void appositive_span(const doc *d, const mention *p, uint32_t stop, uint32_t *from,
                            uint32_t *to)
{
    *from = *to = 0;
    uint32_t last = d->sents[p->sent].tok_end;
    if (stop < last)
        last = stop; /* (never the description itself) */
    uint32_t t = p->tok_end + 1;
    if (t < last && is_punct(d, p->tok_end, ',') && indefinite_article(&d->toks[t]))
        t++;
    if (p->tok_end + 1 >= last || !is_punct(d, p->tok_end, ','))
        return;
    /* the appositive runs to the next punctuation, or to a speech verb or
     * an auxiliary when it opens with a title ("Mykhailo Podolyak, Adviser
     * to the Head of the Office said"); one that opens otherwise is a new
     * subject then ("On behalf of President X, the Head of the Office
     * thanked ...") */
    int titled = tok_lex(d, t, LEX_TITLE, NULL) != NULL;
    uint32_t end = t;
    while (end < last && end < t + 30 && !(d->toks[end].flags & T_PUNCT)) {
        if ((d->toks[end].cats & (1u << LEX_SPEECH)) || (d->toks[end].word_bits & W_AUX)) {
            if (!titled)
                return;
            break;
        }
        end++;
    }
    if (end == t + 30)
        return;
    *from = t;
    *to = end;
}

/* Is token t a word that makes a holder less than the office ("deputy",
 * "former": words.tsv nonname value NONNAME_LESSER, as lesser_entry)? */
static int lesser_token(const doc *d, uint32_t t)
{
    return word_class_value(&d->toks[t], W_NONNAME, NONNAME_LESSER);
}

/* Does a lesser word introduce person p (span_has_word()'s words) that
 * description m lacks ("the mayor" is not the deputy mayor)? */
static int lesser_than_desc(const doc *d, const mention *p, const mention *m)
{
    uint32_t r[2][2] = {{intro_start(d, p), p->tok_end}, {0, 0}};
    appositive_span(d, p, m->tok_start, &r[1][0], &r[1][1]);
    for (int k = 0; k < 2; k++)
        for (uint32_t t = r[k][0]; t < r[k][1]; t++) {
            if (!lesser_token(d, t))
                continue;
            int in_desc = 0;
            for (uint32_t u = m->tok_start; u < m->tok_end && !in_desc; u++)
                in_desc = word_matches(&d->toks[u], d->toks[t].lower, d->toks[t].lower_len);
            if (!in_desc)
                return 1;
        }
    return 0;
}

/* Does the first title after mention p and a comma ("Oleg Ustenko, an
 * economic adviser to ...") match the head word h? */
static int appositive_head(const doc *d, const mention *p, const token *h, uint32_t stop)
{
    uint32_t last = d->sents[p->sent].tok_end;
    if (stop < last)
        last = stop;
    if (p->tok_end + 1 >= last || !is_punct(d, p->tok_end, ','))
        return 0;
    for (uint32_t t = p->tok_end + 1; t < last && t < p->tok_end + 5; t++) {
        if (tok_lex(d, t, LEX_TITLE, NULL))
            return word_matches(&d->toks[t], h->lower, h->lower_len);
        if (!title_word(d, t) && !indefinite_article(&d->toks[t]))
            return 0;
    }
    return 0;
}

/* Is token x a word desc_fit() passes over: punctuation, "'s", the, of,
 * to, for, and, or a generic head ("leader", "head", "chief": generic_role,
 * read off the title entry the token's own word already carries)? */
static int generic_desc_word(const token *x)
{
    /* (and "government": "the head of government" is a top office, which
     * the role finds) */
    static const char *const skip[] = {"the", "of", "to", "for", "and", "s", "government", NULL};
    const lex_entry *t;
    int generic = !(x->flags & T_WORD) || (x->flags & T_POSS) ||
                  ((t = tok_word_entry(x, LEX_TITLE)) && (t->bits & TITLE_GENERIC));
    for (int q = 0; skip[q] && !generic; q++)
        generic = tok_is(x, skip[q]);
    return generic;
}

/* A definite description of the catch-all office kind ("the Head of the
 * Office of the President", "the President's adviser", "the IMF Managing
 * Director", "the Tory leader": role Leader, which matches any office):
 * the one person introduced earlier with all its words (but the generic
 * head words leader, head, chief) in the title before their name ("Adviser
 * to the President Oleg Ustenko", "IMF Managing Director Kristalina
 * Georgieva"); for a party's leader no one so introduced, the party's
 * leader in the outlet's home table (office_holders.tsv rows "Party
 * Leader" whose last column is the party) when the item names him.  Two
 * people fit, or none: no one (a wrong speaker is worse than none).  -2
 * when the description has no word but the generic ones ("the leader").
 * fits_out, when not NULL, gets the people its words fit (at most
 * MAX_GROUP) and nfit_out how many (0 when none or -2). */
static int desc_fit(doc *d, size_t k, int strict, int *fits_out, int *nfit_out)
{
    const mention *m = &d->ments[k];
    if (nfit_out)
        *nfit_out = 0;
    int words = 0;
    /* the head word: the first after "the", or after the "'s" of the word
     * after it ("the President's adviser" is an adviser) */
    uint32_t head = m->tok_start + 1;
    /* (which of its first 64 words are not generic, read once here rather
     * than again for each person below) */
    uint64_t own = 0;
    for (uint32_t t = m->tok_start; t < m->tok_end; t++) {
        const token *x = &d->toks[t];
        int word = !generic_desc_word(x);
        words += word;
        if (word && t - m->tok_start < 64)
            own |= 1ull << (t - m->tok_start);
        if ((x->flags & T_POSS) && t <= m->tok_start + 2)
            head = t + 1;
    }
    /* (not "Adviser to the Head of the Office": part of another's title;
     * nor "the official visit": an adjective before its noun) */
    const token *after = m->tok_end < d->ntoks ? &d->toks[m->tok_end] : NULL;
    if (!words || head >= m->tok_end ||
        (m->tok_start > 0 &&
         (tok_is(&d->toks[m->tok_start - 1], "to") || tok_is(&d->toks[m->tok_start - 1], "of"))) ||
        (after && (after->flags & T_WORD) && !(after->flags & T_CAP) &&
         !(after->word_bits & ~W_NONNAME) && !(after->cats & (1u << LEX_SPEECH)) &&
         after->sent == m->sent))
        return -2;
    /* (nor a description that is itself the title of the name after it and
     * a comma: "the Deputy Minister of Finance, Anna Berg," introduces her,
     * whom no one named before is) */
    for (size_t j = k + 1; j < d->nments && j <= k + 4 && d->ments[j].sent == m->sent; j++) {
        const mention *p = &d->ments[j];
        if (p->kind == M_PERSON && p->tok_start > m->tok_end &&
            is_punct(d, p->tok_start - 1, ',') && intro_start(d, p) <= m->tok_start)
            return -2;
    }
    int own_fits[MAX_GROUP], heads[MAX_GROUP];
    int *fits = fits_out ? fits_out : own_fits;
    int nfit = 0, nhead = 0;
    /* (the last 512 mentions, as for "the spokesman": an item of thousands
     * of "the Tory leader said" must not cost their square) */
    for (size_t j = k; j-- > 0 && k - j <= 512;) {
        const mention *p = &d->ments[j];
        if (p->kind != M_PERSON || p->entity < 0 || d->ents[p->entity].kind != NSV_KIND_PERSON ||
            d->ents[p->entity].unnamed)
            continue;
        int fit = 1;
        for (uint32_t t = m->tok_start; t < m->tok_end && fit; t++) {
            const token *x = &d->toks[t];
            int word = t - m->tok_start < 64 ? (int)((own >> (t - m->tok_start)) & 1)
                                             : !generic_desc_word(x);
            if (word)
                fit = span_has_word(d, p, x->lower, x->lower_len, m->tok_start);
        }
        if (!fit)
            continue;
        if (nfit == MAX_GROUP)
            return -1;
        nfit = add_member(fits, nfit, p->entity);
        if (nfit_out)
            *nfit_out = nfit;
        /* (introduced by that head: "Head of the Office ... Andriy Yermak"
         * is the Head; "Adviser to the Head of the Office ..." an adviser) */
        uint32_t at = intro_start(d, p);
        if (at + 1 < p->tok_end && tok_is(&d->toks[at], "the"))
            at++;
        const token *h = &d->toks[head], *f = &d->toks[at];
        int headed =
            word_matches(f, h->lower, h->lower_len) || appositive_head(d, p, h, m->tok_start);
        if (strict && !headed) {
            /* ("European Council President Charles Michel": the head word
             * ends the title before the name; not after "to", "of", "the"
             * or "'s": "Adviser to the President X" is an adviser) */
            for (uint32_t t = at + 1; t < p->tok_end && !headed; t++)
                headed = word_matches(&d->toks[t], h->lower, h->lower_len) &&
                         !(d->toks[t - 1].flags & T_POSS) &&
                         !(d->toks[t - 1].word_bits & (W_DET | W_PREP));
        }
        /* (a lesser holder is not who "the mayor" means) */
        if (strict && headed && lesser_than_desc(d, p, m))
            headed = 0;
        if (headed)
            nhead = add_member(heads, nhead, p->entity);
    }
    /* the general role path asks for the one person the head word fits */
    if (strict)
        return nhead == 1 ? heads[0] : -1;
    if (nfit == 1)
        return fits[0];
    if (nfit > 1)
        return nhead == 1 ? heads[0] : -1;
    /* (the party's leader: not "the Lib Dem chief executive") */
    int leader = 0;
    for (uint32_t t = m->tok_start; t < m->tok_end && !leader; t++)
        leader = tok_is(&d->toks[t], "leader");
    if (m->of_body >= 0 && leader)
        return home_office_holder(d, "Party Leader", d->ents[m->of_body].name);
    return -1;
}

/* Is token t "spokesman", "spokeswoman" or "spokesperson" (doc.h)?  (Not
 * "the President's Press Secretary": a press secretary is most often a
 * person the item names, who speaks for himself.) */
int spokes_word(const doc *d, uint32_t t)
{
    const token *k = &d->toks[t];
    return title_role_is(d, t, "Spokesperson") && k->lower_len > 6 &&
           !strncmp(k->lower, "spokes", 6);
}

/* A spokesperson title at t, past one lower-case word ("official
 * spokesman"): "the prime minister's official spokesman" speaks for the
 * prime minister, so that description is resolved as if bare (not as "the
 * President's wife", someone else named through the office). */
static int spokesperson_after(const doc *d, uint32_t t)
{
    if (t >= d->ntoks)
        return 0;
    if (spokes_word(d, t))
        return 1;
    if (t + 1 >= d->ntoks || (d->toks[t].flags & T_CAP) || !(d->toks[t].flags & T_WORD))
        return 0;
    return spokes_word(d, t + 1);
}

/* "Scotland's justice minister has warned ... Cathy Jamieson said",
 * "Russia's president has defended ... Vladimir Putin said": BBC copy
 * opens with a country's office and names its holder as the speaker of
 * the next sentence.  That person (named first there, not named before,
 * of no other office or country) is the holder, and takes the office;
 * else -1.  Not when someone else is named after the office in its own
 * sentence. */
static int named_next(doc *d, size_t k)
{
    const mention *m = &d->ments[k];
    for (size_t j = k + 1; j < d->nments && j - k <= 64; j++) {
        const mention *p = &d->ments[j];
        if (p->sent > m->sent + 1)
            return -1;
        if (p->entity < 0 || p->kind == M_PRONOUN)
            continue;
        entity *e = &d->ents[p->entity];
        if (p->sent == m->sent) {
            if (e->kind == NSV_KIND_PERSON)
                return -1;
            continue;
        }
        if (p->kind != M_PERSON || e->kind != NSV_KIND_PERSON || e->unnamed ||
            (d->toks[p->tok_start].flags & T_IN_QUOTE) || !speaks_in_clause(d, p) ||
            (e->country && strcmp(e->country, m->country)) ||
            (e->role && !role_matches_memo(d, m->role, e->role)))
            return -1;
        /* (named before: a mention before k stands for it; the flag, not a
         * scan of those mentions, keeps this linear in the item) */
        if (e->resolved)
            return -1;
        if (!e->role)
            e->role = m->role;
        if (!e->country)
            e->country = m->country;
        e->nmentions++;
        return p->entity;
    }
    return -1;
}

/* "talks with his Azerbaijani counterpart ... Ilham Aliyev, for his part,
 * noted ... the President of the Republic of Azerbaijan noted": someone's
 * counterpart of a country no one before holds an office of is the first
 * person the item later places in that country (by a title or a
 * description already resolved), within the next 512 mentions.  Only a
 * possessive counterpart or colleague ("his", "her", "their"): a bare
 * "the Azerbaijani leader" before any name stays unresolved. */
static int possessive_counterpart(const doc *d, const mention *m)
{
    return m->kind == M_DESC && m->country && m->role && !m->body_voice && m->tok_end >= 1 &&
           (d->toks[m->tok_end - 1].word_bits & W_PERSON_NOUN) &&
           personal_possessive(&d->toks[m->tok_start]) &&
           !(d->toks[m->tok_start].flags & T_IN_QUOTE);
}

static void resolve_counterparts_ahead(doc *d)
{
    /* per entity, the index of its first mention (d->nments when none),
     * kept as counterparts are resolved below: "named before" is a look-up,
     * not a pass over every earlier mention for each candidate.  Out of
     * working memory: no one is taken as named for the first time.  Built
     * at the first counterpart: most items have none. */
    size_t *first = NULL;
    int built = 0;
    for (size_t k = 0; k < d->nments; k++) {
        mention *m = &d->ments[k];
        if (m->entity >= 0 || !possessive_counterpart(d, m))
            continue;
        if (!built) {
            built = 1;
            first = arena_alloc_raw(d->mem, (d->nents ? d->nents : 1) * sizeof *first);
            for (size_t e = 0; first && e < d->nents; e++)
                first[e] = d->nments;
            for (size_t j = d->nments; first && j-- > 0;)
                if (d->ments[j].entity >= 0 && (size_t)d->ments[j].entity < d->nents)
                    first[d->ments[j].entity] = j;
        }
        for (size_t j = k + 1; j < d->nments && j - k <= 512; j++) {
            const mention *p = &d->ments[j];
            if (p->entity < 0 || p->kind == M_PRONOUN || (p->kind != M_PERSON && p->kind != M_DESC))
                continue;
            const entity *e = &d->ents[p->entity];
            if (e->kind != NSV_KIND_PERSON || e->unnamed)
                continue;
            const char *c = p->country ? p->country : e->country;
            /* ("Mr Schuster" first named after "his Slovak counterpart",
             * with no office nor country, is the counterpart too: a
             * person's name, by an honorific or a listed first name, not
             * "Air Force" read as one, and not named before) */
            int fresh = first && !c && !e->role && p->kind == M_PERSON &&
                        (p->gender || given_name_first(d, e->name)) &&
                        !(d->toks[p->tok_start].flags & T_IN_QUOTE) && first[p->entity] >= k;
            if ((c && !strcmp(c, m->country)) || fresh) {
                m->entity = p->entity;
                if (first && first[p->entity] > k)
                    first[p->entity] = k;
                d->ents[p->entity].nmentions++;
                break;
            }
        }
    }
}

/* How many sentences after an unresolved office description
 * resolve_roles_ahead() looks for its holder. */
#define ROLE_AHEAD_SENTENCES 3

/* Is m a "the" office description outside quotes, of no one yet, that
 * speaks ("The Culture Secretary said"), not a body's voice, a seat, an
 * unnamed group or a possessive ("the minister's")?  resolve_roles_ahead()
 * and resolve_roles_behind() look for its holder. */
static int unheld_speaking_office(const doc *d, const mention *m)
{
    return m->entity < 0 && m->kind == M_DESC && m->role && !m->body_voice && !m->seat &&
           tok_is(&d->toks[m->tok_start], "the") && !(d->toks[m->tok_start].flags & T_IN_QUOTE) &&
           !(m->tok_end < d->ntoks && (d->toks[m->tok_end].flags & T_POSS)) &&
           !(d->toks[m->tok_end - 1].word_bits & W_UNNAMED) &&
           desc_speaks(d, m->tok_start, m->tok_end);
}

/* "The home secretary said ... New Home Secretary Charles Clarke said",
 * '"...," the economy minister said. ... Economy Minister Heizo Takenaka':
 * BBC copy speaks of an office before it names the holder.  A definite
 * office description that speaks and that no one named before holds is
 * the first person of the next three sentences whose title is that office
 * (a catch-all office, "the leader", "the director", fits too many titles;
 * a lede's title with the person opening the next sentence is the
 * statements' lede rule). */
static void resolve_roles_ahead(doc *d)
{
    for (size_t k = 0; k < d->nments; k++) {
        mention *m = &d->ments[k];
        if (!unheld_speaking_office(d, m) || catch_all_role(d->lex, m->role))
            continue;
        for (size_t j = k + 1; j < d->nments && j - k <= 128; j++) {
            const mention *p = &d->ments[j];
            if (p->sent > m->sent + ROLE_AHEAD_SENTENCES)
                break;
            if (p->entity < 0 || p->kind != M_PERSON || (d->toks[p->tok_start].flags & T_IN_QUOTE))
                continue;
            const entity *e = &d->ents[p->entity];
            if (e->kind != NSV_KIND_PERSON || e->unnamed || !e->role ||
                !role_matches_memo(d, m->role, e->role) ||
                (m->country && e->country && strcmp(m->country, e->country)))
                continue;
            m->entity = p->entity;
            d->ents[p->entity].nmentions++;
            break;
        }
    }
}

/* May description k mean entity ent, a person of no office named before
 * it?  ("Deputy Minister A met Deputy Minister B and Anna Berg. The Deputy
 * Minister said": someone introduced with the description's words holds
 * that office; the person of no office named last is not who it means,
 * though which of them does is unknown; but he may be the one so
 * introduced, his office read as none.)  Yes when no one was introduced
 * with its words (desc_fit). */
static int desc_allows(doc *d, size_t k, int ent)
{
    int fits[MAX_GROUP], nfit = 0;
    desc_fit(d, k, 0, fits, &nfit);
    for (int q = 0; q < nfit; q++)
        if (fits[q] == ent)
            return 1;
    return nfit == 0;
}

/* "..., Alun Michael has said. The rural affairs minister said", "Tessa
 * Jowell has announced ... The Culture Secretary said": BBC copy names a
 * person with no office, then calls him by his office.  An office
 * description opening its sentence and speaking, which no one holds (nor
 * anyone named after it, resolve_roles_ahead), is the person named last,
 * within three sentences, when he holds no office of his own (one who holds
 * another office is someone else) and is named in full. */
static void resolve_roles_behind(doc *d)
{
    for (size_t k = 0; k < d->nments; k++) {
        mention *m = &d->ments[k];
        if (m->tok_start != d->sents[m->sent].tok_start || !unheld_speaking_office(d, m) ||
            top_office(d->lex, m->role))
            continue;
        /* (a head of state or government is the home office's holder or no
         * one; "the President's wife" is someone else) */
        int skip = 0;
        for (uint32_t t = m->tok_start; t < m->tok_end && !skip; t++)
            skip = (d->toks[t].flags & T_POSS) != 0;
        /* ("He met the Minister of Energy. X said ... The Minister of
         * Energy noted": the office named before is someone else) */
        uint32_t from = d->sents[m->sent >= 3 ? m->sent - 3 : 0].tok_start;
        uint32_t len = m->tok_end - m->tok_start - 1;
        if (m->tok_start - from > 400)
            from = m->tok_start - 400;
        for (uint32_t t = from; t + len <= m->tok_start && !skip && len; t++) {
            uint32_t q = 0;
            while (q < len && d->toks[t + q].lower_len == d->toks[m->tok_start + 1 + q].lower_len &&
                   !memcmp(d->toks[t + q].lower, d->toks[m->tok_start + 1 + q].lower,
                           d->toks[t + q].lower_len))
                q++;
            /* (not the title of a person named there: "Director of the
             * Service Viktor Cherkesov") */
            int titled = mention_at(d, t + len - 1);
            if (titled < 0 && t + len < d->ntoks)
                titled = mention_at(d, t + len);
            if ((titled < 0 || d->ments[titled].kind != M_PERSON) && t + len + 1 < d->ntoks &&
                is_punct(d, t + len, ','))
                titled = mention_at(d, t + len + 1);
            skip = q == len && !(titled >= 0 && d->ments[titled].kind == M_PERSON);
        }
        for (size_t j = k; j-- > 0 && k - j <= 64 && !skip;) {
            const mention *p = &d->ments[j];
            if (p->sent + 3 < m->sent)
                break;
            if (p->kind == M_PRONOUN || p->entity < 0 || (d->toks[p->tok_start].flags & T_IN_QUOTE))
                continue;
            const entity *e = &d->ents[p->entity];
            if (e->kind != NSV_KIND_PERSON)
                continue;
            /* (not one named as an object: "took over from Jack Straw") */
            int object = p->tok_start > 0 && (d->toks[p->tok_start - 1].word_bits & W_PREP);
            if (p->kind == M_PERSON && !e->role && !e->unnamed && e->name && strchr(e->name, ' ') &&
                (p->gender || given_name_first(d, e->name)) && !object &&
                desc_allows(d, k, p->entity)) {
                m->entity = p->entity;
                d->ents[p->entity].nmentions++;
            }
            break;
        }
    }
}

/* Does the body's name hold one of the '|'-separated words of `words`
 * (whole words, any case)? */
static int name_holds_any(const char *name, const char *words)
{
    if (!name)
        return 0;
    for (const char *w = words; *w;) {
        size_t n = strcspn(w, "|");
        char one[32];
        if (n && n < sizeof one) {
            memcpy(one, w, n);
            one[n] = '\0';
            if (word_in(name, one))
                return 1;
        }
        w += n + (w[n] == '|');
    }
    return 0;
}

/* The countries the outlet's copy is about by default (body_nouns.tsv
 * fourth column, "BBC News=United Kingdom+England+Wales"): the home country
 * first, then its parts, whose government "the government" still is; up to
 * the next ',' or the end.  NULL when the outlet has none. */
static const char *outlet_home(const doc *d, const lex_entry *bn)
{
    if (!bn->extra || !d->source.ptr)
        return NULL;
    for (const char *p = bn->extra; *p;) {
        size_t n = strcspn(p, ",");
        const char *eq = memchr(p, '=', n);
        if (eq && (size_t)(eq - p) == d->source.len && !memcmp(p, d->source.ptr, d->source.len))
            return eq + 1;
        p += n + (p[n] == ',');
    }
    return NULL;
}

/* Is country c one of the outlet's home list (outlet_home)? */
static int in_home(const char *home, const char *c)
{
    size_t cl = strlen(c);
    for (const char *p = home; p && *p && *p != ',';) {
        size_t n = strcspn(p, "+,");
        if (n == cl && !memcmp(p, c, n))
            return 1;
        p += n + (p[n] == '+');
    }
    return 0;
}

/* Is the description of tokens [from, to) a speaker: the subject of a
 * speech cue ("the union said", not "critics of the government say"), or
 * after one at its clause's end ("..., says the watchdog.")? */
static int desc_speaks(const doc *d, uint32_t from, uint32_t to)
{
    /* "according to the government": the one the words are attributed to */
    if (according_to_before(d, from))
        return 1;
    /* (a preposition's object, but "after the government said": "after",
     * "before" open a clause too, class beside) */
    if (from > 0 && (d->toks[from - 1].word_bits & W_PREP) &&
        !(d->toks[from - 1].word_bits & W_BESIDE))
        return 0;
    if (speech_follows(d, to, d->ntoks))
        return 1;
    /* "The group, which had owned 9.5 pct, said", "the group, led by X,
     * said": a relative or "led by" clause between the description and its
     * cue (to its closing comma, at most 24 words; else the body named last,
     * a regulator filed with, would stand for it) */
    if (is_punct(d, to, ',') && to + 2 < d->ntoks &&
        (tok_is(&d->toks[to + 1], "which") || tok_is(&d->toks[to + 1], "who") ||
         headed_by(d, to + 1))) {
        /* (within the sentence; an initial's or abbreviation's full stop,
         * "Edward A. Viner and Co", is no clause end) */
        for (uint32_t t = to + 2; t < d->ntoks && t < to + 26; t++) {
            if (d->toks[t].sent != d->toks[to].sent || is_punct(d, t, ';') || is_punct(d, t, ':') ||
                (d->toks[t].flags & T_QUOTE))
                break;
            if (is_punct(d, t, ','))
                return speech_follows(d, t + 1, d->ntoks);
        }
    }
    return from > 0 && (d->toks[from - 1].cats & (1u << LEX_SPEECH)) &&
           (to >= d->ntoks || is_punct(d, to, '.') || is_punct(d, to, ','));
}

/* A capitalised word that may be part of a body's name (fitting_name_in_text). */
static int name_cap_word(const doc *d, uint32_t t)
{
    const token *x = &d->toks[t];
    return (x->flags & T_CAP) && (x->flags & T_WORD) && !(x->flags & (T_POSS | T_ALLCAPS)) &&
           !(x->word_bits & W_NONNAME);
}

/* "and", "of" inside a body's name (fitting_name_in_text). */
static int name_joiner(const doc *d, uint32_t t)
{
    return tok_is(&d->toks[t], "and") || tok_is(&d->toks[t], "of");
}

/* "led by Far Hills, N.J., investor Natalie Koether": after a name ending
 * at t, a comma, a state's short name ("N.J.", "Calif.") and a comma
 * before a lower-case word: the name is the leader's home town. */
static int home_town(const doc *d, uint32_t t, uint32_t hi)
{
    if (t + 3 >= hi || !is_char(d, t, ',') || !(d->toks[t + 1].flags & T_CAP))
        return 0;
    for (uint32_t k = t + 2; k < hi && k < t + 6; k++) {
        if (is_char(d, k, ','))
            return d->text[d->toks[k - 1].end - 1] == '.' && k + 1 < hi &&
                   (d->toks[k + 1].flags & T_WORD) && !(d->toks[k + 1].flags & T_CAP);
        if (!is_char(d, k, '.') && !(d->toks[k].flags & T_CAP))
            return 0;
    }
    return 0;
}

/* "An investor group led by New York investor George Soros said ... The
 * group said" (body_nouns.tsv mark led): the party named in the nearest
 * "<noun> led by" (words.tsv by BY_HEADED) before description m, the noun
 * within four words before "led" and the party within twelve after "by"
 * (past title words and the leader's home town); -1 when none.  (Bounded:
 * 1500 tokens back.) */
static int group_leader(const doc *d, const mention *m)
{
    const token *head = &d->toks[m->tok_end - 1];
    uint32_t lo = m->tok_start > 1500 ? m->tok_start - 1500 : 0;
    for (uint32_t t = m->tok_start; t-- > lo + 1;) {
        if (!tok_is(&d->toks[t], "by") || !headed_by(d, t - 1) || (d->toks[t].flags & T_IN_QUOTE))
            continue;
        int noun = 0;
        for (uint32_t q = t - 1; q-- > lo && q + 6 > t && !noun;)
            noun = d->toks[q].lower_len == head->lower_len &&
                   !memcmp(d->toks[q].lower, head->lower, head->lower_len);
        if (!noun)
            continue;
        for (uint32_t q = t + 1; q < m->tok_start && q < t + 13; q++) {
            if (is_char(d, q, ';') || d->toks[q].sent != d->toks[t].sent ||
                (d->toks[q].word_bits & W_SUBORD))
                break;
            int x = mention_at(d, q);
            if (x < 0 || d->ments[x].tok_start != q)
                continue;
            const mention *p = &d->ments[x];
            if (p->kind == M_PERSON && home_town(d, p->tok_end, m->tok_start))
                continue;
            if ((p->kind == M_PERSON || p->kind == M_ORG) && p->entity >= 0 && !p->body_voice)
                return p->entity;
        }
        return -1; /* (the nearest "led by" decides) */
    }
    return -1;
}

/* "An investor group led by X said ... The group said": for a description
 * whose noun has the body_nouns.tsv mark led, as the subject of a speech
 * cue outside quotations, group_leader's party; else -1. */
static int led_group_voice(const doc *d, const mention *m)
{
    const lex_entry *bn = tok_lex(d, m->tok_end - 1, LEX_BODY_NOUN, NULL);
    if (!bn || !(bn->bits & BODY_LED) || (d->toks[m->tok_start].flags & T_IN_QUOTE) ||
        !desc_speaks(d, m->tok_start, m->tok_end))
        return -1;
    return group_leader(d, m);
}

/* "British Airways is to halt flights. The airline said": a name the
 * mention finder left alone, capitalised words around one of the kind's
 * name words (body_nouns.tsv) in the description's sentence or the three
 * before, outside quotations and the headline; the nearest, as a body
 * (also where the mention finder read a person: "Air Canada said").  Sets
 * *ent and returns 1; 0 when none, -1 when memory ran out. */
static int fitting_name_in_text(doc *d, const mention *m, const lex_entry *bn, int *ent)
{
    *ent = -1;
    uint32_t from = d->sents[m->sent >= 3 ? m->sent - 3 : 0].tok_start;
    /* (at most 300 words back: bounded per description) */
    if (m->tok_start > 300 && from < m->tok_start - 300)
        from = m->tok_start - 300;
    for (uint32_t t = m->tok_start; t-- > from;) {
        const token *x = &d->toks[t];
        if (!(x->flags & T_CAP) || (x->flags & (T_IN_QUOTE | T_ALLCAPS | T_POSS)) ||
            x->start < d->title_len || !name_holds_any(x->lower, bn->canon))
            continue;
        uint32_t a = t, b = t + 1, s0 = d->sents[x->sent].tok_start;
        uint32_t s1 = d->sents[x->sent].tok_end;
        /* (capitalised words, "and" or "of" between two of them: "United
         * Food and Commercial Workers") */
        for (;;) {
            if (a > s0 && name_cap_word(d, a - 1) && !(d->toks[a - 1].word_bits & W_DET))
                a--;
            else if (a > s0 + 1 && name_joiner(d, a - 1) && name_cap_word(d, a - 2) &&
                     !(d->toks[a - 2].word_bits & W_DET))
                a -= 2;
            else
                break;
        }
        for (;;) {
            if (b < s1 && name_cap_word(d, b))
                b++;
            else if (b + 1 < s1 && name_joiner(d, b) && name_cap_word(d, b + 1))
                b += 2;
            else
                break;
        }
        /* (a name of two words or more: "Air Canada", not a lone "Union") */
        if (b - a < 2)
            continue;
        const char *name = span_text(d, a, b);
        if (!name)
            return -1;
        /* "the central bank": a country's bank of issue, not "Pacific Bank" */
        if (m->central_bank && !central_bank_name(d, name))
            continue;
        return (*ent = body_entity(d, name)) < 0 ? -1 : 1;
    }
    return 0;
}

/* Tally country c into *one, the one country named so far, or *many. */
static void tally_country(const char **one, int *many, const char *c)
{
    if (*one && strcmp(*one, c))
        *many = 1;
    else if (!*one)
        *one = c;
}

/* "The government said" where the item names no government, "the central
 * bank said" where it names no bank of issue: the country the description
 * gives ("the Libyan central bank"), else the one country named in its
 * sentence or the two before, else the dateline's, else the outlet's home
 * country (body noun bn's; none without bn) when the item names no other,
 * else the one country the item names.  Its body is the one named
 * "<demonym><tail>" ("Norwegian government", "Malaysian central bank"), one
 * per item.  Sets *ent and returns 1; 0 when no country fits, -1 when
 * memory ran out. */
static int country_body(doc *d, size_t k, const lex_entry *bn, const char *tail, int *ent)
{
    *ent = -1;
    const mention *m = &d->ments[k];
    /* the one country named in its sentence or the two before (near), and
     * before it in the item (only: one named only later is no antecedent),
     * or many; among the last 512 mentions, as for the other descriptions */
    const char *near = NULL, *only = NULL;
    int near_many = 0, many = 0, in_near = 1;
    for (size_t j = k; j-- > 0 && k - j <= 512 && (in_near || !many);) {
        const mention *p = &d->ments[j];
        in_near = in_near && m->sent - p->sent <= 2;
        if (p->kind != M_COUNTRY || p->entity < 0 || !d->ents[p->entity].name)
            continue;
        if (in_near)
            tally_country(&near, &near_many, d->ents[p->entity].name);
        if (!many)
            tally_country(&only, &many, d->ents[p->entity].name);
    }
    /* (the outlet's home is the government's home only: a central bank
     * has none) */
    const char *home = bn ? outlet_home(d, bn) : NULL;
    size_t hl = home ? strcspn(home, "+,") : 0;
    const char *c = NULL;
    char buf[64];
    if (home && hl < sizeof buf) {
        memcpy(buf, home, hl);
        buf[hl] = '\0';
    } else
        home = NULL;
    /* (a part of the home country named, "Wales", is the home's) */
    if (m->country)
        c = m->country;
    else if (near && !near_many)
        c = home && in_home(home, near) ? buf : near;
    else if (d->dateline_country)
        c = d->dateline_country;
    else if (home && (!only || (!many && in_home(home, only))))
        c = buf;
    else if (only && !many)
        c = only;
    if (!c)
        return 0;
    const lex_entry *ce = lex_find_folded(d->lex, c, strlen(c), LEX_COUNTRY);
    if (!ce || !ce->extra2)
        return 0;
    size_t dl = strlen(ce->extra2), tl = strlen(tail);
    char name[96];
    if (dl + tl + 1 > sizeof name)
        return 0;
    memcpy(name, ce->extra2, dl);
    memcpy(name + dl, tail, tl + 1);
    const char *nm = arena_strndup(d->mem, name, dl + tl);
    if (!nm || (*ent = body_entity(d, nm)) < 0)
        return -1;
    if (!d->ents[*ent].country)
        d->ents[*ent].country = ce->canon;
    return 1;
}

/* The country's government (country_body) for "the government said". */
static int country_government(doc *d, size_t k, const lex_entry *bn, int *ent)
{
    return country_body(d, k, bn, " government", ent);
}

/* Does name hold a word that opens in lower case ("US bank")? */
static int lower_word_in(const char *name)
{
    for (const char *c = name; c && *c; c++)
        if ((c == name || c[-1] == ' ') && *c >= 'a' && *c <= 'z')
            return 1;
    return 0;
}

/* Is group description m headed by a word for sides ("the sides", "both
 * parties", "the two delegations": words.tsv group and side_group), which
 * may stand for countries or bodies as well as for people? */
static int side_words_group(const doc *d, const mention *m)
{
    if (m->tok_end <= m->tok_start)
        return 0;
    uint64_t bits = d->toks[m->tok_end - 1].word_bits;
    return (bits & W_GROUP) && (bits & W_SIDE_GROUP);
}

/* May mention p (a person or country, or for "the two companies" a
 * business, named before or after group description m) be one of m's
 * members?  A party the item names: a
 * country, or a person named with an office (on the entity, or on p: "Leo
 * Varadkar, the Taoiseach of Ireland"), a country, a known first name, an
 * honorific or a title run before the name (a long title the chain missed:
 * "... Portuguese Republic Augusto Silva").  Not a capitalised phrase read
 * as a name with none of these ("Governments", "Article V", "Desert
 * Storm", "Holy Mosques"), however often the item repeats it, nor an
 * office whose holder the item never names ("Canada's Deputy Prime
 * Minister": an entity of the description, with no surname). */
static int group_member_fits(doc *d, const mention *m, const mention *p)
{
    const entity *e = &d->ents[p->entity];
    /* (a lone name of no office may be a business the mention finder did
     * not know: "winemaker Southcorp") */
    /* ("US bank Wells Fargo": "US bank" is its description, no name;
     * "Wells Fargo", read as a person, is the firm) */
    if (m->group == GROUP_FIRMS)
        return (business_entity(d, p->entity) && !lower_word_in(e->name)) ||
               lone_person_name(d, p) || firm_like_name(d, (size_t)(p - d->ments));
    int countries = states_group(m);
    if (e->kind != (countries ? NSV_KIND_COUNTRY : NSV_KIND_PERSON))
        return 0;
    if (countries)
        return 1;
    /* ("Vladimir Putin held talks with President X ... Both presidents
     * noted" in a kremlin.ru readout: the outlet's own office holder is
     * named bare, and holds the office all the same) */
    int home =
        m->group == GROUP_PRESIDENTS && !e->role && holder_country(outlet_office(d), e->name);
    /* ("the national security advisors": not the president or minister
     * named between them; their own offices vary, "Secretary General") */
    if (m->group == GROUP_ADVISERS) {
        if (e->role && (role_contains(d->lex, "president", e->role) ||
                        role_contains(d->lex, "minister", e->role)))
            return 0;
    } else if (m->group != GROUP_ANYONE && !home &&
               !role_contains(d->lex, m->group == GROUP_MINISTERS ? "minister" : "president",
                              e->role))
        return 0;
    if (!e->surname)
        return 0;
    return e->role || p->role || e->country || given_name_first(d, e->name) || p->gender ||
           title_run_before(d, p->tok_start);
}

/* Per entity: 1 when every mention of it so far is a person's name in a
 * possessive ("President X's initiative"), before resolution adds
 * pronouns and descriptions.  NULL when memory ran out. */
static unsigned char *possessive_only_people(doc *d, size_t *n)
{
    *n = d->nents;
    unsigned char *f = arena_alloc(d->mem, d->nents + 1); /* zeroed */
    if (!f)
        return NULL;
    /* bit 1: named in a possessive; bit 2: named otherwise */
    for (size_t j = 0; j < d->nments; j++) {
        const mention *p = &d->ments[j];
        if (p->entity < 0 || (size_t)p->entity >= *n)
            continue;
        int poss =
            p->kind == M_PERSON && p->tok_end < d->ntoks && (d->toks[p->tok_end].flags & T_POSS);
        f[p->entity] |= poss ? 1 : 2;
    }
    for (size_t e = 0; e < *n; e++)
        f[e] = f[e] == 1;
    return f;
}

/* Is description m the holder's title inside the name of his office ("the
 * Office of the President")? */
static int office_of_role(const doc *d, const mention *m)
{
    uint32_t t = m->tok_start;
    return t >= 2 && tok_is(&d->toks[t - 1], "of") && d->toks[t - 2].sent == m->sent &&
           tok_is(&d->toks[t - 2], "office");
}

/* How far back (in mentions) an office description ("the President", "the
 * Prime Minister of Italy") looks for its holder.  The whole corpus finds
 * every holder it resolves within 123 mentions; before this bound the look
 * went back over every earlier mention, so an item of thousands of such
 * descriptions cost their square (as the other descriptions' look-backs,
 * 512 mentions). */
#define ROLE_LOOKBACK_MENTIONS 512

/* "Vladimir Putin and Viktor Orban discussed ...  The presidents expressed
 * ...": a translated readout calls its pair "the presidents" though one of
 * them holds another top office (titles.tsv mark top: Prime Minister,
 * Chancellor, Monarch).  With only the one president found[0], the other
 * member is the one person of another top office named in the group's
 * sentence or the two before (at most 64 mentions back), where the
 * president is named too; two such people leave the group unresolved.
 * Returns the number of members found. */
static int presidents_other_leader(doc *d, const mention *m, size_t k, int *found)
{
    int other = -1, near_president = 0;
    for (size_t j = k; j-- > 0 && k - j <= 64;) {
        const mention *p = &d->ments[j];
        if (p->sent + 2 < m->sent)
            break;
        if (p->entity < 0 || p->kind == M_GROUP_DESC || (d->toks[p->tok_start].flags & T_IN_QUOTE))
            continue;
        if (p->entity == found[0]) {
            near_president = 1;
            continue;
        }
        const entity *e = &d->ents[p->entity];
        if (e->kind != NSV_KIND_PERSON || !e->role || !e->surname || !top_office(d->lex, e->role) ||
            catch_all_role(d->lex, e->role) || role_contains(d->lex, "president", e->role))
            continue;
        if (other >= 0 && other != p->entity)
            return 1;
        other = p->entity;
    }
    if (other < 0 || !near_president)
        return 1;
    return add_member(found, 1, other);
}

nsv_code resolve_mentions(doc *d, nsv_error *err)
{
    const lex_entry *office = outlet_office(d);
    if (index_mentions_by_sentence(d) != 0)
        return out_of_memory(d->limits, err);
    index_mentions_by_token(d);
    size_t nposs = 0;
    const unsigned char *poss_only = possessive_only_people(d, &nposs);
    for (size_t k = 0; k < d->nments; k++) {
        mention *m = &d->ments[k];
        int appos; /* the person named in apposition to a titled description */
        int fit;   /* the one person a description's words fit (desc_fit) */
        int lead;  /* the party leading a group that speaks (led_group_voice) */
        if (he_or_she(m)) {
            /* the subject of this sentence, else of the nearest sentence before
             * that names a person (news prose keeps its subject) */
            uint32_t want = m->pronoun_bits & (W_PRONOUN_M | W_PRONOUN_F);
            int ent = closing_attribution_subject(d, m)
                          ? -1
                          : first_person_in(d, m->sent, m->tok_start, k, want);
            /* (past the usual four sentences only through the quotation
             * that '," he said' closes, which names no subject, to the
             * sentence that opened it) */
            int32_t closed_quote = quote_closed_in(d, m->sent);
            /* ('"...," he added': its sentence closes a quotation) */
            int closes = closed_quote >= 0 ||
                         (m->tok_start > 0 && (d->toks[m->tok_start - 1].flags & T_QUOTE_CLOSE));
            int skipped = 0;
            unsigned seen = 0, nquoted = 0;
            int spoke = 0;
            /* (likewise "She added ..." opening a sentence right after a
             * quotation run over several paragraphs, each opening its own
             * quotation: back to the sentence that opened the run) */
            int quote_run = sentence_subject_at(d, m->sent, m->tok_start);
            for (uint32_t s = m->sent; ent < 0 && s-- > 0 && m->sent - s <= 32;) {
                if (closed_quote >= 0 && sentence_quoted_only(d, s, closed_quote)) {
                    skipped = 1;
                    nquoted++;
                    continue;
                }
                if (quote_run && sentence_all_quoted(d, s)) {
                    skipped = 1;
                    nquoted++;
                    continue;
                }
                /* (and, right before that quotation with no narration
                 * between, another one's sentences that hold nothing else:
                 * 'The President said: "A. B. C. D." "E," he added' goes
                 * back to the sentence that opened the first) */
                if ((skipped || closes) && seen == 0 && sentence_all_quoted(d, s)) {
                    nquoted++;
                    continue;
                }
                quote_run = 0;
                closed_quote = -1;
                /* (past the sentence that opened the quotation, up to four
                 * narrated sentences, the quotation's own not counted, while
                 * none of them speaks: "The Kyiv official said" is an
                 * unnamed voice, not the person named before him) */
                uint32_t distance = spoke ? m->sent - s : m->sent - s - nquoted;
                if (distance > 4 && !(skipped && seen == 0))
                    break;
                seen++;
                if (unnamed_voice_opens(d, s, k, want))
                    break;
                ent = first_person_in(d, s, UINT32_MAX, k, want);
                spoke |= skipped && speaks_outside_quotes(d, s);
            }
            m->entity = ent;
        } else if (m->kind == M_PRONOUN && (m->pronoun_bits & W_PRONOUN_N)) {
            /* "it said": the body the sentence or the one before is about */
            int ent = first_body_in(d, m->sent, m->tok_start, k);
            for (uint32_t s = m->sent; ent < 0 && s-- > 0 && m->sent - s <= 2;)
                ent = first_body_in(d, s, UINT32_MAX, k);
            m->entity = ent;
        } else if (m->kind == M_DESC && m->body_voice) {
            /* "a company spokesman": the business "the company" is */
            const token *h = m->tok_end >= 2 ? &d->toks[m->tok_end - 2] : NULL;
            int firm = h && (h->word_bits & W_FIRM) && !(h->flags & T_CAP);
            if (firm) {
                int b = business_before(d, m->tok_start);
                if (b >= 0)
                    m->entity = d->ments[b].entity;
            }
            /* "a government spokesman said": the government "the
             * government said" would be (body_nouns.tsv country mark) */
            const lex_entry *gov =
                h && !firm && !(h->flags & T_CAP) && !(d->toks[m->tok_start].flags & T_IN_QUOTE)
                    ? tok_lex(d, m->tok_end - 2, LEX_BODY_NOUN, NULL)
                    : NULL;
            if (gov && (gov->bits & BODY_COUNTRY)) {
                if (country_government(d, k, gov, &m->entity) < 0)
                    goto nomem;
                firm = 1;
            }
            /* "the spokesman": the last spokesperson's body (within the
             * item's last 512 mentions: an item of thousands of unnamed
             * spokesmen would otherwise cost quadratic time) */
            /* ("Mr Blair's official spokesman urged ... The spokesman
             * said": the one whose spokesman was named) */
            /* (a named one only for "the spokesman" speaking, never "X,
             * Spokesperson and Chief Advisor" in apposition) */
            const int named_ok =
                tok_is(&d->toks[m->tok_start], "the") && desc_speaks(d, m->tok_start, m->tok_end);
            for (size_t j = k; j-- > 0 && k - j <= 512 && !firm;)
                /* ("White House spokesman Marlin Fitzwater said ... the
                 * spokesman added": the spokesperson named last) */
                if ((d->ments[j].body_voice || spokes_named_body(d, j) ||
                     (named_ok && d->ments[j].kind == M_PERSON && d->ments[j].role &&
                      !strcmp(d->ments[j].role, "Spokesperson") &&
                      !(d->toks[d->ments[j].tok_start].flags & T_IN_QUOTE)) ||
                     (d->ments[j].tok_end < d->ntoks &&
                      (d->toks[d->ments[j].tok_end].flags & T_POSS) &&
                      d->ments[j].kind != M_PRONOUN &&
                      spokesperson_after(d, d->ments[j].tok_end + 1))) &&
                    d->ments[j].entity >= 0) {
                    m->entity = d->ments[j].entity;
                    break;
                }
        } else if (m->kind == M_DESC && m->role && office_of_role(d, m)) {
            /* "The Office of the President called on ...": the office
             * speaks, not the holder */
            m->entity = -1;
        } else if (m->kind == M_DESC && m->seat) {
            m->entity = seat_holder(d, k);
        } else if (m->kind == M_DESC && m->role && (appos = appositive_name(d, k)) >= 0) {
            /* "spoke with the German Chancellor, Gerhard Schroeder": the
             * name in apposition, not a holder looked up before it */
            m->entity = appos;
        } else if (m->kind == M_DESC && m->role && catch_all_role(d->lex, m->role) && !m->country &&
                   tok_is(&d->toks[m->tok_start], "the") &&
                   (fit = desc_fit(d, k, 0, NULL, NULL)) != -2) {
            m->entity = fit;
        } else if (m->kind == M_DESC && m->role) {
            /* with a country: the nearest holder of that office there; bare
             * ("the President"): the most mentioned holder so far, the
             * item's protagonist, who is who a readout means */
            int best = -1, loose = -1, bare = -1, roleless = -1, own = -1;
            /* (a person named by an honorific and surname alone who may hold
             * the office, as roleless: -1 none yet, -2 more than one) */
            int hon_roleless = -1;
            /* "the President of Russia" in a kremlin.ru item: the outlet's
             * own office, whose holder the table gives, not a bare name */
            int own_office = m->country && office && !strcmp(office->extra2, m->country);
            /* the description's role marks (titles.tsv), read once for all
             * the candidates below */
            int top = top_office(d->lex, m->role), generic = generic_role(d->lex, m->role);
            int principal = role_marked(d->lex, m->role, TITLE_PRINCIPAL, 1);
            /* "Vladimir Putin held talks with the Prime Minister of
             * Denmark": the counterpart after "with" is not the person
             * of the same sentence who talks with him (a named office,
             * not a generic "leader" read off a long title) */
            int counterpart = m->tok_start > 0 && tok_is(&d->toks[m->tok_start - 1], "with") &&
                              tok_is(&d->toks[m->tok_start], "the") && top &&
                              !catch_all_role(d->lex, m->role);
            /* "Mr Putin held talks with his Slovak counterpart": someone's
             * counterpart is not the office-less person named before (most
             * often the one whose counterpart he is): named later, or no one
             * (resolve_counterparts_ahead) */
            int own_counterpart = possessive_counterpart(d, m);
            /* ("the President of Indonesia": the country spelled after
             * "of", not a demonym, "the French official") */
            int of_country_desc = 0;
            for (uint32_t t = m->tok_start; m->country && t < m->tok_end && !of_country_desc; t++)
                of_country_desc = tok_is(&d->toks[t], "of");
            /* (whether that country is named here for the first time: the
             * same for every candidate, asked once; -1 until then) */
            int country_first = -1;
            for (size_t j = k; j-- > 0 && k - j <= ROLE_LOOKBACK_MENTIONS;) {
                const mention *p = &d->ments[j];
                if (p->entity < 0 || p->kind == M_PRONOUN)
                    continue;
                const entity *e = &d->ents[p->entity];
                if (e->kind != NSV_KIND_PERSON)
                    continue;
                /* "Ilham Aliyev, for his part, noted ... According to the
                 * President of Azerbaijan": last of all, a person named with
                 * no office or country may hold a country's top office */
                if (m->country && roleless < 0 && !own_counterpart && !e->role && !e->country &&
                    top && p->sent + 3 >= m->sent && !own_office &&
                    !(counterpart && p->sent == m->sent) && !holder_country(office, e->name)) {
                    /* ("Mr Voronin ... The Moldovan President praised": a
                     * surname after an honorific too, when the country was
                     * named before; not "Mr. Orban ... I spoke with the
                     * President of Colombia", a country named here first) */
                    /* (and only the one such surname there: "Mr Voronin
                     * informed Mr Reed" leaves the President unknown) */
                    if (given_name_first(d, e->name))
                        roleless = p->entity;
                    else if (hon_roleless != -2 && hon_roleless != p->entity &&
                             honorific_before(d, p)) {
                        if (country_first < 0)
                            country_first = !country_named_before(d, k, m->country);
                        hon_roleless = country_first      ? hon_roleless
                                       : hon_roleless < 0 ? p->entity
                                                          : -2;
                    }
                }
                /* a bare "the President" in the outlet's own release is its
                 * principal when named, not a visitor named more often; the
                 * release names him bare, with no office ("Vladimir Putin
                 * congratulated President of Belarus X ... the President
                 * stressed") */
                if (own < 0 && principal && !m->country &&
                    !(d->toks[m->tok_start].flags & T_IN_QUOTE) &&
                    (holder_country(office, e->name) ||
                     holder_named_otherwise(d, office, e, m->role)))
                    own = p->entity;
                /* ("The Secretary of State for Culture, Media and Sport,
                 * Tessa Jowell, ... The culture secretary said": the office
                 * a description in apposition gave a person of none) */
                if (!role_matches_memo(d, m->role, e->role) &&
                    !(!e->role && p->kind == M_DESC && p->role &&
                      role_matches_memo(d, m->role, p->role)))
                    continue;
                const char *ec = e->country;
                if (m->country && !ec)
                    ec = holder_country(office, e->name);
                if (m->country && ec && strcmp(m->country, ec))
                    continue;
                if (m->country && !ec && (own_counterpart || (counterpart && p->sent == m->sent)))
                    continue;
                /* ("I discussed it with President Ursula von der Leyen.
                 * I spoke today with the President of Indonesia": a
                 * country the item names here for the first time brings a
                 * new holder, not one of no known country named before) */
                if (m->country && !ec && of_country_desc) {
                    if (country_first < 0)
                        country_first = !country_named_before(d, k, m->country);
                    if (country_first)
                        continue;
                }
                if (m->country && !ec) {
                    /* "the President of Turkey": a holder of no known country
                     * only when none of that country holds the office; one
                     * with a known office first ("the Turkish leader" is
                     * not the bare name mentioned last) */
                    if (loose < 0 && e->role)
                        loose = p->entity;
                    if (bare < 0)
                        bare = p->entity;
                    continue;
                }
                if (m->country) {
                    /* "the Russian leader", "the Russian head of state": a
                     * country's minister or aide is not who a generic head
                     * means */
                    if (generic && e->role && !top_office(d->lex, e->role))
                        continue;
                    best = p->entity;
                    break;
                }
                if (best < 0 || e->nmentions > d->ents[best].nmentions)
                    best = p->entity;
            }
            if (own >= 0)
                best = own;
            /* (in the outlet's own office, "the President of Russia" in a
             * kremlin.ru item, only its holder on the item's day, "President
             * Putin": not the European Council's President named with no
             * country; the holder is found below when none is) */
            if (best < 0 && own_office && role_marked(d->lex, m->role, TITLE_OFFICE_HOLDER, 1)) {
                const char *sur = name_surname(office->canon);
                if (loose >= 0 && !has_surname(&d->ents[loose], sur))
                    loose = -1;
                if (bare >= 0 && !has_surname(&d->ents[bare], sur))
                    bare = -1;
            }
            if (roleless < 0 && hon_roleless >= 0)
                roleless = hon_roleless;
            if (best < 0)
                best = loose >= 0 ? loose : bare >= 0 ? bare : roleless;
            /* "Vladimir Putin had a meeting ... the President noted" in a
             * kremlin.ru item: no one holds the title in the text, so the
             * outlet's own office holder on the item's date is meant (the
             * table's name; a person so named in the item is that one) */
            /* (not "the President's wife", "the adviser to the President",
             * "the wife of the President": someone else, named through the
             * office; "the head of state" and "the acting president" (Putin
             * in kremlin.ru items of early 2000), not "the head of
             * government") */
            /* ("Russia's acting president": a country's possessive opening
             * the description is no other office; "according to the
             * President" is him) */
            int poss = m->tok_end < d->ntoks && (d->toks[m->tok_end].flags & T_POSS) &&
                       !spokesperson_after(d, m->tok_end + 1);
            for (uint32_t t = m->tok_start + 2; t < m->tok_end && !poss; t++)
                poss = (d->toks[t].flags & T_POSS) != 0;
            /* (but "met with the President", "talks with the chancellor":
             * the one met is the holder himself; not "with President of
             * the Austrian Association X", another body's president) */
            int met_holder = m->tok_start > 1 && tok_is(&d->toks[m->tok_start - 1], "with") &&
                             tok_is(&d->toks[m->tok_start], "the") &&
                             !(m->tok_end < d->ntoks && tok_is(&d->toks[m->tok_end], "of"));
            if (m->tok_start > 1 && (d->toks[m->tok_start - 1].word_bits & W_PREP) &&
                !according_to_before(d, m->tok_start) && !met_holder)
                poss = 1;
            /* "Tony Blair ... the prime minister said" in a BBC item that
             * gives Blair no title: the outlet's home office (Prime
             * Minister, Chancellor) is its holder's, when the item names
             * that holder (office_holders.tsv) */
            /* (and "Scotland's first minister", "Britain's prime minister":
             * the holder of that country's office) */
            if (best < 0 && !poss && !(d->toks[m->tok_start].flags & T_IN_QUOTE) &&
                (tok_is(&d->toks[m->tok_start], "the") || m->country))
                best = home_office_holder(d, m->role, m->country);
            if (best < 0 && office && !poss && !(d->toks[m->tok_start].flags & T_IN_QUOTE))
                best = own_office_person(d, m, office);
            /* "European Council President Charles Michel ... The President
             * of the European Council noted": no holder of the role by its
             * name (his title was read as "President" of a body), but one
             * person introduced with every word of the description */
            if (best < 0 && !poss && tok_is(&d->toks[m->tok_start], "the") &&
                !(d->toks[m->tok_start].flags & T_IN_QUOTE)) {
                int f = desc_fit(d, k, 1, NULL, NULL);
                if (f >= 0)
                    best = f;
            }
            m->entity = best;
            /* "Iraq's national security advisor", "Rwanda's information
             * minister": an office of a named country identifies a party
             * even when the item never names the holder */
            /* (not "his Azerbaijani counterpart": someone's counterpart
             * is a person the item may name later, not a party of its own) */
            const token *first = &d->toks[m->tok_start];
            /* "an Indian official", "a visiting U.S. Mint official": one of
             * many, filed so that "he" and "the official" find him, but
             * marked as unnamed (no speaker of his own) */
            int one_of_many = indefinite_article(first);
            for (uint32_t a = m->tok_start, n = 0; a > 0 && n < 3 && !one_of_many; a--, n++) {
                const token *p = &d->toks[a - 1];
                if (one_of_many_word(p))
                    one_of_many = 1;
                else if (!(p->flags & T_WORD) || (p->flags & T_CAP) || p->word_bits)
                    break;
            }
            /* (not "the ...", "his ...", nor a body's voice) */
            int country_office = m->entity < 0 && m->country && !tok_is(first, "the") &&
                                 !personal_possessive(first) && !m->body_voice;
            if (country_office && !one_of_many)
                m->entity = named_next(d, k);
            if (country_office && m->entity < 0 &&
                strcmp(m->role, "Diplomat")) { /* "a U.S. diplomat" */
                const char *name = span_text(d, m->tok_start, m->tok_end);
                if (!name || (m->entity = add_entity(d, NSV_KIND_PERSON, name, NULL, m->role,
                                                     m->country)) < 0)
                    goto nomem;
                if (one_of_many)
                    d->ents[m->entity].unnamed = 1;
            }
        } else if (m->kind == M_DESC && m->ranked) {
            m->entity = ranked_body(d, k);
        } else if (m->kind == M_DESC && m->name && (lead = led_group_voice(d, m)) >= 0) {
            m->entity = lead;
        } else if (m->kind == M_DESC && m->name) {
            /* "the ministry": the last body whose name holds the head word;
             * "the company", "the union": else the last body named nearby */
            int fallback = -1, unknown = -1, object_fallback = -1;
            size_t fallback_at = 0, match_at = 0, object_at = 0;
            /* a noun of body_nouns.tsv: a body whose name holds a word of
             * its kind fits ("the airline": "British Airways"); only a
             * firm word (words.tsv) lets another business named nearby
             * stand in */
            /* (as the subject of a speech cue: elsewhere, a party met or a
             * signatory, the plain rule stands) */
            const lex_entry *bn = tok_lex(d, m->tok_end - 1, LEX_BODY_NOUN, NULL);
            const int speaks = desc_speaks(d, m->tok_start, m->tok_end);
            if (bn && !speaks)
                bn = NULL;
            /* "the central bank" (try_org_desc): a body named with "bank"
             * that no legal form makes a business; no fallback */
            const int central = m->central_bank;
            /* "the union", "the committee": a body that is no business is
             * never the company named last ("Dart Group Corp") */
            const int public_head = (d->toks[m->tok_end - 1].word_bits & W_PUBLIC_BODY) &&
                                    !(d->toks[m->tok_end - 1].word_bits & W_FIRM);
            /* (the last 512 mentions, as for "the spokesman") */
            for (size_t j = k; j-- > 0 && k - j <= 512;) {
                const mention *p = &d->ments[j];
                if (central) {
                    if (p->kind == M_ORG && p->entity >= 0 && !p->body_voice &&
                        !d->ents[p->entity].company && m->sent - p->sent <= 3 &&
                        role_matches_memo(d, m->name, d->ents[p->entity].name) &&
                        central_bank_name(d, d->ents[p->entity].name)) {
                        m->entity = p->entity;
                        break;
                    }
                    continue;
                }
                /* "Umbro said ... The firm, which ..., said": a lone name
                 * read as a person (no first name, office or country) may
                 * be the body, when no body is near */
                /* (not one an honorific names: "Mr Howard has also stepped
                 * down, the company said") */
                if ((d->toks[m->tok_end - 1].word_bits & W_FIRM) && unknown < 0 &&
                    m->sent - p->sent <= 3 && (lone_person_name(d, p) || firm_like_name(d, j)) &&
                    !(d->toks[p->tok_start].flags & T_IN_QUOTE))
                    unknown = p->entity;
                if (p->kind != M_ORG || p->entity < 0 || p->body_voice)
                    continue;
                if (role_matches_memo(d, m->name, d->ents[p->entity].name) ||
                    (bn && bn->canon && !outlet_mention(d, (int)j) &&
                     (name_holds_any(d->ents[p->entity].name, bn->canon) ||
                      kind_noun_after(d, p, bn)))) {
                    m->entity = p->entity;
                    match_at = j;
                    break;
                }
                int firm = (d->toks[m->tok_end - 1].word_bits & W_FIRM) != 0;
                if (bn && !firm)
                    continue;
                /* "the delegation met with ...": a side's group (words.tsv
                 * side_group, any value: "the delegation", "the
                 * negotiators") is the travellers the item named, not the
                 * last body named nearby ("including the Montana Group.
                 * The delegation also met") */
                if (d->toks[m->tok_end - 1].word_bits & W_SIDE_GROUP)
                    continue;
                /* (what follows only picks the fallback: once found, or
                 * past three sentences, its look-ups are not made) */
                if (fallback >= 0 || m->sent - p->sent > 3)
                    continue;
                /* "the company" is a business: not the regulator or the
                 * ministry named in between; a news outlet that reported
                 * it is not "the government", nor, in its own copy, "the
                 * company" (a media company elsewhere may be) */
                if ((firm && (public_body(d, d->ents[p->entity].name) ||
                              union_body(d, d->ents[p->entity].name))) ||
                    (outlet_mention(d, (int)j) &&
                     (!firm || (d->source.ptr && same_outlet(d->ents[p->entity].name, d->source)))))
                    continue;
                if (public_head && d->ents[p->entity].company)
                    continue;
                /* "... sold four brands to <Middleton Inc> ...  The company
                 * said": a speaking firm word stands for a business named
                 * as a subject within the three sentences before over one
                 * named as an object or an example, which is kept only as
                 * the last resort */
                if (firm && speaks && object_business(d, j)) {
                    if (object_fallback < 0) {
                        object_fallback = p->entity;
                        object_at = j;
                    }
                    continue;
                }
                fallback = p->entity;
                fallback_at = j;
            }
            if (fallback < 0 && object_fallback >= 0 &&
                !name_speaks_before(d, d->ments[object_at].tok_start)) {
                fallback = object_fallback;
                fallback_at = object_at;
            }
            /* "..., MPs have warned.  ..., the Environmental Audit Committee
             * said": a bare description in the lede is the body named after */
            if (m->entity < 0 && bn && (bn->bits & BODY_BARE) && bn->canon &&
                !tok_is(&d->toks[m->tok_start], "the"))
                m->entity = lede_body_after(d, k, bn);
            /* "BNL said in a statement ... The bank said", "Novartis said
             * it would merge departments ... the firm said": a speaking
             * business description is the business that spoke last, in
             * its sentence or the one before, over one named in passing
             * since it was found ("a venture with the State Bank of the
             * USSR", "overtake Teva Pharmaceuticals") */
            if ((d->toks[m->tok_end - 1].word_bits & W_FIRM) && !central &&
                desc_speaks(d, m->tok_start, m->tok_end)) {
                size_t found_at = m->entity >= 0 ? match_at : fallback >= 0 ? fallback_at : 0;
                int found = m->entity >= 0 ? m->entity : fallback;
                int sp = last_business_speaker(d, k, bn, found_at, found);
                if (sp >= 0 && sp != found)
                    m->entity = sp;
            }
            /* "the central bank said" with no bank of issue named: the
             * country's, as for "the government" */
            if (m->entity < 0 && central && !(d->toks[m->tok_start].flags & T_IN_QUOTE)) {
                /* (only where the item names no bank before: "Bank Negara
                 * Malaysia said" is left to the statement's voice; a
                 * capitalised "Bank" among the 2,000 tokens before) */
                int named = 0;
                for (uint32_t t = m->tok_start; t-- > 0 && m->tok_start - t <= 2000 && !named;)
                    named = (d->toks[t].flags & T_CAP) && tok_is(&d->toks[t], "bank");
                if (!named && country_body(d, k, NULL, " central bank", &m->entity) < 0)
                    goto nomem;
            }
            /* "the Venezuelan company said" after "PDVSA and Union Pacific":
             * the last body named may be a partner of another country; the
             * business that spoke last is found with the statement */
            if (m->entity < 0 && m->country)
                continue;
            if (m->entity < 0)
                m->entity = fallback >= 0 ? fallback : unknown;
            if (m->entity < 0 && bn && bn->canon && !(bn->bits & BODY_COUNTRY) &&
                !(d->toks[m->tok_start].flags & T_IN_QUOTE) &&
                fitting_name_in_text(d, m, bn, &m->entity) < 0)
                goto nomem;
            /* "The government said" with no government named: the country
             * the item is about, as the subject of a speech cue */
            if (m->entity < 0 && bn && (bn->bits & BODY_COUNTRY) &&
                !(d->toks[m->tok_start].flags & T_IN_QUOTE) &&
                country_government(d, k, bn, &m->entity) < 0)
                goto nomem;
            /* "the company said" paragraphs after the company was last
             * named: a business item's protagonist, the business named most
             * (no regulator, ministry or outlet) */
            if (m->entity < 0 && !central && (d->toks[m->tok_end - 1].word_bits & W_FIRM)) {
                int best = -1;
                /* (among the last 512 mentions: an item of thousands of
                 * "the company said" must not cost quadratic time) */
                for (size_t j = k > 512 ? k - 512 : 0; j < k; j++) {
                    const mention *p = &d->ments[j];
                    if (p->kind != M_ORG || p->entity < 0 || p->body_voice ||
                        outlet_mention(d, (int)j))
                        continue;
                    const entity *e = &d->ents[p->entity];
                    if (e->nmentions < 2 || !e->name || public_body(d, e->name))
                        continue;
                    if (best < 0 || e->nmentions > d->ents[best].nmentions)
                        best = p->entity;
                }
                /* "Shares in Cairn Energy, a UK oil firm, fell. The company
                 * said ...", with Cairn named as a body only later: no
                 * business before, so the one the item names most, later
                 * ones and lone names read as people ("But Cairn said")
                 * too; a lone name with no first name, office or country,
                 * named at least twice outside quotations; only for a
                 * speaking description (desc_speaks, as for the body nouns:
                 * "the firm's internal controls" may be any firm's) */
                if (best < 0 && desc_speaks(d, m->tok_start, m->tok_end)) {
                    int lone = -1;
                    for (size_t j = k + 1; j < d->nments && j - k <= 512; j++) {
                        const mention *p = &d->ments[j];
                        if (p->entity < 0 || p->body_voice || outlet_mention(d, (int)j) ||
                            (d->toks[p->tok_start].flags & T_IN_QUOTE))
                            continue;
                        const entity *e = &d->ents[p->entity];
                        if (e->nmentions < 2 || !e->name || strchr(e->name, ' ') ||
                            !((p->kind == M_ORG && business_entity(d, p->entity)) ||
                              lone_person_name(d, p)))
                            continue;
                        if (lone < 0 || e->nmentions > d->ents[lone].nmentions)
                            lone = p->entity;
                    }
                    best = lone;
                }
                m->entity = best;
            }
        } else if (bare_two(d, m)) {
            /* a bare "the two" names no office its members hold: the
             * parties of the meeting just reported (statements.c), not the
             * last two people named ("to discuss the Prime Minister's
             * visit") */
            continue;
        } else if (m->kind == M_GROUP_DESC) {
            int want = m->count ? m->count : 2;
            int found[MAX_GROUP];
            int n = 0;
            /* ("President X's 'One Billion Trees' initiative": a person the
             * item names only in possessives is whose things are, no side,
             * while the item names enough others; else, "President Biden's
             * and President Xi's decision ... the Leaders' Summit", they are
             * all it has) */
            int skip_poss = !states_group(m) && poss_only;
            int latest = -1; /* the mention of the latest member found */
            for (int pass = 0; pass < 2; pass++) {
                int skipped = 0;
                n = 0;
                latest = -1;
                /* (the last 512 mentions: "the presidents" repeated
                 * thousands of times must not cost quadratic time) */
                for (size_t j = k; j-- > 0 && k - j <= 512 && n < want && n < MAX_GROUP;) {
                    const mention *p = &d->ments[j];
                    if (p->entity < 0 || p->kind == M_PRONOUN || p->kind == M_GROUP_DESC)
                        continue;
                    if (!group_member_fits(d, m, p))
                        continue;
                    if (skip_poss && (size_t)p->entity < nposs && poss_only[p->entity]) {
                        skipped = 1;
                        continue;
                    }
                    if (n == 0)
                        latest = (int)j;
                    n = add_member(found, n, p->entity);
                }
                if (n >= want || !skipped)
                    break;
                skip_poss = 0;
            }
            /* "A of France, B of Germany and C of Italy held a call. The
             * leaders discussed ...": an uncounted group whose two latest
             * members close a list of more people names the whole list */
            int too_long = 0;
            if (n == 2 && latest >= 0 && !group_counted(d, m)) {
                int whole = whole_list_group(d, m, latest, found, n);
                if (whole < 0)
                    too_long = 1;
                else
                    n = whole;
            }
            if (n < want && m->role && !states_group(m)) {
                /* "Putin held talks with President Nazarbayev. The
                 * presidents said": a person the item gives no office, but
                 * a first name, may hold it; nearby only */
                for (size_t j = k; j-- > 0 && n < want && n < MAX_GROUP;) {
                    const mention *p = &d->ments[j];
                    if (p->sent + 3 < m->sent)
                        break;
                    if (p->entity < 0 || p->kind != M_PERSON)
                        continue;
                    const entity *e = &d->ents[p->entity];
                    if (e->kind != NSV_KIND_PERSON || e->role || !given_name_first(d, e->name))
                        continue;
                    n = add_member(found, n, p->entity);
                }
            }
            if (n == 1 && want == 2 && m->group == GROUP_PRESIDENTS)
                n = presidents_other_leader(d, m, k, found);
            if (n < want && want == 2 && !m->role && side_words_group(d, m)) {
                /* "Russia and the European Union agreed ... The parties
                 * also noted": sides named as countries or bodies, no
                 * people; nearby only (its sentence and the two before),
                 * and named as a pair, or the group stays unresolved */
                int alt[MAX_GROUP];
                int na = 0;
                for (size_t j = k; j-- > 0 && na < want && na < MAX_GROUP;) {
                    const mention *p = &d->ments[j];
                    if (p->sent + 2 < m->sent)
                        break;
                    if (p->entity < 0 || (p->kind != M_COUNTRY && p->kind != M_ORG) ||
                        p->body_voice || outlet_mention(d, (int)j) ||
                        (d->toks[p->tok_start].flags & T_IN_QUOTE))
                        continue;
                    na = add_member(alt, na, p->entity);
                }
                if (na == 2 && joined_pair(d, (int)k, alt[1], alt[0])) {
                    for (int q = 0; q < na; q++)
                        found[q] = alt[q];
                    n = na;
                }
            }
            if (n < want && m->count > 2) {
                /* "the leaders of the three states" opening a story, named in
                 * the next sentences: look ahead as far as two sentences
                 * (the same kind of member as behind: no thing's name; for
                 * "the three countries", countries named as such) */
                int ahead[MAX_GROUP];
                int na = 0;
                mention_kind kind = states_group(m) ? M_COUNTRY : M_PERSON;
                for (size_t j = k + 1; j < d->nments && na < want && na < MAX_GROUP; j++) {
                    const mention *p = &d->ments[j];
                    if (p->sent > m->sent + 2)
                        break;
                    if (p->entity < 0 || p->kind != kind || !group_member_fits(d, m, p))
                        continue;
                    na = add_member(ahead, na, p->entity);
                }
                /* ("met with President X ... the leaders of the three states":
                 * the two named before stay, when no more are named after) */
                if (na > n || n < 2) {
                    /* keep text order below: reverse what was found forward */
                    for (int q = 0; q < na; q++)
                        found[q] = ahead[na - 1 - q];
                    n = na >= 2 ? na : 0;
                }
            }
            /* (a list's tail is no pair: such a group stays unresolved) */
            if (n == 2 && states_group(m) && list_tail_pair(d, (int)k, found[1], found[0]))
                n = 0;
            if (n >= 2)
                n = same_group_before(d, k, found, n);
            if (n == 2 && want == 2 && !states_group(m))
                readout_pair(d, k, found);
            /* (a counted "two sides" never takes two members of one
             * delegation: such a group stays unresolved) */
            if (n == 2 && want == 2 && side_words_group(d, m) &&
                one_delegation(d, k, found[0], found[1]))
                n = 0;
            if (too_long)
                n = 0;
            /* "the leaders of Poland and Lithuania" after the presidents of
             * Ukraine, Poland and Lithuania: the people of those two
             * countries, the latest of each named before, when both are */
            const char *pc[2];
            if (pair_countries(d, m, pc)) {
                int of[2] = {-1, -1};
                for (size_t j = k; j-- > 0 && k - j <= 512 && (of[0] < 0 || of[1] < 0);) {
                    const mention *p = &d->ments[j];
                    if (p->entity < 0 || p->kind != M_PERSON)
                        continue;
                    const char *c = d->ents[p->entity].country;
                    for (int q = 0; q < 2 && c; q++)
                        if (of[q] < 0 && !strcmp(c, pc[q]) && p->entity != of[1 - q])
                            of[q] = p->entity;
                }
                if (of[0] >= 0 && of[1] >= 0) {
                    /* (found[] is read latest first) */
                    found[0] = of[1];
                    found[1] = of[0];
                    n = 2;
                } else if (n < 2) {
                    /* (no two people named: the two countries speak) */
                    found[0] = country_entity(d, pc[1]);
                    found[1] = country_entity(d, pc[0]);
                    if (found[0] < 0 || found[1] < 0)
                        goto nomem;
                    n = 2;
                }
            }
            if (n >= 2) {
                m->members = arena_alloc(d->mem, (size_t)n * sizeof *m->members);
                if (!m->members)
                    goto nomem;
                /* text order reads better: first mentioned first */
                for (int q = 0; q < n; q++)
                    m->members[q] = found[n - 1 - q];
                m->n_members = n;
                m->entity = m->members[0];
            }
        }
        if (m->entity >= 0) {
            d->ents[m->entity].resolved = 1;
            d->ents[m->entity].last_mention = (int)k;
            if (m->kind == M_PRONOUN || m->kind == M_DESC)
                d->ents[m->entity].nmentions++;
        }
    }
    resolve_counterparts_ahead(d);
    resolve_roles_ahead(d);
    resolve_roles_behind(d);
    return NSV_OK;
nomem:
    return out_of_memory(d->limits, err);
}

/* The entity of a country by its canonical name, added when the item has
 * only named it through a person ("President of Norway X"): events that
 * stand for the countries of their leaders need it.  -1 on no memory. */
int country_entity(doc *d, const char *name)
{
    int ent = find_entity(d, NSV_KIND_COUNTRY, name);
    return ent >= 0 ? ent : add_entity(d, NSV_KIND_COUNTRY, name, NULL, NULL, name);
}

/* The entity of a body the rules name from a span the mention finder left
 * alone ("between Transmashholding and Kazakh Railways"): one per name. */
int body_entity(doc *d, const char *name)
{
    int ent = find_entity(d, NSV_KIND_ORGANIZATION, name);
    return ent >= 0 ? ent : add_entity(d, NSV_KIND_ORGANIZATION, name, NULL, NULL, NULL);
}

int named_person_entity(doc *d, const char *name, const char *role, const char *country)
{
    return person_entity(d, name, name_surname(name), role, country, 0, 0);
}

/* The body entity tokens [from, to) name, one space between words (a
 * meeting's own name, "Summit of the Americas"; a signatory the mention
 * finder did not read): found or made by its text, with no mention of its
 * own, so the name changes no speaker or party look-up.  -1 when memory ran
 * out. */
int span_body_entity(doc *d, uint32_t from, uint32_t to)
{
    const char *name = span_text(d, from, to);
    return name ? body_entity(d, name) : -1;
}
