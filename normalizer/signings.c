/* signings.c - who signed which document: active signings with their
 * signatories and one event per document named ("an agreement on A and a
 * memorandum on B"), passive signings ("a joint communique was signed"),
 * "the recently signed agreement between A and B", "the signing of X". */
#include <string.h>
#include <strings.h>

#include "normalizer.h"

#define MAX_DOCS 8
/* "signed into law:" lists one paragraph per bill; a busy day's release
 * lists dozens (up to ~50 in the corpus), each its own signing */
#define MAX_BILLS 64

typedef struct doc_np {
    uint32_t start, end; /* tokens of the title: [start, end) */
    const char *kind;
    const char *prefix; /* "agreement" for list items "on X", else NULL */
    uint32_t topic;     /* token after the document noun ("on" of "agreement on X") */
    /* the phrase a split-off item came from (split_np), or 0, 0:
     * its date is read around the whole phrase, not inside it */
    uint32_t whole_start, whole_end;
} doc_np;

/* "on trade" opens a list item; "on Monday", "on 5 May", "on behalf of"
 * do not. */
static int on_topic(const doc *d, uint32_t k, uint32_t limit)
{
    if (k + 1 >= limit || !tok_is(&d->toks[k], "on"))
        return 0;
    const token *n = &d->toks[k + 1];
    return !(n->word_bits & (W_WEEKDAY | W_MONTH | W_RELDAY)) &&
           !(n->flags & (T_NUM | T_PUNCT | T_QUOTE)) && !tok_is(n, "behalf");
}

/* Separators between list items: ",", ";", "and", "as well as". */
static uint32_t skip_separators(const doc *d, uint32_t k, uint32_t limit)
{
    while (k < limit) {
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, k, LEX_WORD, &nw);
        if (is_char(d, k, ',') || is_char(d, k, ';') || (d->toks[k].word_bits & W_CONJ))
            k++;
        else if (w && (w->bits & W_CONJ) && nw > 1 && k + nw <= limit)
            k += nw;
        else
            break;
    }
    return k;
}

/* The numero sign (U+2116) at token k: "Decree № 74/2022". */
static int numero_sign(const doc *d, uint32_t k)
{
    const token *t = &d->toks[k];
    return t->end - t->start == 3 && !memcmp(d->text + t->start, "\xe2\x84\x96", 3);
}

/* "No" or "Nos", the abbreviation before a document's number ("Decree No.
 * 687/2021", "Decrees Nos. 12 and 13"). */
static int number_abbrev(const token *t)
{
    return tok_is(t, "no") || tok_is(t, "nos");
}

/* The token after a document's number right after its noun ("№ 64/2022",
 * "No. 160/2021"), or k when none is there. */
static uint32_t after_doc_number(const doc *d, uint32_t k, uint32_t limit)
{
    uint32_t q = k;
    if (q + 1 >= limit || !(numero_sign(d, q) || number_abbrev(&d->toks[q])))
        return k;
    q++;
    if (q < limit && is_char(d, q, '.'))
        q++;
    uint32_t n0 = q;
    while (q < limit && q < n0 + 5 &&
           ((d->toks[q].flags & T_NUM) || is_char(d, q, '/') || is_char(d, q, '-')) &&
           !(q > n0 && (d->toks[q].flags & T_SPACE_BEFORE)))
        q++;
    return q > n0 && (d->toks[n0].flags & T_NUM) ? q : k;
}

/* A plain lower-case content word at t: no function word, no cue verb. */
static int plain_content_word(const doc *d, uint32_t t)
{
    const token *w = &d->toks[t];
    return (w->flags & T_WORD) && !(w->flags & (T_CAP | T_NUM | T_QUOTE)) &&
           !(w->word_bits &
             (W_PREP | W_SUBORD | W_AUX | W_BE | W_CONJ | W_DET | W_ADVERB | W_PRONOUN_ANY)) &&
           !tok_lex(d, t, LEX_SIGNING, NULL) && !tok_lex(d, t, LEX_SPEECH, NULL) &&
           !tok_lex(d, t, LEX_MEETING, NULL);
}

/* Does token t end as an adjective does ("effective", "historic",
 * "affordable", "accessible", "peaceful", "generous")?  Not "-al" or
 * "-ent", which many nouns end in ("proposal", "agreement"). */
static int adjective_ending(const token *t)
{
    static const char *const ends[] = {"ive", "ic", "able", "ible", "ful", "ous", NULL};
    for (int i = 0; ends[i]; i++) {
        size_t n = strlen(ends[i]);
        if (t->lower_len > n + 2 && !memcmp(t->lower + t->lower_len - n, ends[i], n))
            return 1;
    }
    return 0;
}

/* The comma at k between two coordinated modifiers of one noun ("an
 * executive order to advance effective, accountable policing", "implementing
 * historic, bipartisan reforms", "affordable, high-quality care"): a plain
 * adjective before it, then a plain modifier (hyphenated or not, no
 * participle) and a plain word after that, no new document.  Not "the
 * agreement, which", "aid to farmers, the ministry said", "cooperation in
 * energy efficiency, energy conservation" (a list of topics, which a
 * document after it would join), "the deal, but gave no details". */
static int modifier_comma(const doc *d, uint32_t k, uint32_t limit)
{
    if (k == 0 || k + 2 >= limit || !is_char(d, k, ',') || !plain_content_word(d, k - 1) ||
        !adjective_ending(&d->toks[k - 1]) || tok_lex(d, k - 1, LEX_DOCUMENT, NULL) ||
        tok_is(&d->toks[k + 1], "but"))
        return 0;
    uint32_t r = k + 1;
    if (!plain_content_word(d, r) || ed_ending(&d->toks[r]))
        return 0;
    /* "high-quality": the compound is one modifier */
    if (r + 3 < limit && tight_hyphen(d, r + 1) && plain_content_word(d, r + 2))
        r += 2;
    return r + 1 < limit && plain_content_word(d, r + 1) && !tok_lex(d, r + 1, LEX_DOCUMENT, NULL);
}

/* Does a post-modifier continue the document title at token k? */
static int continues_title(const doc *d, uint32_t k, uint32_t limit)
{
    if (k >= limit)
        return 0;
    const token *t = &d->toks[k];
    if (t->flags & T_QUOTE)
        return 0;
    /* "Decree No. 687/2021": the abbreviation's dot before a number */
    if (is_char(d, k, '.') && k > 0 && k + 1 < limit && (d->toks[k + 1].flags & T_NUM) &&
        number_abbrev(&d->toks[k - 1]))
        return 1;
    /* "Decree № 74/2022": the numero sign before a number */
    if (k + 1 < limit && (d->toks[k + 1].flags & T_NUM) && numero_sign(d, k))
        return 1;
    /* "No. 687/2021" */
    if (is_char(d, k, '/') && k > 0 && k + 1 < limit && (d->toks[k - 1].flags & T_NUM) &&
        (d->toks[k + 1].flags & T_NUM))
        return 1;
    /* "the Joint Programme of Action for 2010–2013": an en dash inside
     * a range of years */
    if (en_or_em_dash(d, k) && k > 0 && k + 1 < limit && (d->toks[k - 1].flags & T_NUM) &&
        (d->toks[k + 1].flags & T_NUM) && !(t->flags & T_SPACE_BEFORE) &&
        !(d->toks[k + 1].flags & T_SPACE_BEFORE))
        return 1;
    if (t->flags & T_PUNCT)
        return is_char(d, k, '-') || is_char(d, k, '\'') || is_char(d, k, '(') ||
               is_char(d, k, ')') || modifier_comma(d, k, limit);
    if (t->word_bits & W_SUBORD)
        return 0;
    /* "an accord with Taipei last year", "a pact two years ago": a past time
     * (its background date) is the verb's; not "on past debts", "on earlier
     * granted credits" (an adverb before a participle) */
    if ((t->word_bits & W_BACKGROUND) && !tok_is(t, "past") && !tok_is(t, "recently")) {
        const token *n = k + 1 < limit ? &d->toks[k + 1] : NULL;
        if (!(n && (n->flags & T_WORD) && !(n->flags & T_CAP) && n->lower_len > 3 && ed_ending(n)))
            return 0;
    }
    /* when and where it was signed are not part of the title either: "the
     * deal after a meeting", "at a ceremony", "during the visit" */
    if (tok_is(t, "after") || tok_is(t, "before") || tok_is(t, "during") ||
        tok_is(t, "following") || tok_is(t, "amid") || tok_is(t, "at") || tok_is(t, "as") ||
        tok_is(t, "while") || tok_is(t, "when"))
        return 0;
    /* nor who looked on or the occasion: "in the presence of Mr Putin",
     * "on the margins of this TTC", "on the sidelines of the talks", "in
     * the framework of the Summit" */
    if ((tok_is(t, "in") || tok_is(t, "on")) && k + 3 < limit && tok_is(&d->toks[k + 1], "the") &&
        tok_is(&d->toks[k + 3], "of")) {
        /* (words.tsv setting nouns) */
        const token *w = &d->toks[k + 2];
        if (word_class_value(w, W_SETTING, SETTING_SIDELINES) ||
            word_class_value(w, W_SETTING, SETTING_NOUN))
            return 0;
    }
    /* the signatories are not part of the title: "by the leaders",
     * "on behalf of Nigeria" */
    if (tok_is(t, "by") || (tok_is(t, "on") && k + 2 < limit && tok_is(&d->toks[k + 1], "behalf") &&
                            tok_is(&d->toks[k + 2], "of")))
        return 0;
    return 1;
}

/* Signatories after a document: "by the leaders of the three countries",
 * "on behalf of Nigeria". */
static int agents_after(const doc *d, uint32_t k, uint32_t limit, int *out, int max)
{
    if (k < limit && tok_is(&d->toks[k], "by"))
        k++;
    else if (k + 2 < limit && tok_is(&d->toks[k], "on") && tok_is(&d->toks[k + 1], "behalf") &&
             tok_is(&d->toks[k + 2], "of"))
        k += 3;
    else
        return 0;
    int a = party_right_the(d, k, limit);
    if (a < 0)
        return 0;
    return coordinated(d, a, +1, 0, limit, out, max);
}

/* Articles, numbers and quantities before a document noun: "the two",
 * "a number of", "a package of" (multi-word determiners in words.tsv). */
static uint32_t skip_quantity(const doc *d, uint32_t k, uint32_t limit)
{
    while (k < limit) {
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, k, LEX_WORD, &nw);
        if (w && (w->bits & W_DET) && nw > 1 && k + nw <= limit)
            k += nw;
        else if ((d->toks[k].word_bits & W_NUMBER_WORD) && k + 1 < limit &&
                 (tight_hyphen(d, k + 1) ||
                  (word_class_value(&d->toks[k + 1], W_NONNAME, NONNAME_TIME) &&
                   !(k + 2 < limit && tight_hyphen(d, k + 2)))))
            break; /* "a three-year accord", "a two year deal": the title's own
                    * (not "two year-long agreements") */
        else if (d->toks[k].word_bits & (W_DET | W_NUMBER_WORD))
            k++;
        else
            break;
    }
    return k;
}

/* The first "between" in [a, e), or e. */
static uint32_t between_at(const doc *d, uint32_t a, uint32_t e)
{
    while (a < e && !tok_is(&d->toks[a], "between"))
        a++;
    return a;
}

static int between_in(const doc *d, uint32_t a, uint32_t e)
{
    return between_at(d, a, e) < e;
}

/* "in 2016", "in autumn 2016", "in the spring of 2014" at token k (on "in"):
 * a year before the item's names when the document was signed, not what it
 * is about (a current or later year may be a plan's period: "plan for
 * cooperation in 2023"; a range is one: "in 2022-2023"). */
static int in_past_year(const doc *d, uint32_t k, uint32_t limit)
{
    if (d->published < 0 || !tok_is(&d->toks[k], "in"))
        return 0;
    uint32_t y = k + 1;
    while (y < limit && y < k + 4 && (d->toks[y].flags & T_WORD) && !(d->toks[y].flags & T_CAP) &&
           !(d->toks[y].flags & T_NUM))
        y++;
    int year = 0;
    if (y >= limit || d->toks[y].end - d->toks[y].start != 4 || !tok_number(d, y, &year))
        return 0;
    int py, pm, pd;
    civil_from_days(d->published, &py, &pm, &pd);
    if (year < 1900 || year >= py)
        return 0;
    /* "in 2014-2016": a period */
    return !(y + 1 < limit && (d->toks[y + 1].flags & T_PUNCT) && !is_char(d, y + 1, ',') &&
             !is_char(d, y + 1, '.') && !is_char(d, y + 1, ';') && y + 2 < limit &&
             (d->toks[y + 2].flags & T_NUM));
}

/* A document phrase starting at or just after token k: optional articles and
 * modifiers, a document noun, and its post-modifiers up to the clause end.
 * "and"/"," followed by another document phrase ends it. */
static int parse_doc_np(const doc *d, uint32_t k, uint32_t limit, doc_np *np)
{
    uint32_t start = skip_quantity(d, k, limit);
    uint32_t head = start;
    /* a full date before the noun names the document: "the November 9,
     * 2020, statement on Nagorno-Karabakh" */
    if (head + 4 < limit && (d->toks[head].word_bits & W_MONTH) && (d->toks[head].flags & T_CAP) &&
        (d->toks[head + 1].flags & T_NUM) && is_char(d, head + 2, ',') &&
        (d->toks[head + 3].flags & T_NUM) && d->toks[head + 3].end - d->toks[head + 3].start == 4)
        head += is_char(d, head + 4, ',') ? 5 : 4;
    unsigned nw = 0;
    const lex_entry *dn = NULL;
    /* a title-case name before its noun may hold "of", "for", "and" ("the
     * Exchange of Naval Nuclear Propulsion Information Agreement"): so far
     * only capitalised words, and a function word passed */
    int title_case = 1, inner = 0, seen_cap = 0;
    for (; head < limit && head < start + (inner ? 12 : 7); head++) {
        /* an amount: "a $20 billion deal", "a $6bn (£3.12bn) deal" */
        if (head + 1 < limit && is_currency(d, head) && (d->toks[head + 1].flags & T_NUM)) {
            head++;
            continue;
        }
        if (head + 3 < limit && is_char(d, head, '(') && is_currency(d, head + 1) &&
            (d->toks[head + 2].flags & T_NUM)) {
            uint32_t c = head + 3;
            while (c < limit && c < head + 6 && !is_char(d, c, ')'))
                c++;
            if (c < limit && is_char(d, c, ')')) {
                head = c;
                continue;
            }
        }
        if (d->toks[head].flags & (T_QUOTE | T_PUNCT)) {
            if (!is_char(d, head, '-') && !(title_case && seen_cap && en_or_em_dash(d, head)))
                break;
            continue;
        }
        dn = tok_lex(d, head, LEX_DOCUMENT, &nw);
        /* inside a title-case name the noun is capitalised: not "the
         * Exchange of information agreement" */
        if (dn && inner && !(d->toks[head].flags & T_CAP))
            return 0;
        if (dn)
            break;
        /* ... or any preposition, capitalised or not: "the Americans with
         * Disabilities Act", "the Violence Against Women Act" */
        if (title_case && seen_cap && head + 1 < limit &&
            (tok_is(&d->toks[head], "and") || (d->toks[head].word_bits & W_PREP)) &&
            (d->toks[head + 1].flags & T_CAP) && (d->toks[head + 1].flags & T_WORD)) {
            inner = 1;
            continue;
        }
        /* ("a new USAID-Ministry of ...": adjectives before the name) */
        if (!(d->toks[head].flags & T_CAP))
            title_case = title_case && !seen_cap;
        else
            seen_cap = 1;
        /* "a five-year defence and economic agreement": "and" between two
         * modifiers */
        if (head > start && head + 1 < limit && tok_is(&d->toks[head], "and") &&
            (d->toks[head + 1].flags & T_WORD) && !(d->toks[head + 1].flags & T_NUM) &&
            !(d->toks[head + 1].word_bits &
              (W_PREP | W_SUBORD | W_AUX | W_CONJ | W_DET | W_PRONOUN_ANY)))
            continue;
        /* an article opens a noun phrase: what stands before it is a verb
         * or a clause, not a modifier ("replacing an earlier accord", "said
         * the agreement ...") */
        if (d->toks[head].word_bits & (W_PREP | W_SUBORD | W_AUX | W_CONJ | W_DET))
            break;
    }
    if (!dn)
        return 0;
    uint32_t end = head + nw;
    /* a quoted name right after the noun is the title: the Federal Law "On
     * Special Economic Zones", also after its number: Decree № 64/2022 "On
     * the imposition of martial law in Ukraine" */
    uint32_t qo = after_doc_number(d, end, limit);
    if (qo < limit && (d->toks[qo].flags & T_QUOTE_OPEN)) {
        uint32_t c = qo + 1;
        while (c < limit && c < qo + 40 && !(d->toks[c].flags & T_QUOTE))
            c++;
        if (c < limit && c > qo + 1 && (d->toks[c].flags & T_QUOTE) &&
            !(d->toks[c].flags & T_QUOTE_OPEN))
            end = c + 1;
    }
    /* post-modifiers: "on cooperation in the security sphere", "of intent
     * between the Kyrgyz and Russian National Olympic Committees" */
    while (end < limit && continues_title(d, end, limit)) {
        const token *t = &d->toks[end];
        if (t->word_bits & W_CONJ) {
            /* "and a memorandum on B": a new document */
            doc_np next;
            if (parse_doc_np(d, end + 1, limit, &next))
                break;
            /* "on cooperation between A and B and between C and D": a
             * second pair, a second document (parse_doc_list) */
            if (end + 1 < limit && tok_is(&d->toks[end + 1], "between") && between_in(d, head, end))
                break;
            /* "signed the Declaration ... and adopted a Statement", "signed a
             * Major Disaster Declaration for the state and launched a
             * whole-of-government effort": a second verb ends the title */
            if (end + 2 < limit && (d->toks[end + 1].flags & T_WORD) &&
                !(d->toks[end + 1].flags & T_CAP) && d->toks[end + 1].lower_len > 4 &&
                ed_ending(&d->toks[end + 1]) && (d->toks[end + 2].word_bits & W_DET))
                break;
            /* "documents on A and on B": one document per topic */
            if (head + nw < limit && tok_is(&d->toks[head + nw], "on") &&
                on_topic(d, skip_separators(d, end, limit), limit))
                break;
            /* "the Russian and Tajik defense ministries": keep going */
        }
        /* a verb ends the title; a meeting noun may be part of it ("plan of
         * consultations") */
        /* ... but "Member States" in a name is no speech verb */
        /* (not the particles that cancel a verb right before them: "on
         * granting up to 12 billion yuan", "to date") */
        const lex_entry *sc = tok_lex(d, end, LEX_SIGNING, NULL);
        if ((sc && sc->value != SIGN_EXCLUDE) ||
            (tok_lex(d, end, LEX_SPEECH, NULL) && !(t->flags & T_CAP)))
            break;
        const lex_entry *mv = tok_lex(d, end, LEX_MEETING, NULL);
        if (mv && (mv->value == MEET_VERB || mv->value == MEET_HOST))
            break;
        if ((t->word_bits & W_AUX) || (t->word_bits & W_RELDAY) || (t->word_bits & W_WEEKDAY))
            break;
        /* "on Monday", "on April 1", "on 9 December": the date; "in March":
         * when, not what (but a year may name the period of a plan, "plan
         * for cooperation in 2023", and "discussed in October" is the
         * participle's) */
        const token *pv = &d->toks[end - 1];
        int after_participle = pv->lower_len > 4 && ed_ending(pv);
        if (end + 1 < limit &&
            ((tok_is(t, "on") && ((d->toks[end + 1].word_bits & (W_WEEKDAY | W_MONTH)) ||
                                  (d->toks[end + 1].flags & T_NUM))) ||
             (tok_is(t, "in") && !after_participle && (d->toks[end + 1].word_bits & W_MONTH) &&
              (d->toks[end + 1].flags & T_CAP))))
            break;
        if (!after_participle && in_past_year(d, end, limit))
            break;
        /* a participle with its own complement ends the title: "the law
         * passed by parliament", "documents aimed at deepening ties" */
        if (end > head && !(t->flags & T_CAP) && t->lower_len > 4 && ed_ending(t) &&
            end + 1 < limit && (tok_is(&d->toks[end + 1], "by") || tok_is(&d->toks[end + 1], "at")))
            break;
        end++;
    }
    np->start = start;
    np->end = end;
    np->kind = dn->canon;
    np->prefix = NULL;
    np->topic = head + nw;
    np->whole_start = np->whole_end = 0;
    return 1;
}

/* All documents from token k on: "an agreement on A, a memorandum on B and
 * a protocol on C". */
/* After a batch of documents, the word that opens its items: ", including",
 * "namely", ":".  Returns the token after it, or 0. */
static uint32_t items_follow(const doc *d, uint32_t k, uint32_t limit)
{
    if (k < limit && is_char(d, k, ','))
        k++;
    if (k < limit &&
        (tok_is(&d->toks[k], "including") || tok_is(&d->toks[k], "namely") || is_char(d, k, ':')))
        return k + 1;
    return 0;
}

static int on_items(doc *d, uint32_t k, uint32_t limit, const char *kind, const char *prefix,
                    doc_np *nps, int max);

/* Is np of the generic kind "documents" ("a number of documents", "a
 * package of agreements")? */
static int is_documents(const doc_np *np)
{
    return np->kind && !strcmp(np->kind, "documents");
}

/* Does token h read as a plural document noun ("agreements", "treaties",
 * "memoranda")? */
static int plural_noun(const token *h)
{
    return h->lower_len > 2 && (h->lower[h->lower_len - 1] == 's' || tok_is(h, "memoranda"));
}

/* A plural document noun with nothing after it ("three agreements",
 * "Russian-Portuguese treaties"): a batch that items may follow.  (np comes
 * from parse_doc_np, whose topic is the token after the noun: never 0.) */
static int plural_batch(const doc *d, const doc_np *np)
{
    return np->topic >= np->end && plural_noun(&d->toks[np->topic - 1]);
}

static int parse_doc_list(doc *d, uint32_t k, uint32_t limit, doc_np *nps, int max)
{
    int n = 0;
    while (n < max && parse_doc_np(d, k, limit, &nps[n])) {
        /* "signed an agreement ... and this deal has now been extended": a
         * demonstrative with a verb after it opens a clause, no list item */
        if (n > 0 && nps[n].end < limit && (d->toks[nps[n].end].word_bits & W_AUX)) {
            const token *f = &d->toks[k];
            if (tok_is(f, "this") || tok_is(f, "that") || tok_is(f, "these") || tok_is(f, "those"))
                break;
        }
        /* "an agreement establishing a term loan and revolving credit
         * facility": a loan or facility after a document is what its title
         * sets up, no document of its own */
        if (n > 0 && nps[n].topic > nps[n].start) {
            const lex_entry *h = tok_lex(d, nps[n].topic - 1, LEX_DOCUMENT, NULL);
            if (h && (h->bits & DOC_FINANCING) && nps[n].start == nps[n - 1].end + 1) {
                nps[n - 1].end = nps[n].end;
                /* (the list goes on after it: ", a memorandum on B") */
                k = skip_separators(d, nps[n].end, limit);
                if (k >= limit)
                    break;
                continue;
            }
        }
        k = nps[n].end;
        /* "a number of documents, including an agreement on A, ...": the
         * items are the documents, not the batch; "three agreements, namely
         * a consular convention, a memorandum ...": a bare plural batch
         * whose items are documents too */
        int docs = is_documents(&nps[n]);
        uint32_t it = docs || plural_batch(d, &nps[n]) ? items_follow(d, k, limit) : 0;
        doc_np probe;
        if (it && (docs || parse_doc_np(d, it, limit, &probe))) {
            k = it;
            continue;
        }
        n++;
        /* "documents on cooperation between A and B and between C and D":
         * each pair signs its own document, named by the words before the
         * first "between" */
        while (n < max && k + 1 < limit && tok_is(&d->toks[k], "and") &&
               tok_is(&d->toks[k + 1], "between") && !nps[n - 1].prefix) {
            const doc_np *pv = &nps[n - 1];
            uint32_t b = between_at(d, pv->start, pv->end);
            uint32_t a = pv->start;
            while (a < b && (d->toks[a].word_bits & W_DET))
                a++;
            if (b >= pv->end || a >= b)
                break;
            size_t ta = d->toks[a].start, tb = d->toks[b - 1].end;
            char *prefix = arena_strndup(d->mem, d->text + ta, tb - ta);
            if (!prefix)
                break;
            uint32_t e = k + 2;
            while (e < limit && continues_title(d, e, limit) &&
                   !(tok_is(&d->toks[e], "and") && e + 1 < limit &&
                     tok_is(&d->toks[e + 1], "between")))
                e++;
            nps[n] = (doc_np){.start = k + 1, .end = e, .kind = pv->kind, .topic = k + 1};
            nps[n].prefix = prefix;
            n++;
            k = e;
        }
        /* "a roadmap for cooperation in science, technology and innovation;
         * a programme of exchanges for 2021–2024; a protocol ...": in a
         * list whose items end at semicolons, a comma or dash that no new
         * document follows is inside the title */
        if (k < limit && (d->toks[k].flags & T_PUNCT) && !is_char(d, k, ';') &&
            !is_char(d, k, ':') && !(d->toks[k].flags & T_QUOTE)) {
            uint32_t semi = k;
            while (semi < limit && !is_char(d, semi, ';') && !(d->toks[semi].flags & T_QUOTE))
                semi++;
            doc_np next;
            uint32_t nk = skip_separators(d, k, limit);
            if (semi < limit && is_char(d, semi, ';') && !parse_doc_np(d, nk, semi, &next) &&
                !on_topic(d, nk, semi)) {
                nps[n - 1].end = semi;
                k = semi;
            }
        }
        /* "programmes on cooperation in the fields of culture, agriculture,
         * and the peaceful use of nuclear energy, as well as a contract on
         * ...": plain words after a comma up to the list's next document
         * are still the title */
        if (k < limit && is_char(d, k, ',')) {
            doc_np next;
            uint32_t nk = skip_separators(d, k, limit);
            if (!parse_doc_np(d, nk, limit, &next) && !on_topic(d, nk, limit))
                for (uint32_t p = k + 1; p < limit && p < k + 24; p++) {
                    const token *t = &d->toks[p];
                    if (is_char(d, p, ',') || (t->word_bits & W_CONJ)) {
                        uint32_t q = skip_separators(d, p, limit);
                        /* the next item opens there ("as well as a contract",
                         * "and other documents"), not a title further on
                         * ("and Criminal codes as well as Federal Law") */
                        if (q > p && q < limit && parse_doc_np(d, q, limit, &next) &&
                            next.topic <= q + 3) {
                            nps[n - 1].end = p;
                            k = p;
                            break;
                        }
                        continue;
                    }
                    /* "documents, in particular, a statement": an adverb
                     * opens items or a clause, no title */
                    if (!(t->flags & T_WORD) || (t->flags & (T_QUOTE | T_IN_QUOTE)) ||
                        (t->word_bits & (W_SUBORD | W_AUX | W_ADVERB | W_PRONOUN_ANY)) ||
                        tok_lex(d, p, LEX_SIGNING, NULL) || tok_lex(d, p, LEX_SPEECH, NULL))
                        break;
                    const lex_entry *w = tok_lex(d, p, LEX_WORD, NULL);
                    if (w && (w->bits & W_ADVERB)) /* "in particular", "in turn" */
                        break;
                }
        }
        k = skip_separators(d, k, limit);
        /* "resolutions on A; on B; as well as on C": the topics after a
         * document "on X" are documents of their own, named by its noun */
        const doc_np *prev = &nps[n - 1];
        if (n < max && prev->topic < prev->end && tok_is(&d->toks[prev->topic], "on") &&
            on_topic(d, k, limit)) {
            uint32_t h = prev->topic;
            while (h > prev->start && !tok_lex(d, h - 1, LEX_DOCUMENT, NULL))
                h--;
            const char *noun = NULL;
            if (h > prev->start) {
                size_t a = d->toks[h - 1].start, b = d->toks[prev->topic - 1].end;
                noun = arena_strndup(d->mem, d->text + a, b - a);
            }
            int m = on_items(d, k, limit, prev->kind, noun ? noun : prev->kind, nps + n, max - n);
            if (m) {
                n += m;
                k = skip_separators(d, nps[n - 1].end, limit);
            }
        }
        if (k >= limit)
            break;
    }
    return n;
}

/* Splits nps[q], of n items, into two at token c: the second runs from
 * token b to its end, named by the text of tokens [pa, pb] (its document
 * noun) before its own words; both keep the whole phrase, around which
 * their date is read.  Returns the new count, or -1 out of memory (a step
 * of repeated_on_topics and parallel_topics). */
static int split_np(doc *d, doc_np *nps, int n, int q, uint32_t c, uint32_t b, uint32_t pa,
                    uint32_t pb)
{
    size_t ta = d->toks[pa].start, tb = d->toks[pb].end;
    char *prefix = arena_strndup(d->mem, d->text + ta, tb - ta);
    if (!prefix)
        return -1;
    doc_np *np = &nps[q];
    memmove(&nps[q + 2], &nps[q + 1], (size_t)(n - q - 1) * sizeof nps[0]);
    nps[q + 1] = (doc_np){.start = b, .end = np->end, .kind = np->kind, .topic = b};
    nps[q + 1].prefix = prefix;
    np->whole_start = nps[q + 1].whole_start = np->start;
    np->whole_end = nps[q + 1].whole_end = np->end;
    np->end = c;
    return n + 1;
}

/* "Agreements on scientific cooperation and on partnership in IT were
 * signed", "memoranda of cooperation on intellectual property and on
 * geological exploration": a plural document noun whose topics repeat "on"
 * names one document per topic (the guide: one event per document named
 * separately; "agreements on trade and investment" stays one).  The second
 * item is named by the noun and its "of" part.  Splits in place; returns
 * the new count. */
static int repeated_on_topics(doc *d, doc_np *nps, int n, int max)
{
    for (int q = 0; q < n && n < max; q++) {
        doc_np *np = &nps[q];
        uint32_t p = np->topic;
        if (np->prefix || p < np->start + 1 || p >= np->end)
            continue;
        const token *h = &d->toks[p - 1];
        if (!(h->flags & T_WORD) || !plural_noun(h))
            continue;
        /* "memoranda of cooperation on": one word of the noun's "of" part */
        if (tok_is(&d->toks[p], "of") && p + 2 < np->end && !(d->toks[p + 1].flags & T_CAP))
            p += 2;
        if (!tok_is(&d->toks[p], "on"))
            continue;
        uint32_t c = p + 2;
        while (c + 1 < np->end && c < p + 16 &&
               !(tok_is(&d->toks[c], "and") && tok_is(&d->toks[c + 1], "on")))
            c++;
        if (c + 2 >= np->end || c >= p + 16 || !on_topic(d, c + 1, np->end))
            continue;
        uint32_t a = np->start;
        while (a < p && (d->toks[a].word_bits & W_DET))
            a++;
        if (a >= p)
            continue;
        int split = split_np(d, nps, n, q, c, c + 1, a, p - 1);
        if (split < 0)
            return n;
        n = split;
        q++;
    }
    return n;
}

/* The first preposition in tokens [a, e) within five of a, or UINT32_MAX. */
static uint32_t first_prep(const doc *d, uint32_t a, uint32_t e)
{
    for (uint32_t t = a; t < e && t < a + 5; t++)
        if ((d->toks[t].word_bits & W_PREP) && (d->toks[t].flags & T_WORD))
            return t;
    return UINT32_MAX;
}

/* "signed decrees on the extension of martial law and the term of
 * mobilisation", "executive orders on awarding the Prize for A and the
 * Prize for B" (or "awarding" alone): a plural document noun whose topic is two parallel
 * definite phrases ("the N of ... and the M of ...") names two documents
 * (the guide: one event per document the item names separately).  "decrees
 * on awarding our heroes", "agreements on trade and investment" and "the
 * ambassadors to France and the UK" stay one.  Splits nps[q] in place;
 * returns the new count. */
static int parallel_topics(doc *d, doc_np *nps, int n, int max)
{
    for (int q = 0; q < n && n < max; q++) {
        doc_np *np = &nps[q];
        /* (or the gerund right after the noun: "executive orders awarding
         * the Prize for A and the Prize for B") */
        if (np->prefix || np->topic >= np->end ||
            !(tok_is(&d->toks[np->topic], "on") || ing_form(&d->toks[np->topic])))
            continue;
        const token *h = &d->toks[np->topic - 1];
        if (!np->kind || !(h->flags & T_WORD) || !plural_noun(h))
            continue;
        uint32_t a = np->topic + 1;
        if (tok_is(&d->toks[np->topic], "on") && a < np->end && ing_form(&d->toks[a]))
            a++;
        if (a + 1 >= np->end || !tok_is(&d->toks[a], "the"))
            continue;
        uint32_t c = a + 2;
        while (c + 1 < np->end && !(tok_is(&d->toks[c], "and") && tok_is(&d->toks[c + 1], "the")))
            c++;
        if (c + 2 >= np->end)
            continue;
        uint32_t p1 = first_prep(d, a + 1, c), p2 = first_prep(d, c + 2, np->end);
        if (p1 == UINT32_MAX || p2 == UINT32_MAX || p1 == a + 1 || p2 == c + 2 ||
            !tok_is(&d->toks[p2], d->toks[p1].lower))
            continue;
        /* the second document: its noun and topic, then "M of ..."; the
         * noun may be two words ("executive orders") */
        uint32_t noun = np->topic - 1;
        unsigned nw = 0;
        if (noun > np->start && tok_lex(d, noun - 1, LEX_DOCUMENT, &nw) && nw == 2)
            noun--;
        int split = split_np(d, nps, n, q, c, c + 2, noun, a);
        if (split < 0)
            return n;
        n = split;
        q++;
    }
    return n;
}

/* The document's title the words of np give, at *title (NULL when they
 * give none): 0, or -1 when memory ran out copying it. */
static int np_title(doc *d, const doc_np *np, const char **title)
{
    *title = NULL;
    uint32_t s = np->start, e = np->end;
    /* the title reads without its article: "joint communique" */
    while (s < e && (d->toks[s].word_bits & W_DET))
        s++;
    /* no trailing punctuation (but the ")" of "(SEC)") nor function words
     * ("agreement to", "the results of") */
    for (;;) {
        const token *l = &d->toks[e - 1];
        /* the closing mark of a quoted name stays with its opening one */
        if (e > s + 1 && (l->flags & T_QUOTE) && !(l->flags & T_QUOTE_OPEN))
            break;
        if (e > s + 1 && is_char(d, e - 1, ')')) {
            int open = 0;
            for (uint32_t q = s; q + 1 < e; q++)
                open += is_char(d, q, '(') - is_char(d, q, ')');
            if (open > 0)
                break;
        }
        if (e > s && ((l->flags & T_PUNCT) ||
                      (e > s + 1 && (l->word_bits & (W_DET | W_PREP | W_SUBORD | W_CONJ |
                                                     W_PLACE_PREP | W_PASSIVE_BY)))))
            e--;
        else
            break;
    }
    /* a bracket the title leaves open is cut off with what it began
     * ("the Agreement on Friendly Relations (August 4, 1995)" read to its
     * comma; "a deal worth 1bn euros ($1.3bn; ...)") */
    uint32_t open_at = e;
    int depth = 0;
    for (uint32_t q = s; q < e; q++) {
        if (is_char(d, q, '(') && depth++ == 0)
            open_at = q;
        else if (is_char(d, q, ')') && depth > 0)
            depth--;
    }
    if (depth > 0 && open_at > s) {
        e = open_at;
        while (e > s + 1 && (d->toks[e - 1].flags & T_PUNCT))
            e--;
    }
    if (e <= s)
        return 0;
    size_t a = d->toks[s].start, b = d->toks[e - 1].end;
    char *out = arena_alloc(d->mem, b - a + 1);
    if (!out)
        return -1;
    size_t o = 0;
    int space = 0;
    for (size_t i = a; i < b; i++) {
        char c = d->text[i];
        if (c == '\n' || c == ' ' || c == '\t') {
            space = 1;
            continue;
        }
        if (space && o)
            out[o++] = ' ';
        space = 0;
        out[o++] = c;
    }
    out[o] = '\0';
    if (np->prefix) {
        size_t pl = strlen(np->prefix);
        char *full = arena_alloc(d->mem, pl + 1 + o + 1);
        if (!full)
            return -1;
        memcpy(full, np->prefix, pl);
        full[pl] = ' ';
        memcpy(full + pl + 1, out, o + 1);
        *title = full;
        return 0;
    }
    *title = out;
    return 0;
}

/* "agreements were signed on A, on B and on C", "the following documents
 * were signed: on A; on B": one document per item, named by the head noun. */
static int on_items(doc *d, uint32_t k, uint32_t limit, const char *kind, const char *prefix,
                    doc_np *nps, int max)
{
    int n = 0;
    if (k < limit && is_char(d, k, ':'))
        k++;
    while (n < max && k < limit && on_topic(d, k, limit)) {
        uint32_t e = k + 1;
        /* when and by whom it was signed is not part of the item */
        while (e < limit && !is_char(d, e, ';') && !is_char(d, e, '.') &&
               (is_char(d, e, ',') || continues_title(d, e, limit)) &&
               !(d->toks[e].word_bits & (W_WEEKDAY | W_RELDAY)) &&
               !(skip_separators(d, e, limit) > e &&
                 on_topic(d, skip_separators(d, e, limit), limit)) &&
               !(tok_is(&d->toks[e], "and") && e + 1 < limit &&
                 tok_is(&d->toks[e + 1], "between") && between_in(d, k, e)))
            e++;
        if (e == k + 1)
            break;
        nps[n] = (doc_np){.start = k, .end = e, .kind = kind, .prefix = prefix, .topic = k};
        n++;
        /* "on cooperation between A and B and between C and D": the second
         * pair's document, named by the words before the first "between" */
        if (n < max && e + 1 < limit && tok_is(&d->toks[e], "and") &&
            tok_is(&d->toks[e + 1], "between") && between_in(d, k, e)) {
            uint32_t b = between_at(d, k, e);
            size_t pl = prefix ? strlen(prefix) : 0;
            size_t ta = d->toks[k].start, tb = d->toks[b - 1].end;
            char *pre = arena_alloc(d->mem, pl + 1 + (tb - ta) + 1);
            if (!pre)
                break;
            size_t o = 0;
            if (pl) {
                memcpy(pre, prefix, pl);
                pre[pl] = ' ';
                o = pl + 1;
            }
            memcpy(pre + o, d->text + ta, tb - ta);
            pre[o + tb - ta] = '\0';
            uint32_t f = e + 2;
            while (f < limit && !is_char(d, f, ';') && !is_char(d, f, '.') &&
                   continues_title(d, f, limit) &&
                   !(tok_is(&d->toks[f], "and") && f + 1 < limit &&
                     tok_is(&d->toks[f + 1], "between")))
                f++;
            nps[n] = (doc_np){.start = e + 1, .end = f, .kind = kind, .topic = e + 1};
            nps[n].prefix = pre;
            n++;
            e = f;
        }
        k = skip_separators(d, e, limit);
    }
    return n;
}

/* "the two countries", "both sides" that coreference left unresolved (the
 * item names the leaders, not their countries, before it). */
static int country_group(const doc *d, int m)
{
    if (m < 0 || d->ments[m].kind != M_GROUP_DESC || d->ments[m].n_members >= 2)
        return 0;
    const mention *x = &d->ments[m];
    if (states_group(x))
        return 1;
    /* "both sides", "the two sides" */
    return x->tok_end > x->tok_start && tok_is(&d->toks[x->tok_end - 1], "sides");
}

static int is_gerund(const doc *d, uint32_t t)
{
    const token *g = &d->toks[t];
    return (g->flags & T_WORD) && !(g->flags & T_CAP) && g->lower_len > 5 &&
           !strcmp(g->lower + g->lower_len - 3, "ing");
}

/* Does the topic at k open with "<noun> on/in <gerund>" and go on after its
 * comma with another gerund ("cooperation on exchanging data, exchanging
 * experience, and training personnel")?  Then the list is the
 * preposition's object, one topic ("project on building a centre,
 * construction of a plant" is two). */
static int gerund_list(const doc *d, uint32_t k, uint32_t limit)
{
    uint32_t p = k + 1;
    for (; p + 1 < limit && p < k + 10; p++) {
        /* a possessive's apostrophe is inside the topic, a comma ends it */
        if (is_char(d, p, ',') || is_char(d, p, ';') || is_char(d, p, '.') || is_char(d, p, ':'))
            return 0;
        if ((tok_is(&d->toks[p], "on") || tok_is(&d->toks[p], "in")) && is_gerund(d, p + 1))
            break;
    }
    if (p + 1 >= limit || p >= k + 10)
        return 0;
    while (p < limit && !is_char(d, p, ',') && !is_char(d, p, ';') && !is_char(d, p, '.'))
        p++;
    if (p >= limit || !is_char(d, p, ','))
        return 0;
    uint32_t q = skip_separators(d, p, limit);
    if (q < limit && (d->toks[q].word_bits & W_DET))
        q++;
    return q < limit && is_gerund(d, q);
}

/* The items of a signed batch, listed after it: "include A, B and C"
 * (documents), "concern A, B" (topics: one document each, named by the
 * topic).  k is the first token after the batch and its verb.  The parties
 * a "by" names before the verb ("signed by the agencies of the two
 * countries concern ...") go to *agent (a mention, or -1). */
static int batch_items(doc *d, uint32_t k, uint32_t limit, doc_np *nps, int max, int *agent)
{
    *agent = -1;
    /* "signed by the agencies of both sides concern ...": the agents */
    if (k < limit && tok_is(&d->toks[k], "by"))
        for (uint32_t j = k + 1; j < limit && j < k + 12 && !(d->toks[j].flags & T_PUNCT); j++) {
            int m = mention_at(d, j);
            if (*agent < 0 && m >= 0 && d->ments[m].tok_start == j &&
                (party_mention(d, m) || country_group(d, m)))
                *agent = m;
            if (tok_lex(d, j, LEX_SIGNING, NULL)) {
                k = j;
                break;
            }
        }
    k = skip_aux(d, k, limit);
    unsigned nw = 0;
    const lex_entry *c = tok_lex(d, k, LEX_SIGNING, &nw);
    if (!c || c->value != SIGN_ITEMS)
        return 0;
    k += nw;
    int n = parse_doc_list(d, k, limit, nps, max);
    if (n)
        return n;
    /* topics: "concern customs control, fishing quotas, and small business",
     * one document each, named by its topic */
    k = skip_separators(d, k, limit);
    if (max > 0 && gerund_list(d, k, limit)) {
        /* "concern cooperation on exchanging data, exchanging experience,
         * and training personnel": the items after the commas are the
         * preposition's, one document */
        uint32_t e = k;
        while (e < limit && !is_char(d, e, ';') && !is_char(d, e, '.') &&
               !(d->toks[e].flags & T_QUOTE))
            e++;
        nps[0] = (doc_np){.start = k, .end = e, .kind = "documents", .topic = k};
        return 1;
    }
    /* "include decisions on A and on B": a plain noun before "on" names
     * one document per topic, as "resolutions on A; on B" do */
    if (max > 0 && k + 2 < limit && (d->toks[k].flags & T_WORD) &&
        !(d->toks[k].flags & (T_CAP | T_NUM)) && !d->toks[k].word_bits &&
        on_topic(d, k + 1, limit)) {
        size_t a = d->toks[k].start, b = d->toks[k].end;
        char *noun = arena_strndup(d->mem, d->text + a, b - a);
        if (noun) {
            n = on_items(d, k + 1, limit, "documents", noun, nps, max);
            if (n > 1)
                return n;
            n = 0;
        }
    }
    while (n < max && k < limit) {
        k = skip_separators(d, k, limit);
        uint32_t e = k;
        while (e < limit && !is_char(d, e, ',') && !is_char(d, e, ';') && !is_char(d, e, '.') &&
               !(d->toks[e].flags & T_QUOTE))
            e++;
        if (e == k)
            break;
        nps[n] = (doc_np){.start = k, .end = e, .kind = "documents", .topic = k};
        n++;
        k = e;
    }
    return n;
}

/* "... were signed. They include A, B" / "Among them is A": the sentence
 * after a batch names its documents. */
static int next_items(doc *d, const sentence *s, doc_np *nps, int max)
{
    if (s + 1 >= d->sents + d->nsents)
        return 0;
    const sentence *nx = s + 1;
    uint32_t t = nx->tok_start;
    if (t + 2 >= nx->tok_end)
        return 0;
    const token *a = &d->toks[t];
    if (tok_is(a, "they") || tok_is(a, "these") || tok_is(a, "those")) {
        int agent;
        return batch_items(d, t + 1, nx->tok_end, nps, max, &agent);
    }
    if (tok_is(a, "among") && tok_is(&d->toks[t + 1], "them")) {
        t += 2;
        while (t < nx->tok_end && (d->toks[t].word_bits & (W_AUX | W_ADVERB)))
            t++;
        return parse_doc_list(d, t, nx->tok_end, nps, max);
    }
    return 0;
}

/* "the President signed into law:" and then one paragraph per bill, "H.R.
 * 390, which redesignates ...": each bill is a document, described by its
 * paragraph.  Paragraphs between them ("Thank you to Representatives ...")
 * are skipped. */
static int bill_items(const doc *d, const sentence *s, doc_np *nps, int max)
{
    int n = 0;
    const sentence *end = d->sents + d->nsents;
    /* the list goes on while bills keep coming: each bill's paragraph and
     * the thanks after it take a few sentences */
    const sentence *last = s;
    for (const sentence *t = s + 1; t < end && t < last + 24 && n < max; t++) {
        uint32_t a = t->tok_start, lim = t->tok_end;
        unsigned nw = 0;
        const lex_entry *dn = tok_lex(d, a, LEX_DOCUMENT, &nw);
        /* "S. 202, ...": the segmenter may end a sentence at "S." */
        if (dn && a + nw == lim && t + 1 < end)
            lim = (t + 1)->tok_end;
        if (!dn || !(d->toks[a].flags & T_CAP) || a + nw >= lim ||
            !(d->toks[a + nw].flags & T_NUM) || !(d->toks[a].flags & T_PARA_START))
            continue;
        /* the bill's paragraph says what it is: "H.R. 3076, the “Postal
         * Service Reform Act of 2022,” which establishes ..." */
        uint32_t e = a + nw + 1;
        while (e < lim && !is_char(d, e, ';') && !(d->toks[e].flags & T_SENT_END))
            e++;
        nps[n++] = (doc_np){.start = a, .end = e, .kind = dn->canon, .topic = a + nw};
        last = t;
    }
    return n;
}

/* A White House headline "Bills Signed: H.R. 2044 and H.R. 3210" over a
 * body that lists the bills, one paragraph each, with no signing sentence
 * of its own ("the President signed into law:" has them otherwise): the
 * bills, which the office's holder signed.  Title sentence s, its document
 * np before the verb ending at token end.  How many items, or 0. */
static int headline_bills(const doc *d, const sentence *s, const doc_np *np, uint32_t end,
                          doc_np *nps, int max)
{
    if (s->start >= d->title_len || end >= s->tok_end || !is_char(d, end, ':') || !np->kind ||
        strcmp(np->kind, "law") || !outlet_office(d))
        return 0;
    /* the body says who signed them where it has a cue */
    for (uint32_t t = s->tok_end; t < d->ntoks; t++)
        if (d->toks[t].cats & (1u << LEX_SIGNING))
            return 0;
    return bill_items(d, s, nps, max);
}

/* Is this the bare batch ("a package of documents", "several agreements")
 * whose items may follow? */
static int is_batch(const doc_np *np)
{
    return is_documents(np) && np->topic >= np->end;
}

/* A bare batch signed ("signed a package of documents.") is replaced by
 * its items when the next sentence lists them.  Returns the count. */
static int batch_or_items(doc *d, const sentence *s, doc_np *nps, int n)
{
    if (n != 1 || !is_batch(&nps[0]))
        return n;
    doc_np items[MAX_DOCS];
    int ni = next_items(d, s, items, MAX_DOCS);
    if (!ni)
        return n;
    memcpy(nps, items, sizeof items[0] * (size_t)ni);
    return ni;
}

/* "the document", "such document", "this agreement": a document named
 * before, not a new signing. */
static int anaphoric(const doc *d, const doc_np *np)
{
    if (np->end - np->start > 2 || np->start == np->end)
        return 0;
    const token *first = &d->toks[np->start];
    if (np->end - np->start == 1)
        return 0;
    return tok_is(first, "the") || tok_is(first, "this") || tok_is(first, "that") ||
           tok_is(first, "such") || tok_is(first, "these") || tok_is(first, "those") ||
           tok_is(first, "it");
}

/* "It said it signed the agreement with <Zenith Capital Inc>", "Gustavo
 * Petricioli, who signed the accord for Mexico": a document named before
 * (the article and its noun) whose title goes on only to a party after
 * "with" or "for".  That party's mention, or -1. */
static int anaphoric_party(const doc *d, const doc_np *whole, uint32_t limit)
{
    if (whole->start == whole->end || !tok_is(&d->toks[whole->start], "the") ||
        whole->topic != whole->start + 2 || whole->topic + 1 >= limit)
        return -1;
    const token *p = &d->toks[whole->topic];
    if (!tok_is(p, "with") && !tok_is(p, "for"))
        return -1;
    int m = party_right(d, skip_reuters_open_mark(d, whole->topic + 1, limit), limit);
    if (m < 0 || d->ments[m].entity < 0 || d->ments[m].kind == M_GROUP_DESC)
        return -1;
    /* (the party ends the title: not "the agreement with X on Y") */
    return whole->end > d->ments[m].tok_end + 1 ? -1 : m;
}

/* np widened to the article right before it, which parse_doc_np() skips:
 * anaphoric() reads it ("the agreement" is a document named before). */
static doc_np with_article(const doc *d, const doc_np *np, uint32_t floor)
{
    doc_np whole = *np;
    if (whole.start > floor && (d->toks[whole.start - 1].word_bits & W_DET))
        whole.start--;
    return whole;
}

/* A capitalised word that may be part of a company's name: no function
 * word, date, title, document or cue. */
static int name_word(const doc *d, uint32_t t)
{
    const token *k = &d->toks[t];
    if (!(k->flags & T_CAP) || !(k->flags & T_WORD) || (k->flags & T_IN_QUOTE))
        return 0;
    if (k->word_bits & (W_DET | W_WEEKDAY | W_MONTH | W_RELDAY | W_AUX | W_ADVERB | W_CONJ |
                        W_PREP | W_NONNAME | W_SUBORD | W_PRONOUN_ANY | W_GROUP | W_UNNAMED |
                        W_NUMBER_WORD | W_BACKGROUND | W_PLACE_PREP))
        return 0;
    return !tok_lex(d, t, LEX_DOCUMENT, NULL) && !tok_lex(d, t, LEX_TITLE, NULL) &&
           !tok_lex(d, t, LEX_SIGNING, NULL) && !tok_lex(d, t, LEX_SPEECH, NULL) &&
           !tok_lex(d, t, LEX_MEETING, NULL);
}

/* A capitalised word that is no article ("The") nor quoted. */
static int cap_word(const doc *d, uint32_t t)
{
    const token *k = &d->toks[t];
    return (k->flags & T_CAP) && (k->flags & T_WORD) && !(k->flags & T_IN_QUOTE) &&
           !(k->word_bits & (W_DET | W_PREP | W_CONJ | W_SUBORD));
}

/* The entity made for tokens [from, to) at *ent: 1, or -1 when memory ran
 * out (span_body_entity() fails only then). */
static int made_body(doc *d, uint32_t from, uint32_t to, int *ent)
{
    *ent = span_body_entity(d, from, to);
    return *ent >= 0 ? 1 : -1;
}

/* An entity the text already has (none when e < 0) at *ent: 1, or 0. */
static int some_entity(int e, int *ent)
{
    if (e < 0)
        return 0;
    *ent = e;
    return 1;
}

/* "the radio company Voice of Russia", "the national radio company of
 * Ukraine": a body described by its kind (a few lower-case words ending in
 * a firm or body noun), then named or placed in its country, at token a.
 * Sets *ent and *end and returns 1; 0 when none is there, -1 when memory
 * ran out.  (described_body() below takes "with Scottish club Rangers": a
 * description before a name, no head noun.) */
static int body_of_kind(doc *d, uint32_t a, uint32_t limit, uint32_t *end, int *ent)
{
    uint32_t h = a;
    while (h < limit && h < a + 4 && (d->toks[h].flags & T_WORD) &&
           !(d->toks[h].flags & (T_CAP | T_NUM)) &&
           !(d->toks[h].word_bits & (W_FIRM | W_ORG_HEAD)) &&
           !(d->toks[h].word_bits & (W_DET | W_PREP | W_CONJ | W_SUBORD | W_AUX)))
        h++;
    if (h >= limit || h >= a + 4 || (d->toks[h].flags & T_CAP) ||
        !(d->toks[h].word_bits & (W_FIRM | W_ORG_HEAD)) || h + 1 >= limit)
        return 0;
    uint32_t r = h + 1, be = r;
    int m = -1;
    if (tok_is(&d->toks[r], "of") && r + 1 < limit && (m = mention_at(d, r + 1)) >= 0 &&
        d->ments[m].tok_start == r + 1 && d->ments[m].kind == M_COUNTRY) {
        *end = d->ments[m].tok_end;
        return made_body(d, a, *end, ent);
    }
    if (!(d->toks[r].flags & T_CAP))
        return 0;
    while (be < limit && be < r + 6 &&
           ((d->toks[be].flags & T_CAP) ||
            (tok_is(&d->toks[be], "of") && be + 1 < limit && (d->toks[be + 1].flags & T_CAP))))
        be++;
    *end = be;
    return made_body(d, r, be, ent);
}

/* A company or body the mention finder did not know, at token k: a run of
 * capitalised words, a demonym only as its first word ("Transmashholding",
 * "Kazakh Railways", "Deutsche Bahn").  Sets *ent and *end and returns 1;
 * 0 when none is there, -1 when memory ran out.  Only for the signatory
 * slots of a signing, where a proper noun run is a party. */
static int unknown_body(doc *d, uint32_t k, uint32_t limit, uint32_t *end, int *ent)
{
    uint32_t e = k;
    unsigned nw = 0;
    if (k < limit && tok_lex(d, k, LEX_DEMONYM, &nw) && (d->toks[k].flags & T_CAP))
        e = k + nw;
    while (e < limit && e < k + 6 && name_word(d, e) && !tok_lex(d, e, LEX_DEMONYM, NULL))
        e++;
    /* a demonym alone is the country ("Finnish export agencies") */
    if (e == k || (e == k + nw && nw) || mention_at(d, k) >= 0)
        return 0;
    /* the run must end the name: not "Department" of "Department of
     * Biotechnology", "Bharat" of "Bharat 6G Alliance", "Gaz" of "Gaz de
     * France", "Russia" of "Russia's Gazprom" */
    if (e < limit) {
        const token *n = &d->toks[e];
        if ((n->flags & (T_NUM | T_POSS)) || (n->word_bits & W_PARTICLE) || tok_is(n, "of") ||
            is_char(d, e, '-') || is_char(d, e, '\'') || (n->flags & T_CAP))
            return 0;
    }
    *end = e;
    return made_body(d, k, e, ent);
}

/* One past the last meeting of l at or before sentence s: a signing
 * looking back for the meeting it took place at starts there, instead of
 * passing every later meeting and every signing each time (which grew
 * with the square of the item). */
static size_t meetings_upto(doc *d, const ev_list *l, const sentence *s)
{
    return (size_t)(meet_last(d, l, MEET_ANY, (uint32_t)(s - d->sents), UINT32_MAX) + 1);
}

/* How many meetings a signing passes back from there for the one it took
 * place at (the corpus's at most 10), and how many signings back for the
 * one it repeats, takes its signatories from or lists the items of (the
 * corpus's at most 5 back); "the two countries signed" looks as far in both for the pair.
 * Every sentence of an item may have a signing cue. */
#define MEETING_LOOKBACK_DRAFTS 64
#define SIGNING_LOOKBACK_DRAFTS 64

/* The last actual signing the body reported up to sentence s, or NULL. */
static ev_draft *last_signing_before(const doc *d, const ev_list *l, const sentence *s)
{
    uint32_t si = (uint32_t)(s - d->sents);
    for (size_t q = l->n, steps = 0; q-- > d->sign_first && steps < SIGNING_LOOKBACK_DRAFTS;
         steps++) {
        ev_draft *c = &l->v[q];
        if (c->ev.type == NSV_EV_SIGNING && !c->dropped && c->sent <= si &&
            !c->ev.evidence_in_title && c->ev.modality == NSV_MOD_ACTUAL)
            return c;
    }
    return NULL;
}

/* Has the body reported a signing before sentence s?  Only then is "the
 * document" / "the agreements signed at the meetings" that signing again;
 * else the definite article points at a document named without a signing
 * cue, and this is its signing. */
static int signed_before(const doc *d, const ev_list *l, const sentence *s)
{
    return last_signing_before(d, l, s) != NULL;
}

/* "Dmitry Medvedev signed Federal Law On Ratification of the Agreement
 * between A and B on X.  ...  The Agreement was signed in Windhoek on June
 * 25, 2009": "the agreement" is no repeat of the last signing (a law) but
 * the document of its own kind inside that signing's title, whose own
 * earlier signing this is.  That document's phrase goes to *inner (its
 * parties are its title's).  1 if so. */
static int ratified_before(const doc *d, const ev_list *l, const sentence *s, const doc_np *np,
                           doc_np *inner)
{
    const ev_draft *prev = last_signing_before(d, l, s);
    if (!prev || prev->sent >= (uint32_t)(s - d->sents) || !prev->ev.document_kind || !np->kind ||
        !strcmp(prev->ev.document_kind, np->kind))
        return 0;
    const sentence *ps = &d->sents[prev->sent];
    for (uint32_t t = prev->cue_tok + 1;
         t < ps->tok_end && d->toks[t].start < prev->ev.evidence_end; t++) {
        const lex_entry *k = tok_lex(d, t, LEX_DOCUMENT, NULL);
        if (k && !strcmp(k->canon, np->kind) && tok_is(&d->toks[t - 1], "the"))
            return parse_doc_np(d, t, ps->tok_end, inner);
    }
    return 0;
}

static int described_body(doc *d, uint32_t k, uint32_t limit, uint32_t *end, int *ent);

/* After a body's field ("for Geodesy", "for Physical Culture") and its comma
 * at j - 1, the rest of its fields: single capitalised words no mention
 * takes, joined by commas and a last "and" (", Cartography and Cadastre"),
 * then optionally "of" and the body's country.  The token after them, or 0
 * when j opens no such list ("the Ministry of Economy, Gazprom and Rosneft"
 * names parties). */
static uint32_t field_list(const doc *d, uint32_t j, uint32_t limit)
{
    if (j < 3 || !is_char(d, j - 1, ','))
        return 0;
    /* the field before the comma: capitalised words after "for" or "of" */
    uint32_t f = j - 1;
    while (f + 4 > j && f > 0 && cap_word(d, f - 1))
        f--;
    if (f == j - 1 || f == 0 || !(tok_is(&d->toks[f - 1], "for") || tok_is(&d->toks[f - 1], "of")))
        return 0;
    uint32_t t = j;
    int last = 0; /* the word after "and" closes the list */
    for (int words = 0; t < limit && words < 6; words++) {
        /* one word each, no body the lexicon knows ("Gazprom"), no place
         * or person the mention finder found */
        int m = mention_at(d, t);
        if (!cap_word(d, t) || (d->toks[t].flags & T_POSS) ||
            (m >= 0 && (d->ments[m].tok_end != t + 1 || d->ments[m].kind != M_ORG)) ||
            tok_lex(d, t, LEX_ORG, NULL) || is_state_word(d, t))
            return 0;
        t++;
        if (last)
            break;
        if (t < limit && is_char(d, t, ','))
            t++;
        if (t < limit && tok_is(&d->toks[t], "and")) {
            t++;
            last = 1;
        } else if (!is_char(d, t - 1, ',')) {
            return 0;
        }
    }
    /* no name goes on after the last field */
    if (!last || t >= limit || cap_word(d, t))
        return 0;
    if (t + 1 < limit && tok_is(&d->toks[t], "of")) {
        int c = mention_at(d, t + 1);
        if (c >= 0 && d->ments[c].tok_start == t + 1 && d->ments[c].kind == M_COUNTRY)
            t = d->ments[c].tok_end;
    }
    return t;
}

/* Does a demonym at token j (after "the") open a description ending in a
 * firm or body noun right before a capitalised name ("Russian news agency
 * Sputnik", "Thai company PTT")?  Not "Russian universities and ...". */
static int demonym_description(const doc *d, uint32_t j, uint32_t limit)
{
    if (j < limit && tok_is(&d->toks[j], "the"))
        j++;
    unsigned nw = 0;
    if (j >= limit || !(d->toks[j].flags & T_CAP) || !tok_lex(d, j, LEX_DEMONYM, &nw))
        return 0;
    for (uint32_t t = j + nw; t + 1 < limit && t < j + nw + 3; t++) {
        const token *k = &d->toks[t];
        if (!(k->flags & T_WORD) || (k->flags & (T_CAP | T_NUM)))
            return 0;
        if ((k->word_bits & (W_FIRM | W_ORG_HEAD)) && (d->toks[t + 1].flags & T_CAP) &&
            (d->toks[t + 1].flags & T_WORD))
            return 1;
    }
    return 0;
}

/* Does a document noun (documents.tsv) open at a token in [from, to)? */
static int document_in(const doc *d, uint32_t from, uint32_t to)
{
    for (uint32_t t = from; t < to; t++)
        if (tok_lex(d, t, LEX_DOCUMENT, NULL))
            return 1;
    return 0;
}

/* The countries.tsv entry of a country's name or demonym at t ("Russia",
 * "Russian"), its length at *nw, or NULL. */
static const lex_entry *country_word_entry(const doc *d, uint32_t t, unsigned *nw)
{
    const lex_entry *c = tok_lex(d, t, LEX_COUNTRY, nw);
    return c ? c : tok_lex(d, t, LEX_DEMONYM, nw);
}

/* The country a single-word country or demonym at t names: sets *ent and
 * returns 1; 0 when t names none, -1 when memory ran out. */
static int country_word(doc *d, uint32_t t, unsigned *nw, int *ent)
{
    const lex_entry *c = country_word_entry(d, t, nw);
    if (!c)
        return 0;
    *ent = first_country(d, c->canon);
    if (*ent < 0)
        *ent = country_entity(d, c->canon);
    return *ent >= 0 ? 1 : -1;
}

/* "the Russian-Kazakhstan Agreement on ...": two countries joined by the
 * hyphen at k right before the title's own document noun (not "a
 * Protocol to amend the Russian-Kyrgyzstani Agreement", whose document
 * is another's; not "a deal on China-UK tourism").  Fills two[] and
 * returns 1, else 0; -1 when memory ran out. */
static int demonym_pair(doc *d, const doc_np *np, uint32_t k, int two[2])
{
    if (k <= np->start || k + 2 >= np->end)
        return 0;
    /* (nor one a document just before the title governs: "the Protocol
     * to amend the Russian-Kazakhstan Agreement") */
    if (document_in(d, np->start > 4 ? np->start - 4 : 0, k))
        return 0;
    unsigned w1 = 0, w2 = 0;
    int a = -1, b = -1;
    int rc = country_word(d, k - 1, &w1, &a);
    if (rc <= 0 || w1 != 1)
        return rc < 0 ? -1 : 0;
    rc = country_word(d, k + 1, &w2, &b);
    if (rc < 0)
        return -1;
    if (!rc || b == a || k + 1 + w2 >= np->end || !tok_lex(d, k + 1 + w2, LEX_DOCUMENT, NULL))
        return 0;
    two[0] = a;
    two[1] = b;
    return 1;
}

/* The two countries a states group m left unresolved stands for: those
 * of the people and countries named before it in its sentence ("Putin
 * sent greetings to President of Turkmenistan Serdar Berdimuhamedov on the
 * anniversary of ... between the two countries"), when exactly two are.
 * Fills two[] and returns 1, else 0; -1 when memory ran out. */
static int sentence_countries(doc *d, int m, int two[2])
{
    int n = 0;
    const mention *g = &d->ments[m];
    for (int j = m; j-- > 0;) {
        const mention *p = &d->ments[j];
        if (p->sent != g->sent)
            break;
        if (p->entity < 0 || (d->toks[p->tok_start].flags & T_IN_QUOTE))
            continue;
        const entity *x = &d->ents[p->entity];
        int c = -1;
        if (x->kind == NSV_KIND_COUNTRY)
            c = p->entity;
        else if (x->kind == NSV_KIND_PERSON) {
            const char *side = p->country ? p->country : x->country;
            /* the outlet's own office holder acts for its country */
            const lex_entry *own = side ? NULL : outlet_office(d);
            if (own && x->name && !strcmp(own->canon, x->name))
                side = own->extra2;
            if (!side)
                return 0; /* a person whose side is unknown */
            if ((c = country_entity(d, side)) < 0)
                return -1;
        }
        if (c < 0 || (n > 0 && two[0] == c) || (n > 1 && two[1] == c))
            continue;
        if (n == 2)
            return 0;
        two[n++] = c;
    }
    if (n != 2)
        return 0;
    int t = two[0]; /* text order */
    two[0] = two[1];
    two[1] = t;
    return 1;
}

/* Whether the "between" at k qualifies the title's own document: no
 * other document noun lies between the title's document noun and k. */
static int own_between(const doc *d, const doc_np *np, uint32_t k)
{
    uint32_t from = np->topic > np->start ? np->topic : np->start;
    return !document_in(d, from, k < np->end ? k : np->end);
}

/* Parties named inside a document title ("between the U.S. and Finland").
 * 0, or -1 when memory ran out (the caller fails the item). */
static int parties_in_np(doc *d, ev_draft *e, const doc_np *np)
{
    for (uint32_t k = np->start; k < np->end; k++) {
        /* "NATO-Russia Founding Act": parties joined by a hyphen */
        if (is_char(d, k, '-') && k > np->start) {
            int a = mention_at(d, k - 1), b = mention_at(d, k + 1);
            /* "the SCO-Afghanistan Contact Group", "the Russian-Vietnamese
             * Working Group": a body after the hyphen named from a country
             * is the two sides' body; its country, not the body cut at the
             * hyphen, is the second party */
            unsigned cw = 0;
            if (b >= 0 && d->ments[b].kind == M_ORG && d->ments[b].tok_start == k + 1 &&
                country_word_entry(d, k + 1, &cw) && d->ments[b].tok_end > k + 1 + cw) {
                if (a >= 0 && d->ments[a].tok_end == k && party_mention(d, a)) {
                    int c = -1;
                    if (country_word(d, k + 1, &cw, &c) < 0)
                        return -1;
                    ev_add_mention(d, e, a);
                    ev_add_party(d, e, c);
                }
                continue;
            }
            if (a >= 0 && b >= 0 && d->ments[a].tok_end == k && d->ments[b].tok_start == k + 1 &&
                party_mention(d, a) && party_mention(d, b)) {
                ev_add_mention(d, e, a);
                ev_add_mention(d, e, b);
            } else if (!e->nents) {
                int two[2];
                int pair = demonym_pair(d, np, k, two);
                if (pair < 0)
                    return -1;
                if (pair) {
                    ev_add_party(d, e, two[0]);
                    ev_add_party(d, e, two[1]);
                }
            }
        }
        /* "A U.K. agreement with the U.S. SEC was signed": with no
         * signatories named elsewhere, the party before the document noun
         * and the counterpart after its "with" */
        unsigned dw = 0;
        if (!e->nents && k + 1 < np->end && tok_lex(d, k, LEX_DOCUMENT, &dw) &&
            k + dw + 1 < np->end && tok_is(&d->toks[k + dw], "with")) {
            int o = party_right_the(d, k + dw + 1, np->end);
            /* "with the U.S. Securities and Exchange Commission": the
             * country names whose body it is; the body is the party */
            if (o >= 0 && d->ments[o].kind == M_COUNTRY && d->ments[o].tok_end < np->end) {
                int body = mention_at(d, d->ments[o].tok_end);
                if (body >= 0 && d->ments[body].kind == M_ORG &&
                    d->ments[body].tok_start == d->ments[o].tok_end)
                    o = body;
            }
            int before = -1;
            for (uint32_t b = np->start; b < k; b++) {
                int m = mention_at(d, b);
                if (m >= 0 && d->ments[m].tok_start == b && party_mention(d, m) &&
                    d->ments[m].tok_end <= k)
                    before = m;
            }
            if (o >= 0 && before >= 0) {
                ev_add_mention(d, e, before);
                ev_add_mention(d, e, o);
                return 0;
            }
        }
        /* "the signing of the open skies agreement with the European
         * Union", "Turkey's conclusion of a trilateral agreement with
         * Finland and Sweden", "the contract with the New England Power
         * Pool was signed": the "with" right after the title's own document
         * noun names the other side(s), whoever else signs; not a law's
         * ("a decree with the Order of Courage"), nor an inner document's
         * ("a law on the agreement with X").  (Apart from the fallback
         * above, which needs a party before any document noun, no party
         * named yet, and ends the search.) */
        unsigned hw = 0;
        if (k < np->topic && np->topic + 1 < np->end && tok_is(&d->toks[np->topic], "with") &&
            tok_lex(d, k, LEX_DOCUMENT, &hw) && k + hw == np->topic &&
            (!np->kind || strcmp(np->kind, "law") != 0)) {
            int o = party_right_the(d, np->topic + 1, np->end);
            if (o >= 0 && party_mention(d, o) && d->ments[o].tok_end <= np->end) {
                int coord[MAX_DOCS] = {o};
                int nc = coordinated(d, o, +1, np->start, np->end, coord, MAX_DOCS);
                for (int q = 0; q < nc; q++)
                    ev_add_mention(d, e, coord[q]);
            }
        }
        if (!tok_is(&d->toks[k], "between"))
            continue;
        /* slot: j may open a party ("between [the] A and [the] B") */
        int slot = 1, found = 0;
        int last_org = 0; /* the party just added is a body, ending at last_end */
        uint32_t last_end = k;
        uint32_t named_end = k; /* where the last named (mention) party ends */
        for (uint32_t j = k + 1; j < np->end; j++) {
            /* the topic after the parties: "... and Turkey on Cooperation in
             * the Field of High Technologies" names no more of them */
            if (found >= 2 && (d->toks[j].word_bits & W_PREP) && !tok_is(&d->toks[j], "of"))
                break;
            /* "the Kyrgyz and Russian Olympic Committees": after a demonym
             * and "and", a noun both demonyms share (the two countries') */
            int shared =
                j > k + 2 && tok_is(&d->toks[j - 1], "and") && tok_lex(d, j - 2, LEX_DEMONYM, NULL);
            /* "the State Committee for Physical Culture, Sports and
             * Tourism of Russia": the fields of a body's "for"/"of" part
             * go on past its comma, no parties of their own */
            uint32_t fe = slot && found ? field_list(d, j, np->end) : 0;
            if (fe) {
                j = fe - 1;
                slot = 0;
                continue;
            }
            if (slot) {
                /* a body by its kind ("the radio company Voice of Russia"),
                 * or a name the mention finder does not know ("between
                 * Transmashholding and Kazakh Railways"; no mention opens
                 * there, so the tests below would not take it) */
                uint32_t be = j;
                int body = -1;
                int rc = body_of_kind(d, j, np->end, &be, &body);
                if (!rc && !shared)
                    rc = unknown_body(d, j, np->end, &be, &body);
                /* "between Russian news agency Sputnik and ...", "Thai
                 * company PTT Public Company": a demonym and a firm or body
                 * noun describe the name after them, which is the party
                 * (not the demonym's country, nor the description) */
                if (!rc && !shared && demonym_description(d, j, np->end))
                    rc = described_body(d, j, np->end, &be, &body);
                if (rc < 0)
                    return -1;
                if (rc > 0) {
                    ev_add_party(d, e, body);
                    last_org = 1;
                    last_end = be;
                    j = be - 1;
                    slot = 0;
                    found++;
                    continue;
                }
            }
            int m = mention_at(d, j);
            /* "the Treaty of Friendship and Cooperation between the two
             * countries": the countries the group stands for, when the
             * title's own document is between them (not "a protocol on
             * ... ratification of the Treaty ... between the two
             * countries", whose document is another's) */
            if (slot && !found && m >= 0 && d->ments[m].tok_start == j &&
                d->ments[m].kind == M_GROUP_DESC && states_group(&d->ments[m]) &&
                own_between(d, np, k)) {
                int two[2];
                if (d->ments[m].n_members == 2) {
                    two[0] = d->ments[m].members[0];
                    two[1] = d->ments[m].members[1];
                } else {
                    int rc = sentence_countries(d, m, two);
                    if (rc < 0)
                        return -1;
                    if (!rc)
                        break;
                }
                ev_add_party(d, e, two[0]);
                ev_add_party(d, e, two[1]);
                break;
            }
            /* "and the Centre of International Programmes, Republic of
             * Kazakhstan": the country after a body's comma says where
             * the body is */
            uint32_t q = last_end + 1; /* "..., Republic of Kazakhstan" */
            while (q < j && q < last_end + 4 &&
                   ((d->toks[q].flags & T_CAP) || tok_is(&d->toks[q], "of")))
                q++;
            if (m >= 0 && last_org && q == j && last_end < j && is_char(d, last_end, ',') &&
                d->ments[m].entity >= 0 && d->ents[d->ments[m].entity].kind == NSV_KIND_COUNTRY &&
                (d->ments[m].tok_end >= np->end ||
                 !(d->toks[d->ments[m].tok_end].word_bits & W_CONJ)))
                break;
            /* "between the Ministry of Infrastructure of Ukraine and
             * Airbus": the country after the body's "of" says whose body
             * it is; it signs no more than the body does (not after a
             * "Government": "the Government of the PRC" signs as its
             * country) */
            uint32_t of = j > k + 2 && tok_is(&d->toks[j - 1], "the") ? j - 2 : j - 1;
            if (m >= 0 && d->ments[m].tok_start == j && last_org && named_end == of &&
                tok_is(&d->toks[of], "of") && !(d->toks[of - 1].word_bits & W_POLITY) &&
                d->ments[m].kind == M_COUNTRY) {
                j = d->ments[m].tok_end - 1;
                continue;
            }
            if (m >= 0 && d->ments[m].tok_start == j && party_mention(d, m)) {
                ev_add_mention(d, e, m);
                last_org = d->ments[m].entity >= 0 &&
                           d->ents[d->ments[m].entity].kind == NSV_KIND_ORGANIZATION;
                last_end = d->ments[m].tok_end;
                named_end = last_end;
                j = d->ments[m].tok_end - 1;
                slot = 0;
                found++;
                continue;
            }
            /* "between major Russian universities and ...": a demonym and a
             * plural noun describe bodies of the country, which sign as a
             * group ("Russian delegations" stand for the country itself) */
            const uint32_t function_word = W_DET | W_PREP | W_CONJ | W_SUBORD | W_AUX |
                                           W_PRONOUN_ANY | W_NUMBER_WORD | W_PLACE_PREP;
            if (slot && !shared) {
                uint32_t a = j;
                while (a < np->end && a < j + 2 && (d->toks[a].flags & T_WORD) &&
                       !(d->toks[a].flags & (T_CAP | T_NUM)) &&
                       !(d->toks[a].word_bits & function_word) &&
                       !tok_lex(d, a, LEX_DOCUMENT, NULL))
                    a++;
                unsigned dn = 0;
                if (a < np->end && tok_lex(d, a, LEX_DEMONYM, &dn) && (d->toks[a].flags & T_CAP) &&
                    a + dn < np->end) {
                    const token *h = &d->toks[a + dn];
                    if ((h->flags & T_WORD) && !(h->flags & (T_CAP | T_NUM)) && h->lower_len > 3 &&
                        h->lower[h->lower_len - 1] == 's' &&
                        !(h->word_bits & (function_word | W_SIDE_GROUP | W_GROUP)) &&
                        !tok_lex(d, a + dn, LEX_DOCUMENT, NULL) &&
                        /* the noun ends the phrase: not "Russian news agency Sputnik" */
                        (a + dn + 1 >= np->end || !(d->toks[a + dn + 1].flags & T_WORD) ||
                         (d->toks[a + dn + 1].word_bits & (W_CONJ | W_PREP | W_SUBORD)))) {
                        int body = span_body_entity(d, a, a + dn + 1);
                        if (body < 0)
                            return -1;
                        ev_add_party(d, e, body);
                        j = a + dn;
                        slot = 0;
                        found++;
                        continue;
                    }
                }
            }
            const token *tj = &d->toks[j];
            int was_slot = slot;
            slot = tok_is(tj, "and") || is_char(d, j, ',') || (slot && tok_is(tj, "the"));
            /* "between the U.S. and Finnish export credit agencies"; not
             * "... to bolster Palestinian unity" after the parties */
            unsigned nw = 0;
            const lex_entry *dem = was_slot ? tok_lex(d, j, LEX_DEMONYM, &nw) : NULL;
            int c = dem ? first_country(d, dem->canon) : -1;
            if (c >= 0)
                ev_add_party(d, e, c);
        }
        return 0;
    }
    return 0;
}

/* How far back into the sentence before a passive an antecedent document
 * is sought (a ratification's one long sentence names it in its first
 * tokens), and how many documents of the kind are read there. */
#define ANTECEDENT_WINDOW 256
#define ANTECEDENT_TRIES 4
#define ANTECEDENT_SENTENCES 3

/* "The Agreement was signed", "The Agreement and Protocol were signed": an
 * item of a passive subject that is only "the" and a document noun. */
static int bare_definite(const doc *d, const doc_np *whole, const doc_np *item)
{
    if (whole->start >= whole->end || !tok_is(&d->toks[whole->start], "the"))
        return 0;
    uint32_t k = item->start;
    if (k < item->end && (d->toks[k].word_bits & W_DET))
        k++;
    /* (and "the Agreement and Protocol": document nouns only) */
    for (int n = 0; n < 3; n++) {
        unsigned dw = 0;
        if (!tok_lex(d, k, LEX_DOCUMENT, &dw))
            return 0;
        k += dw;
        if (k == item->end)
            return 1;
        if (!tok_is(&d->toks[k], "and"))
            return 0;
        k++;
    }
    return 0;
}

/* "the five-year accord", "the bilateral accord": "the", then only
 * lower-case modifiers that name no one, then the document noun that ends
 * the phrase.  Not "the Russian accord", "the Paris Club accord", "the
 * accord on trade" (those name or describe their own document). */
static int modified_definite(const doc *d, const doc_np *np)
{
    if (np->end - np->start < 3 || np->end - np->start > 7 || !tok_is(&d->toks[np->start], "the"))
        return 0;
    uint32_t h = np->end;
    for (uint32_t t = np->start + 1; t < np->end; t++) {
        unsigned dw = 0;
        if (tok_lex(d, t, LEX_DOCUMENT, &dw) && t + dw == np->end) {
            h = t;
            break;
        }
    }
    if (h == np->end || h == np->start + 1)
        return 0;
    for (uint32_t t = np->start + 1; t < h; t++) {
        const token *x = &d->toks[t];
        if ((x->flags & (T_CAP | T_QUOTE | T_IN_QUOTE)) || mention_at(d, t) >= 0 ||
            tok_lex(d, t, LEX_DOCUMENT, NULL) || ((x->flags & T_PUNCT) && !is_char(d, t, '-')))
            return 0;
    }
    return 1;
}

/* "Putin submitted for ratification the Agreement between the Russian
 * Federation and the Kyrgyz Republic on ...  The Agreement was signed in
 * Bishkek", "a complaint against the U.S.-Japanese agreement on chips ...
 * The five-year accord signed in July 1986": with no signing reported
 * before, a definite document with no name of its own is the one of its
 * kind a sentence shortly before names with its parties (a between-phrase
 * or a pair of names), and those are its signatories.  The nearest
 * sentence naming a document of the kind decides: only when every such
 * document there names the same two or more parties (else which one is
 * meant is a guess; one there without parties is the antecedent, and
 * names none).  1 if parties were added, -1 when memory ran out. */
static int antecedent_parties(doc *d, ev_draft *e, const sentence *s, const char *kind)
{
    uint32_t si = (uint32_t)(s - d->sents);
    if (si == 0 || !kind || e->nents)
        return 0;
    int got[MAX_PARTIES], ngot = -1, seen = 0;
    uint32_t ea = e->ev.evidence_start, eb = e->ev.evidence_end;
    for (uint32_t back = 1; back <= ANTECEDENT_SENTENCES && back <= si && !seen; back++) {
        const sentence *ps = &d->sents[si - back];
        uint32_t lo = ps->tok_start;
        uint32_t hi = ps->tok_end - lo > ANTECEDENT_WINDOW ? lo + ANTECEDENT_WINDOW : ps->tok_end;
        int tries = 0;
        for (uint32_t t = lo + 1; t < hi && tries < ANTECEDENT_TRIES; t++) {
            const lex_entry *k = tok_lex(d, t, LEX_DOCUMENT, NULL);
            if (!k || strcmp(k->canon, kind) || (d->toks[t].flags & T_IN_QUOTE))
                continue;
            /* (a body's name is no document: "the General Agreement on
             * Tariffs and Trade") */
            int bm = mention_at(d, t);
            if (bm >= 0)
                continue;
            /* the article, or the pair of names before the noun ("the
             * U.S.-Japanese agreement") */
            uint32_t a = t;
            while (a > lo && a + 6 > t && !(d->toks[a - 1].word_bits & W_DET) &&
                   !tok_lex(d, a - 1, LEX_DOCUMENT, NULL) && !is_char(d, a - 1, ',') &&
                   !(d->toks[a - 1].word_bits & (W_PREP | W_SUBORD)))
                a--;
            if (a == lo || !(d->toks[a - 1].word_bits & W_DET))
                continue;
            seen = 1;
            doc_np np;
            if (!parse_doc_np(d, t, ps->tok_end, &np))
                continue;
            if (np.start > a - 1)
                np.start = a - 1;
            tries++;
            e->nents = 0;
            if (parties_in_np(d, e, &np) < 0)
                return -1;
            if (e->nents < 2)
                continue;
            if (ngot < 0) {
                ngot = e->nents;
                memcpy(got, e->ents, sizeof got[0] * (size_t)ngot);
                continue;
            }
            int same = e->nents == ngot;
            for (int q = 0; same && q < ngot; q++)
                same = ev_has_party(e, got[q]);
            if (!same) {
                ngot = -1;
                break;
            }
        }
    }
    /* the parties only: the evidence stays this sentence's */
    e->ev.evidence_start = ea;
    e->ev.evidence_end = eb;
    e->nents = 0;
    if (ngot < 2)
        return 0;
    memcpy(e->ents, got, sizeof got[0] * (size_t)ngot);
    e->nents = ngot;
    return 1;
}

/* The signing a passive or subject-less sentence happens at: "within the
 * meeting", "following the talks".  People who met are its signatories; a
 * group's communique is signed by members the text does not name. */
static ev_draft *meeting_context(doc *d, ev_list *l, const sentence *s)
{
    int refers = 0;
    for (uint32_t t = s->tok_start; t < s->tok_end; t++) {
        const lex_entry *m = tok_lex(d, t, LEX_MEETING, NULL);
        if (m && (m->value == MEET_NOUN || m->value == MEET_MULTI))
            refers = 1;
    }
    if (!refers)
        return NULL;
    /* the latest meeting before the sentence; one between people (the
     * talks, not the summit they were held at) when there is one */
    ev_draft *any = NULL;
    size_t top = meetings_upto(d, l, s);
    for (size_t k = top; k-- > 0 && top - k <= MEETING_LOOKBACK_DRAFTS;) {
        ev_draft *e = &l->v[k];
        if (e->ev.type != NSV_EV_MEETING || e->dropped || e->nents < 2 ||
            e->ev.modality != NSV_MOD_ACTUAL || e->sent > s - d->sents)
            continue;
        int people = !e->multilateral;
        for (int p = 0; p < e->nents && people; p++)
            people = d->ents[e->ents[p]].kind == NSV_KIND_PERSON;
        if (people)
            return e;
        if (!any)
            any = e;
    }
    return any;
}

/* Does the sentence speak of the people who met as a group ("within the
 * meeting of the heads of state", "in the presence of the two leaders")?
 * Only then does a signing with no signatory of its own take theirs; "a
 * joint communique was signed at the end of the meeting", "the talks ended
 * with the signing of ..." name none (the guide: the participants the
 * context makes clear, or none). */
static int names_group(const doc *d, const sentence *s)
{
    for (uint32_t t = s->tok_start; t < s->tok_end; t++) {
        int m = mention_at(d, t);
        if (m >= 0 && d->ments[m].kind == M_GROUP_DESC && !states_group(&d->ments[m]))
            return 1;
    }
    return 0;
}

static void inherit_from_meeting(doc *d, ev_draft *e, const ev_draft *mt, int parties)
{
    if (!mt || e->ev.modality != NSV_MOD_ACTUAL)
        return;
    if (e->day < 0 && mt->day >= 0 && !e->background) {
        e->day = mt->day;
        e->day_kind = mt->day_kind;
    }
    if (!e->ev.location_name) {
        e->ev.location_name = mt->ev.location_name;
        e->ev.location_country = mt->ev.location_country;
    }
    if (!parties || mt->multilateral)
        return;
    for (int p = 0; p < mt->nents; p++)
        if (d->ents[mt->ents[p]].kind != NSV_KIND_PERSON)
            return;
    for (int p = 0; p < mt->nents; p++)
        ev_add_party(d, e, mt->ents[p]);
}

/* The two sides of event e at sides[0..1]: its two parties, or, when its
 * parties form two sides (each a country, or a person of one of two
 * countries: "Italy, Russia, Vladimir Putin, Paolo Gentiloni" once the
 * leaders' turns joined the talks), the first party of each.  1 if e has
 * two sides, else 0 ("Russia, Iran, Turkey" has three; a person of no
 * known country belongs to neither). */
static int two_party_sides(const doc *d, const ev_draft *e, int sides[2])
{
    if (e->nents == 2) {
        sides[0] = e->ents[0];
        sides[1] = e->ents[1];
        return 1;
    }
    const char *side[2] = {NULL, NULL};
    for (int p = 0; p < e->nents; p++) {
        const entity *x = e->ents[p] >= 0 ? &d->ents[e->ents[p]] : NULL;
        if (!x || (x->kind != NSV_KIND_COUNTRY && x->kind != NSV_KIND_PERSON) || !x->country)
            return 0;
        int k = 0;
        while (k < 2 && side[k] && strcmp(side[k], x->country) != 0)
            k++;
        if (k == 2)
            return 0;
        if (!side[k]) {
            side[k] = x->country;
            sides[k] = e->ents[p];
        }
    }
    return side[1] != NULL;
}

/* The latest talks between two parties (or two sides, two_party_sides)
 * before sentence s, their sides at sides[0..1]. */
static const ev_draft *last_talks(doc *d, const ev_list *l, const sentence *s, int sides[2])
{
    size_t top = meetings_upto(d, l, s);
    for (size_t k = top; k-- > 0 && top - k <= MEETING_LOOKBACK_DRAFTS;) {
        const ev_draft *e = &l->v[k];
        if (e->ev.type == NSV_EV_MEETING && !e->dropped && !e->multilateral &&
            e->ev.modality == NSV_MOD_ACTUAL && e->sent <= (uint32_t)(s - d->sents) &&
            two_party_sides(d, e, sides))
            return e;
    }
    return NULL;
}

/* The entity a pair member stands for, at *out: itself, or for "countries"
 * a person's country (-1 for none).  0, or -1 when memory ran out. */
static int pair_member(doc *d, int ent, int countries, int *out)
{
    const entity *x = &d->ents[ent];
    *out = -1;
    if (!countries || x->kind == NSV_KIND_COUNTRY)
        *out = ent;
    else if (x->kind == NSV_KIND_PERSON && x->country && (*out = country_entity(d, x->country)) < 0)
        return -1;
    return 0;
}

/* Signatories "the two countries" / "the two sides" that coreference left
 * unresolved: the two parties of the latest talks ("Bond and Atlas are
 * holding talks ... a memorandum signed by the two sides"), or for
 * countries the countries of the two leaders who met ("Putin held talks
 * with Tokayev. The documents signed by agencies of the two countries").
 * Nothing unless both are known.  0, or -1 when memory ran out. */
static int sides_of_talks(doc *d, ev_draft *e, int group, const ev_list *l, const sentence *s,
                          int countries)
{
    int sides[2];
    const ev_draft *mt = last_talks(d, l, s, sides);
    if (!mt || e->ev.modality != NSV_MOD_ACTUAL)
        return 0;
    countries |= states_group(&d->ments[group]);
    int found[2];
    for (int p = 0; p < 2; p++) {
        const entity *x = &d->ents[sides[p]];
        if (pair_member(d, sides[p], countries, &found[p]) < 0)
            return -1;
        /* "President of Russia made a visit ... Vladimir Putin held talks":
         * a title with a country that names the person elsewhere */
        for (size_t m = 0; found[p] < 0 && x->kind == NSV_KIND_PERSON && m < d->nments; m++)
            if (d->ments[m].entity == sides[p] && d->ments[m].country &&
                (found[p] = country_entity(d, d->ments[m].country)) < 0)
                return -1;
        if (found[p] < 0)
            return 0;
    }
    if (found[0] == found[1])
        return 0;
    ev_add_party(d, e, found[0]);
    ev_add_party(d, e, found[1]);
    return 0;
}

/* "The two presidents signed", "The two companies also signed", "Both
 * countries signed" that coreference left unresolved: the two parties of
 * the latest event with two (talks, a signing, a joint statement) before,
 * else the first two bodies or countries the lead sentence names ("A
 * agreed to form a venture with B ... The two companies signed a letter of
 * intent").  Adds nothing unless both are known.  0, or -1 when memory ran
 * out. */
static int pair_subject(doc *d, ev_draft *e, const ev_list *l, uint32_t i, const sentence *s)
{
    uint32_t t = verb_group_start(d, i, s->tok_start);
    /* "The two countries earlier signed" */
    while (t > s->tok_start && (d->toks[t - 1].word_bits & W_BACKGROUND) &&
           !(d->toks[t - 1].flags & T_CAP))
        t = verb_group_start(d, t - 1, s->tok_start);
    /* "The two companies, who have signed" */
    if (t > s->tok_start + 3 &&
        (tok_is(&d->toks[t - 1], "who") || tok_is(&d->toks[t - 1], "which")) &&
        is_char(d, t - 2, ','))
        t -= 2;
    if (t < s->tok_start + 2 || e->ev.modality != NSV_MOD_ACTUAL)
        return 0;
    const token *noun = &d->toks[t - 1], *num = &d->toks[t - 2];
    if (!(noun->flags & T_WORD) || (noun->flags & (T_CAP | T_IN_QUOTE)) || noun->lower_len < 4 ||
        noun->lower[noun->lower_len - 1] != 's' ||
        !(tok_is(num, "two") || (tok_is(num, "both") && t - 2 == s->tok_start)))
        return 0;
    /* the subject opens the clause: "the two" at its start */
    uint32_t b = t - 2;
    if (tok_is(num, "two")) {
        if (b == s->tok_start || !tok_is(&d->toks[b - 1], "the"))
            return 0;
        b--;
    }
    if (b > s->tok_start && !is_char(d, b - 1, ','))
        return 0;
    int countries = (noun->word_bits & W_STATES) != 0;
    uint32_t here = (uint32_t)(s - d->sents);
    int found[2] = {-1, -1};
    /* the signings back from the last, then the meetings back from the
     * sentence's (meetings_upto) */
    size_t from[2] = {l->n, meetings_upto(d, l, s)}, to[2] = {d->sign_first, 0};
    size_t reach[2] = {SIGNING_LOOKBACK_DRAFTS, MEETING_LOOKBACK_DRAFTS};
    for (int r = 0; r < 2 && found[0] < 0; r++)
        for (size_t k = from[r]; k-- > to[r] && from[r] - k <= reach[r] && found[0] < 0;) {
            const ev_draft *p = &l->v[k];
            int sides[2];
            if (p->dropped || p->sent > here || p->sent + 8 < here ||
                p->ev.modality != NSV_MOD_ACTUAL || p->multilateral ||
                !two_party_sides(d, p, sides))
                continue;
            int a = -1, c = -1;
            if (pair_member(d, sides[0], countries, &a) < 0 ||
                pair_member(d, sides[1], countries, &c) < 0)
                return -1;
            if (a >= 0 && c >= 0 && a != c && d->ents[a].kind == d->ents[c].kind) {
                found[0] = a;
                found[1] = c;
            }
        }
    /* else the lead: its first two bodies (or countries) */
    if (found[0] < 0) {
        int n = 0;
        size_t first = first_body_mention(d);
        uint32_t lead = lead_sentence(d);
        for (size_t j = first; lead < here && j < d->nments && n < 2; j++) {
            const mention *m = &d->ments[j];
            if (m->sent != lead)
                break;
            if (m->entity < 0 || m->kind != (countries ? M_COUNTRY : M_ORG) ||
                (n == 1 && found[0] == m->entity))
                continue;
            found[n++] = m->entity;
        }
        if (n < 2)
            return 0;
    }
    ev_add_party(d, e, found[0]);
    ev_add_party(d, e, found[1]);
    return 0;
}

/* "During the summit, the participants exchanged views ... and signed",
 * "Meeting participants also signed": the attendees of a summit as the
 * clause subject sign as the people the item lists at the summit ("The
 * summit was attended by A, B and C").  The latest actual multilateral
 * meeting with two or more named people, or NULL; "talks with the
 * participants" (an object) and a summit naming no people give none. */
static const ev_draft *attendees_subject(doc *d, const ev_list *l, uint32_t i, const sentence *s)
{
    uint32_t t = i, steps = 0;
    while (t > s->tok_start && steps++ < 16) {
        t--;
        const token *u = &d->toks[t];
        if (is_char(d, t, ';') || (u->flags & T_QUOTE) || tok_lex(d, t, LEX_SPEECH, NULL) ||
            (u->word_bits & W_SUBORD))
            return NULL;
        if (!(u->word_bits & W_ATTENDEE))
            continue;
        /* the subject: at the clause start or after its article, not after
         * a preposition ("with the participants") */
        uint32_t b = t;
        if (b > s->tok_start &&
            ((d->toks[b - 1].word_bits & W_DET) || tok_lex(d, b - 1, LEX_MEETING, NULL)))
            b--;
        if (b > s->tok_start && !is_char(d, b - 1, ','))
            return NULL;
        break;
    }
    if (!(d->toks[t].word_bits & W_ATTENDEE))
        return NULL;
    uint32_t si = (uint32_t)(s - d->sents);
    size_t top = meetings_upto(d, l, s);
    for (size_t k = top; k-- > 0 && top - k <= MEETING_LOOKBACK_DRAFTS;) {
        const ev_draft *e = &l->v[k];
        if (e->ev.type != NSV_EV_MEETING || e->dropped || !e->multilateral ||
            e->ev.modality != NSV_MOD_ACTUAL || e->sent > si)
            continue;
        int people = 0;
        for (int p = 0; p < e->nents; p++)
            people += e->ents[p] >= 0 && d->ents[e->ents[p]].kind == NSV_KIND_PERSON;
        /* "During the summit, ...": a later mention of the summit may name
         * no one; the one that lists the attendees counts */
        if (people >= 2)
            return e;
    }
    return NULL;
}

/* "... signed a package of documents. The documents signed include A; B":
 * the bare batch signed in one of the two sentences before, which the
 * items now list: its index in l, or -1. */
static long listed_batch(const doc *d, const ev_list *l, const sentence *s)
{
    uint32_t si = (uint32_t)(s - d->sents);
    for (size_t q = l->n, steps = 0; q-- > d->sign_first && steps < SIGNING_LOOKBACK_DRAFTS;
         steps++) {
        const ev_draft *c = &l->v[q];
        if (c->ev.type != NSV_EV_SIGNING || c->dropped || c->sent >= si)
            continue;
        if (c->sent + 2 < si)
            return -1;
        if (c->batch && c->ev.modality == NSV_MOD_ACTUAL && !c->ev.evidence_in_title)
            return (long)q;
    }
    return -1;
}

/* Is np's head, before its topic ("the decree on awards", "the Executive
 * Order establishing ..."), a decree (documents.tsv mark decree)?  Not a word
 * of its topic ("the law on the decree"), nor a bare or counted plural
 * ("many presidential decrees have been signed" sums up years). */
static int decree_head(const doc *d, const doc_np *np)
{
    if (!(d->toks[np->start].word_bits & W_DET))
        return 0;
    uint32_t e = np->topic > np->start && np->topic < np->end ? np->topic : np->end;
    for (uint32_t t = np->start; t < e; t++) {
        const lex_entry *w = tok_lex(d, t, LEX_DOCUMENT, NULL);
        if (w && (w->bits & DOC_DECREE))
            return 1;
    }
    return 0;
}

/* The end of a lookback word (words.tsv, class lookback: "since", "the
 * anniversary of") in the clause right before a signing cue, within four
 * words before the document or cue and not past a comma, or 0. */
static uint32_t lookback_end(const doc *d, const doc_np *np, uint32_t cue, uint32_t floor)
{
    uint32_t lo = np->start < cue ? np->start : cue;
    lo = lo > floor + 4 ? lo - 4 : floor;
    for (uint32_t t = cue; t-- > lo;) {
        if (is_char(d, t, ',') || is_char(d, t, ';'))
            return 0;
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, t, LEX_WORD, &nw);
        if (w && (w->bits & W_LOOKBACK) && w->value != LOOKBACK_IN_CLAUSE && t + nw <= cue)
            return t + nw;
    }
    return 0;
}

/* "When Congress failed to act, I signed an executive order", "I also
 * signed the most significant gun violence legislation in nearly 30 years":
 * a speaker's own simple past with no day in its sentence recounts a record,
 * not the published day's act (that one says "today", "just", "have
 * signed"). */
static int first_person_past(const doc *d, uint32_t cue, const sentence *s)
{
    if (!tok_is(&d->toks[cue], "signed"))
        return 0;
    uint32_t t = cue;
    for (int steps = 0; t > s->tok_start && steps < 3; steps++) {
        const token *p = &d->toks[t - 1];
        if (p->end - p->start == 1 && d->text[p->start] == 'I')
            return 1;
        if (!(p->word_bits & W_ADVERB) || (p->word_bits & (W_RELDAY | W_BE)) || tok_is(p, "just") ||
            tok_is(p, "now"))
            return 0;
        t--;
    }
    return 0;
}

/* How many words of a relative clause after a document may say that it
 * looks back on the signing ("which marks its 25th anniversary") */
#define RELATIVE_LOOKBACK_WORDS 8

/* How many words after a signing verb or its document its own time phrase
 * may start ("signed with banks last September", "in March of that year") */
#define OWN_TIME_WORDS 4

/* Does an undated time ("last September", "in May last year") open the
 * few words from token a (before to)? */
static int undated_time_at(const doc *d, uint32_t a, uint32_t to)
{
    int past = 0, n;
    for (uint32_t k = a; k < to && k < a + OWN_TIME_WORDS; k++) {
        const token *t = &d->toks[k];
        if (t->flags & T_IN_QUOTE)
            return 0;
        /* the longest phrase here: "last night" is a day, "last year" none */
        unsigned wn = 1;
        const lex_entry *w = tok_lex(d, k, LEX_WORD, &wn);
        uint64_t bits = w ? w->bits : t->word_bits;
        /* "on March 5", "9 December", "today", "on Friday": a day */
        if (bits & (W_RELDAY | W_WEEKDAY))
            return 0;
        if (tok_number(d, k, &n) && n <= 31 && k + 1 < to && (d->toks[k + 1].word_bits & W_MONTH))
            return 0;
        if (t->word_bits & W_MONTH)
            return !(k + 1 < to && tok_number(d, k + 1, &n) && n <= 31);
        if (bits & W_BACKGROUND) {
            past = 1;
            k += wn - 1;
        }
    }
    return past;
}

/* "Cabrera was here for the signing yesterday of a floating rate note",
 * "he had signed yesterday a 250 mln dlr loan": a day word (words.tsv
 * relday: "today", "yesterday", "last night") between the signing cue and
 * its "of" (noun) or its document's first word (verb, `need_of` 0).  How
 * many tokens to skip at k: the day word's, or 0. */
static unsigned relday_before_object(const doc *d, uint32_t k, uint32_t limit, int need_of)
{
    unsigned wn = 0;
    const lex_entry *w = k < limit ? tok_lex(d, k, LEX_WORD, &wn) : NULL;
    if (!w || !(w->bits & W_RELDAY) || (d->toks[k].flags & T_IN_QUOTE) || k + wn >= limit)
        return 0;
    const token *nx = &d->toks[k + wn];
    if (need_of)
        return tok_is(nx, "of") ? wn : 0;
    return (nx->word_bits & (W_DET | W_NUMBER_WORD)) || (nx->flags & T_NUM) ? wn : 0;
}

/* A signing of np at verb or noun `cue`; its modality read from the words
 * in [mod_from, cue).  NULL when memory ran out. */
static ev_draft *new_signing_at(doc *d, ev_list *out, uint32_t cue, const char *rule,
                                const sentence *s, const doc_np *np, uint32_t mod_from)
{
    ev_draft *e = ev_new(d, out, NSV_EV_SIGNING, cue, rule);
    if (!e)
        return NULL;
    e->ev.modality = clause_modality(d, cue, mod_from);
    if (np_title(d, np, &e->ev.document_title) < 0)
        return NULL; /* out of memory, as ev_new's NULL */
    e->ev.document_kind = np->kind;
    e->batch = is_batch(np);
    /* (a capitalised plural names one instrument: "the Artemis Accords") */
    e->plural = plural_batch(d, np) && !(d->toks[np->topic - 1].flags & T_CAP);
    e->decree = decree_head(d, np);
    /* "signed another Executive Order", "signed an MOU": not the one named
     * before ("the signing of a joint Declaration" may still be) */
    for (uint32_t t = np->start > s->tok_start ? np->start - 1 : np->start; t <= np->start; t++) {
        const token *art = &d->toks[t];
        if (strcmp(rule, "signing.noun") && (indefinite_article(art) || tok_is(art, "another")))
            e->indefinite = 1;
    }
    for (uint32_t t = cue > s->tok_start + 3 ? cue - 3 : s->tok_start; t < cue; t++)
        e->also |= tok_is(&d->toks[t], "also");
    uint32_t a = d->toks[np->start].start, b = d->toks[np->end - 1].end;
    if (a < e->ev.evidence_start)
        e->ev.evidence_start = a;
    if (b > e->ev.evidence_end)
        e->ev.evidence_end = b;
    /* the date around the document, not inside its title ("plan for 2023") */
    int bg1 = 0, bg2 = 0;
    uint32_t from = s->tok_start;
    while (from < np->start && before_body(d, d->toks[from].start))
        from++; /* not the dateline's day */
    /* an item listed in the next sentence ("They include ...") takes the
     * date of the signing sentence, not the next sentence's words */
    uint32_t ws = np->whole_end ? np->whole_start : np->start;
    uint32_t we = np->whole_end ? np->whole_end : np->end;
    uint32_t na = ws < s->tok_end ? ws : s->tok_end;
    uint32_t nb = we < s->tok_end ? we : s->tok_end;
    /* after the document and the cue, only up to the next signing cue:
     * "signed the Law On Ratifying the Convention, signed in Montreal on
     * October 26, 1990" dates the convention, not the law */
    uint32_t ne = nb > cue ? nb : cue + 1, rel = 0;
    for (; ne < s->tok_end; ne++) {
        unsigned cn = 0;
        const lex_entry *c = tok_lex(d, ne, LEX_SIGNING, &cn);
        if (c && (c->value == SIGN_VERB || c->value == SIGN_NOUN || c->value == SIGN_BASE))
            break;
        /* "..., which takes effect on July 1", "and went into effect on July
         * 1, 2022": a day in a clause about the document, or its entry into
         * force (signing_cues.tsv exclude phrases), is not the signing's */
        if (c && c->value == SIGN_EXCLUDE && cn > 1)
            break;
        if ((d->toks[ne].word_bits & W_SUBORD) &&
            (is_char(d, ne - 1, ',') ||
             ((d->toks[ne - 1].flags & T_QUOTE) && ne >= cue + 2 && is_char(d, ne - 2, ',')))) {
            rel = ne;
            break;
        }
    }
    /* "the progress made this afternoon since he signed the Order", "Today
     * marks 50 years since the treaty was signed": a day before the
     * lookback word dates the main clause, not the signing */
    uint32_t lookback = lookback_end(d, np, cue, s->tok_start);
    if (lookback > from && lookback <= na)
        from = lookback;
    /* "signed instructions following the March 19, 2013 meeting of the
     * Council": that day dates the meeting, not the signing */
    dated_noun_bounds(d, cue, &from, &na);
    dated_noun_bounds(d, cue, &nb, &ne);
    int k1, k2;
    day_t d1 = event_sentence_date(d, from, na, &bg1, 1, &k1);
    day_t d2 = event_sentence_date(d, nb, ne, &bg2, 1, &k2);
    e->day = d1 >= 0 ? d1 : d2;
    e->day_kind = d1 >= 0 ? k1 : k2;
    /* a reduced relative or appositive ("the Protocol ..., signed in
     * Montreal on October 6, 1989") is dated after its verb; a date before
     * its document belongs to the main clause or to a document listed
     * before it */
    if (d2 >= 0 &&
        (!strcmp(rule, "signing.appositive") || !strcmp(rule, "signing.reduced_relative"))) {
        e->day = d2;
        e->day_kind = k2;
    }
    /* "The DTI said earlier it had concluded ...": a background word right
     * after the reporting verb dates the report, not the signing */
    if (bg1 && d1 < 0)
        for (uint32_t v = cue; v-- > from && v + 6 > cue;)
            if (tok_lex(d, v, LEX_SPEECH, NULL) && !(d->toks[v].flags & T_IN_QUOTE) &&
                (d->toks[v].flags & T_WORD) && !(d->toks[v].flags & T_CAP)) {
                /* "said earlier (that) it had ...": the adverb is the report's */
                uint32_t w = v + 1;
                while (w < cue && ((d->toks[w].word_bits & (W_BACKGROUND | W_SUBORD)) ||
                                   tok_is(&d->toks[w], "that")))
                    w++;
                int bg_before = 0, bg_after = 0;
                (void)sentence_date(d, from, v, &bg_before);
                (void)sentence_date(d, w, na, &bg_after);
                bg1 = bg_before || bg_after;
                break;
            }
    /* "a pact on microchip trade signed last September", "said last Friday
     * that China signed loan agreements ... last year", "signed agreements
     * in March of that year for maturities from January 1, 1985": an
     * undated time right after the verb or the document is the signing's
     * own; a day elsewhere in the sentence dates something else */
    uint32_t near = nb > cue + 1 ? nb : cue + 1;
    if (e->day >= 0 && (d2 < 0 || d2 == e->day) && undated_time_at(d, near, ne)) {
        e->day = -1;
        bg2 = 1;
    }
    e->background = e->day < 0 && (bg1 || bg2);
    /* "in the two years since I signed the Act", "progress made since the
     * signing of the Accords", "50 years since the agreement was signed",
     * "the anniversary of the signing of the Treaty": a signing the clause
     * looks back on (words.tsv, class lookback), not one of the published
     * day */
    if (e->day < 0 && lookback)
        e->background = 1;
    /* "the signing of the Agreement, which celebrates its 25th anniversary
     * on August 4": the clause about the document looks back on its signing */
    for (uint32_t t = rel; e->day < 0 && rel && t < s->tok_end && t < rel + RELATIVE_LOOKBACK_WORDS;
         t++) {
        const lex_entry *w = tok_lex(d, t, LEX_WORD, NULL);
        if (w && (w->bits & W_LOOKBACK))
            e->background = 1;
    }
    if (e->day < 0 && first_person_past(d, cue, s))
        e->background = 1;
    ev_place(d, e);
    return e;
}

static ev_draft *new_signing(doc *d, ev_list *out, uint32_t cue, const char *rule,
                             const sentence *s, const doc_np *np)
{
    return new_signing_at(d, out, cue, rule, s, np, s->tok_start);
}

/* One passive signing per listed document, signatoryless: the parties its
 * own words name, else the people of the talks when the sentence names them
 * as a group.  -1 when out of memory. */
static int sign_each(doc *d, ev_list *out, uint32_t cue, const char *rule, const sentence *s,
                     const doc_np *items, int n, ev_list *meetings)
{
    for (int q = 0; q < n; q++) {
        ev_draft *e = new_signing(d, out, cue, rule, s, &items[q]);
        if (!e)
            return -1;
        e->signatoryless = 1;
        if (parties_in_np(d, e, &items[q]) < 0)
            return -1;
        inherit_from_meeting(d, e, meeting_context(d, meetings, s),
                             e->nents == 0 && names_group(d, s));
    }
    return 0;
}

/* A tally of documents over a period, not a signing: a count in digits of
 * a plural document noun in a perfect or background clause ("245 documents
 * have been signed", "In recent years, we have signed 200 bilateral
 * documents", "Last year, we signed 18 contracts").  The guide counts no
 * event for such aggregates; a count at one occasion ("35 agreements were
 * signed following the forum") and amounts ("a $5 million contract", "a
 * 25-year accord") are no tally. */
static int aggregate(const doc *d, const doc_np *np, uint32_t cue, const sentence *s)
{
    int counted = 0;
    for (uint32_t k = np->start; k < np->end; k++) {
        unsigned nw = 0;
        if (tok_lex(d, k, LEX_DOCUMENT, &nw)) {
            const token *h = &d->toks[k + nw - 1];
            if (!counted || h->lower_len < 2 || h->lower[h->lower_len - 1] != 's')
                return 0;
            break;
        }
        const token *t = &d->toks[k];
        if ((t->flags & T_NUM) && !counted) {
            /* "1,000 contracts", not "25-year", "$5", "5 mln" */
            if (k > np->start && is_char(d, k - 1, '$'))
                return 0;
            if (k + 1 < np->end && (is_char(d, k + 1, '-') || is_char(d, k + 1, '.') ||
                                    (d->toks[k + 1].word_bits & W_NUMBER_WORD)))
                return 0;
            counted = 1;
        } else if (counted && (t->flags & T_PUNCT) && !is_char(d, k, ',') && !is_char(d, k, '-'))
            return 0;
        if (k + 1 == np->end)
            return 0;
    }
    if (!counted)
        return 0;
    for (uint32_t k = s->tok_start; k < s->tok_end; k++)
        if ((d->toks[k].word_bits & W_BACKGROUND) && !(d->toks[k].flags & T_IN_QUOTE))
            return 1;
    /* "have signed", "has been signed": the perfect sums up a period */
    for (uint32_t k = cue, steps = 0; k > s->tok_start && steps < 3; steps++) {
        const token *t = &d->toks[--k];
        if (tok_is(t, "have") || tok_is(t, "has"))
            return 1;
        if (!(t->word_bits & (W_AUX | W_ADVERB)))
            break;
    }
    return 0;
}

/* "after the agreements are signed", "before they are signed by the
 * President": a passive in the present after a conjunction of time tells
 * what happens to such documents once signed, no signing that took place.
 * k is the first auxiliary, np_start the subject document's first token;
 * the subject is a pronoun right before k or that document. */
static int pending_passive(const doc *d, uint32_t k, uint32_t np_start, const sentence *s)
{
    int present = 0;
    for (uint32_t t = k; t < s->tok_end && (d->toks[t].word_bits & (W_AUX | W_ADVERB)); t++)
        present |= be_tense(d, t) == BE_PRESENT;
    uint32_t subj =
        k > s->tok_start && (d->toks[k - 1].word_bits & W_PRONOUN_PL) ? k - 1 : np_start;
    return present && subj > s->tok_start && (d->toks[subj - 1].word_bits & (W_SUBORD | W_PREP)) &&
           !(d->toks[subj - 1].flags & T_CAP) && !tok_is(&d->toks[subj - 1], "that") &&
           !tok_is(&d->toks[subj - 1], "which");
}

/* A passive with "being" right before its verb at i (auxiliaries from k):
 * "agreements are being concluded" is under way, not done (progressive);
 * "its being signed by nearly all countries", "photos of his legislation
 * being signed into law by ten presidents" name no one occasion (generic);
 * "the talks concluded with the documents being signed" is the signing. */
enum { BEING_NONE, BEING_PROGRESSIVE, BEING_GENERIC };

static int being_passive(const doc *d, uint32_t k, uint32_t i, uint32_t np_start, const sentence *s)
{
    uint32_t b = i;
    while (b > k && !tok_is(&d->toks[b - 1], "being"))
        b--;
    if (b == k)
        return BEING_NONE;
    for (uint32_t t = k; t + 1 < b; t++)
        if (be_tense(d, t))
            return BEING_PROGRESSIVE;
    /* ("with the following documents being signed") */
    for (uint32_t t = np_start; t > s->tok_start && t + 3 > np_start;) {
        t--;
        if (tok_is(&d->toks[t], "with"))
            return BEING_NONE;
        if (d->toks[t].flags & T_PUNCT)
            break;
    }
    return BEING_GENERIC;
}

static int aux_be_before(const doc *d, uint32_t i, uint32_t from)
{
    for (uint32_t k = i, steps = 0; k > from && steps < 3; steps++) {
        k--;
        const token *t = &d->toks[k];
        if (t->word_bits & W_BE)
            return 1;
        if (!(t->word_bits & (W_ADVERB | W_AUX)))
            return 0;
    }
    return 0;
}

/* "by Deputy Prime Minister of Ukraine - Minister of X Mykhailo Fedorov and
 * Director of Y at Apple Inc. Mark Lennon": the people named after their long
 * titles, from token `from` to the end of the clause.  Returns how many. */
static int people_after_titles(doc *d, ev_draft *e, uint32_t from, const sentence *s)
{
    int people = 0;
    for (uint32_t j = from; j < s->tok_end && j < from + 48; j++) {
        if (is_char(d, j, ';') || (d->toks[j].flags & T_QUOTE) ||
            (d->toks[j].word_bits & W_SUBORD) || tok_lex(d, j, LEX_SIGNING, NULL) ||
            tok_lex(d, j, LEX_SPEECH, NULL))
            break;
        int m = mention_at(d, j);
        if (m < 0 || d->ments[m].tok_start != j)
            continue;
        if (d->ments[m].kind == M_GROUP_DESC)
            break;
        if (d->ments[m].kind == M_PERSON && party_mention(d, m)) {
            ev_add_mention(d, e, m);
            people++;
        }
        j = d->ments[m].tok_end - 1;
    }
    return people;
}

/* The "by" of a passive after a short adverbial of place or time: "was
 * signed in Ashkhabad by A", "signed here yesterday by A", "signed into law
 * by Governor X", "signed ahead of the championship by A".  Its token, or
 * `end` when there is none.  Not across a clause ("signed in connection with
 * the actions undertaken by X": no "with", no second content word). */
static uint32_t by_after_adverbial(const doc *d, uint32_t end, const sentence *s)
{
    int words = 0;
    for (uint32_t j = end; j < s->tok_end && j < end + 8; j++) {
        const token *t = &d->toks[j];
        if (j > end && tok_is(t, "by"))
            return j;
        if (!(t->flags & T_WORD) || (t->flags & T_IN_QUOTE) || tok_is(t, "with") ||
            (t->word_bits & (W_SUBORD | W_CONJ | W_AUX)) || tok_lex(d, j, LEX_SIGNING, NULL) ||
            tok_lex(d, j, LEX_SPEECH, NULL))
            return end;
        unsigned il = phrase_at(d, j, s->tok_end, PHRASE_INTO_LAW); /* phrases.tsv */
        if (il) {
            j += il - 1;
            continue;
        }
        if (tok_lex(d, j, LEX_DOCUMENT, NULL))
            return end;
        if ((t->flags & (T_CAP | T_NUM)) || tok_is(t, "here") || tok_is(t, "there") ||
            tok_is(t, "ahead") ||
            (t->word_bits & (W_ADVERB | W_RELDAY | W_WEEKDAY | W_MONTH | W_BACKGROUND | W_PREP |
                             W_PLACE_PREP | W_DET | W_NUMBER_WORD)))
            continue;
        if (++words > 1) /* "ahead of the championship": one noun */
            return end;
    }
    return end;
}

static int outlet_holder_before(doc *d, uint32_t j, uint32_t floor);

/* The token after a description of a body starting at token t, before a
 * name: up to three lower-case words of no closed class nor a document's
 * noun, a compound counted as one ("Scottish club", "state-owned shipping
 * firm", "Hamburg-based"); t when there is none. */
static uint32_t description_end(const doc *d, uint32_t t, uint32_t limit)
{
    for (unsigned words = 0; t < limit && words < 3; words++) {
        /* a compound before the noun: "state-owned", "Hamburg-based" */
        if (t + 2 < limit && (d->toks[t].flags & T_WORD) && tight_hyphen(d, t + 1) &&
            (d->toks[t + 2].flags & T_WORD) && !(d->toks[t + 2].flags & (T_CAP | T_NUM))) {
            t += 3;
            continue;
        }
        if (!(d->toks[t].flags & T_WORD) || (d->toks[t].flags & (T_CAP | T_NUM)) ||
            (d->toks[t].word_bits & (W_PREP | W_CONJ | W_DET | W_SUBORD | W_AUX | W_ADVERB |
                                     W_PRONOUN_ANY | W_PLACE_PREP | W_NUMBER_WORD)) ||
            tok_lex(d, t, LEX_DOCUMENT, NULL))
            break;
        t++;
    }
    return t;
}

/* "its affiliate Isuzu Motors Ltd", "Indonesia's state oil company
 * Pertamina" from token a: an owner's possessive ("its", "their", a
 * country's), a few lower-case words ending in a firm noun, then the
 * business's name, which is the party (not the owner).  The name's body
 * mention, or -1 with *named set to the name's first token when the
 * mention finder does not know it (0 when the shape is not there). */
static int owned_business(const doc *d, uint32_t a, uint32_t limit, uint32_t *named)
{
    *named = 0;
    if (a >= limit)
        return -1;
    uint32_t p = a;
    int c = mention_at(d, a);
    if (d->toks[a].word_bits & W_POSSESSIVE)
        p = a + 1;
    else if (c >= 0 && d->ments[c].tok_start == a && d->ments[c].kind == M_COUNTRY &&
             d->ments[c].tok_end < limit && (d->toks[d->ments[c].tok_end].flags & T_POSS))
        p = d->ments[c].tok_end + 1;
    else
        return -1;
    /* a description (described_body's) that ends in a firm noun ("state
     * oil company", "state-owned shipping firm") */
    uint32_t q = description_end(d, p, limit);
    if (q == p || q >= limit || !(d->toks[q - 1].word_bits & W_FIRM) ||
        (d->toks[q - 1].flags & T_IN_QUOTE))
        return -1;
    uint32_t b = skip_reuters_open_mark(d, q, limit);
    if (b >= limit || !(d->toks[b].flags & T_CAP))
        return -1;
    int m = mention_at(d, b);
    if (m >= 0 && d->ments[m].tok_start == b && d->ments[m].kind == M_ORG &&
        d->ments[m].entity >= 0)
        return m;
    /* a lone word the mention finder took for a surname ("Pertamina"):
     * after the firm noun it names the business */
    if (m < 0 || (d->ments[m].tok_start == b && d->ments[m].kind == M_PERSON && !d->ments[m].role &&
                  !has_given_name(d, m)))
        *named = b;
    return -1;
}

/* The signing's counterparty after "with" at token w ("signed with X",
 * "an agreement with the <Hunt Research Corp>", "with the International
 * Coordinating Committee"), added to e: with `all` the whole list ("with A
 * and B"), else its first; with `guess`, a company the mention finder does
 * not know ("with Dai Ichi Kangyo Bank").  0, or -1 when memory ran out. */
static int party_after_with(doc *d, ev_draft *e, uint32_t w, const sentence *s, int all, int guess)
{
    /* "with its affiliate Isuzu Motors Ltd", "with Indonesia's state oil
     * company Pertamina": the business named after its description */
    uint32_t named = 0;
    int o = owned_business(d, w + 1, s->tok_end, &named);
    if (o >= 0) {
        ev_add_mention(d, e, o);
        return 0;
    }
    if (named) {
        int m = mention_at(d, named);
        uint32_t be = named;
        int b = -1;
        int rc = m >= 0 ? made_body(d, named, d->ments[m].tok_end, &b)
                        : unknown_body(d, named, s->tok_end, &be, &b);
        if (rc < 0)
            return -1;
        ev_add_party(d, e, b);
        return 0;
    }
    /* (a name that opens with "the": "with the Paris Club") */
    o = party_right(d, skip_reuters_open_mark(d, w + 1, s->tok_end), s->tok_end);
    uint32_t a = w + 1;
    if (tok_is(&d->toks[a], "the") && a + 1 < s->tok_end)
        a++;
    uint32_t after_the = a;
    a = skip_reuters_open_mark(d, a, s->tok_end);
    /* "with the Approved Amendments": after "the" with no Reuters mark
     * ("with the <Hunt Research Corp>") a named body only */
    int bare_the = after_the > w + 1 && a == after_the;
    if (o < 0 && after_the > w + 1) {
        o = party_right(d, a, s->tok_end);
        if (o >= 0 && bare_the && d->ments[o].kind != M_ORG)
            o = -1;
    }
    /* "with the fibres division of <BASF Corp>", "with a unit of Lotus
     * Development Inc": the business whose part signed */
    if (o < 0) {
        uint32_t p = after_the;
        if (p == w + 1 && p < s->tok_end && (d->toks[p].word_bits & W_DET))
            p++;
        for (uint32_t q = p; q + 2 < s->tok_end && q < p + 4; q++) {
            const token *t = &d->toks[q];
            if (!(t->flags & T_WORD) || (t->flags & T_CAP))
                break;
            if ((t->word_bits & W_FIRM) && tok_is(&d->toks[q + 1], "of")) {
                uint32_t b = skip_reuters_open_mark(d, q + 2, s->tok_end);
                o = party_right(d, b, s->tok_end);
                if (o >= 0 && d->ments[o].kind != M_ORG)
                    o = -1;
                break;
            }
        }
    }
    if (o >= 0) {
        int coord[MAX_DOCS] = {o};
        int nc = all ? coordinated(d, o, +1, s->tok_start, s->tok_end, coord, MAX_DOCS) : 1;
        for (int q = 0; q < nc; q++)
            ev_add_mention(d, e, coord[q]);
        return 0;
    }
    int b = -1;
    int rc = described_body(d, w + 1, s->tok_end, NULL, &b);
    uint32_t be = a;
    /* (after "the" no guess either, unless Reuters marks the company) */
    if (!rc && guess && !bare_the)
        rc = unknown_body(d, a, s->tok_end, &be, &b);
    if (rc < 0)
        return -1;
    ev_add_party(d, e, b);
    return 0;
}

/* The "with" of the other side of a passive or reduced relative: "the agreement signed
 * on Tuesday with Britain's Export Credits Guarantee Department", "the
 * deal signed with Maine", "Free Trade Agreements signed with Israel,
 * India, and Indonesia".  Through a short adverbial of time or place;
 * a name only ("signed with amendments" names no one).  Its token, or 0. */
static uint32_t with_after_verb(const doc *d, uint32_t end, const sentence *s)
{
    uint32_t w = end;
    while (w < s->tok_end && w < end + 6) {
        const token *t = &d->toks[w];
        if (tok_is(t, "with") || !(t->flags & (T_WORD | T_NUM)) || (t->flags & T_IN_QUOTE))
            break;
        /* time words ("last" is background); no class holds "this" without
         * the other determiners, nor "year", "week", "month" */
        if (!(t->flags & T_NUM) &&
            !(t->word_bits & (W_ADVERB | W_RELDAY | W_WEEKDAY | W_MONTH | W_BACKGROUND)) &&
            !tok_is(t, "on") && !tok_is(t, "in") && !tok_is(t, "this") && !tok_is(t, "year") &&
            !tok_is(t, "week") && !tok_is(t, "month") && !tok_is(t, "here"))
            return 0;
        w++;
    }
    return w + 1 < s->tok_end && tok_is(&d->toks[w], "with") ? w : 0;
}

/* The other side a passive's "with" names after the verb ending at end
 * (see with_after_verb()).  0, or -1 when memory ran out. */
static int with_counterparty_only(doc *d, ev_draft *e, uint32_t end, const sentence *s)
{
    uint32_t w = with_after_verb(d, end, s);
    if (!w)
        return 0;
    /* (not for a law, whose "with" amends) */
    return party_after_with(d, e, w, s, 1,
                            e->ev.document_kind && strcmp(e->ev.document_kind, "law") != 0);
}

/* The body a sentence is about, before token `limit`: its first body
 * mention (a spokesman's body counts; an outlet does not), with no person
 * named before it, and other than entity `other`; else -1.  "Hydro-Quebec
 * has moved to contracts ..., such as the deal signed with Maine". */
static int clause_body(const doc *d, const sentence *s, uint32_t limit, int other)
{
    for (uint32_t t = s->tok_start; t < limit; t++) {
        int m = mention_at(d, t);
        if (m < 0 || d->ments[m].tok_start != t)
            continue;
        const mention *x = &d->ments[m];
        if (x->kind == M_PERSON || (x->kind == M_DESC && !x->body_voice))
            return -1;
        /* (not the object of a preposition: "analysts at Merrill Lynch
         * said the deal signed with X") */
        if ((x->kind == M_ORG || x->kind == M_DESC) && x->entity >= 0 &&
            !(d->toks[x->tok_end - 1].flags & T_POSS) && !outlet_mention(d, m))
            return x->entity == other || (t > s->tok_start && (d->toks[t - 1].word_bits & W_PREP))
                       ? -1
                       : x->entity;
        t = x->tok_end - 1;
    }
    return -1;
}

/* with_counterparty_only(), then for a signing it left with one side only,
 * the body the sentence is about as the other.  0, or -1 when memory ran
 * out. */
static int with_counterparty(doc *d, ev_draft *e, uint32_t end, const sentence *s)
{
    int before = e->nents;
    if (with_counterparty_only(d, e, end, s) < 0)
        return -1;
    /* "the deal signed with Maine" names one side: the other is the body
     * the sentence is about, unless a "by" names the signatories */
    if (before || e->nents != 1)
        return 0;
    for (uint32_t t = end; t < s->tok_end && t < end + 12; t++)
        if (tok_is(&d->toks[t], "by"))
            return 0;
    ev_add_party(d, e, clause_body(d, s, end, e->ents[0]));
    return 0;
}

/* "Nigeria and France have signed an agreement ... The agreement signed on
 * Tuesday with Britain's Export Credits Guarantee Department was the
 * first": "the agreement" whose "with" names a side the last signing does
 * not have is another agreement, no repeat.  That last signing, if so;
 * else NULL. */
static const ev_draft *other_side_of_last(const doc *d, const ev_list *l, const sentence *s,
                                          uint32_t end)
{
    uint32_t w = with_after_verb(d, end, s);
    if (!w)
        return NULL;
    uint32_t a = w + 1;
    if (tok_is(&d->toks[a], "the") && a + 1 < s->tok_end)
        a++;
    a = skip_reuters_open_mark(d, a, s->tok_end);
    const ev_draft *prev = last_signing_before(d, l, s);
    if (!prev)
        return NULL;
    int o = party_right(d, a, s->tok_end);
    /* a name the mention finder leaves alone ("with Maine") is no side
     * of a signing that names none */
    if (o < 0)
        return (d->toks[a].flags & T_CAP) && !prev->nents ? prev : NULL;
    if (d->ments[o].entity < 0 || d->ments[o].kind == M_PRONOUN || d->ments[o].kind == M_DESC ||
        d->ments[o].kind == M_GROUP_DESC || ev_has_party(prev, d->ments[o].entity))
        return NULL;
    return prev;
}

/* The signatories a passive names after the verb ending at token `end`:
 * "signed by A and B", "signed between the RAS and X".  0, or -1 when
 * memory ran out. */
static int passive_agents(doc *d, ev_draft *e, uint32_t end, const sentence *s,
                          const ev_list *talks)
{
    if (with_counterparty(d, e, end, s) < 0)
        return -1;
    uint32_t by = by_after_adverbial(d, end, s);
    if (by < s->tok_end && tok_is(&d->toks[by], "by")) {
        int a = party_right(d, by + 1, s->tok_end);
        /* "by all 25 current EU members": a body after a quantity */
        for (uint32_t q = by + 1; a < 0 && q < s->tok_end && q < by + 4; q++) {
            const token *u = &d->toks[q];
            if (!(u->flags & (T_WORD | T_NUM)) || (u->flags & T_CAP))
                break;
            int b = party_right(d, q + 1, s->tok_end);
            if (b >= 0 && (d->ments[b].kind == M_ORG || d->ments[b].kind == M_COUNTRY))
                a = b;
        }
        /* "by the League's President Arkady Rotenberg": the person who
         * signs for the body */
        if (a >= 0 && d->ments[a].kind != M_PERSON && d->ments[a].tok_end < s->tok_end &&
            (d->toks[d->ments[a].tok_end].flags & T_POSS)) {
            int p = party_right(d, d->ments[a].tok_end + 1, s->tok_end);
            if (p >= 0 && d->ments[p].kind == M_PERSON)
                a = p;
        }
        if (a >= 0) {
            int coord[MAX_DOCS];
            int nc = coordinated(d, a, +1, s->tok_start, s->tok_end, coord, MAX_DOCS);
            uint32_t after = d->ments[a].tok_end;
            for (int q = 0; q < nc; q++) {
                ev_add_mention(d, e, coord[q]);
                if (d->ments[coord[q]].tok_end > after)
                    after = d->ments[coord[q]].tok_end;
            }
            /* "by Minister Anna Berg and Regional Director at Voltrex Inc.
             * Jonas Lind": the second one's long title broke the list */
            if (after + 1 < s->tok_end && tok_is(&d->toks[after], "and"))
                people_after_titles(d, e, after + 1, s);
        } else {
            /* "the law, which was signed by the President" in a release of
             * the President's office: its holder, as for the subject of an
             * active verb */
            int o = mention_at(d, by + 1);
            int holder = o >= 0 && d->ments[o].tok_start == by + 1
                             ? outlet_holder_before(d, d->ments[o].tok_end, by)
                             : -1;
            if (holder >= 0) {
                ev_add_party(d, e, holder);
                return 0;
            }
            int people = people_after_titles(d, e, by + 1, s);
            if (people)
                return 0;
            /* "by the two sides", "by relevant agencies of both sides" */
            for (uint32_t j = by + 1; j < s->tok_end && j < by + 7; j++) {
                if (d->toks[j].flags & (T_PUNCT | T_QUOTE))
                    break;
                int g = mention_at(d, j);
                if (g < 0 || d->ments[g].tok_start != j || d->ments[g].kind != M_GROUP_DESC)
                    continue;
                /* "agencies of both sides": bodies of the sides, so the
                 * countries; "by the two sides": the sides themselves */
                int of = j > by + 1 && tok_is(&d->toks[j - 1], "of");
                const mention *gm = &d->ments[g];
                if (gm->n_members >= 2 && of) {
                    for (int q = 0; q < gm->n_members; q++) {
                        const entity *x = &d->ents[gm->members[q]];
                        int c = x->kind == NSV_KIND_COUNTRY ? gm->members[q]
                                : x->country                ? country_entity(d, x->country)
                                                            : -1;
                        if (c < 0 && x->kind != NSV_KIND_COUNTRY && x->country)
                            return -1;
                        ev_add_party(d, e, c);
                    }
                } else if (country_group(d, g) && sides_of_talks(d, e, g, talks, s, of) < 0) {
                    return -1;
                }
                break;
            }
        }
    }
    for (uint32_t w = end; w + 1 < s->tok_end && w < end + 4; w++)
        if (tok_is(&d->toks[w], "between")) {
            doc_np tail = {.start = w, .end = s->tok_end};
            return parties_in_np(d, e, &tail);
        }
    return 0;
}

/* "The document was signed by A and B", "the law signed by the President
 * will be sent ...": a document named before, whose "by" names the
 * signatories of the signing reported within the three sentences before.
 * With a head token, only a signing whose title has that word ("the law" ->
 * "new tax law", not "decree") and names no signatory yet takes them.  0,
 * or -1 when memory ran out. */
static int agents_of_previous(doc *d, ev_list *out, const sentence *s, uint32_t end,
                              const ev_list *meetings, const token *head)
{
    ev_draft *prev = NULL;
    uint32_t si = (uint32_t)(s - d->sents);
    for (size_t q = out->n, steps = 0; q-- > d->sign_first && steps < SIGNING_LOOKBACK_DRAFTS;
         steps++) {
        ev_draft *c = &out->v[q];
        if (c->ev.type == NSV_EV_SIGNING && !c->dropped && c->sent <= si && c->sent + 3 >= si &&
            !c->ev.evidence_in_title) {
            prev = c;
            break;
        }
    }
    if (head && prev) {
        const char *t = prev->ev.document_title;
        size_t wl = head->lower_len;
        int found = 0;
        for (const char *p = t; p && *p && !found; p++)
            found = (p == t || p[-1] == ' ') && !strncasecmp(p, head->lower, wl) &&
                    (p[wl] == '\0' || p[wl] == ' ' || p[wl] == ',');
        if (prev->nents || !found)
            return 0;
    }
    if (prev && prev->ev.modality == NSV_MOD_ACTUAL && end < s->tok_end &&
        tok_is(&d->toks[end], "by")) {
        size_t es = prev->ev.evidence_start, ee = prev->ev.evidence_end;
        if (passive_agents(d, prev, end, s, meetings) < 0)
            return -1;
        prev->ev.evidence_start = es;
        prev->ev.evidence_end = ee;
    }
    return 0;
}

/* A counterpart named after a description the mention finder does not
 * take as part of it: "with Scottish club Rangers", "with US carrier
 * Skyways".  Sets *ent (-1 for none) and, with `end`, the token after its
 * name there; returns 1 when one is named, 0 when none, -1 when memory ran
 * out. */
static int described_body(doc *d, uint32_t k, uint32_t limit, uint32_t *end, int *ent)
{
    *ent = -1;
    if (k < limit && tok_is(&d->toks[k], "the"))
        k++;
    uint32_t t = k;
    unsigned nw = 0;
    if (t < limit && tok_lex(d, t, LEX_DEMONYM, &nw) && (d->toks[t].flags & T_CAP))
        t += nw;
    uint32_t desc = t;
    t = description_end(d, t, limit);
    if (t == desc) /* no description: a bare run is left to the mention finder */
        return 0;
    /* (Reuters marks a company without a ticker: "privately owned <X>") */
    t = skip_reuters_open_mark(d, t, limit);
    int m = party_right(d, t, limit);
    if (m >= 0) {
        if (end)
            *end = d->ments[m].tok_end;
        *ent = d->ments[m].kind == M_GROUP_DESC ? -1 : d->ments[m].entity;
        return *ent >= 0;
    }
    uint32_t be = t;
    int rc = unknown_body(d, t, limit, &be, ent);
    if (end)
        *end = be;
    return rc;
}

/* "public figures who signed a statement", "countries that have signed
 * bilateral declarations": an open group named by a plural common noun
 * signs no document of its own as an event (the guide skips unnamed and
 * open groups). */
static int open_group_subject(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t j = i;
    while (j > s->tok_start && (d->toks[j - 1].word_bits & (W_AUX | W_ADVERB)))
        j--;
    if (j < s->tok_start + 2)
        return 0;
    const token *rel = &d->toks[j - 1], *noun = &d->toks[j - 2];
    if (!tok_is(rel, "who") && !tok_is(rel, "that") && !tok_is(rel, "which"))
        return 0;
    return (noun->flags & T_WORD) && !(noun->flags & (T_CAP | T_NUM)) && noun->lower_len > 3 &&
           noun->lower[noun->lower_len - 1] == 's' && mention_at(d, j - 2) < 0 &&
           !tok_lex(d, j - 2, LEX_DOCUMENT, NULL);
}

/* "Vladimir Putin held a working meeting with X. The President signed an
 * Executive Order ...": a bare office as the signatory that coreference
 * left unresolved (no holder of the office was named with its title) is
 * the person the item names first, when that person holds no other
 * office.  The entity, or -1. */
static int unnamed_office_holder(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t j = verb_group_start(d, i, s->tok_start);
    if (j == s->tok_start)
        return -1;
    int m = mention_at(d, j - 1);
    if (m < 0 || d->ments[m].tok_end != j || d->ments[m].kind != M_DESC ||
        d->ments[m].entity >= 0 || !d->ments[m].role || d->ments[m].country ||
        d->ments[m].body_voice || !tok_is(&d->toks[d->ments[m].tok_start], "the"))
        return -1;
    for (size_t k = 0; k < d->nments; k++) {
        const mention *x = &d->ments[k];
        if (x->kind != M_PERSON || x->entity < 0 || d->toks[x->tok_start].start < body_offset(d) ||
            (d->toks[x->tok_start].flags & T_IN_QUOTE))
            continue;
        if (x->tok_start >= d->ments[m].tok_start)
            return -1;
        /* the subject opening its sentence ("Vladimir Putin held a working
         * meeting with ..."), not a person the President met or named */
        const entity *e = &d->ents[x->entity];
        if (e->kind != NSV_KIND_PERSON || (e->role && strcmp(e->role, d->ments[m].role)) ||
            x->tok_start != d->sents[x->sent].tok_start)
            return -1;
        return x->entity;
    }
    return -1;
}

/* "On Tuesday, the President signed into law: ..." in a release of the
 * President's own office that never names him, "Today I signed a decree"
 * in an address the office publishes: the office holder that
 * configs/lexicon/office_holders.tsv gives for the item's outlet and date
 * (the guide: a description counts when the item makes clear who it is).
 * The subject must be the bare office ("the President"), the office of
 * that holder's country, or the first person outside quotation marks.
 * The entity, or -1. */
static int outlet_office_holder(doc *d, uint32_t i, const sentence *s)
{
    return outlet_holder_before(d, verb_group_start(d, i, s->tok_start), s->tok_start);
}

/* outlet_office_holder() for the office or "I" ending right before token
 * j (a verb's subject, or a passive's agent), floor the clause's start. */
static int outlet_holder_before(doc *d, uint32_t j, uint32_t floor)
{
    if (j <= floor || !d->source.ptr || d->published < 0)
        return -1;
    int m = mention_at(d, j - 1);
    const char *role = NULL, *country = NULL;
    const lex_entry *chain = NULL;
    unsigned nw = 0;
    if (m >= 0 && d->ments[m].tok_end == j && d->ments[m].kind == M_DESC &&
        d->ments[m].entity < 0 && d->ments[m].role && !d->ments[m].body_voice &&
        tok_is(&d->toks[d->ments[m].tok_start], "the")) {
        const mention *x = &d->ments[m];
        role = x->role;
        country = x->country;
        char key[32];
        size_t kl = lex_fold(role, strlen(role), key, sizeof key);
        if (kl == sizeof key)
            return -1;
        chain = lex_lookup(d->lex, key, kl);
    } else if (m < 0 && (chain = tok_lex(d, j - 1, LEX_OFFICE, &nw)) != NULL && nw == 1 &&
               !(d->toks[j - 1].flags & (T_IN_QUOTE | T_NUM)) && (d->toks[j - 1].flags & T_CAP) &&
               (d->toks[j - 1].lower_len == 1 ||
                /* a headline drops the article: "President signed Federal
                 * Law On Ratifying the Treaty ..." */
                (j - 1 == floor && d->toks[floor].start < d->title_len))) {
        /* "I" (the outlet's own first person), not a Roman numeral: a
         * numeral follows a name ("World War I") */
        if (j - 1 > floor && (d->toks[j - 2].flags & T_CAP) &&
            !(d->toks[j - 2].word_bits & (W_ADVERB | W_NONNAME)))
            return -1;
    } else {
        return -1;
    }
    for (const lex_entry *e = chain; e; e = e->next) {
        if (!outlet_row(d, e, 0) || (country && strcmp(country, e->extra2)))
            continue;
        return named_person_entity(d, e->canon, role, e->extra2);
    }
    return -1;
}

/* A name of several words the mention finder read as a person's that ends
 * as a company's does: "Wang Laboratories", "Galaxy Cablevision L.P.". */
static int company_like(const doc *d, const mention *m)
{
    if (m->tok_end < m->tok_start + 2)
        return 0;
    const token *t = &d->toks[m->tok_end - 1];
    return (t->word_bits & (W_COMPANY | W_ORG_HEAD | W_FIRM_TAIL)) || (t->flags & T_ABBREV);
}

/* "Umbro, which lost two deals, said on Thursday it had signed ...": the
 * pronoun subject of a signing reported by its own subject is that
 * subject (a body for "it", a person for "he"/"she"), whatever the
 * pronoun resolved to.  Sets *ent and returns 1; 0 when there is none, -1
 * when memory ran out. */
static int pronoun_speaker(doc *d, uint32_t i, const sentence *s, int *ent)
{
    uint32_t j = i;
    for (int steps = 0;
         j > s->tok_start && steps < 3 && (d->toks[j - 1].word_bits & (W_AUX | W_ADVERB)) &&
         !(d->toks[j - 1].word_bits & (W_PRONOUN_N | W_PRONOUN_M | W_PRONOUN_F));
         steps++)
        j--;
    if (j <= s->tok_start + 1)
        return 0;
    const token *pr = &d->toks[j - 1];
    int body = tok_is(pr, "it");
    if (!body && !tok_is(pr, "he") && !tok_is(pr, "she"))
        return 0;
    uint32_t k = j - 1;
    if (k > s->tok_start && tok_is(&d->toks[k - 1], "that"))
        k--;
    /* "said on Thursday it", "said earlier it", "said today that it" */
    for (int steps = 0; k > s->tok_start && steps < 3; steps++) {
        const token *t = &d->toks[k - 1];
        if (!(t->word_bits & (W_WEEKDAY | W_RELDAY | W_BACKGROUND)) && !tok_is(t, "on"))
            break;
        k--;
    }
    if (k <= s->tok_start || !tok_lex(d, k - 1, LEX_SPEECH, NULL))
        return 0;
    uint32_t v = k - 1;
    /* Reuters' brackets: "Akzo NV <AKZO.AS> said" (a ticker after the
     * name), "<China Everbright Holdings Co Ltd> said" (the name inside) */
    if (body && v > s->tok_start + 1 && is_char(d, v - 1, '>')) {
        uint32_t lt = v - 1;
        while (lt > s->tok_start && lt + 12 > v && !is_char(d, lt - 1, '<'))
            lt--;
        if (lt > s->tok_start && is_char(d, lt - 1, '<') && lt < v - 1) {
            int ticker = 1;
            for (uint32_t q = lt; q < v - 1; q++)
                if ((d->toks[q].flags & T_WORD) && !(d->toks[q].flags & (T_ALLCAPS | T_NUM)) &&
                    d->toks[q].end - d->toks[q].start > 1)
                    ticker = 0;
            if (ticker) {
                v = lt - 1;
            } else {
                int m = mention_at(d, lt);
                if (m >= 0 && d->ments[m].tok_start == lt && d->ments[m].tok_end == v - 1 &&
                    d->ments[m].kind == M_ORG && d->ments[m].entity >= 0) {
                    *ent = d->ments[m].entity;
                    return 1;
                }
                /* a capitalised name, whatever country word opens it */
                for (uint32_t q = lt; q < v - 1; q++)
                    if ((d->toks[q].flags & T_WORD) && !(d->toks[q].flags & (T_CAP | T_NUM)))
                        return 0;
                return made_body(d, lt, v - 1, ent);
            }
        }
    }
    int x = party_left(d, v, s->tok_start);
    if (x >= 0) {
        /* a name, not a description ("the company"), and a subject, not
         * the object of a preposition ("X, the parent of Y said": then the
         * company opening the sentence, below) */
        const mention *xm = &d->ments[x];
        int xe = xm->entity;
        if (xe < 0 || (xm->kind != M_ORG && xm->kind != M_COUNTRY && xm->kind != M_PERSON))
            return 0;
        int object =
            xm->tok_start > s->tok_start && (d->toks[xm->tok_start - 1].word_bits & W_PREP);
        nsv_kind kind = d->ents[xe].kind;
        /* "Umbro said it": a lone capitalised word the mention finder took
         * for a surname is the body "it" stands for; "McDonnell Douglas
         * said it": so is a longer name with no known first name (nor a
         * title or gender: "Mr Smith") */
        uint32_t words = xm->tok_end - xm->tok_start;
        int no_first = !tok_lex(d, xm->tok_start, LEX_GIVEN_NAME, NULL);
        if (body && !object && xm->kind == M_PERSON && !d->ents[xe].role &&
            ((no_first && words == 1 && !(d->toks[xm->tok_start].flags & T_ABBREV)) ||
             company_like(d, xm) ||
             (no_first && words > 1 && !xm->gender &&
              !tok_lex(d, xm->tok_start, LEX_TITLE, NULL)))) {
            /* "The Department of Trade and Industry said it": the whole name */
            uint32_t a = xm->tok_start;
            for (;;) {
                if (a > s->tok_start && mention_at(d, a - 1) < 0 && cap_word(d, a - 1))
                    a--;
                else if (a > s->tok_start + 1 &&
                         (tok_is(&d->toks[a - 1], "of") || tok_is(&d->toks[a - 1], "and")) &&
                         mention_at(d, a - 2) < 0 && cap_word(d, a - 2))
                    a -= 2;
                else
                    break;
            }
            return made_body(d, a, xm->tok_end, ent);
        }
        /* "Burlington said he signed": a lone capitalised word never
         * named in full nor with a title may be a company the mention
         * finder took for a surname; "he" is then whoever the pronoun
         * stands for, not the speaker */
        if (!body && !object && kind == NSV_KIND_PERSON && !d->ents[xe].role && d->ents[xe].name &&
            !strchr(d->ents[xe].name, ' '))
            return 0;
        if (!object) {
            if (!(body ? (kind == NSV_KIND_ORGANIZATION || kind == NSV_KIND_COUNTRY)
                       : kind == NSV_KIND_PERSON))
                return 0;
            *ent = xe;
            return 1;
        }
    }
    /* a company the mention finder does not know, opening the sentence */
    if (!body)
        return 0;
    uint32_t st = s->tok_start;
    while (st < v && before_body(d, d->toks[st].start))
        st++;
    uint32_t be = st;
    int found = -1, m0 = mention_at(d, st);
    if (m0 >= 0 && d->ments[m0].tok_start == st && d->ments[m0].kind == M_ORG &&
        d->ments[m0].entity >= 0) {
        found = d->ments[m0].entity;
        be = d->ments[m0].tok_end;
    } else if (unknown_body(d, st, v, &be, &found) < 0) {
        return -1;
    }
    /* "Umbro said", "Umbro, which ..., said"; not a dateline ("ELMSFORD,
     * N.Y., March 5 - X said") */
    /* ... or "Enka BV, a subsidiary of Akzo NV <AKZO.AS> said" */
    if (found >= 0 && (be == v || (is_char(d, be, ',') && be + 1 < v &&
                                   (d->toks[be + 1].word_bits & (W_SUBORD | W_DET))))) {
        *ent = found;
        return 1;
    }
    return 0;
}

/* Does the item write token t's word capitalised inside a sentence
 * elsewhere (a proper noun, not a common word opening a sentence)? */
static int cap_inside_elsewhere(const doc *d, uint32_t t)
{
    for (size_t k = 1; k < d->ntoks; k++) {
        const token *u = &d->toks[k];
        if (k == t || d->tok_hash[k] != d->tok_hash[t] || !(u->flags & T_CAP) ||
            (u->flags & T_PARA_START) || (d->toks[k - 1].flags & (T_SENT_END | T_QUOTE)) ||
            is_char(d, (uint32_t)k - 1, ':'))
            continue;
        return 1;
    }
    return 0;
}

/* "LIFFE has signed a memorandum", "Shell has signed a deal": a company the
 * mention finder did not know, opening the sentence (or the clause a speech
 * verb reports) right before the verb
 * (only auxiliaries and adverbs between).  An acronym, a run of several
 * name words, or a word the item also capitalises inside a sentence
 * ("Lawmakers signed" names no body).  Sets *ent and returns 1; 0 when
 * there is none, -1 when memory ran out. */
static int unknown_subject(doc *d, uint32_t i, const sentence *s, int *ent)
{
    uint32_t j = i;
    while (j > s->tok_start && (d->toks[j - 1].word_bits & (W_AUX | W_ADVERB)))
        j--;
    uint32_t st = s->tok_start;
    while (st < j && before_body(d, d->toks[st].start))
        st++;
    /* "the government said Rosneft had signed": the clause after a speech
     * verb (and "that") opens where the sentence would */
    uint32_t b = j;
    while (b > st && b + 6 > j && name_word(d, b - 1) && mention_at(d, b - 1) < 0)
        b--;
    if (b > st && b < j && (tok_is(&d->toks[b - 1], "that") || tok_lex(d, b - 1, LEX_SPEECH, NULL)))
        st = b;
    if (st >= j || j > st + 6)
        return 0;
    int acronym = 0;
    for (uint32_t t = st; t < j; t++) {
        if (!name_word(d, t) || mention_at(d, t) >= 0 ||
            (d->toks[t].word_bits & (W_PEOPLE | W_FIRM)))
            return 0;
        acronym |= (d->toks[t].flags & T_ALLCAPS) != 0;
    }
    if (!acronym && j == st + 1 && !cap_inside_elsewhere(d, st))
        return 0;
    uint32_t be = st;
    int found = -1, r = unknown_body(d, st, j, &be, &found);
    if (r <= 0 || be != j)
        return r < 0 ? -1 : 0;
    *ent = found;
    return 1;
}

/* "In 1985, it signed a deal with the X Committee.  It had signed ...":
 * a sentence-initial "it" after a sentence whose own subject "it" came
 * before any body keeps that antecedent (the mention resolver takes the
 * first body of the sentence before, here the counterpart).  The entity,
 * or -1. */
static int chained_it(const doc *d, int subj, const sentence *s)
{
    if (subj < 0 || d->ments[subj].kind != M_PRONOUN ||
        !(d->ments[subj].pronoun_bits & W_PRONOUN_N) || d->ments[subj].tok_start != s->tok_start ||
        s == d->sents)
        return -1;
    const sentence *p = s - 1;
    for (uint32_t t = p->tok_start; t < p->tok_end; t++) {
        int m = mention_at(d, t);
        if (m < 0 || d->ments[m].tok_start != t)
            continue;
        const mention *x = &d->ments[m];
        if (x->kind == M_ORG || x->kind == M_COUNTRY)
            return -1;
        if (x->kind == M_PRONOUN && (x->pronoun_bits & W_PRONOUN_N) && x->entity >= 0 &&
            !(d->toks[t].flags & T_IN_QUOTE))
            return d->ents[x->entity].kind != NSV_KIND_PERSON && x->entity != d->ments[subj].entity
                       ? x->entity
                       : -1;
    }
    return -1;
}

/* "Minister of Foreign Affairs of Ukraine Dmytro Kuleba and Minister of
 * Youth and Sports of the Republic of Turkey Mehmet Kasapoglu signed": the
 * name of the last conjunct stands after a long title of its own, which
 * hides the "and" before it from coordinated().  Back from the subject
 * person over that title (capitalised words and "of", "the", "and", "for",
 * "at", a bounded few) to a role title opening it (a demonym or "the"
 * before it) with "and" before that and a party's name before the "and" ("and Chairman and CEO of
 * Alstom X": the nearest such title).  That party's mention, or -1. */
static int titled_conjunct_left(const doc *d, int subj, const sentence *s)
{
    const mention *x = &d->ments[subj];
    /* a country stands for its body when the body's name ends in it ("and
     * the Government of the Kingdom of Saudi Arabia", "and the Science
     * Ministry of the Congo") */
    int body =
        x->kind == M_COUNTRY && x->tok_start > s->tok_start + 1 &&
        (tok_is(&d->toks[x->tok_start - 1], "of") ||
         (tok_is(&d->toks[x->tok_start - 1], "the") && tok_is(&d->toks[x->tok_start - 2], "of")));
    if (x->kind != M_PERSON && !body)
        return -1;
    uint32_t lo = s->tok_start + 2;
    for (uint32_t p = x->tok_start; p > lo && p + 16 > x->tok_start; p--) {
        const token *t = &d->toks[p - 1];
        if (!(t->flags & T_CAP) && !tok_is(t, "of") && !tok_is(t, "the") && !tok_is(t, "and") &&
            !tok_is(t, "for") && !tok_is(t, "at") && !is_char(d, p - 1, '.'))
            return -1;
        const lex_entry *ti = tok_lex(d, p - 1, LEX_TITLE, NULL);
        if (body ? !(t->flags & T_CAP) : !ti || ti->value != TITLE_ROLE)
            continue;
        /* "and Finnish Minister of Trade", "and the Minister of" */
        uint32_t j = p - 1;
        if (j > lo && tok_lex(d, j - 1, LEX_DEMONYM, NULL))
            j--;
        if (j > lo && tok_is(&d->toks[j - 1], "the"))
            j--;
        if (j <= lo || !tok_is(&d->toks[j - 1], "and"))
            continue;
        int m = mention_at(d, j - 2);
        if (m >= 0 && m != subj && d->ments[m].tok_end == j - 1 && party_mention(d, m))
            return m;
    }
    return -1;
}

/* "<Wrought Copper Ltd> of Chile signed", "Prime Ministers Zhao Ziyang of
 * China and ...": a named company or person "of" a country signs, not the
 * country, which only says where it is from.  The mention right before
 * "of" (over a Reuters closing mark), else m. */
static int named_of_country(const doc *d, int m, const sentence *s)
{
    const mention *x = &d->ments[m];
    uint32_t k = x->tok_start;
    if (x->kind != M_COUNTRY)
        return m;
    if (k > s->tok_start + 1 && tok_is(&d->toks[k - 1], "the"))
        k--;
    if (k < s->tok_start + 2 || !tok_is(&d->toks[k - 1], "of"))
        return m;
    uint32_t b = k - 1; /* "of" */
    if (b > s->tok_start + 1 && is_char(d, b - 1, '>'))
        b--;
    int o = mention_at(d, b - 1);
    if (o < 0 || d->ments[o].tok_end != b || !party_mention(d, o) ||
        (d->ments[o].kind != M_ORG && d->ments[o].kind != M_PERSON))
        return m;
    return o;
}

/* Back from a name starting at t over a Reuters mark "<" and a "the"
 * before it (no further than lo): where the name's noun phrase opens. */
static uint32_t name_opening_back(const doc *d, uint32_t t, uint32_t lo)
{
    if (t > lo && is_char(d, t - 1, '<'))
        t--;
    if (t > lo && tok_is(&d->toks[t - 1], "the"))
        t--;
    return t;
}

/* Is mention m a verb's object rather than its subject: the object of a
 * preposition ("to National Medical Care Inc", "to <Pioneer Savings>",
 * "with the European Union") or a possessor before a lower-case noun
 * ("Ukraine's European perspective")? */
static int conj_object(const doc *d, int m, const sentence *s)
{
    const mention *x = &d->ments[m];
    uint32_t a = name_opening_back(d, x->tok_start, s->tok_start), e = x->tok_end;
    if (a > s->tok_start && (d->toks[a - 1].word_bits & W_PREP))
        return 1;
    /* (the "'s" is a token of its own) */
    if (e >= s->tok_end || !(d->toks[e].flags & T_POSS))
        return 0;
    /* (past the adjectives a possession opens with) */
    for (uint32_t t = e + 1; t < s->tok_end && t < e + 5; t++) {
        const token *u = &d->toks[t];
        if (!(u->flags & T_WORD))
            return 0;
        if (!(u->flags & T_CAP))
            return 1;
    }
    return 0;
}

/* A party mention opening at t, over a leading "the" and a Reuters
 * "<" mark; -1 if none. */
static int party_opening(const doc *d, uint32_t t, uint32_t hi)
{
    if (t < hi && tok_is(&d->toks[t], "the"))
        t++;
    if (t < hi && is_char(d, t, '<'))
        t++;
    int m = t < hi ? mention_at(d, t) : -1;
    if (m < 0 || d->ments[m].tok_start != t || d->ments[m].tok_end > hi ||
        d->ments[m].kind == M_GROUP_DESC || d->ments[m].kind == M_PRONOUN || !party_mention(d, m))
        return -1;
    return m;
}

/* The two parties of a subject [a, e) that reads "A ... and B ...", when
 * what follows each name defeats the coordination reader ("GTE Corp's GTE
 * EFT Services Inc unit and Indiana National Corp", "Republic Savings and
 * Loan Association and <Pioneer Savings> of Racine, Wis."): the party
 * opening the subject and the one opening after its only "and" outside a
 * name.  Not when the subject holds a second "and" or a comma-separated
 * list before the "and" (the split would be a guess).  Writes two mentions
 * to out and returns 2, else 0. */
static int two_subject_parties(const doc *d, uint32_t a, uint32_t e, int *out)
{
    if (a >= e || e - a > 24)
        return 0;
    int first = party_opening(d, a, e);
    if (first < 0)
        return 0;
    uint32_t and_at = 0;
    int ands = 0;
    for (uint32_t t = a; t < e; t++) {
        int m = mention_at(d, t); /* (a mention covering t: skip its name) */
        if (m >= 0) {
            t = d->ments[m].tok_end - 1;
            continue;
        }
        if (tok_is(&d->toks[t], "and")) {
            ands++;
            and_at = t;
        }
        if ((d->toks[t].flags & T_QUOTE) || tok_lex(d, t, LEX_SPEECH, NULL))
            return 0;
    }
    if (ands != 1 || and_at <= d->ments[first].tok_start)
        return 0;
    for (uint32_t t = d->ments[first].tok_end; t < and_at; t++)
        if (is_char(d, t, ','))
            return 0;
    int second = party_opening(d, and_at + 1, e);
    if (second < 0 || d->ments[second].entity == d->ments[first].entity)
        return 0;
    out[0] = first;
    out[1] = second;
    return 2;
}

/* "Chemlawn Corp and Ecolab Inc said they signed ...": the parties of a
 * coordinated subject that reports its own signing with "they".  Fills
 * out[] with two or more mentions and returns their count, else 0. */
static int plural_speakers(const doc *d, uint32_t i, const sentence *s, int *out, int max)
{
    uint32_t j = i;
    for (int steps = 0;
         j > s->tok_start && steps < 3 && (d->toks[j - 1].word_bits & (W_AUX | W_ADVERB)) &&
         !(d->toks[j - 1].word_bits & W_PRONOUN_PL);
         steps++)
        j--;
    if (j <= s->tok_start + 2 || !(d->toks[j - 1].word_bits & W_PRONOUN_PL) ||
        (d->toks[j - 1].flags & T_IN_QUOTE))
        return 0;
    uint32_t k = j - 1;
    if (k > s->tok_start && tok_is(&d->toks[k - 1], "that"))
        k--;
    /* "announced jointly that they" */
    k = before_adverbs(d, k, s->tok_start + 1);
    if (k <= s->tok_start || !tok_lex(d, k - 1, LEX_SPEECH, NULL))
        return 0;
    int m = party_left(d, k - 1, s->tok_start);
    int n = 0;
    if (m >= 0 && d->ments[m].kind != M_GROUP_DESC && d->ments[m].kind != M_PRONOUN)
        n = coordinated(d, m, -1, s->tok_start, s->tok_end, out, max);
    if (n < 2 && max >= 2)
        n = two_subject_parties(d, body_tok(d, s->tok_start, k - 1), k - 1, out);
    return n >= 2 ? n : 0;
}

/* The object of a contract's trade verb from o, unmarked: "to acquire the
 * stock of closely held Rothschild Financial Corp", "to buy Bayou
 * Resources Inc".  A company named by its legal form is the other side;
 * the lower-case words before it ("the stock of", "an 80 pct interest in
 * privately held") are read past, a bounded few; its possession ("General
 * Motors Corp's bus business") is sold by it.  Not one's own asset ("its
 * Allen Industries Inc unit"); a part of the company ("the Imaging
 * Solutions Inc unit of Reliance Electric Co") is sold by the company it
 * is part of, and a name another noun follows is none.  Entity or -1. */
#define TRADED_REACH 14
static int traded_company(const doc *d, uint32_t o, uint32_t limit)
{
    uint32_t c = o;
    while (c < limit && c < o + TRADED_REACH) {
        const token *t = &d->toks[c];
        if ((t->flags & T_CAP) || (t->flags & (T_QUOTE | T_IN_QUOTE)) ||
            ((t->flags & T_PUNCT) && !is_char(d, c, '-')) || (t->word_bits & W_TRADE) ||
            tok_is(t, "its") || tok_is(t, "their") || tok_is(t, "from") || tok_is(t, "to") ||
            tok_is(t, "into") || tok_is(t, "with") || tok_is(t, "for"))
            break;
        c++;
    }
    int m = c < limit && (d->toks[c].flags & T_CAP) ? party_right(d, c, limit) : -1;
    if (m < 0 || d->ments[m].tok_start != c || d->ments[m].kind != M_ORG)
        return -1;
    uint32_t e = d->ments[m].tok_end;
    if (!(d->toks[e - 1].word_bits & W_COMPANY))
        return -1;
    /* "the Imaging Solutions Inc unit of Reliance Electric Co": the
     * company whose unit it is sells it */
    if (e + 2 < limit && (d->toks[e].word_bits & W_FIRM) && !(d->toks[e].flags & T_CAP) &&
        tok_is(&d->toks[e + 1], "of")) {
        uint32_t a = skip_reuters_open_mark(d, e + 2, limit);
        int owner = (d->toks[a].flags & T_CAP) ? party_right(d, a, limit) : -1;
        if (owner < 0 || d->ments[owner].tok_start != a || d->ments[owner].kind != M_ORG ||
            !(d->toks[d->ments[owner].tok_end - 1].word_bits & W_COMPANY))
            return -1;
        return d->ments[owner].entity;
    }
    if (e < limit && (d->toks[e].flags & T_WORD) &&
        !(d->toks[e].flags & (T_CAP | T_NUM | T_POSS)) &&
        !(d->toks[e].word_bits & (W_PREP | W_CONJ | W_SUBORD)))
        return -1;
    return d->ments[m].entity;
}

/* The counterparty a contract's purpose names: "a deal to acquire 36 planes
 * from Avions de Transport Regional", "a contract to supply turbines to
 * Siemens AG": sets *ent and returns 1; 0 when none is named, -1 when memory
 * ran out.  Only a party after the purpose's "from"
 * or "to", or else the company its verb trades (traded_company()); not the
 * goods. */
static int trade_counterparty(doc *d, const doc_np *np, uint32_t limit, int *ent)
{
    /* a law's content "requires the Department to acquire land": no sale */
    if (np->kind && !strcmp(np->kind, "law"))
        return 0;
    for (uint32_t v = np->topic; v <= np->end && v + 1 < limit; v++) {
        /* "an agreement to be acquired by Equimark Corp <EQK>": the
         * passive's agent is the other side (right after a title that
         * stopped before it, too) */
        if (tok_is(&d->toks[v], "to") && v + 4 < limit && tok_is(&d->toks[v + 1], "be") &&
            (d->toks[v + 2].word_bits & W_TRADE) && tok_is(&d->toks[v + 3], "by")) {
            uint32_t a = v + 4 < limit && tok_is(&d->toks[v + 4], "the") ? v + 5 : v + 4;
            a = skip_reuters_open_mark(d, a, limit);
            int m = a < limit ? party_right(d, a, limit) : -1;
            if (m >= 0 && d->ments[m].tok_start == a && d->ments[m].kind == M_ORG)
                return some_entity(d->ments[m].entity, ent);
            uint32_t be = a;
            return a < limit && (d->toks[a].flags & T_CAP) ? unknown_body(d, a, limit, &be, ent)
                                                           : 0;
        }
        if (v + 1 >= np->end || !tok_is(&d->toks[v], "to") || !(d->toks[v + 1].word_bits & W_TRADE))
            continue;
        /* "to buy <American Video Group Inc>": the company Reuters marks as
         * the verb's object is the other side (not "a stake in X") */
        uint32_t o = v + 2 < limit && tok_is(&d->toks[v + 2], "the") ? v + 3 : v + 2;
        uint32_t name = skip_reuters_open_mark(d, o, limit);
        if (name > o) {
            int m = party_right(d, name, limit);
            if (m >= 0)
                return some_entity(d->ments[m].kind == M_GROUP_DESC ? -1 : d->ments[m].entity, ent);
            uint32_t be = name;
            int u = unknown_body(d, name, limit, &be, ent);
            if (u)
                return u;
        }
        /* unmarked, the company bought signs unless a seller follows ("a
         * stake in Bond Mining Ltd from Hanover Holdings Inc") */
        int traded = name > o ? -1 : traded_company(d, o, limit);
        /* the title may end before the seller ("to buy up to 15,000 tonnes
         * of fibre from Zimbabwe"): the clause goes on to it */
        uint32_t stop = np->end;
        for (uint32_t w = v + 2; w < limit && w < v + 14; w++) {
            if ((d->toks[w].flags & T_PUNCT) && !is_char(d, w, '-') && !is_char(d, w, '.') &&
                !is_char(d, w, ',') && !is_char(d, w, '<') && !is_char(d, w, '>'))
                break;
            if (is_char(d, w, ',') && !((d->toks[w - 1].flags & T_NUM) && w + 1 < limit &&
                                        (d->toks[w + 1].flags & T_NUM)))
                break;
            stop = w + 1;
        }
        if (stop < np->end)
            stop = np->end;
        for (uint32_t w = v + 2; w + 1 < stop && w < v + 14; w++) {
            /* "to merge into Rio Tinto-Zinc" */
            if (!tok_is(&d->toks[w], "from") && !tok_is(&d->toks[w], "to") &&
                !tok_is(&d->toks[w], "into"))
                continue;
            uint32_t a = w + 1;
            if (tok_is(&d->toks[a], "the"))
                a++;
            /* (Reuters marks a company without a ticker: "from <Coalex Pty
             * Ltd>") */
            a = skip_reuters_open_mark(d, a, stop);
            /* "Avions de Transport Regional (ATR)": a name its acronym
             * follows is whole, whatever words it holds */
            uint32_t r = a;
            while (r < stop && r < a + 8 &&
                   ((d->toks[r].flags & T_CAP) || (d->toks[r].word_bits & W_PARTICLE) ||
                    tok_is(&d->toks[r], "of") || tok_is(&d->toks[r], "and")))
                r++;
            if (r > a + 1 && r + 2 < stop && is_char(d, r, '(') &&
                (d->toks[r + 1].flags & T_ALLCAPS) && is_char(d, r + 2, ')') &&
                (d->toks[r - 1].flags & T_CAP))
                return made_body(d, a, r + 3, ent);
            int m = party_right(d, a, stop);
            if (m >= 0)
                return some_entity(d->ments[m].kind == M_GROUP_DESC ? -1 : d->ments[m].entity, ent);
            /* "to import gas from Iran": after "from" the country reads as
             * a place to the mention finder, but it sells */
            const lex_entry *c = tok_lex(d, a, LEX_COUNTRY, NULL);
            if (c && (d->toks[a].flags & T_CAP))
                return (*ent = country_entity(d, c->canon)) >= 0 ? 1 : -1;
            uint32_t be = a;
            int u = unknown_body(d, a, stop, &be, ent);
            if (u)
                return u;
            /* "up to 15,000 tonnes ... from Zimbabwe": read on */
        }
        return some_entity(traded, ent);
    }
    return 0;
}

/* "Chile and its 400-plus international bank creditors started signing",
 * "Mexican officials and representatives of about 360 creditor banks":
 * the debtor's creditors, a group the text does not name, sign with it.
 * The group ends right before the verb and follows "and" (past "its",
 * "their", "representatives of", "about"): lower-case words, numbers and
 * hyphens, one of them a creditor word.  Sets *group (and *debtor when a
 * demonym names the debtor's officials) and returns 1; 0 when there is
 * none, -1 when memory ran out. */
static int creditors_subject(doc *d, uint32_t i, const sentence *s, int *debtor, int *group)
{
    *debtor = -1;
    *group = -1;
    uint32_t e = verb_group_start(d, i, s->tok_start);
    uint32_t a = e;
    int creditor = 0;
    while (a > s->tok_start && a + 6 > e) {
        const token *t = &d->toks[a - 1];
        if ((t->flags & (T_CAP | T_QUOTE | T_IN_QUOTE | T_POSS)) ||
            (t->word_bits & (W_DET | W_CONJ | W_PREP | W_PRONOUN_PL | W_PRONOUN_N | W_ADVERB)) ||
            ((t->flags & T_PUNCT) && !is_char(d, a - 1, '-')) || mention_at(d, a - 1) >= 0)
            break;
        creditor |= (t->word_bits & W_CREDITOR) != 0;
        a--;
    }
    if (!creditor || a == e || a < s->tok_start + 2)
        return 0;
    uint32_t b = a; /* back over "about", "its", "representatives of" to "and" */
    if (b > s->tok_start && (tok_is(&d->toks[b - 1], "about") || tok_is(&d->toks[b - 1], "some")))
        b--;
    if (b > s->tok_start + 1 && tok_is(&d->toks[b - 1], "of") &&
        (d->toks[b - 2].word_bits & W_UNNAMED))
        b -= 2;
    if (b > s->tok_start && (tok_is(&d->toks[b - 1], "its") || tok_is(&d->toks[b - 1], "their")))
        b--;
    if (b <= s->tok_start || !tok_is(&d->toks[b - 1], "and"))
        return 0;
    /* "Mexican officials and ...": officials of the debtor country */
    unsigned nw = 0;
    const lex_entry *dem = b >= s->tok_start + 3 ? tok_lex(d, b - 3, LEX_DEMONYM, &nw) : NULL;
    if (dem && nw == 1 && (d->toks[b - 2].word_bits & W_UNNAMED) &&
        (*debtor = country_entity(d, dem->canon)) < 0)
        return -1;
    return made_body(d, a, e, group);
}

/* The body a contract is for, doing its purpose: "an agreement for Wright
 * Engineers Ltd to recoup its costs", "a deal worth 1bn euros ($1.3bn) for
 * Airbus to sell 23 planes to Air China".  That body signed it too.  Only
 * a named body right after the document's first "for" (or after an amount
 * and its bracket), then "to" and a verb; not "a deal for the supply of".
 * Sets *purpose to the "to" (for trade_counterparty()) and *doer, and
 * returns 1; 0 when there is none, -1 when memory ran out. */
static int purpose_doer(doc *d, const doc_np *np, uint32_t limit, uint32_t *purpose, int *doer)
{
    if (np->kind && !strcmp(np->kind, "law")) /* "a bill for the Department to ..." */
        return 0;
    for (uint32_t w = np->topic; w + 3 < limit && w < np->topic + 12; w++) {
        const token *t = &d->toks[w];
        /* an amount's bracket: "($1.3bn; £690m)" */
        if (is_char(d, w, '(')) {
            uint32_t c = w + 1;
            while (c < limit && c < w + 10 && !is_char(d, c, ')'))
                c++;
            if (c >= limit || !is_char(d, c, ')'))
                return 0;
            w = c;
            continue;
        }
        if ((t->flags & (T_QUOTE | T_PUNCT)) || (t->word_bits & (W_SUBORD | W_CONJ)))
            return 0;
        if (!tok_is(t, "for"))
            continue;
        uint32_t a = w + 1;
        if (tok_is(&d->toks[a], "the"))
            a++;
        a = skip_reuters_open_mark(d, a, limit);
        int ent = -1;
        uint32_t be = a;
        int m = party_right(d, a, limit);
        if (m >= 0 && (d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY)) {
            ent = d->ments[m].entity;
            be = d->ments[m].tok_end;
        } else if (m < 0 && unknown_body(d, a, limit, &be, &ent) < 0) {
            return -1;
        }
        if (ent < 0)
            return 0;
        /* past a ticker mark and "of British Columbia" */
        if (be < limit && is_char(d, be, '>'))
            be++;
        if (be + 1 < limit && tok_is(&d->toks[be], "of"))
            for (uint32_t q = be + 1; q < limit && q < be + 5; q++)
                if (!(d->toks[q].flags & T_CAP)) {
                    be = q;
                    break;
                }
        if (be + 1 >= limit || !tok_is(&d->toks[be], "to"))
            return 0;
        const token *v = &d->toks[be + 1];
        if (!(v->flags & T_WORD) || (v->flags & (T_CAP | T_NUM)) ||
            (v->word_bits & (W_DET | W_PREP)))
            return 0;
        *purpose = be;
        *doer = ent;
        return 1;
    }
    return 0;
}

/* "a pact on microchip trade signed last September", "the agreement on
 * security cooperation signed during the visit": a singular document with
 * an article and its own "on/of/with/between/for" phrase before the
 * participle.  Returns the document noun's token, or i.  Not across a
 * clause ("which we signed"), a verb or punctuation; not a bare plural
 * ("contracts for gas signed with foreign entities" is a class of them). */
static uint32_t modified_doc_before(const doc *d, uint32_t i, const sentence *s)
{
    /* the participle only: "after the President signs it" is a clause */
    const token *cue = &d->toks[i];
    if (cue->lower_len < 3 || !ed_ending(cue))
        return i;
    for (uint32_t h = i; h > s->tok_start && h + 12 > i; h--) {
        uint32_t t = h - 1;
        const token *k = &d->toks[t];
        /* "the Joint Statement of the countries signed": the group is read
         * as the signatories elsewhere */
        int m = mention_at(d, t);
        if (m >= 0 && d->ments[m].kind == M_GROUP_DESC)
            return i;
        if (!continues_title(d, t, i) || (k->flags & T_IN_QUOTE) ||
            (k->word_bits & (W_AUX | W_SUBORD | W_PRONOUN_ANY | W_CONJ)) ||
            tok_lex(d, t, LEX_SPEECH, NULL) || tok_lex(d, t, LEX_SIGNING, NULL) ||
            tok_lex(d, t, LEX_MEETING, NULL))
            return i;
        unsigned nw = 0;
        if (!tok_lex(d, t, LEX_DOCUMENT, &nw))
            continue;
        uint32_t pp = t + nw;
        if (pp >= i || k->lower[k->lower_len - 1] == 's')
            return i;
        const token *p = &d->toks[pp];
        if (!tok_is(p, "on") && !tok_is(p, "of") && !tok_is(p, "with") && !tok_is(p, "between") &&
            !tok_is(p, "for"))
            return i;
        for (uint32_t a = t; a > s->tok_start && a + 4 > t; a--)
            if (d->toks[a - 1].word_bits & W_DET)
                return t;
        return i;
    }
    return i;
}

/* A document's title-case name ending right before a reduced relative or an
 * appositive "signed", too long for the rules above: "the Agreement between
 * the Russian Federation and the Kingdom of Spain on Maritime Shipping
 * signed 22 May 2001", "the Agreement between ... on the Deployment of an
 * Air Group, signed in Damascus on ...".  The verb must go on with a when,
 * where or by whom (an object after it makes it an active verb: "the
 * Government of National Accord signed an agreement").  Between the name's
 * first document noun (after an article) and the verb only capitalised
 * words, function words and commas before a capitalised word.  Returns the
 * token of that article, or i when there is none; *np_end is where the
 * name ends. */
static uint32_t long_title_before(const doc *d, uint32_t i, uint32_t end, const sentence *s,
                                  uint32_t *np_end)
{
    if (end >= s->tok_end || i < s->tok_start + 3)
        return i;
    const token *nx = &d->toks[end];
    if (!(tok_is(nx, "in") || tok_is(nx, "on") || tok_is(nx, "at") || tok_is(nx, "by") ||
          (nx->flags & T_NUM) || (nx->word_bits & (W_BACKGROUND | W_MONTH))))
        return i;
    uint32_t j = is_char(d, i - 1, ',') ? i - 1 : i;
    /* "an Executive Order President Biden signed": a person before the
     * verb is its subject (a country or body may end a title: "between
     * the Russian Federation and the Kingdom of Spain") */
    int m = mention_at(d, j - 1);
    if (m >= 0 && d->ments[m].kind == M_PERSON) {
        /* a person, not a title's words the mention finder took for a
         * name ("on Maritime Shipping signed") */
        const mention *pm = &d->ments[m];
        int ent = pm->entity;
        if (pm->role || (ent >= 0 && d->ents[ent].role) ||
            tok_lex(d, pm->tok_start, LEX_GIVEN_NAME, NULL) ||
            tok_lex(d, pm->tok_start, LEX_TITLE, NULL))
            return i;
    }
    uint32_t found = i;
    for (uint32_t h = j; h > s->tok_start + 1 && h + 40 > j;) {
        h--;
        const token *t = &d->toks[h];
        if (is_char(d, h, ',')) {
            if (h + 1 >= j || !(d->toks[h + 1].flags & T_CAP))
                break;
            continue;
        }
        if (t->flags & T_POSS) /* "the Russian Federation's Armed Forces" */
            continue;
        if ((t->flags & (T_QUOTE | T_IN_QUOTE)) || !(t->flags & T_WORD) ||
            (t->word_bits & (W_SUBORD | W_AUX)) || tok_lex(d, h, LEX_SIGNING, NULL) ||
            tok_lex(d, h, LEX_SPEECH, NULL))
            break;
        if (!(t->flags & (T_CAP | T_NUM)) && !(t->word_bits & (W_PREP | W_DET | W_CONJ)))
            break;
        if ((t->flags & T_CAP) && tok_lex(d, h, LEX_DOCUMENT, NULL) && h > s->tok_start &&
            (tok_is(&d->toks[h - 1], "the") || indefinite_article(&d->toks[h - 1])))
            found = h - 1;
    }
    if (found == i)
        return i;
    *np_end = j;
    return found;
}

/* A signing whose document stands before the verb ("the Convention on X,
 * signed by 40 states", "the Canadian-U.S. pact, signed ..."): its agents
 * after the verb and the parties in its title.  1, or 0 when memory ran
 * out. */
static int after_noun_signing(doc *d, ev_list *out, ev_list *meetings, const sentence *s,
                              uint32_t i, uint32_t end, const char *rule, const doc_np *np)
{
    /* (the modality words before the document are another clause's) */
    ev_draft *e = new_signing_at(d, out, i, rule, s, np, np->end);
    if (!e)
        return 0;
    if (passive_agents(d, e, end, s, meetings) < 0 || parties_in_np(d, e, np) < 0)
        return 0;
    return 1;
}

/* "The signing of bilateral documents is also planned", "the signing of
 * the treaty will take place in May", "the signing of an FTA is being
 * prepared": a signing noun that is the subject of a modal or of a
 * planned-state passive has not happened.  t is the token after the
 * noun's last document.  Returns that modality, or NSV_MOD_ACTUAL. */
static nsv_modality signing_noun_subject_modality(const doc *d, uint32_t t, uint32_t end)
{
    /* not ", which will support jobs": a relative clause there is the
     * document's, not the signing's */
    while (t < end && (d->toks[t].word_bits & W_ADVERB))
        t++;
    if (t >= end || !(d->toks[t].flags & T_WORD) || (d->toks[t].flags & T_IN_QUOTE))
        return NSV_MOD_ACTUAL;
    /* only when the modal's verb says the signing happens ("will take
     * place", "would be held"); "the signing of the Charter will become a
     * model" speaks of a signing's effect, often one already made */
    if (modal_word(d, t)) {
        const token *v = t + 1 < end ? &d->toks[t + 1] : NULL;
        const token *w = t + 2 < end ? &d->toks[t + 2] : NULL;
        if (!v || !((tok_is(v, "take") && w && tok_is(w, "place")) || tok_is(v, "happen") ||
                    tok_is(v, "occur") || (tok_is(v, "be") && w && tok_is(w, "held"))))
            return NSV_MOD_ACTUAL;
        const lex_entry *m = tok_lex(d, t, LEX_MODALITY, NULL);
        return m && m->value != NSV_MOD_NEGATED ? (nsv_modality)m->value : NSV_MOD_ACTUAL;
    }
    if (!(d->toks[t].word_bits & W_BE))
        return NSV_MOD_ACTUAL;
    /* "is also being prepared", "is expected", "is scheduled for" */
    t++;
    while (t < end && ((d->toks[t].word_bits & W_ADVERB) || tok_is(&d->toks[t], "being")))
        t++;
    if (t >= end)
        return NSV_MOD_ACTUAL;
    if (tok_is(&d->toks[t], "prepared"))
        return NSV_MOD_PLANNED;
    /* "planned", "scheduled", "expected", "due to" */
    const lex_entry *m = tok_lex(d, t, LEX_MODALITY, NULL);
    if (m && m->value == NSV_MOD_PLANNED)
        return NSV_MOD_PLANNED;
    return NSV_MOD_ACTUAL;
}

/* How far before a passive verb its subject's document noun may stand: a
 * memorandum between two bodies with long names ("between the State
 * Service of Ukraine for Geodesy, Cartography and Cadastre and the
 * Ministry of Economy of Azerbaijan on cooperation in land relations")
 * runs to 40 tokens; with a long topic ("... on cooperation in setting up
 * an emergency response system with the use of ERA-GLONASS system and
 * possible development of additional ... services on its basis") to 60. */
#define PASSIVE_SUBJECT_REACH 64

/* "A series of documents were signed (following the talks), including A
 * and B": the items of a passive batch after the verb and a short
 * adverbial, in the same clause.  Returns their count. */
static int items_after_verb(doc *d, uint32_t end, uint32_t limit, doc_np *nps, int max)
{
    for (uint32_t j = end; j < limit && j < end + 16; j++) {
        const token *t = &d->toks[j];
        if (is_char(d, j, ';') || (t->flags & (T_QUOTE | T_IN_QUOTE)) ||
            (t->word_bits & W_SUBORD) || tok_lex(d, j, LEX_SIGNING, NULL))
            return 0;
        /* ", including", "including", ", namely" (not a ':' of a title) */
        uint32_t it = items_follow(d, j, limit);
        if (!it || is_char(d, it - 1, ':'))
            continue;
        return parse_doc_list(d, it, limit, nps, max);
    }
    return 0;
}

/* "An agreement on A, a convention on B and a protocol on C were signed",
 * "Three agreements, namely A, B and C, were signed": the passive subject
 * np (its noun at token `head`) ends a list of documents that opens the
 * sentence or follows a comma ("Following the talks, ...").  Fills nps
 * with the list's documents and returns their count when there are two or
 * more, else 0.  A few starts are tried, within a bounded reach. */
static int passive_subject_list(doc *d, const sentence *s, const doc_np *np, uint32_t head,
                                doc_np *nps, int max)
{
    uint32_t from = np->start > s->tok_start + 96 ? np->start - 96 : s->tok_start;
    int tries = 0;
    for (uint32_t c = from; c < np->start && tries < 8; c++) {
        if (c > s->tok_start && !is_char(d, c - 1, ','))
            continue;
        const token *t = &d->toks[c];
        /* an adverbial or clause opens here ("Under the plan, ..."), no list */
        if (!(t->flags & T_WORD) || (t->flags & T_IN_QUOTE) ||
            (t->word_bits & (W_PREP | W_PLACE_PREP | W_SUBORD | W_CONJ | W_AUX | W_ADVERB)))
            continue;
        tries++;
        int n = parse_doc_list(d, c, np->end, nps, max);
        /* a batch in the list ("a declaration and a number of other
         * documents were signed") leaves it to the batch rules */
        for (int q = 0; q < n; q++)
            if (is_documents(&nps[q]))
                return 0;
        if (n >= 2 && nps[n - 1].start <= head && head < nps[n - 1].end)
            return n;
    }
    return 0;
}

/* "the anniversary of the signing of the Treaty", "since the signing of the
 * Accords": a signing noun a lookback word (words.tsv) governs is one the
 * clause looks back on, years before the occasion that marks it.  1 if so. */
static int looked_back(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t t = i;
    if (t > s->tok_start && tok_is(&d->toks[t - 1], "the"))
        t--;
    for (uint32_t b = t; b-- > s->tok_start && b + 3 > t;) {
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, b, LEX_WORD, &nw);
        if (w && (w->bits & W_LOOKBACK) && w->value != LOOKBACK_IN_CLAUSE && b + nw == t)
            return 1;
    }
    return 0;
}

/* A looked-back signing is past whatever the clause plans ("joint events
 * marking the 25th anniversary of the signing of the Agreement"), and the
 * clause's day, place and people are the anniversary's, not the signing's:
 * its day is one stated right after its document ("the signing of the
 * Statement on Nagorno-Karabakh on November 9, 2020"), else none. */
static void look_back(doc *d, ev_draft *e, const doc_np *np, const sentence *s)
{
    e->ev.modality = NSV_MOD_ACTUAL;
    e->day = -1;
    e->background = 1;
    uint32_t a = np->end;
    if (a + 1 < s->tok_end && (tok_is(&d->toks[a], "on") || tok_is(&d->toks[a], "in"))) {
        uint32_t b = a + 6 < s->tok_end ? a + 6 : s->tok_end;
        int bg = 0, kind = 0;
        day_t day = event_sentence_date(d, a, b, &bg, 0, &kind);
        if (day >= 0 && kind == DAY_FIXED) {
            e->day = day;
            e->day_kind = kind;
        }
    }
}

/* Is token t a document noun right after a gerund that follows a
 * preposition, the gerund's object ("a ceremony for exchanging documents
 * signed during the visit")?  Then the title starts at t. */
static int gerund_object(const doc *d, uint32_t t, const sentence *s)
{
    if (t < s->tok_start + 2 || !tok_lex(d, t, LEX_DOCUMENT, NULL))
        return 0;
    const token *g = &d->toks[t - 1];
    return (g->flags & T_WORD) && !(g->flags & T_CAP) && ing_form(g) &&
           (d->toks[t - 2].word_bits & W_PREP);
}

/* "all treaties signed earlier in this sphere should be invalidated",
 * "all contracts and agreements signed by the Community must contain":
 * "all", "any" or "every" right before a bare plural document noun names a
 * class of documents, no signing ("all the agreements signed today" is one
 * batch and stays). */
static int class_of_documents(const doc *d, const doc_np *np)
{
    for (uint32_t k = np->start; k + 1 < np->end; k++) {
        const token *t = &d->toks[k];
        if (!(tok_is(t, "all") || tok_is(t, "any") || tok_is(t, "every")))
            continue;
        unsigned nw = 0;
        /* (not "All-Russian", "all the agreements signed today") */
        if ((d->toks[k + 1].word_bits & W_DET) || (d->toks[k + 1].flags & T_PUNCT))
            return 0;
        /* at most one modifier between: "all bilateral treaties" */
        for (uint32_t h = k + 1; h < np->end && h < k + 3; h++)
            if (tok_lex(d, h, LEX_DOCUMENT, &nw))
                return plural_noun(&d->toks[h + nw - 1]);
        return 0;
    }
    return 0;
}

/* "under long term contracts signed before last year's fall", "the
 * provisions of international treaties signed by the Russian Federation",
 * "the rates on mortgage loan agreements that were signed before": a bare
 * plural document noun (no article, number or possessive) after a
 * preposition names a class of documents, no one signing ("under the
 * agreements signed in January", "a number of documents signed", "in line
 * with the Joint Declarations signed on 18 March" stay). */
static int bare_plural_class(const doc *d, const doc_np *np, const sentence *s)
{
    if (np->start <= s->tok_start + 1 || np->start >= np->end)
        return 0;
    const token *p = &d->toks[np->start - 1], *f = &d->toks[np->start];
    if (!(p->word_bits & W_PREP) || (p->flags & (T_CAP | T_IN_QUOTE)) || tok_is(p, "to") ||
        (f->word_bits & (W_DET | W_NUMBER_WORD | W_POSSESSIVE)) || (f->flags & (T_NUM | T_CAP)))
        return 0;
    /* ("a number of", "a package of": a quantity, not a preposition) */
    for (uint32_t x = np->start > s->tok_start + 4 ? np->start - 4 : s->tok_start;
         x + 1 < np->start; x++) {
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, x, LEX_WORD, &nw);
        if (w && (w->bits & W_DET) && nw > 1 && x + nw == np->start)
            return 0;
    }
    /* the head is the last document noun ("mortgage loan agreements") */
    uint32_t head = np->end, head_words = 0;
    for (uint32_t h = np->start; h < np->end && h < np->start + 5; h++) {
        unsigned nw = 0;
        if (tok_lex(d, h, LEX_DOCUMENT, &nw)) {
            head = h;
            head_words = nw;
        }
    }
    return head < np->end && plural_noun(&d->toks[head + head_words - 1]) &&
           !(d->toks[head].flags & T_CAP);
}

/* Is mention m the object of a place preposition ("at the White House",
 * "take part in the Forum")?  A place or venue there is where something
 * happened, never a signatory. */
static int venue_object(const doc *d, int m, const sentence *s)
{
    const mention *x = &d->ments[m];
    /* (a name, not "in the company's future") */
    if ((x->kind != M_ORG && x->kind != M_PLACE && x->kind != M_COUNTRY) ||
        (d->toks[x->tok_end - 1].flags & T_POSS))
        return 0;
    uint32_t k = x->tok_start;
    if (k > s->tok_start && (d->toks[k - 1].word_bits & W_DET))
        k--;
    if (k <= s->tok_start)
        return 0;
    const token *p = &d->toks[k - 1];
    return tok_is(p, "at") || tok_is(p, "in") || tok_is(p, "inside") || tok_is(p, "into");
}

/* Past an adverb set off by commas at k ("documents, in particular,
 * concern"): the token after its second comma, else k. */
static uint32_t skip_aside(const doc *d, uint32_t k, uint32_t limit)
{
    unsigned nw = 0;
    if (k + 2 >= limit || !is_char(d, k, ','))
        return k;
    const lex_entry *w = tok_lex(d, k + 1, LEX_WORD, &nw);
    if (!w || !(w->bits & W_ADVERB) || k + 1 + nw >= limit || !is_char(d, k + 1 + nw, ','))
        return k;
    return k + 2 + nw;
}

/* The items a batch sentence lists ("The documents signed include A; B",
 * "The signed documents concern A, B"), one signing each, st the batch
 * noun phrase's first token.  0, or -1 when out of memory. */
static int sign_batch_items(doc *d, ev_list *out, ev_list *meetings, const sentence *s, uint32_t i,
                            uint32_t st, doc_np *items, int ni, int agent)
{
    /* "The documents signed include" after "signed a package of
     * documents" ("A package of documents was signed"): the items
     * replace the batch and keep its signatories
     * (a topic's "between the Council of A and the Council of B" names
     * no signatory then) */
    long batch = ni && tok_is(&d->toks[st], "the") ? listed_batch(d, out, s) : -1;
    int signers[MAX_PARTIES], nsigners = 0;
    /* "The documents signed by agencies of the two countries concern":
     * the signatories the items name themselves */
    for (int p = 0; batch >= 0 && agent < 0 && p < out->v[batch].nents; p++)
        signers[nsigners++] = out->v[batch].ents[p];
    if (batch >= 0)
        out->v[batch].dropped = 1;
    for (int q = 0; q < ni; q++) {
        ev_draft *e = new_signing(d, out, i, "signing.batch_items", s, &items[q]);
        if (!e)
            return -1;
        e->signatoryless = 1;
        for (int p = 0; p < nsigners; p++)
            ev_add_party(d, e, signers[p]);
        if (country_group(d, agent)) {
            if (sides_of_talks(d, e, agent, meetings, s, 0) < 0)
                return -1;
        } else {
            ev_add_mention(d, e, agent);
        }
        if (!nsigners && parties_in_np(d, e, &items[q]) < 0)
            return -1;
        inherit_from_meeting(d, e, meeting_context(d, meetings, s),
                             e->nents == 0 && names_group(d, s));
    }
    return 0;
}

/* Is token t a signing word that ends a passive subject read backwards?
 * Not a lone particle of the exclude list ("up", "over"), which cancels a
 * signing verb only right after it and is else a plain word of the title
 * ("a memorandum on cooperation in setting up a system was signed"). */
static int signing_word(const doc *d, uint32_t t)
{
    unsigned nw = 0;
    const lex_entry *c = tok_lex(d, t, LEX_SIGNING, &nw);
    return c && !(c->value == SIGN_EXCLUDE && nw == 1);
}

/* "grateful to President X and Y for", "thanked X for signing": the
 * parties coordinated with the first one after a praise word at most
 * `reach` words before token `at`, in a stretch no ';', ':', quote or other
 * signing cue breaks; into out (MAX_DOCS), how many, 0 when none. */
static int thanked_parties(const doc *d, const sentence *s, uint32_t at, int reach, int *out)
{
    uint32_t p = at;
    int praise = 0;
    for (int steps = 0; p > s->tok_start && steps < reach && !praise; steps++) {
        p--;
        if (is_char(d, p, ';') || is_char(d, p, ':') || (d->toks[p].flags & T_QUOTE) ||
            tok_lex(d, p, LEX_SIGNING, NULL))
            return 0;
        praise = (d->toks[p].word_bits & W_PRAISE) != 0;
    }
    if (!praise)
        return 0;
    /* the first party after the praise word: "grateful to President X" */
    int who = -1;
    for (uint32_t t = p + 1; t < at && who < 0; t++)
        who = party_right(d, t, at);
    return who < 0 ? 0 : coordinated(d, who, +1, p + 1, at, out, MAX_DOCS);
}

/* The praise word right before the signing noun at i, over a determiner
 * and at most one lowercase modifier ("welcomed the signing of", "praised
 * the recent conclusion of", "for the immediate signing of"), or
 * UINT32_MAX.  A name, a number or a second modifier between them ("the
 * June 27 signing") breaks it. */
static uint32_t praise_before_noun(const doc *d, const sentence *s, uint32_t i)
{
    uint32_t p = i;
    int mods = 0;
    while (p > s->tok_start && i - p < 3) {
        const token *t = &d->toks[--p];
        if ((t->word_bits & W_PRAISE) || tok_is(t, "for"))
            return p;
        if (!(t->flags & T_WORD) || (t->flags & (T_CAP | T_QUOTE | T_IN_QUOTE)) ||
            mention_at(d, p) >= 0)
            return UINT32_MAX;
        if (!(t->word_bits & (W_DET | W_POSSESSIVE)) && mods++)
            return UINT32_MAX;
    }
    return UINT32_MAX;
}

/* The signatories of a noun signing with none of its own that the praise
 * before it names (the guide: those the context makes clear):
 * - "The President of Ukraine and the Prime Minister of Sweden praised the
 *   recent conclusion of the Agreement", "The Vice President and President
 *   Marcos welcomed the conclusion of a 123 agreement": two or more parties
 *   coordinated as the clause's subject welcome their own document (one
 *   party welcoming a signing may be a third side: "the EU welcomed the
 *   signing of the peace deal"; "between A and B" names its own sides);
 * - "I am grateful to President Biden for the immediate signing of the
 *   support package": the party thanked signed, as in praised_signing.
 * Cue at i; e is the signing. */
static void praised_signatories(doc *d, ev_draft *e, const sentence *s, uint32_t i)
{
    uint32_t p = praise_before_noun(d, s, i);
    if (p == UINT32_MAX)
        return;
    int whos[MAX_DOCS];
    int n = 0;
    if (tok_is(&d->toks[p], "for")) {
        /* "grateful to X for": the praise word a few words before "for" */
        n = thanked_parties(d, s, p, 10, whos);
    } else {
        int who = party_left(d, p, s->tok_start);
        if (who < 0)
            return;
        n = coordinated(d, who, -1, s->tok_start, p, whos, MAX_DOCS);
        if (n < 2)
            return;
        /* the subject opens the sentence or the clause after a comma */
        uint32_t b = d->ments[who].tok_start;
        for (int q = 0; q < n; q++)
            if (d->ments[whos[q]].tok_start < b)
                b = d->ments[whos[q]].tok_start;
        if (b > s->tok_start && tok_is(&d->toks[b - 1], "the"))
            b--;
        if (b > s->tok_start && !is_char(d, b - 1, ','))
            return;
    }
    for (int q = 0; q < n; q++)
        ev_add_mention(d, e, whos[q]);
}

/* The signings of the cue of class cls at token i (nw words).  With
 * transcript_we, a transcript's "we" signs ("the documents we signed
 * today"), its parties set by the caller. */
static nsv_code signing_at(doc *d, ev_list *meetings, ev_list *out, const sentence *s, uint32_t i,
                           unsigned nw, int cls, int transcript_we, nsv_error *err)
{
    uint32_t end = i + nw;
    doc_np nps[MAX_BILLS]; /* MAX_DOCS but for a bill list */
    int n = 0;
    if (end < s->tok_end && tok_lex(d, end, LEX_SIGNING, NULL) &&
        tok_lex(d, end, LEX_SIGNING, NULL)->value == SIGN_EXCLUDE)
        return NSV_OK;
    if (cls == SIGN_NOUN) {
        /* "the signing of the X" */
        uint32_t k = end;
        /* "the signing by A and B of the X": the signatories, then the
         * document after their "of" */
        int by[MAX_DOCS];
        int nby = 0;
        if (tok_is(&d->toks[end - 1], "by")) {
            /* the parties up to the first "of" outside a name ("Gazprom CEO
             * Alexei Miller and OMV CEO Rainer Seele of") */
            while (k < s->tok_end && k < end + 16 && !tok_is(&d->toks[k], "of")) {
                int m = mention_at(d, k);
                if (m >= 0 && d->ments[m].tok_start == k && party_mention(d, m) && nby < MAX_DOCS) {
                    by[nby++] = m;
                    k = d->ments[m].tok_end;
                    continue;
                }
                if (is_char(d, k, '.') || is_char(d, k, ';'))
                    break;
                k++;
            }
            if (!nby || k >= s->tok_end || !tok_is(&d->toks[k], "of"))
                return NSV_OK;
        }
        k += relday_before_object(d, k, s->tok_end, 1);
        if (k < s->tok_end && tok_is(&d->toks[k], "of"))
            k++;
        n = parse_doc_list(d, k, s->tok_end, nps, MAX_DOCS);
        if (!n)
            return NSV_OK;
        /* "Mr Akayev said that the signing of the agreement was evidence of
         * ...", "after the signing of such an agreement": the document
         * named before, no new signing */
        if (n == 1 && !nby) {
            doc_np whole = with_article(d, &nps[0], k);
            uint32_t a = whole.start;
            if ((anaphoric(d, &whole) && signed_before(d, out, s)) || tok_is(&d->toks[a], "such") ||
                (a > k && tok_is(&d->toks[a - 1], "such")))
                return NSV_OK;
        }
        /* the noun as a clause's subject, not after a preposition
         * ("following the signing of X, talks will ...") */
        nsv_modality subj_mod = NSV_MOD_ACTUAL;
        uint32_t last = nps[n - 1].end;
        if (last < s->tok_end && !(i > s->tok_start && (d->toks[i - 1].word_bits & W_PREP)) &&
            !(i > s->tok_start + 1 && (d->toks[i - 1].word_bits & W_DET) &&
              (d->toks[i - 2].word_bits & W_PREP)))
            subj_mod = signing_noun_subject_modality(d, last, s->tok_end);
        n = batch_or_items(d, s, nps, n);
        int back = looked_back(d, i, s);
        /* "the two leaders oversaw the signing of X": the subject looks on,
         * and presence makes no signatory (the guide) */
        unsigned wn = 0;
        const lex_entry *wc = i >= s->tok_start + 2 ? tok_lex(d, i - 2, LEX_SIGNING, &wn) : NULL;
        int witnessed = wc && wc->value == SIGN_WITNESS && i - 2 + wn == i;
        for (int q = 0; q < n; q++) {
            ev_draft *e = new_signing(d, out, i, "signing.noun", s, &nps[q]);
            if (!e)
                goto nomem;
            if (e->ev.modality == NSV_MOD_ACTUAL)
                e->ev.modality = subj_mod;
            if (back) {
                look_back(d, e, &nps[q], s);
                for (int a = 0; a < nby; a++)
                    ev_add_mention(d, e, by[a]);
                if (parties_in_np(d, e, &nps[q]) < 0)
                    goto nomem;
                continue;
            }
            int agents[MAX_DOCS];
            int na = agents_after(d, nps[q].end, s->tok_end, agents, MAX_DOCS);
            for (int a = 0; a < na; a++)
                ev_add_mention(d, e, agents[a]);
            for (int a = 0; a < nby; a++)
                ev_add_mention(d, e, by[a]);
            na += nby;
            int subj = na || witnessed ? -1 : party_left(d, i, s->tok_start);
            /* "President Biden's signing of an Executive Order": the owner
             * of the signing signs */
            int owner = -1;
            if (subj < 0 && !na && i >= s->tok_start + 2 && (d->toks[i - 1].flags & T_POSS)) {
                int m = mention_at(d, i - 2);
                if (m >= 0 && d->ments[m].tok_end == i - 1 && party_mention(d, m))
                    subj = m;
                else /* "the President's signing of" in a White House release */
                    owner = outlet_office_holder(d, i - 1, s);
            }
            ev_add_mention(d, e, subj);
            ev_add_party(d, e, owner);
            if (parties_in_np(d, e, &nps[q]) < 0)
                goto nomem;
            if (e->nents == 0 && !witnessed)
                praised_signatories(d, e, s, i);
            inherit_from_meeting(d, e, meeting_context(d, meetings, s),
                                 e->nents == 0 && !witnessed && names_group(d, s));
        }
        return NSV_OK;
    }
    /* inverted passive: "Also signed were an agreement on A and a
     * memorandum on B" (only adverbs before the verb) */
    if (end + 1 < s->tok_end && be_tense(d, end) == BE_PAST) {
        uint32_t t = s->tok_start;
        while (t < i && (d->toks[t].word_bits & W_ADVERB) && !(d->toks[t].flags & T_IN_QUOTE))
            t++;
        if (t == i && i > s->tok_start) {
            n = parse_doc_list(d, end + 1, s->tok_end, nps, MAX_DOCS);
            if (n && sign_each(d, out, i, "signing.inverted", s, nps, n, meetings) != 0)
                goto nomem;
            if (n)
                return NSV_OK;
        }
    }
    /* (not the progressive: "I am signing the law") */
    if (!ing_form(&d->toks[i]) && aux_be_before(d, i, s->tok_start)) {
        /* passive: the document is the subject */
        uint32_t k = i;
        /* "are to be signed", "must be signed": the auxiliaries and modal
         * words are the verb's, not the title's */
        while (k > s->tok_start &&
               ((d->toks[k - 1].word_bits & (W_AUX | W_ADVERB)) || tok_is(&d->toks[k - 1], "to") ||
                tok_lex(d, k - 1, LEX_MODALITY, NULL)))
            k--;
        /* the subject's document noun, before a long title's tail ("A
         * Memorandum of Understanding between the Ministry of X of Ukraine,
         * Apple Inc. and Apple Ukraine LLC was signed"), not across a
         * clause boundary */
        uint32_t head = k;
        while (head > s->tok_start && head + PASSIVE_SUBJECT_REACH > k &&
               !tok_lex(d, head - 1, LEX_DOCUMENT, NULL) && !is_char(d, head - 1, ';') &&
               !tok_lex(d, head - 1, LEX_SPEECH, NULL) && !signing_word(d, head - 1))
            head--;
        if (head == s->tok_start || head + PASSIVE_SUBJECT_REACH <= k ||
            !tok_lex(d, head - 1, LEX_DOCUMENT, NULL))
            return NSV_OK;
        uint32_t np_start = head - 1;
        while (np_start > s->tok_start && !is_char(d, np_start - 1, ',') &&
               !(d->toks[np_start - 1].word_bits & (W_DET | W_PREP | W_PLACE_PREP | W_SUBORD)) &&
               !(d->toks[np_start - 1].flags & T_QUOTE) && !gerund_object(d, np_start, s))
            np_start--;
        if (np_start > s->tok_start && (d->toks[np_start - 1].word_bits & W_DET))
            np_start--;
        unsigned hw = 0;
        const char *hkind = tok_lex(d, head - 1, LEX_DOCUMENT, &hw)->canon;
        /* topic: a bare batch ("A package of documents was signed") has none */
        doc_np np = {.start = np_start, .end = k, .kind = hkind, .topic = head - 1 + hw};
        /* "the agreement, which has yet to be ratified, was signed": the
         * relative clause is no part of the title */
        for (uint32_t q = head; q + 1 < k; q++)
            if (is_char(d, q, ',') && (d->toks[q + 1].word_bits & (W_SUBORD | W_CONJ))) {
                np.end = q;
                break;
            }
        if (anaphoric(d, &np) && signed_before(d, out, s)) {
            doc_np inner;
            if (ratified_before(d, out, s, &np, &inner)) {
                ev_draft *e = new_signing_at(d, out, i, "signing.passive", s, &np, np.end);
                if (!e)
                    goto nomem;
                e->signatoryless = 1;
                if (passive_agents(d, e, end, s, meetings) < 0)
                    goto nomem;
                if (!e->nents) {
                    /* the parties only: the evidence stays this sentence's */
                    uint32_t ea = e->ev.evidence_start, eb = e->ev.evidence_end;
                    if (parties_in_np(d, e, &inner) < 0)
                        goto nomem;
                    e->ev.evidence_start = ea;
                    e->ev.evidence_end = eb;
                }
                return NSV_OK;
            }
            /* "The document was signed by A and B": the signatories of the
             * signing just reported */
            if (agents_of_previous(d, out, s, end, meetings, NULL) < 0)
                goto nomem;
            return NSV_OK;
        }
        if (aggregate(d, &np, i, s))
            return NSV_OK;
        /* "on mortgage loan agreements that were signed before ...": the
         * relative clause of a class of documents */
        for (uint32_t q = head; q < k; q++)
            if ((tok_is(&d->toks[q], "that") || tok_is(&d->toks[q], "which")) &&
                bare_plural_class(d, &np, s))
                return NSV_OK;
        int progressive = 0;
        switch (being_passive(d, k, i, np_start, s)) {
        case BEING_NONE: break;
        case BEING_PROGRESSIVE: progressive = 1; break;
        default: return NSV_OK;
        }
        /* "agreements were signed on A, on B": the items are the documents */
        doc_np items[MAX_DOCS];
        int ni = on_items(d, end, s->tok_end, np.kind, np.kind, items, MAX_DOCS);
        if (ni >= 1 && np.end - np.start <= 3) {
            if (sign_each(d, out, i, "signing.passive_list", s, items, ni, meetings) != 0)
                goto nomem;
            return NSV_OK;
        }
        /* "A number of documents were signed ... They include A, B and C." */
        if (is_documents(&np)) {
            ni = items_after_verb(d, end, s->tok_end, items, MAX_DOCS);
            if (!ni)
                ni = next_items(d, s, items, MAX_DOCS);
            if (sign_each(d, out, i, "signing.passive_items", s, items, ni, meetings) != 0)
                goto nomem;
            if (ni)
                return NSV_OK;
        }
        /* "An agreement on A, a convention on B and a protocol on C were
         * signed": one signing per document of the subject */
        ni = passive_subject_list(d, s, &np, head - 1, items, MAX_DOCS);
        if (ni < 2) {
            items[0] = np;
            ni = repeated_on_topics(d, items, 1, MAX_DOCS);
        }
        /* "No agreement ... has been signed" */
        int negated =
            tok_is(&d->toks[items[0].start], "no") || tok_is(&d->toks[items[0].start], "neither");
        int pending = pending_passive(d, k, np_start, s);
        /* no signing reported before: "the agreement" may be one named
         * without a signing cue (antecedent_parties) */
        int fresh = !signed_before(d, out, s);
        for (int q = 0; q < ni; q++) {
            /* the subject's words are the document's, not the verb's ("the
             * declaration on the prospect of ...") */
            ev_draft *e =
                new_signing_at(d, out, i, ni > 1 ? "signing.passive_list" : "signing.passive", s,
                               &items[q], np.end);
            if (!e)
                goto nomem;
            e->signatoryless = 1;
            if (negated)
                e->ev.modality = NSV_MOD_NEGATED;
            else if (pending && e->ev.modality == NSV_MOD_ACTUAL)
                e->ev.modality = NSV_MOD_HYPOTHETICAL;
            else if (progressive && e->ev.modality == NSV_MOD_ACTUAL)
                e->ev.modality = NSV_MOD_PLANNED;
            if (passive_agents(d, e, end, s, meetings) < 0)
                goto nomem;
            if (parties_in_np(d, e, &items[q]) < 0)
                goto nomem;
            inherit_from_meeting(d, e, meeting_context(d, meetings, s),
                                 e->nents == 0 && names_group(d, s));
            if (!e->nents && fresh &&
                (bare_definite(d, &np, &items[q]) ||
                 (ni == 1 && modified_definite(d, &items[q]))) &&
                antecedent_parties(d, e, s, items[q].kind ? items[q].kind : np.kind) < 0)
                goto nomem;
        }
        return NSV_OK;
    }
    /* reduced relative: "the agreements signed at the meetings", "the
     * documents signed by the two sides" */
    unsigned dw = 0;
    /* the document noun ending right before the verb, of one word or
     * several ("a memorandum of understanding signed by the two sides") */
    uint32_t dh = i;
    for (uint32_t h = i; h > s->tok_start && h + 4 > i; h--)
        if (tok_lex(d, h - 1, LEX_DOCUMENT, &dw) && h - 1 + dw == i) {
            dh = h - 1;
            break;
        }
    if (dh == i)
        dh = modified_doc_before(d, i, s);
    /* "the Government of National Accord signed an agreement": a body's name
     * ending in a document noun is the subject of an active verb */
    int body_subject = -1;
    if (dh < i) {
        body_subject = mention_at(d, i - 1);
        if (body_subject >= 0 &&
            (d->ments[body_subject].kind != M_ORG || d->ments[body_subject].tok_end != i ||
             d->ments[body_subject].tok_start >= dh))
            body_subject = -1;
    }
    if (body_subject >= 0)
        dh = i;
    /* "analysts who had studied the plans concluded that ...": a verb
     * taking a clause has its subject before it, no document */
    if (dh < i && end < s->tok_end && tok_is(&d->toks[end], "that"))
        return NSV_OK;
    if (dh < i && !(d->toks[i - 1].word_bits & W_AUX)) {
        uint32_t st = dh;
        /* the modifiers before the noun, counted from its end (its own
         * "of"-phrase may stand between it and the verb: "the Joint
         * Programme of Action for 2010-2013 signed"), over a compound's
         * hyphen ("the five-year accord signed", "a co-operation
         * agreement signed", not "year accord"; a pair of names, "the
         * U.S.-Israel Declaration", is read below) */
        unsigned hw = 0;
        tok_lex(d, dh, LEX_DOCUMENT, &hw);
        uint32_t head_end = dh + (hw ? hw : 1);
        while (st > s->tok_start && st + 6 > head_end &&
               !(d->toks[st - 1].word_bits & (W_DET | W_PREP)) &&
               (!(d->toks[st - 1].flags & (T_PUNCT | T_QUOTE)) ||
                (st - 1 > s->tok_start && tight_hyphen(d, st - 1) &&
                 !(d->toks[st - 2].flags & T_CAP))) &&
               !tok_lex(d, st - 1, LEX_SPEECH, NULL) && !gerund_object(d, st, s))
            st--;
        /* the pair that names it: "the U.S.-Cambodia Trade and Investment
         * Framework Agreement signed in 2006" (parties_in_np reads it) */
        if (st >= s->tok_start + 2 && st < dh && tight_hyphen(d, st - 1)) {
            int a = mention_at(d, st - 2), b = mention_at(d, st);
            if (a >= 0 && b >= 0 && d->ments[a].tok_end == st - 1 && party_mention(d, a) &&
                party_mention(d, b))
                st = d->ments[a].tok_start;
        }
        if (st > s->tok_start && (d->toks[st - 1].word_bits & W_DET))
            st--;
        doc_np np = {.start = st, .end = i, .kind = tok_lex(d, dh, LEX_DOCUMENT, NULL)->canon};
        /* "The documents signed (also) include A; B", "... concern A, B" */
        doc_np items[MAX_DOCS];
        int agent;
        int ni = batch_items(d, end, s->tok_end, items, MAX_DOCS, &agent);
        /* "Among the documents signed were memorandums on A and B" */
        if (!ni && st > s->tok_start && tok_is(&d->toks[st - 1], "among") && end < s->tok_end &&
            (d->toks[end].word_bits & W_AUX)) {
            agent = -1;
            ni = parse_doc_list(d, end + 1, s->tok_end, items, MAX_DOCS);
        }
        if (ni && sign_batch_items(d, out, meetings, s, i, st, items, ni, agent) != 0)
            goto nomem;
        if (ni)
            return NSV_OK;
        const ev_draft *last = NULL;
        if (anaphoric(d, &np) && signed_before(d, out, s) &&
            !(last = other_side_of_last(d, out, s, end))) {
            /* "the signing of the new law ... the law signed by the
             * President": the signatory of that signing */
            if (agents_of_previous(d, out, s, end, meetings, &d->toks[np.end - 1]) < 0)
                goto nomem;
            return NSV_OK;
        }
        /* (its first side now: the drafts below may move the list) */
        int last_side = last && last->nents ? last->ents[0] : -1;
        if (aggregate(d, &np, i, s) || class_of_documents(d, &np) || bare_plural_class(d, &np, s))
            return NSV_OK;
        ni = headline_bills(d, s, &np, end, items, MAX_DOCS);
        if (ni) {
            int holder;
            if (outlet_office_person(d, &holder) < 0)
                return out_of_memory(d->limits, err);
            for (int q = 0; q < ni; q++) {
                /* each bill's own paragraph is its evidence (one title
                 * span would give every bill the same event id) */
                const sentence *bs = &d->sents[d->toks[items[q].start].sent];
                ev_draft *e =
                    new_signing(d, out, items[q].start, "signing.headline_bills", bs, &items[q]);
                if (!e)
                    goto nomem;
                ev_add_party(d, e, holder);
            }
            return NSV_OK;
        }
        int fresh = !signed_before(d, out, s);
        ev_draft *e = new_signing(d, out, i, "signing.reduced_relative", s, &np);
        if (!e)
            goto nomem;
        if (passive_agents(d, e, end, s, meetings) < 0)
            goto nomem;
        /* "the U.S.-Cambodia ... Agreement signed in 2006" */
        if (!e->nents && parties_in_np(d, e, &np) < 0)
            goto nomem;
        /* another agreement of the last signing's first side, which the
         * sentence leaves unnamed ("the first in Nigeria's tour") */
        if (e->nents == 1)
            ev_add_party(d, e, last_side);
        inherit_from_meeting(d, e, meeting_context(d, meetings, s),
                             e->nents == 0 && names_group(d, s));
        /* "The five-year accord signed in July 1986": the document named
         * with its parties shortly before */
        if (!e->nents && fresh && modified_definite(d, &np) &&
            antecedent_parties(d, e, s, np.kind) < 0)
            goto nomem;
        return NSV_OK;
    }
    /* appositive participle: "the agreement between Fatah and Hamas, signed
     * in Cairo in October", "the Convention on X, signed by 40 states": a
     * when, where or by whom after the verb tells it from a verb phrase
     * ("..., signed an accord and left") */
    if (i >= s->tok_start + 3 && is_char(d, i - 1, ',') && end < s->tok_end) {
        const token *nx = &d->toks[end];
        int when = tok_is(nx, "in") || tok_is(nx, "on") || tok_is(nx, "at") || tok_is(nx, "by") ||
                   tok_is(nx, "between") ||
                   (nx->word_bits & (W_BACKGROUND | W_MONTH | W_RELDAY | W_WEEKDAY));
        uint32_t h = i - 1, found = i;
        while (when && h > s->tok_start && h + 16 > i) {
            h--;
            const token *t = &d->toks[h];
            /* not across a coordination: "an agreement on A and a number of
             * documents, signed by ..." */
            /* nor across a verb: "The Agreement will build upon the
             * U.S.-Indonesia ... Agreement, signed in 1996" */
            if (is_char(d, h, ',') || is_char(d, h, ';') || (t->flags & T_QUOTE) ||
                (t->word_bits & W_AUX) ||
                ((t->word_bits & W_CONJ) && (d->toks[h + 1].word_bits & (W_DET | W_NUMBER_WORD))) ||
                tok_lex(d, h, LEX_SPEECH, NULL) || tok_lex(d, h, LEX_SIGNING, NULL))
                break;
            if (tok_lex(d, h, LEX_DOCUMENT, NULL))
                found = h;
        }
        doc_np np;
        if (found < i) {
            uint32_t st = found;
            /* a pair that modifies it: "the Canadian-U.S. pact, signed ..." */
            uint32_t m = st;
            int pair = 0;
            for (int steps = 0; m > s->tok_start && steps < 8; steps++) {
                const token *t = &d->toks[m - 1];
                /* (a title-case name's own "and": "the U.S.-Indonesia Trade
                 * and Investment Framework Agreement, signed in 1996") */
                int inner = (tok_is(t, "and") || tok_is(t, "of")) && m - 1 > s->tok_start &&
                            (d->toks[m - 2].flags & T_CAP) && (d->toks[m].flags & T_CAP);
                if (!((t->flags & T_CAP) || is_char(d, m - 1, '-') || inner) ||
                    (t->word_bits & W_DET))
                    break;
                pair |= is_char(d, m - 1, '-');
                m--;
            }
            if (pair)
                st = m;
            if (st > s->tok_start && (d->toks[st - 1].word_bits & W_DET))
                st--;
            if (parse_doc_np(d, st, i - 1, &np)) {
                /* "The protocol, signed in Cairo, ...": a document named
                 * before (np is only set when parsed) */
                doc_np whole = with_article(d, &np, st);
                if (!(anaphoric(d, &whole) && signed_before(d, out, s)) && !aggregate(d, &np, i, s))
                    return after_noun_signing(d, out, meetings, s, i, end, "signing.appositive",
                                              &np)
                               ? NSV_OK
                               : out_of_memory(d->limits, err);
            }
        }
    }
    /* "on terms similar to one signed last autumn between Britain and the
     * United States", "a deal similar to that concluded recently between A
     * and B": a pronoun standing for the document named before it, a
     * signing of its own when "between" names its parties */
    if (i > s->tok_start + 2 &&
        (tok_is(&d->toks[i - 1], "one") || tok_is(&d->toks[i - 1], "that")) &&
        (tok_is(&d->toks[i - 2], "to") || tok_is(&d->toks[i - 2], "like"))) {
        int between = 0;
        for (uint32_t bt = end; !between && bt < s->tok_end && bt < end + 4; bt++)
            between = tok_is(&d->toks[bt], "between");
        unsigned dw = 0;
        const lex_entry *dl = NULL;
        uint32_t h = i - 2;
        while (between && h > s->tok_start && !(dl = tok_lex(d, h - 1, LEX_DOCUMENT, &dw)))
            h--;
        if (dl) {
            doc_np np = {.start = h - 1, .end = h - 1 + dw, .kind = dl->canon, .topic = h - 1 + dw};
            ev_draft *e = new_signing_at(d, out, i, "signing.reduced_relative", s, &np, i);
            if (!e)
                goto nomem;
            if (passive_agents(d, e, end, s, meetings) < 0)
                goto nomem;
            /* no parties named: no reading of the pronoun to rely on */
            if (e->nents < 2)
                e->dropped = 1;
            return NSV_OK;
        }
    }
    /* adjectival: "the recently signed co-financing agreement between A and B";
     * adverbs only after an article or preposition, or opening the sentence:
     * "Zelenskyy immediately signed Law No. 1780", "I have just signed
     * decrees" are active */
    int adjectival = 0;
    if (i > s->tok_start && (d->toks[i - 1].word_bits & (W_DET | W_ADVERB)) &&
        !(d->toks[i - 1].word_bits & W_AUX)) {
        uint32_t a = i - 1;
        while (a > s->tok_start && (d->toks[a].word_bits & W_ADVERB) &&
               !(d->toks[a].word_bits & (W_DET | W_AUX)))
            a--;
        const token *t = &d->toks[a];
        adjectival = (t->word_bits & (W_DET | W_PREP)) ||
                     (a == s->tok_start && (t->word_bits & W_ADVERB) && !(t->word_bits & W_AUX));
    }
    if (adjectival) {
        doc_np np;
        if (parse_doc_np(d, end, s->tok_end, &np) && np.start == end) {
            /* "The newly signed agreements include A, B", "The signed
             * documents, in particular, concern A, B": a batch whose items
             * follow, as after "The documents signed" */
            if (plural_batch(d, &np) || is_batch(&np)) {
                doc_np items[MAX_DOCS];
                int agent;
                int ni = batch_items(d, skip_aside(d, np.end, s->tok_end), s->tok_end, items,
                                     MAX_DOCS, &agent);
                uint32_t st = verb_group_start(d, i, s->tok_start);
                if (st > s->tok_start && (d->toks[st - 1].word_bits & W_DET))
                    st--;
                if (ni && sign_batch_items(d, out, meetings, s, i, st, items, ni, agent) != 0)
                    goto nomem;
                if (ni)
                    return NSV_OK;
            }
            /* "The signed document enters into force ...": a bare noun after
             * "the signed" points back at a signing the item reported */
            if ((np.topic >= np.end || !(d->toks[np.topic].word_bits & (W_PREP | W_CONJ))) &&
                np.topic <= np.start + 2 && i > s->tok_start &&
                (tok_is(&d->toks[i - 1], "the") || tok_is(&d->toks[i - 1], "this")) &&
                signed_before(d, out, s))
                return NSV_OK;
            ev_draft *e = new_signing(d, out, i, "signing.adjectival", s, &np);
            if (!e)
                goto nomem;
            if (parties_in_np(d, e, &np) < 0)
                goto nomem;
            return NSV_OK;
        }
    }
    /* a long title-case name before a reduced relative or appositive */
    {
        uint32_t np_end = i, st = long_title_before(d, i, end, s, &np_end);
        if (st < i && !(d->toks[i - 1].word_bits & W_AUX)) {
            unsigned hw = 0;
            const lex_entry *h = tok_lex(d, st + 1, LEX_DOCUMENT, &hw);
            doc_np np = {.start = st, .end = np_end, .kind = h->canon, .topic = st + 1 + hw};
            if (!(anaphoric(d, &np) && signed_before(d, out, s)) && !aggregate(d, &np, i, s))
                return after_noun_signing(
                           d, out, meetings, s, i, end,
                           np_end < i ? "signing.appositive" : "signing.reduced_relative", &np)
                           ? NSV_OK
                           : out_of_memory(d->limits, err);
        }
    }
    /* active: signatories before, documents after */
    uint32_t k = end;
    int into_law = 0;
    unsigned il = phrase_at(d, k, s->tok_end, PHRASE_INTO_LAW); /* phrases.tsv into_law */
    if (il) {
        k += il; /* "signed into law H.R. 1234" */
        into_law = 1;
    } else {
        k += relday_before_object(d, k, s->tok_end, 0);
    }
    /* "signed, in the presence of the head of state, an agreement on ...":
     * a phrase set off by commas between the verb and its object */
    if (!into_law && k + 2 < s->tok_end && is_char(d, k, ',') &&
        (d->toks[k + 1].word_bits & W_PREP))
        for (uint32_t c = k + 2; c + 1 < s->tok_end && c < k + 14; c++) {
            if (!is_char(d, c, ','))
                continue;
            doc_np probe;
            if (parse_doc_np(d, c + 1, s->tok_end, &probe) &&
                (d->toks[c + 1].word_bits & (W_DET | W_NUMBER_WORD)))
                k = c + 1;
            break;
        }
    if (into_law && (k >= s->tok_end || is_char(d, k, ':')))
        n = bill_items(d, s, nps, MAX_BILLS); /* "signed into law:" and a list */
    else
        n = parse_doc_list(d, k, s->tok_end, nps, MAX_DOCS);
    if (n)
        n = batch_or_items(d, s, nps, n);
    if (n)
        n = parallel_topics(d, nps, n, MAX_DOCS);
    if (n)
        n = repeated_on_topics(d, nps, n, MAX_DOCS);
    /* "signed the PACT Act into law in 2022": the verb's "into law" and what
     * follows it (a date) are no part of the title */
    for (int q = 0; q < n; q++)
        for (uint32_t t = nps[q].start + 1; t + 1 < nps[q].end; t++)
            if (phrase_at(d, t, nps[q].end, PHRASE_INTO_LAW)) {
                nps[q].end = t;
                break;
            }
    if (!n) {
        /* object relative: "the Act (that) President Biden signed in 2022" */
        int who = party_left(d, i, s->tok_start);
        /* "the Act, which I signed into law", "the funding bill I just
         * signed": the first person of the office that publishes the item */
        int me = who < 0 ? outlet_office_holder(d, i, s) : -1;
        uint32_t vg = verb_group_start(d, i, s->tok_start);
        int we = who < 0 && me < 0 && transcript_we && vg > s->tok_start &&
                 tok_is(&d->toks[vg - 1], "we");
        if (who < 0 && me < 0 && !we)
            return NSV_OK;
        /* "a Memorandum that NASA Administrator Bill Nelson and Peruvian
         * counterparts signed": the whole coordinated subject */
        int whos[MAX_DOCS];
        int nwho = 0;
        uint32_t b = vg - 1; /* "I", "we" */
        if (who >= 0) {
            nwho = coordinated(d, who, -1, s->tok_start, s->tok_end, whos, MAX_DOCS);
            b = d->ments[who].tok_start;
        }
        for (int q = 0; q < nwho; q++)
            if (d->ments[whos[q]].tok_start < b)
                b = d->ments[whos[q]].tok_start;
        if (b > s->tok_start && (d->toks[b - 1].word_bits & W_SUBORD))
            b--;
        unsigned dw = 0;
        uint32_t h = b;
        /* not across a quote: '... those agreements," he concluded' */
        /* (a transcript's "the Declaration on Deepening the Strategic
         * Partnership that we have just signed": a longer title) */
        while (h > s->tok_start && h + (we ? 8 : 4) > b && !tok_lex(d, h - 1, LEX_DOCUMENT, &dw) &&
               !(d->toks[h - 1].flags & T_QUOTE))
            h--;
        if (h == s->tok_start || !tok_lex(d, h - 1, LEX_DOCUMENT, &dw))
            return NSV_OK;
        /* the first person right after its document ("the bill I signed",
         * "the Act, which I signed"), not a clause of its own ("a bill,
         * and I will sign it") */
        if (me >= 0 && h != b &&
            !(h + 1 == b && is_char(d, h, ',') && b + 1 < i && (d->toks[b].word_bits & W_SUBORD)))
            return NSV_OK;
        /* "the contract we signed today", "the agreements that we signed",
         * "the Declaration on Deepening the Strategic Partnership that we
         * have just signed": the document's own words, then "that" */
        if (we && h != b) {
            if (!(d->toks[b].word_bits & W_SUBORD))
                return NSV_OK;
            for (uint32_t q = h; q < b; q++)
                if (d->toks[q].flags & (T_PUNCT | T_QUOTE) || (d->toks[q].word_bits & W_SUBORD))
                    return NSV_OK;
        }
        /* "that NASA Administrator Bill Nelson and his counterparts signed":
         * a first name inside a person's name is no document */
        int nm = mention_at(d, h - 1);
        if (nm >= 0 && d->ments[nm].kind == M_PERSON)
            return NSV_OK;
        uint32_t st = h - 1;
        /* (over a compound's hyphen: "a long-term contract which X entered
         * into", not "term contract") */
        while (st > s->tok_start && st + 8 > h && !(d->toks[st - 1].word_bits & (W_DET | W_PREP)) &&
               (!(d->toks[st - 1].flags & (T_PUNCT | T_QUOTE)) ||
                (st - 1 > s->tok_start && tight_hyphen(d, st - 1))))
            st--;
        if (st > s->tok_start && (d->toks[st - 1].word_bits & W_DET))
            st--;
        doc_np np = {.start = st, .end = b, .kind = tok_lex(d, h - 1, LEX_DOCUMENT, NULL)->canon};
        /* the subject's title is no part of the document's ("... that
         * Agency Director X signed") */
        for (uint32_t q = h; q < b; q++)
            if (d->toks[q].word_bits & W_SUBORD) {
                np.end = q;
                break;
            }
        if (anaphoric(d, &np) && signed_before(d, out, s))
            return NSV_OK;
        ev_draft *e = new_signing(d, out, i, "signing.object_relative", s, &np);
        if (!e)
            goto nomem;
        for (int q = nwho; q-- > 0;)
            ev_add_mention(d, e, whos[q]);
        ev_add_mention(d, e, who);
        ev_add_party(d, e, me);
        /* the other side after the verb: "the agreement Lenovo signed with
         * IBM", "agreements that Russia has signed with France and
         * Germany"; "a contract which Consumers Power entered into in 1980
         * to buy residual fuel from Union Carbide" (the seller) */
        if (with_counterparty_only(d, e, end, s) < 0)
            goto nomem;
        if (e->nents == 1) {
            doc_np after = np;
            after.topic = end;
            after.end = end + 10 < s->tok_end ? end + 10 : s->tok_end;
            int seller = -1;
            if (trade_counterparty(d, &after, s->tok_end, &seller) < 0)
                goto nomem;
            ev_add_party(d, e, seller);
        }
        return NSV_OK;
    }
    doc_np first = n == 1 ? with_article(d, &nps[0], i) : nps[0];
    ev_draft *again = n == 1 && anaphoric(d, &first) ? last_signing_before(d, out, s) : NULL;
    /* "the agreement with X", "the accord for Mexico" after a signing of
     * an earlier sentence: that signing again when X is one of its sides
     * or it named one side only (else another agreement with X) */
    int named = n == 1 && !again ? anaphoric_party(d, &first, s->tok_end) : -1;
    if (named >= 0) {
        ev_draft *last = last_signing_before(d, out, s);
        if (last && last->sent < (uint32_t)(s - d->sents) &&
            (ev_has_party(last, d->ments[named].entity) || last->nents < 2)) {
            again = last;
            ev_add_mention(d, again, named);
        }
    }
    if (again) {
        /* "Chairman X signed the agreement" after its signing: that signing,
         * which X signed too */
        int who = party_left(d, i, s->tok_start);
        if (who >= 0)
            who = named_of_country(d, who, s);
        if (who >= 0 && party_mention(d, who)) {
            /* "A and B signed the document": every conjunct signed it */
            int co[MAX_DOCS];
            int nco = coordinated(d, who, -1, s->tok_start, s->tok_end, co, MAX_DOCS);
            int left = nco == 1 ? titled_conjunct_left(d, who, s) : -1;
            if (left >= 0)
                nco += coordinated(d, left, -1, s->tok_start, s->tok_end, co + nco, MAX_DOCS - nco);
            for (int q = nco; q-- > 0;) {
                if (q)
                    co[q] = named_of_country(d, co[q], s);
                if (party_mention(d, co[q]))
                    ev_add_mention(d, again, co[q]);
            }
        }
        return NSV_OK;
    }
    int subj = party_left(d, i, s->tok_start);
    if (subj >= 0 && venue_object(d, subj, s))
        subj = -1;
    if (subj >= 0)
        subj = named_of_country(d, subj, s);
    if (subj < 0 && open_group_subject(d, i, s))
        return NSV_OK;
    int office_holder = subj < 0 ? unnamed_office_holder(d, i, s) : -1;
    if (subj < 0 && office_holder < 0)
        office_holder = outlet_office_holder(d, i, s);
    const ev_draft *attended =
        subj < 0 && office_holder < 0 ? attendees_subject(d, meetings, i, s) : NULL;
    /* copied: new signings may move the list the meeting lives in */
    int attendees[MAX_PARTIES], nattendees = 0;
    for (int p = 0; attended && p < attended->nents; p++)
        if (attended->ents[p] >= 0 && d->ents[attended->ents[p]].kind == NSV_KIND_PERSON)
            attendees[nattendees++] = attended->ents[p];
    /* the speaker "it" stands for when the signing verb is a second
     * verb whose subject is that "it" (below) */
    int conj_speaker = -1;
    if (subj < 0 && office_holder < 0 && !attended) {
        /* "the two ministers focused on ... and inked": the clause subject.
         * After "and" the verb shares the first verb's subject, so the
         * first verb's object is none: a name after a preposition or a
         * possessor ("sold ... to National Medical Care Inc and entered",
         * "supported Ukraine's European perspective and signed"), the one
         * nearest the verb, is read past, a few more words, to the subject
         * or its "it" */
        uint32_t v = before_adverbs(d, i, s->tok_start);
        int second_verb = v > s->tok_start && tok_is(&d->toks[v - 1], "and");
        for (uint32_t t = i, steps = 0; t > s->tok_start && steps < (second_verb ? 24u : 16u);
             steps++) {
            t--;
            if (second_verb && tok_is(&d->toks[t], "it") && !(d->toks[t].flags & T_IN_QUOTE)) {
                if (pronoun_speaker(d, t + 1, s, &conj_speaker) < 0)
                    goto nomem;
                break;
            }
            /* "Lavrov said the two countries had signed": the speaker of a
             * reporting verb is not the signatory */
            if (is_char(d, t, ';') || (d->toks[t].flags & T_QUOTE) ||
                tok_lex(d, t, LEX_SPEECH, NULL) || tok_is(&d->toks[t], "that"))
                break;
            int m = mention_at(d, t);
            /* the place of an earlier verb is no signatory: the scan
             * stops at a body there ("hosted the automakers at the White
             * House, signed") and reads on past a city or country to the
             * subject before it ("will meet in New Delhi to sign") */
            if (m >= 0 && venue_object(d, m, s)) {
                if (d->ments[m].kind == M_ORG)
                    break;
                continue;
            }
            if (m >= 0 && second_verb == 1 && conj_object(d, m, s)) {
                second_verb = 2; /* (one object: "the member states of the
                                  * European Union, which supported Ukraine's
                                  * ... and signed") */
                t = d->ments[m].tok_start;
                continue;
            }
            if (m >= 0 && party_mention(d, m)) {
                subj = m;
                break;
            }
        }
    }
    /* "Foreign Ministries of the two countries signed": bodies of a group
     * of countries sign for those countries */
    int of_group = -1;
    if (subj >= 0 && d->ments[subj].tok_end + 1 < i &&
        tok_is(&d->toks[d->ments[subj].tok_end], "of")) {
        int g = mention_at(d, d->ments[subj].tok_end + 1);
        if (g >= 0 && d->ments[g].kind == M_GROUP_DESC && states_group(&d->ments[g])) {
            of_group = g;
            subj = -1;
        }
    }
    int coord[MAX_DOCS], nc = 0;
    if (subj < 0 && office_holder < 0 && !attended && unknown_subject(d, i, s, &office_holder) < 0)
        goto nomem;
    int speaker = -1;
    if (pronoun_speaker(d, i, s, &speaker) < 0)
        goto nomem;
    if (speaker < 0)
        speaker = conj_speaker;
    if (speaker < 0)
        speaker = chained_it(d, subj, s);
    if (speaker < 0)
        nc = plural_speakers(d, i, s, coord, MAX_DOCS);
    if (subj >= 0 && speaker < 0 && !nc) {
        nc = coordinated(d, subj, -1, s->tok_start, s->tok_end, coord, MAX_DOCS);
        /* "The Government of Russia and the CIS have signed": the article
         * after "and" hides the first signatory from the shared reader */
        uint32_t f = d->ments[coord[nc - 1]].tok_start;
        if (nc < MAX_DOCS && f >= s->tok_start + 3 && tok_is(&d->toks[f - 1], "the") &&
            tok_is(&d->toks[f - 2], "and")) {
            /* "the Federal Agency for Tourism (Russian Federation) and the
             * Ministry of ... signed": over a short parenthesis to the name */
            uint32_t e1 = f - 2;
            if (is_char(d, e1 - 1, ')'))
                for (uint32_t t = e1 - 1; t > s->tok_start + 1 && t + 8 > e1; t--)
                    if (is_char(d, t - 1, '(')) {
                        e1 = t - 1;
                        break;
                    }
            int m = e1 > s->tok_start ? mention_at(d, e1 - 1) : -1;
            if (m >= 0 && d->ments[m].tok_end == e1 && party_mention(d, m))
                nc += coordinated(d, m, -1, s->tok_start, s->tok_end, coord + nc, MAX_DOCS - nc);
        }
        int left = nc == 1 ? titled_conjunct_left(d, subj, s) : -1;
        if (left >= 0)
            nc += coordinated(d, left, -1, s->tok_start, s->tok_end, coord + nc, MAX_DOCS - nc);
        /* "Zhao Ziyang of China and Anibal Cavaco Silva of Portugal" */
        for (int c = 1; c < nc; c++)
            coord[c] = named_of_country(d, coord[c], s);
    }
    /* "Chile and its bank creditors signed" */
    int debtor = -1, creditors = -1;
    if (creditors_subject(d, i, s, &debtor, &creditors) < 0)
        goto nomem;
    if (subj < 0 && !nc && speaker < 0 && debtor < 0)
        creditors = -1;
    for (int q = 0; q < n; q++) {
        if (aggregate(d, &nps[q], i, s))
            continue;
        ev_draft *e =
            new_signing(d, out, i, n > 1 ? "signing.active_list" : "signing.active", s, &nps[q]);
        if (!e)
            goto nomem;
        ev_add_party(d, e, speaker);
        ev_add_party(d, e, office_holder);
        for (int p = 0; p < nattendees; p++)
            ev_add_party(d, e, attendees[p]);
        for (int c = nc; c-- > 0;)
            ev_add_mention(d, e, coord[c]);
        ev_add_party(d, e, debtor);
        ev_add_party(d, e, creditors);
        if (of_group >= 0 && d->ments[of_group].n_members >= 2)
            for (int p = 0; p < d->ments[of_group].n_members; p++)
                ev_add_party(d, e, d->ments[of_group].members[p]);
        else if (of_group >= 0 && sides_of_talks(d, e, of_group, meetings, s, 1) < 0)
            goto nomem;
        int agents[MAX_DOCS];
        int na = agents_after(d, nps[q].end, s->tok_end, agents, MAX_DOCS);
        for (int a = 0; a < na; a++)
            ev_add_mention(d, e, agents[a]);
        /* "signed with X" */
        for (uint32_t w = end; w + 1 < s->tok_end && w < end + 20; w++)
            if (tok_is(&d->toks[w], "with")) {
                /* "before the President's meeting with the Prime Minister":
                 * the meeting's counterpart, not the signing's */
                if (w > end && tok_lex(d, w - 1, LEX_MEETING, NULL))
                    break;
                /* a law or decree its signer signed alone: its "with" is
                 * what it is about ("appointing X Envoy for Interaction
                 * with the World Congress", "measures connected with UN
                 * Security Council Resolution 1506"), no second signatory;
                 * right after its noun the other side of a consent decree
                 * ("a consent decree with the Justice Department") */
                int law = nps[q].kind && !strcmp(nps[q].kind, "law");
                if (law && e->nents && !tok_lex(d, w - 1, LEX_DOCUMENT, NULL))
                    break;
                /* "a contract with Sulzer", "a memorandum with CBOT": not
                 * for a law or decree, whose "with" awards or amends ("with
                 * the Order of Courage"), nor inside a title-case name ("On
                 * Provisions with Respect to") */
                if (party_after_with(d, e, w, s, 0,
                                     nps[q].kind && !law && !(d->toks[w - 1].flags & T_CAP)) < 0)
                    goto nomem;
                break;
            }
        /* "Air Deccan signed a deal to acquire 36 planes from ATR": the
         * seller signed it too */
        int seller = -1;
        if (e->nents == 1 && trade_counterparty(d, &nps[q], s->tok_end, &seller) < 0)
            goto nomem;
        ev_add_party(d, e, seller);
        /* "signed a deal for Airbus to sell planes to Air China": the body
         * the deal is for, and whom it sells to when the title stopped
         * before them */
        uint32_t purpose = 0;
        int doer = -1;
        if (e->nents && purpose_doer(d, &nps[q], s->tok_end, &purpose, &doer) < 0)
            goto nomem;
        if (doer >= 0) {
            int had = e->nents;
            ev_add_party(d, e, doer);
            if (had == 1 && e->nents == 2 && purpose + 2 > nps[q].end) {
                doc_np wide = nps[q];
                wide.topic = purpose;
                wide.end = s->tok_end;
                int to = -1;
                if (trade_counterparty(d, &wide, s->tok_end, &to) < 0)
                    goto nomem;
                ev_add_party(d, e, to);
            }
        }
        if (!e->nents && pair_subject(d, e, meetings, i, s) < 0)
            goto nomem;
        if (!e->nents && parties_in_np(d, e, &nps[q]) < 0)
            goto nomem;
        inherit_from_meeting(d, e, meeting_context(d, meetings, s), e->nents == 0);
        /* "concluded the talks by signing a joint statement": a means is a
         * signing only when the context names who signed; alone it is
         * mostly generic ("by signing the form, you agree", "take
         * responsibility by signing a compliance statement") */
        if (tok_is(&d->toks[i], "by") && !e->nents)
            e->dropped = 1;
    }
    return NSV_OK;
nomem:
    return out_of_memory(d->limits, err);
}

/* "I was proud to sign the Act" (an act that took place: clause_modality):
 * the first person of the office that publishes the item (or the named
 * subject) signed it. */
static void past_pleasure_signing(doc *d, ev_list *out, size_t first, const sentence *s,
                                  uint32_t cue)
{
    uint32_t t = before_adverbs(d, cue, s->tok_start);
    uint32_t be = past_pleasure(d, t, s->tok_start); /* the "was" */
    if (be == UINT32_MAX)
        return;
    int who = party_left(d, be, s->tok_start);
    if (who < 0)
        who = outlet_holder_before(d, be, s->tok_start);
    else
        who = d->ments[who].entity;
    for (size_t q = first; q < out->n; q++) {
        ev_draft *e = &out->v[q];
        if (e->ev.type == NSV_EV_SIGNING && e->cue_tok == cue && e->ev.modality == NSV_MOD_ACTUAL &&
            !e->nents)
            ev_add_party(d, e, who);
    }
}

/* The base form "sign" in the body, with no auxiliary before it ("did
 * sign", "will sign" say their own modality): a habit ("factories sign
 * contracts with the state"), an infinitive or a plan ("will attend the
 * forum and sign the declaration"), a list of steps ("7. Sign a
 * memorandum"): no reported signing.  A headline's "sign" is one ("Russia,
 * China sign gas deal").  Applies to the events from index `first`. */
static void base_form_modality(const doc *d, ev_list *out, size_t first, const sentence *s,
                               uint32_t cue)
{
    if (d->toks[cue].start < d->title_len)
        return;
    uint32_t t = before_adverbs(d, cue, s->tok_start);
    if ((t > s->tok_start && (d->toks[t - 1].word_bits & W_AUX)) ||
        past_pleasure(d, t, s->tok_start) != UINT32_MAX)
        return;
    /* a plan word earlier in the sentence makes it a plan */
    nsv_modality mod = NSV_MOD_HYPOTHETICAL;
    for (uint32_t k = s->tok_start; k < cue; k++) {
        const lex_entry *m = tok_lex(d, k, LEX_MODALITY, NULL);
        if (m && m->value == NSV_MOD_PLANNED)
            mod = NSV_MOD_PLANNED;
    }
    for (size_t q = first; q < out->n; q++)
        if (out->v[q].ev.type == NSV_EV_SIGNING && out->v[q].cue_tok == cue &&
            out->v[q].ev.modality == NSV_MOD_ACTUAL)
            out->v[q].ev.modality = mod;
}

/* The first token of sentence s past a leading opener and its comma ("In
 * particular, the documents concern A, B"; signing_cues.tsv opener): where
 * a "more" cue may open the list. */
static uint32_t list_opener_end(const doc *d, const sentence *s)
{
    uint32_t t = s->tok_start;
    unsigned nw = 0;
    const lex_entry *c = tok_lex(d, t, LEX_SIGNING, &nw);
    if (c && c->value == SIGN_OPENER && t + nw + 1 < s->tok_end && is_char(d, t + nw, ','))
        return t + nw + 1;
    return t;
}

/* "... signed a package of documents. The documents signed include A; B.
 * Other documents include C and D.  A number of documents concern E.":
 * a sentence opening with a batch that goes on (a "more" cue) and an items
 * verb lists more documents of the signing reported in one of the two
 * sentences before, by the same signatories.  Without that signing it is
 * no signing ("Other documents include a draft treaty"). */
static nsv_code more_items(doc *d, ev_list *out, const sentence *s, uint32_t i, unsigned nw,
                           nsv_error *err)
{
    uint32_t si = (uint32_t)(s - d->sents);
    const ev_draft *prev = NULL;
    for (size_t q = out->n, steps = 0; q-- > d->sign_first && steps < SIGNING_LOOKBACK_DRAFTS;
         steps++) {
        const ev_draft *c = &out->v[q];
        if (c->ev.type != NSV_EV_SIGNING || c->dropped || c->sent >= si)
            continue;
        if (c->sent + 2 >= si && c->ev.modality == NSV_MOD_ACTUAL && !c->ev.evidence_in_title)
            prev = c;
        break;
    }
    if (!prev)
        return NSV_OK;
    doc_np items[MAX_DOCS];
    int agent;
    int n = batch_items(d, i + nw, s->tok_end, items, MAX_DOCS, &agent);
    /* "A package of documents was signed. The documents also concern A, B":
     * the same batch, whose items now replace it (not "the other
     * documents", which add to it) */
    int same = n && tok_is(&d->toks[i], "the") && !tok_is(&d->toks[i + 1], "other");
    long batch = same ? listed_batch(d, out, s) : -1;
    /* "documents signed during the visit", bare documents that name no
     * signatory, are that batch too */
    if (same && batch < 0 && !prev->nents && prev->ev.document_kind &&
        !strcmp(prev->ev.document_kind, "documents"))
        batch = (long)(prev - out->v);
    if (batch >= 0) {
        out->v[batch].dropped = 1;
        prev = &out->v[batch];
    }
    /* copied: new signings may move the list prev lives in */
    int parties[MAX_PARTIES], np = 0;
    for (int p = 0; p < prev->nents && np < MAX_PARTIES; p++)
        parties[np++] = prev->ents[p];
    day_t day = prev->day;
    int day_kind = prev->day_kind;
    for (int q = 0; q < n; q++) {
        ev_draft *e = new_signing(d, out, i, "signing.more_items", s, &items[q]);
        if (!e)
            return out_of_memory(d->limits, err);
        e->signatoryless = 1;
        for (int p = 0; p < np; p++)
            ev_add_party(d, e, parties[p]);
        if (e->day < 0) {
            e->day = day;
            e->day_kind = day_kind;
        }
    }
    return NSV_OK;
}

/* Is mention m a turn's speaker line: the name, perhaps a short
 * parenthesis ("(retranslated)"), then a colon and a capital? */
static int speaker_line(const doc *d, int m)
{
    const mention *x = &d->ments[m];
    uint32_t c = x->tok_end;
    /* "President of China Xi Jinping (retranslated):": a short parenthesis
     * between the name and the colon */
    if (c + 1 < d->ntoks && is_char(d, c, '('))
        for (uint32_t k = c + 1; k < d->ntoks && k < c + 5; k++)
            if (is_char(d, k, ')')) {
                c = k + 1;
                break;
            }
    return c + 1 < d->ntoks && is_char(d, c, ':') && !(d->toks[c].flags & T_IN_QUOTE) &&
           (d->toks[c + 1].flags & (T_CAP | T_QUOTE)) && d->toks[c + 1].sent == d->toks[c].sent;
}

/* Does the paragraph opening at token p open a transcript turn ("Vladimir
 * Putin: Mr President, ...", "Prime Minister of Armenia: Thank you")? */
static int opens_turn(const doc *d, uint32_t p)
{
    int m = mention_at(d, p);
    if (m < 0 || d->ments[m].tok_start != p)
        return 0;
    const mention *x = &d->ments[m];
    /* a person ("Vladimir Putin:", not a capitalised "FACT SHEET:") or an
     * office ("THE PRESIDENT:") */
    int person = x->kind == M_PERSON && !(d->toks[p].flags & T_ALLCAPS);
    return (person || (x->kind == M_DESC && x->role)) && speaker_line(d, m);
}

/* The token where the item's transcript begins, or d->ntoks.  A turn opens
 * a paragraph, or follows a separator or a heading where a page lost its
 * breaks ("... security issues. * * * President of Russia Vladimir Putin:
 * Mr Prime Minister, ...", "Beginning of Russian-Indian talks Prime
 * Minister of India Narendra Modi (retranslated): ..."): there the speaker
 * is titled, and no preposition, verb or cue leads to the name ("signed by
 * Minister X: the ..." is narration). */
static uint32_t find_transcript(const doc *d)
{
    if (!d->has_colon)
        return d->ntoks;
    for (size_t k = 0; k < d->nsents; k++) {
        const sentence *s = &d->sents[k];
        if (s->tok_start >= s->tok_end || s->start < d->title_len)
            continue;
        uint32_t p = s->tok_start;
        while (p < s->tok_end && is_char(d, p, '*'))
            p++;
        if (p < s->tok_end && ((d->toks[s->tok_start].flags & T_PARA_START) || p > s->tok_start) &&
            opens_turn(d, p))
            return p;
        for (uint32_t t = s->tok_start + 1; t + 1 < s->tok_end; t++) {
            if (!is_char(d, t, ':') || (d->toks[t].flags & T_IN_QUOTE))
                continue;
            int m = turn_speaker(d, s, t, NULL);
            if (m < 0 || !d->ments[m].role || (d->toks[d->ments[m].tok_start].flags & T_ALLCAPS) ||
                !speaker_line(d, m))
                continue;
            uint32_t b = d->ments[m].tok_start;
            if (b == s->tok_start || is_char(d, b - 1, '*') ||
                ((d->toks[b - 1].flags & T_WORD) &&
                 !(d->toks[b - 1].word_bits & (W_PREP | W_DET | W_AUX | W_CONJ | W_SUBORD)) &&
                 !tok_lex(d, b - 1, LEX_SIGNING, NULL) && !tok_lex(d, b - 1, LEX_SPEECH, NULL)))
                return b;
        }
    }
    return d->ntoks;
}

uint32_t transcript_start(doc *d)
{
    if (!d->transcript_at)
        d->transcript_at = find_transcript(d) + 1;
    return d->transcript_at - 1;
}

size_t next_cue_sentence(doc *d, size_t k)
{
    uint32_t transcript = transcript_start(d);
    for (; k < d->nsents && d->sents[k].tok_start < transcript; k++)
        if (!(d->sents[k].end <= d->body_start && d->sents[k].start >= d->title_len))
            return k;
    return d->nsents;
}

/* "A Joint Declaration and a number of other bilateral documents were
 * signed.  ... X and Y signed an agreement on A.  Z and W signed a
 * memorandum on B.": a bare batch with no signatory that the sentences
 * after it itemise, signing by signing, is those signings (the guide: only
 * an un-itemised batch is an event of its own).  So is a bare plural ("A
 * number of bilateral agreements were signed", "witnessed the signing of a
 * package of cooperation agreements"), its witnesses or not.  Two actual
 * signings of named documents in the body's next ITEMISED_WINDOW sentences
 * itemise it.
 * (A headline's batch goes as a repeat of the body's signings: events.c.) */
#define ITEMISED_WINDOW 16
static void drop_itemised_batches(const doc *d, ev_list *out, size_t first)
{
    for (size_t q = first; q < out->n; q++) {
        ev_draft *b = &out->v[q];
        if (b->ev.type != NSV_EV_SIGNING || b->dropped || !(b->batch || b->plural) ||
            (b->nents && !b->plural) || b->ev.modality != NSV_MOD_ACTUAL ||
            b->ev.evidence_start < d->title_len)
            continue;
        /* (drafts are in text order: the window ends the scan) */
        int items = 0;
        for (size_t r = q + 1; r < out->n && items < 2; r++) {
            const ev_draft *c = &out->v[r];
            if (c->sent > b->sent + ITEMISED_WINDOW)
                break;
            if (c->ev.type == NSV_EV_SIGNING && !c->dropped && !c->batch &&
                c->ev.modality == NSV_MOD_ACTUAL && c->sent > b->sent)
                items++;
        }
        if (items >= 2)
            b->dropped = 1;
    }
}

/* "Following consultations, the parties signed a package of documents.
 * ... Intergovernmental agreements have been signed on A, on B and on C.
 * The documents signed also include D": a document signed with no
 * signatory of its own (a passive, an item of a list) in the few sentences
 * after a batch the item's parties signed is one of that batch, signed by
 * them.  Not past a signing by other parties in a sentence between (a
 * list's own item naming "Russian-Indian" parties is no other side). */
#define BATCH_ITEM_WINDOW 4

static void batch_signatories(doc *d, ev_list *out, size_t first)
{
    for (size_t q = first; q < out->n; q++) {
        ev_draft *c = &out->v[q];
        if (c->ev.type != NSV_EV_SIGNING || c->dropped || c->nents ||
            c->ev.modality != NSV_MOD_ACTUAL || c->ev.evidence_start < d->title_len ||
            !c->signatoryless)
            continue;
        const ev_draft *batch = NULL;
        for (size_t r = q; r-- > first;) {
            const ev_draft *b = &out->v[r];
            if (b->sent + BATCH_ITEM_WINDOW < c->sent)
                break;
            if (b->ev.type != NSV_EV_SIGNING || b->dropped || b->ev.modality != NSV_MOD_ACTUAL ||
                !b->nents || b->sent >= c->sent)
                continue;
            /* "a package of documents (on cooperation in various areas)" */
            if (b->nents >= 2 &&
                (b->batch || (b->ev.document_kind && !strcmp(b->ev.document_kind, "documents")))) {
                batch = b;
                break;
            }
        }
        if (!batch)
            continue;
        /* other signatories between the batch and this document */
        int other = 0, common = 0;
        for (size_t r = q; r-- > first && !other;) {
            const ev_draft *b = &out->v[r];
            if (b->sent < batch->sent)
                break;
            /* "Gazprom and CNPC signed a contract": a subject of its own,
             * named or not */
            if (b != batch && b->ev.type == NSV_EV_SIGNING && !b->dropped && b->sent < c->sent &&
                (b->nents ? !same_set(b, batch, &common) : !b->signatoryless))
                other = 1;
        }
        if (other)
            continue;
        for (int p = 0; p < batch->nents; p++)
            ev_add_party(d, c, batch->ents[p]);
    }
}

/* how many sentences after the lead a signing takes the lead's pair */
#define LEAD_PAIR_WINDOW 4

/* Is the name at token t joined to a body before it as the other side of
 * a deal: right after "and", "with", "from", "to", "for" or "into"
 * (through "the" and a Reuters mark "<"): "A and B", "a dispute with the
 * U.S.", "a loan from the EC", "its merger into B"? */
static int deal_side(const doc *d, uint32_t t, uint32_t lo)
{
    t = name_opening_back(d, t, lo);
    if (t <= lo)
        return 0;
    const token *p = &d->toks[t - 1];
    return tok_is(p, "and") || tok_is(p, "with") || tok_is(p, "from") || tok_is(p, "to") ||
           tok_is(p, "for") || tok_is(p, "into");
}

/* Does the signing's document name another side ("the contract with the
 * New England Power Pool", "a feedstock agreement with the partnership",
 * "a memorandum between A and B")?  Then the lead's pair is not who signed
 * it. */
static int names_other_side(const ev_draft *c)
{
    const char *t = c->ev.document_title;
    return t && (strstr(t, " with ") || strstr(t, " between "));
}

/* "PARIS, March 5 - France and Yugoslavia agreed to set up a joint
 * commission ... both sides had agreed to boost trade in keeping with an
 * accord signed last year", "BELGRADE - Yugoslavia has signed up for a loan
 * from the European Community ... It said the agreement was signed last
 * week": in a wire brief (an item with a dateline) a document signed in
 * one of the few sentences after the lead with no signatory named is the
 * deal of the two bodies the lead is about.  Only when the lead names
 * exactly two bodies (companies, organisations, countries; an outlet, or
 * the source its last words cite, is none), the second joined to the first
 * (deal_side), and the document is no law, decree or batch and names no
 * side of its own.  A lead naming one body or a third adds nothing; so
 * does a document signed before the lead or far after it. */
static void lead_pair_signatories(doc *d, ev_list *out, size_t first)
{
    if (!d->dateline_city)
        return;
    uint32_t lead = lead_sentence(d);
    if (lead == UINT32_MAX)
        return;
    int pair[2] = {-1, -1}, n = 0;
    for (size_t j = first_body_mention(d); j < d->nments && d->ments[j].sent == lead; j++) {
        const mention *m = &d->ments[j];
        if ((m->kind != M_ORG && m->kind != M_COUNTRY) || m->entity < 0 ||
            outlet_mention(d, (int)j) || m->entity == pair[0] || m->entity == pair[1])
            continue;
        /* "..., the official Tanjug news agency said": the lead's source */
        if (n == 2 && m->tok_end < d->sents[lead].tok_end &&
            tok_lex(d, m->tok_end, LEX_SPEECH, NULL))
            continue;
        if (n == 2)
            return;
        /* the second joined to the first: "A and B", "a dispute with B",
         * "draw funds from B" ("the Paris accord", "principles of the
         * GATT", "in Shandong, China" name no side) */
        if (n == 1 && !deal_side(d, m->tok_start, d->sents[lead].tok_start))
            return;
        pair[n++] = m->entity;
    }
    if (n < 2)
        return;
    for (size_t q = first; q < out->n; q++) {
        ev_draft *c = &out->v[q];
        if (c->ev.type != NSV_EV_SIGNING || c->dropped || c->nents ||
            c->ev.modality != NSV_MOD_ACTUAL || c->ev.evidence_start < d->title_len ||
            c->sent <= lead || c->sent > lead + LEAD_PAIR_WINDOW || c->batch || c->decree ||
            (c->ev.document_kind &&
             (!strcmp(c->ev.document_kind, "law") || !strcmp(c->ev.document_kind, "documents"))) ||
            names_other_side(c))
            continue;
        ev_add_party(d, c, pair[0]);
        ev_add_party(d, c, pair[1]);
    }
}

/* "Building on President Biden signing the Act into law last month,
 * today ...": the gerund's clause ends at its comma, and only its own
 * words date the signing (the main clause's "today" does not). */
static void gerund_clause_date(const doc *d, ev_list *out, size_t first, const sentence *s,
                               uint32_t cue)
{
    uint32_t e = cue;
    while (e < s->tok_end && !is_char(d, e, ',') && !is_char(d, e, ';'))
        e++;
    int bg = 0, kind;
    day_t day = event_sentence_date(d, s->tok_start, e, &bg, 1, &kind);
    for (size_t q = first; q < out->n; q++) {
        out->v[q].day = day;
        out->v[q].day_kind = kind;
        out->v[q].background = day < 0 && bg;
    }
}

/* "applauded the conclusion of a second Master Ship Repair Agreement, with
 * the most recent agreement signed by the U.S. Navy and Mazgaon Dock": the
 * hailed conclusion (no signatory of its own) and the signing its sentence
 * tells after it, of a document of the same kind the text calls by a
 * lower-case description, are one document signed (the guide: one signing
 * per document).  The later record, which has the signatories, takes the
 * name; the conclusion's goes.  A named document after it ("and the
 * Agreement on X signed by A and B"), another kind ("the memorandum signed
 * by"), or a conclusion with a party of its own stays apart.  Drafts of
 * the sentence from index first only. */
static void conclusion_signed_after(const doc *d, ev_list *out, size_t first)
{
    for (size_t q = first; q < out->n; q++) {
        ev_draft *c = &out->v[q];
        if (c->dropped || c->ev.type != NSV_EV_SIGNING || c->nents || !c->ev.document_title ||
            !c->ev.document_kind)
            continue;
        const lex_entry *cue = tok_lex(d, c->cue_tok, LEX_SIGNING, NULL);
        if (!cue || cue->value != SIGN_CONCLUDED)
            continue;
        for (size_t r = q + 1; r < out->n; r++) {
            ev_draft *b = &out->v[r];
            if (b->dropped || b->ev.type != NSV_EV_SIGNING || !b->nents || b->sent != c->sent ||
                b->cue_tok <= c->cue_tok || b->ev.modality != c->ev.modality ||
                !b->ev.document_title || !b->ev.document_kind ||
                strcmp(b->ev.document_kind, c->ev.document_kind))
                continue;
            int described = 1;
            for (const char *p = b->ev.document_title; *p && described; p++)
                described = !(*p >= 'A' && *p <= 'Z');
            if (!described)
                continue;
            b->ev.document_title = c->ev.document_title;
            c->dropped = 1;
            break;
        }
    }
}

/* "praised the recent conclusion of the Agreement", "welcomed Turkey's
 * conclusion of a trilateral agreement", "applauded the conclusion of": the
 * noun of "concluded" at i reports a signing done only right after a word of
 * praise or welcome, over at most "the", an adjective of an earlier day
 * ("recent", "previous": modality.tsv "before"), an owner's possessive or
 * a possessive determiner ("its", "their") ("accelerate the conclusion
 * of", "the forthcoming conclusion of", "the conclusion of a treaty was
 * touched upon" are no signing). */
static int hailed_conclusion(const doc *d, const sentence *s, uint32_t i)
{
    uint32_t p = i;
    for (int steps = 0; p > s->tok_start && steps < 5; steps++) {
        p--;
        const token *t = &d->toks[p];
        if (t->word_bits & W_PRAISE)
            return 1;
        /* the owner before a possessive, a word or a whole name ("Turkey"
         * of "Turkey's", "the European Union" of "the European Union's") */
        if (p + 1 < i && (d->toks[p + 1].flags & T_POSS)) {
            int m = mention_at(d, p);
            if (m >= 0 && d->ments[m].tok_end == p + 1 && d->ments[m].tok_start >= s->tok_start)
                p = d->ments[m].tok_start;
            continue;
        }
        /* "the" (words.tsv det DET_DEFINITE), or an adjective that puts
         * the act before the item's day (modality.tsv "before": "recent",
         * "previous") */
        const lex_entry *past = tok_lex(d, p, LEX_PAST, NULL);
        if (!(t->flags & T_WORD) || !(definite_article(t) || (past && past->value == PAST_BEFORE) ||
                                      (t->word_bits & W_POSSESSIVE) || (t->flags & T_POSS)))
            return 0;
    }
    return 0;
}

/* The signing a hailed "conclusion of" at i (nw tokens) reports
 * (hailed_conclusion); the praise comes after it, so undated it is no
 * event of the item's day (as in praised_signing). */
static nsv_code concluded_signing(doc *d, ev_list *out, const sentence *s, uint32_t i, unsigned nw,
                                  nsv_error *err)
{
    if (!hailed_conclusion(d, s, i))
        return NSV_OK;
    size_t first = out->n;
    nsv_code rc = signing_at(d, out, out, s, i, nw, SIGN_NOUN, 0, err);
    for (size_t q = first; q < out->n && !rc; q++)
        if (out->v[q].ev.type == NSV_EV_SIGNING && out->v[q].day < 0)
            out->v[q].background = 1;
    return rc;
}

/* "thanked the President of Ukraine for signing a law", "I congratulate
 * Turkey, Finland and Sweden on signing a trilateral memorandum": thanks
 * or praise for a signing state it as done, and the party thanked signed.
 * The praise word opens the clause's part before the cue (within a few
 * words), the party follows it; "talks on signing" (no praise) and "thank
 * you for signing" (no named party) are no signing.  Cue at i, nw tokens. */
static nsv_code praised_signing(doc *d, ev_list *out, const sentence *s, uint32_t i, unsigned nw,
                                nsv_error *err)
{
    int coord[MAX_DOCS];
    int nc = thanked_parties(d, s, i, 12, coord);
    if (!nc)
        return NSV_OK;
    doc_np nps[MAX_DOCS];
    int n = parse_doc_list(d, i + nw, s->tok_end, nps, MAX_DOCS);
    for (int q = 0; q < n; q++) {
        if (aggregate(d, &nps[q], i, s))
            continue;
        ev_draft *e = new_signing(d, out, i, "signing.praised", s, &nps[q]);
        if (!e)
            return out_of_memory(d->limits, err);
        /* thanks come after the signing, not on its day unless told */
        if (e->day < 0)
            e->background = 1;
        for (int c = 0; c < nc; c++)
            ev_add_mention(d, e, coord[c]);
    }
    return NSV_OK;
}

/* "I am signing the law", "we were signing": the gerund at i after a
 * finite form of "be" (not "be", "been", "being": "will be signing" is the
 * modal's) is the verb in the progressive, what the signer is doing now or
 * was doing. */
static int progressive(const doc *d, uint32_t i, const sentence *s)
{
    return i > s->tok_start && !(d->toks[i - 1].flags & T_IN_QUOTE) && be_tense(d, i - 1) != 0;
}

/* A verb cue in the simple present ("signs", "inks", "concludes", "enters
 * into"): the third person -s of its first word.  News narration reports a
 * signing in the past; in the body the present is a habit ("the recruit
 * signs a contract and joins"), or a future or a condition after "after",
 * "once", "as soon as" ("after the President signs the bill"). */
static int present_verb(const doc *d, uint32_t i)
{
    const token *t = &d->toks[i];
    return (t->flags & T_WORD) && t->lower_len > 3 && present_s_ending(t);
}

/* "Today we signed a number of documents", "In addition, today we have
 * signed an agreement", "we have just signed": in a transcript (press
 * statements after talks) a turn's first person reports the day's signing
 * by the two sides.  The cue at i has "we" as its subject (over "have",
 * "also") and "today" right before that subject or right after the cue,
 * or "just" right before the cue ("just this year alone, we signed",
 * "30 years ago today we signed", "was signed today" are not). */
static int first_person_today(const doc *d, const sentence *s, uint32_t i)
{
    uint32_t b = i;
    int just = b > s->tok_start && tok_is(&d->toks[b - 1], "just");
    while (b > s->tok_start && i - b < 3 &&
           (tok_is(&d->toks[b - 1], "have") || tok_is(&d->toks[b - 1], "also") ||
            tok_is(&d->toks[b - 1], "just")))
        b--;
    if (b == s->tok_start || !tok_is(&d->toks[b - 1], "we") || (d->toks[i].flags & T_IN_QUOTE))
        return 0;
    if (just)
        return 1;
    /* "Today, we signed", "today we have signed"; not "30 years ago today" */
    for (uint32_t t = b - 1; t > s->tok_start && b - 1 - t < 3; t--)
        if (tok_is(&d->toks[t - 1], "today"))
            return t - 1 == s->tok_start || !tok_is(&d->toks[t - 2], "ago");
    return i + 1 < s->tok_end && tok_is(&d->toks[i + 1], "today");
}

/* Do entities a and b stand for two countries ("Russian-Italian talks"),
 * or are they people of two countries (the leaders at talks, not a
 * governor reporting to the President, whose "we" is his region)? */
static int two_sides(const doc *d, int a, int b)
{
    if (a < 0 || b < 0)
        return 0;
    const entity *x = &d->ents[a], *y = &d->ents[b];
    if (x->kind == NSV_KIND_COUNTRY && y->kind == NSV_KIND_COUNTRY)
        return 1;
    return x->kind == NSV_KIND_PERSON && y->kind == NSV_KIND_PERSON && x->country && y->country &&
           strcmp(x->country, y->country) != 0;
}

/* The talks a transcript's first-person signing follows: the item's first
 * meeting of two sides (the talks its heading or lead names; two_party_sides
 * at sides[0..1]), or NULL. */
static const ev_draft *item_talks(const doc *d, const ev_list *out, int sides[2])
{
    for (size_t q = 0; q < d->sign_first && q < out->n; q++) {
        const ev_draft *m = &out->v[q];
        if (m->ev.type == NSV_EV_MEETING && !m->dropped && m->ev.modality == NSV_MOD_ACTUAL &&
            !m->multilateral && two_party_sides(d, m, sides) && two_sides(d, sides[0], sides[1]))
            return m;
    }
    return NULL;
}

/* The signings of the first person in transcript sentence s (see
 * first_person_today): their signatories are the two sides of the item's
 * talks (the caller passes the talks only when the item has such talks and
 * its narration reports no signing of its own, which the turn would
 * repeat). */
static nsv_code transcript_signings(doc *d, ev_list *out, const sentence *s, const ev_draft *talks,
                                    nsv_error *err)
{
    for (uint32_t i = s->tok_start; i < s->tok_end; i++) {
        unsigned nw = 0;
        const lex_entry *cue = tok_lex(d, i, LEX_SIGNING, &nw);
        if (!cue || cue->value != SIGN_VERB || !first_person_today(d, s, i))
            continue;
        size_t first = out->n;
        nsv_code rc = signing_at(d, out, out, s, i, nw, SIGN_VERB, 1, err);
        if (rc)
            return rc;
        for (size_t q = first; q < out->n; q++) {
            ev_draft *e = &out->v[q];
            if (e->ev.type != NSV_EV_SIGNING || e->ev.modality != NSV_MOD_ACTUAL) {
                e->dropped = 1;
                continue;
            }
            /* signed at the talks: their sides, day and place ("an agreement
             * to build schools in Tajikistan" is no place of the signing) */
            e->nents = 0;
            ev_add_party(d, e, talks->ents[0]);
            ev_add_party(d, e, talks->ents[1]);
            e->day = d->published;
            e->day_kind = DAY_FIXED;
            e->ev.location_name = talks->ev.location_name;
            e->ev.location_country = talks->ev.location_country;
        }
        i += nw - 1;
    }
    return NSV_OK;
}

nsv_code extract_signings(doc *d, ev_list *out, nsv_error *err)
{
    if (!(d->any_cats & (1u << LEX_SIGNING))) /* no signing cue: most items */
        return NSV_OK;
    /* (a transcript runs from its first turn to the end of the item) */
    uint32_t transcript = transcript_start(d);
    /* the list the meetings pass made: the meetings, then the signings */
    d->sign_first = out->n;
    /* the meetings' index the look backs use (meetings_upto), made here so
     * that no memory for it fails the stage instead of reading as no
     * meeting */
    if (meet_index_ready(d, out) < 0)
        return out_of_memory(d->limits, err);
    for (size_t k = next_cue_sentence(d, 0); k < d->nsents; k = next_cue_sentence(d, k + 1)) {
        const sentence *s = &d->sents[k];
        size_t sent_first = out->n;
        for (uint32_t i = s->tok_start; i < s->tok_end && i < transcript; i++) {
            /* the cue's category first: it rules out most tokens */
            if (!(d->toks[i].cats & (1u << LEX_SIGNING)) ||
                d->toks[i].flags & (T_IN_QUOTE | T_QUOTE) || before_body(d, d->toks[i].start))
                continue;
            unsigned nw = 0;
            const lex_entry *cue = tok_lex(d, i, LEX_SIGNING, &nw);
            if (cue && cue->value == SIGN_MORE && i == list_opener_end(d, s)) {
                nsv_code rc = more_items(d, out, s, i, nw, err);
                if (rc)
                    return rc;
                i += nw - 1;
                continue;
            }
            if (cue && cue->value == SIGN_CONCLUDED) {
                nsv_code rc = concluded_signing(d, out, s, i, nw, err);
                if (rc)
                    return rc;
                i += nw - 1;
                continue;
            }
            if (cue && cue->value == SIGN_PRAISED) {
                nsv_code rc = praised_signing(d, out, s, i, nw, err);
                if (rc)
                    return rc;
                i += nw - 1;
                continue;
            }
            /* "on the 20th anniversary of signing the Treaty": a looked-back
             * signing, read as "the signing of the Treaty" is */
            if (cue && cue->value == SIGN_GERUND && looked_back(d, i, s)) {
                nsv_code rc = signing_at(d, out, out, s, i, nw, SIGN_NOUN, 0, err);
                if (rc)
                    return rc;
                continue;
            }
            /* "President Biden signing the Act": the gerund signs only
             * right after a named party ("him" included), or as the verb
             * of a progressive ("Today, I am signing an Executive Order") */
            if (cue && cue->value == SIGN_GERUND && !progressive(d, i, s)) {
                int m = i > s->tok_start ? mention_at(d, i - 1) : -1;
                if (m < 0 || d->ments[m].tok_end != i || !party_mention(d, m))
                    continue;
                /* after a preposition ("Building on X signing", "concern
                 * over him signing", "including X signing"), not as a
                 * verb's object ("expect X signing", "prevent X signing") */
                uint32_t b = d->ments[m].tok_start;
                if (b > s->tok_start && !(d->toks[b - 1].word_bits & W_PREP) &&
                    !tok_is(&d->toks[b - 1], "including") && !is_char(d, b - 1, ','))
                    continue;
            }
            if (!cue || (cue->value != SIGN_VERB && cue->value != SIGN_NOUN &&
                         cue->value != SIGN_BASE && cue->value != SIGN_GERUND))
                continue;
            size_t first = out->n;
            nsv_code rc = signing_at(
                d, out, out, s, i, nw,
                cue->value == SIGN_BASE || cue->value == SIGN_GERUND ? SIGN_VERB : cue->value, 0,
                err);
            if (rc)
                return rc;
            /* the present like the base form: a headline's ("Putin signs
             * law") is a signing, the body's a habit or a plan */
            if (cue->value == SIGN_BASE || (cue->value == SIGN_VERB && present_verb(d, i))) {
                base_form_modality(d, out, first, s, i);
                past_pleasure_signing(d, out, first, s, i);
            }
            if (cue->value == SIGN_GERUND)
                gerund_clause_date(d, out, first, s, i);
            i += nw - 1;
        }
        conclusion_signed_after(d, out, sent_first);
    }
    /* the narration's own signings, before the transcript's */
    int narrated = 0;
    for (size_t q = d->sign_first; q < out->n && !narrated; q++)
        narrated = out->v[q].ev.type == NSV_EV_SIGNING && !out->v[q].dropped &&
                   out->v[q].ev.modality == NSV_MOD_ACTUAL;
    int sides[2];
    const ev_draft *found = narrated || transcript == d->ntoks ? NULL : item_talks(d, out, sides);
    if (found) {
        /* (copied: new signings may move the list it lives in; its two
         * sides for its parties) */
        ev_draft talks = *found;
        talks.ents[0] = sides[0];
        talks.ents[1] = sides[1];
        talks.nents = 2;
        /* the whole sentences from the transcript's first turn on */
        for (size_t k = d->toks[transcript].sent; k < d->nsents; k++)
            if (d->sents[k].tok_start >= transcript) {
                nsv_code rc = transcript_signings(d, out, &d->sents[k], &talks, err);
                if (rc)
                    return rc;
            }
    }
    drop_itemised_batches(d, out, d->sign_first);
    batch_signatories(d, out, d->sign_first);
    lead_pair_signatories(d, out, d->sign_first);
    return NSV_OK;
}
