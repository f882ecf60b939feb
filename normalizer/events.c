/* events.c - what the three event rules share: drafts, parties, the left
 * edge of a clause, modality, and the finishing pass that merges repeats and
 * resolves dates, places and ids. */
#include <ctype.h>
#include <string.h>
#include <stdio.h>
#include <strings.h>

#include "normalizer.h"

/* merge passes over an item's meetings; real items settle in two or three */
#define MERGE_PASSES_MAX 16
/* How many words a long title may run from the body it names to the
 * person who holds it ("Republic of Ethiopia", "Countries (OPEC)"). */
#define TITLE_CHAIN_GAP 14
/* How many tokens back from a cue "if", "unless" or "whether" may make it
 * hypothetical: the corpus's farthest is 54.  A sentence may run to 1024
 * tokens (segment.c), and every cue in it looks back. */
#define IF_REACH 96

ev_draft *ev_new(doc *d, ev_list *l, nsv_event_type type, uint32_t cue_tok, const char *rule)
{
    ev_draft *v = arena_grow(d->mem, l->v, l->n, &l->cap, 32, sizeof *l->v);
    if (!v)
        return NULL;
    l->v = v;
    ev_draft *e = &l->v[l->n++];
    memset(e, 0, sizeof *e);
    e->ev.type = type;
    e->ev.rule = rule;
    e->ev.confidence = 0.7;
    e->speaker_ent = -1;
    e->speaker_mention = -1;
    e->cue_tok = cue_tok;
    e->sent = d->toks[cue_tok].sent;
    e->day = -1;
    e->ev.evidence_start = d->toks[cue_tok].start;
    e->ev.evidence_end = d->toks[cue_tok].end;
    return e;
}

int ev_add_party(doc *d, ev_draft *e, int entity)
{
    (void)d;
    if (entity < 0 || ev_has_party(e, entity))
        return 0;
    if (e->nents == MAX_PARTIES)
        return 0;
    e->ents[e->nents++] = entity;
    return 1;
}

void party_from_entity(const doc *d, int entity, nsv_party *out)
{
    const struct entity *e = &d->ents[entity];
    out->name = ent_shown(e);
    out->kind = e->kind;
    out->role = e->role;
    out->country = e->country;
}

uint32_t past_pleasure(const doc *d, uint32_t t, uint32_t from)
{
    if (t < from + 3 || !tok_is(&d->toks[t - 1], "to") || !(d->toks[t - 2].word_bits & W_PRAISE))
        return UINT32_MAX;
    uint32_t b = t - 2;
    while (b > from && b + 3 > t - 2 && (d->toks[b - 1].word_bits & W_ADVERB) &&
           !(d->toks[b - 1].word_bits & W_AUX))
        b--;
    return b > from && be_tense(d, b - 1) == BE_PAST ? b - 1 : UINT32_MAX;
}

/* The comma at token c closes an aside of one to three lower-case words
 * opened by a comma after a lower-case word ("will, inter alia,", "take
 * part, via videoconference,"): returns the opening comma, else 0.  Not
 * an opening phrase ("On Monday, X met"): a word stands before it. */
static uint32_t comma_aside(const doc *d, uint32_t c, uint32_t from)
{
    for (uint32_t k = c, n = 0; k > from + 1 && n < 4; n++) {
        k--;
        const token *u = &d->toks[k];
        if (is_char(d, k, ','))
            return n && (d->toks[k - 1].flags & T_WORD) && !(d->toks[k - 1].flags & T_CAP) ? k : 0;
        if (!(u->flags & T_WORD) || (u->flags & T_CAP) || mention_at(d, k) >= 0)
            return 0;
    }
    return 0;
}

/* The infinitive's "to" at token `to` states the purpose of a past journey
 * up to fourteen words back in its clause ("traveled to Kyiv, Ukraine
 * today to meet with", "flew to Ankara to meet"): the act took place.  Not
 * past a modal or negation word or a clause opener, nor a verb with one
 * right before it ("never went to meet"). */
static int purpose_done(const doc *d, uint32_t to, uint32_t from)
{
    for (uint32_t k = to, n = 0; k > from && n < 14; n++) {
        k--;
        const token *u = &d->toks[k];
        /* (another clause's verb: "The comments came as X prepared to
         * head to Brussels to meet") */
        if ((u->flags & T_QUOTE) || is_char(d, k, ';') || is_char(d, k, ':') ||
            (u->word_bits & W_SUBORD) || tok_is(u, "as") || (u->flags & T_NEG_CLITIC) ||
            tok_lex(d, k, LEX_MODALITY, NULL))
            return 0;
        const lex_entry *past = tok_lex(d, k, LEX_PAST, NULL);
        if (!past || past->value != PAST_DONE)
            continue;
        for (uint32_t b = k, m = 0; b > from && m < 2; m++) {
            b--;
            if ((d->toks[b].flags & T_NEG_CLITIC) || tok_lex(d, b, LEX_MODALITY, NULL))
                return 0;
        }
        return 1;
    }
    return 0;
}

/* The cue at token c is a finite past form ("Jake Sullivan met on August 29
 * with", "The President signed Executive Order declaring March 28 the day
 * of mourning"): a day after the item's that the sentence names is no
 * plan of it (another event's, or the place's time zone).  Not after "to"
 * or a form of "be" ("to be signed", "will be signed on March 5"). */
static int past_cue(const doc *d, uint32_t c)
{
    const lex_entry *past = tok_lex(d, c, LEX_PAST, NULL);
    if (!past || past->value || c == 0)
        return 0;
    const token *p = &d->toks[c - 1];
    return !tok_is(p, "to") && !(p->word_bits & (W_BE | W_AUX)) &&
           !tok_lex(d, c - 1, LEX_MODALITY, NULL);
}

/* Tokens [a, c) are lower-case words only, none an article, a determiner
 * or a possessive, nor part of a name: the cue at c names a kind ("regular
 * consultations"), not a meeting the text points at. */
static int bare_between(const doc *d, uint32_t a, uint32_t c)
{
    for (uint32_t k = a; k < c; k++) {
        const token *u = &d->toks[k];
        if (!(u->flags & T_WORD) || (u->flags & T_CAP) || (u->word_bits & (W_DET | W_POSSESSIVE)) ||
            mention_at(d, k) >= 0)
            return 0;
    }
    return 1;
}

/* A "for" or "to" among tokens [a, c): a journey before the cue at c heads
 * for it ("travelling to Washington for the meeting", "leave for Washington
 * in three weeks to complete negotiations"), not only before it ("After
 * travelling to Ankara X met Y"). */
static int purpose_between(const doc *d, uint32_t a, uint32_t c)
{
    for (uint32_t k = a; k < c; k++)
        if (tok_is(&d->toks[k], "for") || tok_is(&d->toks[k], "to"))
            return 1;
    return 0;
}

/* clause_modality, or with `act` set act_modality (a meeting's cue: past
 * a short aside between commas, a modal auxiliary up to nine words back, a
 * "far" phrase up to sixteen) */
static nsv_modality modality_before(const doc *d, uint32_t cue_tok, uint32_t from, int act)
{
    /* the nearest modal word before the cue decides; "to" before a verb cue
     * makes it an infinitive ("agreed to sign", "refused to meet") */
    int steps = 0;
    uint32_t tight = 0; /* compound hyphens passed: no words of distance */
    for (uint32_t t = cue_tok; t > from && steps < (act ? 9 : 6); steps++) {
        t--;
        const token *k = &d->toks[t];
        if (k->flags & T_PUNCT) {
            char c = d->text[k->start];
            /* "will, inter alia, meet", "will take part, via
             * videoconference, in a meeting": a short lower-case aside
             * between commas leaves the clause's modal before it */
            uint32_t open = act && c == ',' ? comma_aside(d, t, from) : 0;
            if (open) {
                t = open;
                continue;
            }
            if (c == ',' || c == ';' || c == ':' || (k->flags & T_QUOTE))
                break;
            /* the hyphen inside a compound ("the U.S.-Nordics Summit") is
             * no word of distance from "ahead of" */
            if (c == '-' && !(k->flags & T_SPACE_BEFORE)) {
                steps--;
                tight++;
            }
            continue;
        }
        if ((k->flags & T_NEG_CLITIC) && steps < 6)
            return NSV_MOD_NEGATED;
        unsigned mw = 0;
        const lex_entry *m = tok_lex(d, t, LEX_MODALITY, &mw);
        /* (a capitalised word of a name is no modal word: "the Economic
         * Planning Agency said") */
        if (m && (k->flags & T_CAP) && t > from) {
            int nm = mention_at(d, t);
            if (nm >= 0 && d->ments[nm].tok_start < t)
                m = NULL;
        }
        /* past six words only a modal auxiliary reaches a meeting cue
         * ("the Vice President will participate on the margins of the
         * Summit") */
        if (m && steps >= 6 && !(m->bits & MOD_MODAL))
            m = NULL;
        /* "agreed on the importance of strategic interagency consultations":
         * a bare phrase's meeting noun is a kind, a topic, when only
         * lower-case words stand between (not "the importance of the
         * meeting of X and Y", a meeting held) */
        if (m && (m->bits & MOD_BARE) && !bare_between(d, t + mw, cue_tok))
            m = NULL;
        if (m && (m->bits & MOD_JOURNEY) && !purpose_between(d, t + mw, cue_tok))
            m = NULL;
        /* ("the forthcoming Russia-NATO summit": near across a compound) */
        if (m && !((m->bits & MOD_NEAR) && cue_tok - t - tight > 3))
            return (nsv_modality)m->value;
        /* "welcomed X and expressed support": another verb's words */
        if ((k->word_bits & W_CONJ) && steps > 0)
            break;
        /* "to meet"; "to hold talks", "to continue the discussions": the
         * same with a verb that takes the meeting noun */
        if (tok_is(k, "to") && (t + 1 == cue_tok || (t + 2 <= cue_tok && t + 4 >= cue_tok &&
                                                     (d->toks[t + 1].word_bits & W_LIGHT_VERB) &&
                                                     !(d->toks[t + 1].flags & T_CAP)))) {
            /* what governs the infinitive */
            for (uint32_t g = t; g > from && g + 4 > t;) {
                g--;
                const lex_entry *gm = tok_lex(d, g, LEX_MODALITY, NULL);
                if (gm && gm->value == NSV_MOD_NEGATED)
                    return NSV_MOD_NEGATED;
            }
            if (purpose_done(d, t, from))
                return NSV_MOD_ACTUAL;
            /* "was proud to sign", "were pleased to meet": a past pleasure
             * in an act is one that took place */
            return past_pleasure(d, t + 1, from) == UINT32_MAX ? NSV_MOD_PLANNED : NSV_MOD_ACTUAL;
        }
    }
    /* a meeting cue's clause ("looked forward to further strengthening
     * Alliance unity and collective defense at the NATO Summit"): a "far"
     * phrase (modality.tsv) up to sixteen words back, across "and" but not
     * a punctuation mark other than a compound's hyphen */
    for (uint32_t t = cue_tok, n = 0; act && t > from && n < 16; n++) {
        t--;
        const token *k = &d->toks[t];
        /* (nor a plural's apostrophe inside a name: "at the North American
         * Leaders' Summit") */
        if ((k->flags & T_PUNCT) &&
            !((is_char(d, t, '-') || apostrophe(d, t)) && !(k->flags & T_SPACE_BEFORE)))
            break;
        unsigned mw = 0;
        const lex_entry *m = tok_lex(d, t, LEX_MODALITY, &mw);
        if (m && (m->bits & MOD_FAR) &&
            !((m->bits & MOD_JOURNEY) && !purpose_between(d, t + mw, cue_tok)))
            return (nsv_modality)m->value;
    }
    /* "X will make specific proposals to ease trade friction at a meeting
     * with Y": a meeting noun after a preposition (and its article) is the
     * time or place of its clause's verb, whose modal auxiliary may stand
     * past nine words; up to sixteen, within the clause: no punctuation but
     * a compound's hyphen, no conjunction, subordinator, report, speech or
     * past verb between ("will say what was agreed at a meeting") */
    if (act && cue_tok > from + 1) {
        uint32_t p = cue_tok - 1;
        if (p > from && (d->toks[p].word_bits & (W_DET | W_POSSESSIVE)))
            p--;
        for (uint32_t t = p, n = 0; (d->toks[p].word_bits & W_PREP) && t > from && n < 16; n++) {
            t--;
            const token *k = &d->toks[t];
            if (k->flags & T_PUNCT) {
                if (is_char(d, t, '-') && !(k->flags & T_SPACE_BEFORE))
                    continue;
                break;
            }
            if ((k->flags & T_QUOTE) || (k->word_bits & (W_CONJ | W_SUBORD | W_REPORT)) ||
                (k->lower_len > 3 && ed_ending(k)) || tok_lex(d, t, LEX_PAST, NULL) ||
                tok_lex(d, t, LEX_SPEECH, NULL) || tok_lex(d, t, LEX_MEETING, NULL))
                break;
            if (modal_word(d, t)) {
                const lex_entry *m = tok_lex(d, t, LEX_MODALITY, NULL);
                /* (only the future: "would offer ... at talks in Geneva
                 * tomorrow" is told by its day) */
                if (m && (m->bits & MOD_MODAL) && m->value == NSV_MOD_PLANNED)
                    return NSV_MOD_PLANNED;
                break;
            }
        }
    }
    /* "if" anywhere earlier in the sentence short of a quotation; "whether"
     * in the same clause
     * ("declined to say whether X and Y had held any talks", but not
     * "Asked whether ..., he said") */
    int comma = 0;
    uint32_t if_from = d->sents[d->toks[cue_tok].sent].tok_start;
    if (cue_tok > if_from + IF_REACH)
        if_from = cue_tok - IF_REACH;
    for (uint32_t t = cue_tok; t-- > if_from;) {
        /* a quotation before the cue is another voice's clause ("\"If a
         * government comes up with a policy, it must be followed by
         * action,\" he said following two days of talks with") */
        if (d->toks[t].flags & T_QUOTE)
            break;
        const lex_entry *m = tok_lex(d, t, LEX_MODALITY, NULL);
        comma |= is_char(d, t, ',');
        if (m && m->value == NSV_MOD_HYPOTHETICAL && d->toks[t].lower &&
            (tok_is(&d->toks[t], "if") || tok_is(&d->toks[t], "unless") ||
             (!comma && tok_is(&d->toks[t], "whether"))))
            return NSV_MOD_HYPOTHETICAL;
    }
    return NSV_MOD_ACTUAL;
}

nsv_modality clause_modality(const doc *d, uint32_t cue_tok, uint32_t from)
{
    return modality_before(d, cue_tok, from, 0);
}

nsv_modality act_modality(const doc *d, uint32_t cue_tok, uint32_t from)
{
    return modality_before(d, cue_tok, from, 1);
}

/* ---------------------------------------------------------------- */

int same_set(const ev_draft *a, const ev_draft *b, int *common)
{
    int c = 0;
    for (int i = 0; i < a->nents; i++)
        for (int j = 0; j < b->nents; j++)
            c += a->ents[i] == b->ents[j];
    *common = c;
    return c == a->nents && c == b->nents;
}

/* keep, which stands for gone too, takes gone's day and place where it
 * has none */
static void take_day_and_place(ev_draft *keep, const ev_draft *gone)
{
    if (keep->day < 0 && gone->day >= 0) {
        keep->day = gone->day;
        keep->day_kind = gone->day_kind;
        keep->background = 0;
    }
    if (!keep->ev.location_name && gone->ev.location_name) {
        keep->ev.location_name = gone->ev.location_name;
        keep->ev.location_country = gone->ev.location_country;
    }
}

static void merge_into(ev_draft *keep, ev_draft *gone)
{
    for (int i = 0; i < gone->nents; i++) {
        int dup = 0;
        for (int j = 0; j < keep->nents; j++)
            dup |= keep->ents[j] == gone->ents[i];
        if (!dup && keep->nents < MAX_PARTIES)
            keep->ents[keep->nents++] = gone->ents[i];
    }
    take_day_and_place(keep, gone);
    if (!keep->visit_place) {
        keep->visit_place = gone->visit_place;
        keep->visit_country = gone->visit_country;
    }
    if (keep->ev.format == NSV_FORMAT_UNKNOWN)
        keep->ev.format = gone->ev.format;
    keep->multilateral |= gone->multilateral;
    keep->topic = keep->topic && gone->topic;
    keep->open_group |= gone->open_group;
    if (!keep->group_ent1)
        keep->group_ent1 = gone->group_ent1;
    keep->merged = 1;
    gone->dropped = 1;
}

/* A "their <date> meeting" or "their first meeting in Paris" of the
 * parties of the meeting reported before it (meetings.c their_dated_meeting,
 * their_placed_meeting): an earlier occasion. */
static int earlier_of_theirs(const ev_draft *e)
{
    return e->background && e->ev.rule &&
           (!strcmp(e->ev.rule, "meeting.their_dated") ||
            !strcmp(e->ev.rule, "meeting.their_placed"));
}

/* Two group meetings with the same bodies and countries are one summit. */
static int same_groups(const doc *d, const ev_draft *a, const ev_draft *b)
{
    if (!a->multilateral || !b->multilateral)
        return 0;
    int na = 0, nb = 0;
    for (int i = 0; i < a->nents; i++) {
        if (d->ents[a->ents[i]].kind == NSV_KIND_PERSON)
            continue;
        na++;
        int found = 0;
        for (int j = 0; j < b->nents; j++)
            found |= a->ents[i] == b->ents[j];
        if (!found)
            return 0;
    }
    for (int j = 0; j < b->nents; j++)
        nb += d->ents[b->ents[j]].kind != NSV_KIND_PERSON;
    return na > 0 && na == nb;
}

/* "Russian-Kazakhstani talks" and "Putin held talks with Tokayev": the
 * countries of one event are the people of the other (a person whose
 * country the text did not give may stand for any one of them). */
static int countries_of_people(const doc *d, const ev_draft *a, const ev_draft *b)
{
    int countries = 0, people = 0, unknown = 0;
    for (int j = 0; j < b->nents; j++) {
        const entity *p = &d->ents[b->ents[j]];
        if (p->kind != NSV_KIND_PERSON)
            return 0;
        people++;
        unknown += p->country == NULL;
    }
    for (int i = 0; i < a->nents; i++) {
        const entity *c = &d->ents[a->ents[i]];
        if (c->kind != NSV_KIND_COUNTRY)
            return 0;
        countries++;
        int found = 0;
        for (int j = 0; j < b->nents && !found; j++) {
            const entity *p = &d->ents[b->ents[j]];
            found = p->country && !strcmp(p->country, c->name);
        }
        if (!found) {
            if (!unknown)
                return 0;
            unknown--;
        }
    }
    return countries >= 2 && people >= 2;
}

/* How title (or name) a relates to b: 0 equal (case folded), 1 when a is the
 * head of b ("joint Declaration" / "joint Declaration on Ukraine's ..."),
 * 2 when a ends b at a word boundary ("Accords" / "Artemis Accords"), -1
 * otherwise. */
static int title_relation(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la == lb)
        return strcasecmp(a, b) ? -1 : 0;
    if (la > lb)
        return -1;
    if (!strncasecmp(a, b, la) && b[la] == ' ')
        return 1;
    if (!strcasecmp(a, b + lb - la) && b[lb - la - 1] == ' ')
        return 2;
    return -1;
}

/* The next word of a name from *p (a hyphen parts words like a space:
 * "Al-Kadhimi", "Kassym-Jomart"); its length, 0 at the end. */
static size_t name_word(const char **p)
{
    while (**p == ' ' || **p == '-')
        (*p)++;
    size_t n = 0;
    while ((*p)[n] && (*p)[n] != ' ' && (*p)[n] != '-')
        n++;
    return n;
}

/* How many words of name `one` come in order in name `other`, case folded
 * (-1 when some does not); *first says whether the first words agree.
 * Bounded by the two names' words (at most a few dozen each). */
static int words_in_order(const char *one, const char *other, int *first)
{
    const char *p = one, *q = other;
    int n = 0, k = 0; /* words of one matched; words of other passed */
    *first = 0;
    for (size_t lp = name_word(&p); lp; p += lp, lp = name_word(&p)) {
        int found = 0;
        for (size_t lq = name_word(&q); lq && !found; q += lq, lq = name_word(&q), k++) {
            found = lp == lq && !strncasecmp(p, q, lp);
            if (found && n == 0)
                *first = k == 0;
        }
        if (!found)
            return -1;
        n++;
    }
    return n;
}

/* Names the item writes two ways that one opens with its own first word
 * and holds all the other's words in order ("Dilma Rousseff" / "Dilma Vana
 * Rousseff Linhares", "Tamim Bin Hamad Al-Thani" / "Tamim Bin Hamad al
 * Thani"), or a surname the other holds after its first word ("Kadhimi" /
 * "Mustafa Al-Kadhimi", "Arevalo" / "Bernardo Arevalo de Leon") when no
 * one else of the item has that surname. */
static int spelled_apart(const entity *a, const entity *b)
{
    const entity *s = strlen(a->name) <= strlen(b->name) ? a : b, *l = s == a ? b : a;
    int first = 0, n = words_in_order(s->name, l->name, &first);
    if (n >= 2)
        return first;
    return n == 1 && !first && !s->two_of_surname && !l->two_of_surname;
}

/* One person under two spellings the mention finder kept apart: names
 * written apart (spelled_apart, which also takes a name of two words or
 * more that equals the other but for case, "al-Saud" / "Al-Saud", or opens
 * it, "Khalid bin Salman" in a headline and "Khalid bin Salman bin
 * Abdulaziz Al-Saud" in the body, "Gustavo Petro" and "Gustavo Petro
 * Urrego"), or one word that equals the other but for case or opens it
 * ("Prime Minister Kishida" in a headline, "Prime Minister Kishida Fumio of
 * Japan" in the body: a surname written first). */
static int person_variant(const entity *a, const entity *b)
{
    if (a->kind != NSV_KIND_PERSON || b->kind != NSV_KIND_PERSON || !a->name || !b->name)
        return 0;
    if (spelled_apart(a, b))
        return 1;
    const char *one = strchr(a->name, ' ') ? b->name : a->name;
    const char *other = one == a->name ? b->name : a->name;
    int rel = title_relation(one, other);
    return rel == 0 || (rel == 1 && strlen(one) >= 2);
}

/* One party under two names: the same entity, a person under two spellings,
 * or a person and the country the text ties them to ("Ukraine receives ..."
 * over "President of Ukraine Volodymyr Zelenskyy met ..."). */
static int same_party(const doc *d, int x, int y)
{
    if (x == y)
        return 1;
    const entity *a = &d->ents[x], *b = &d->ents[y];
    if (person_variant(a, b))
        return 1;
    if (a->kind == NSV_KIND_COUNTRY && b->kind == NSV_KIND_PERSON) {
        const entity *t = a;
        a = b;
        b = t;
    }
    return a->kind == NSV_KIND_PERSON && b->kind == NSV_KIND_COUNTRY && a->country &&
           !strcmp(a->country, b->name);
}

/* Each party of b that a names another way becomes a's: a person under
 * another spelling (person_variant) or, with `countries`, any of
 * same_party's ties. */
static void take_parties(const doc *d, const ev_draft *a, ev_draft *b, int countries)
{
    for (int p = 0; p < b->nents; p++)
        for (int q = 0; q < a->nents; q++) {
            int x = b->ents[p], y = a->ents[q];
            if (x != y &&
                (countries ? same_party(d, x, y) : person_variant(&d->ents[x], &d->ents[y]))) {
                b->ents[p] = y;
                break;
            }
        }
}

/* Parties of a that b has too, under either name. */
static int common_parties(const doc *d, const ev_draft *a, const ev_draft *b)
{
    int c = 0;
    for (int i = 0; i < a->nents; i++)
        for (int j = 0; j < b->nents; j++)
            if (same_party(d, a->ents[i], b->ents[j])) {
                c++;
                break;
            }
    return c;
}

/* Do a and b have the same parties, each under either name (same_party)? */
static int same_parties(const doc *d, const ev_draft *a, const ev_draft *b)
{
    return a->nents == b->nents && common_parties(d, a, b) == a->nents &&
           common_parties(d, b, a) == b->nents;
}

/* Does the item's headline hold the first word of body name `name` as a
 * word of its own ("Roscosmos" of "Roscosmos State Corporation for Space
 * Activities")?  A first word of three letters or more, capitalised; bounded
 * by the headline's length. */
static int title_names_body(const doc *d, const char *name)
{
    if (!name || !d->title_len || !isupper((unsigned char)name[0]))
        return 0;
    size_t n = strcspn(name, " -");
    if (n < 3)
        return 0;
    const char *t = d->text, *end = d->text + d->title_len;
    for (const char *p = t; p + n <= end; p++)
        if (!strncmp(p, name, n) && (p == t || !isalnum((unsigned char)p[-1])) &&
            (p + n == end || !isalnum((unsigned char)p[n])))
            return 1;
    return 0;
}

/* A headline's guest read under a wrong name ("Meeting with the Prime
 * Minister of Iraq's Kurdistan Regional Government Masrour Barzani" gives
 * a person "Kurdistan"; "after the meeting with German Chancellor") is the
 * body's guest of the same office and country when that is the one party
 * the two records do not share: 1 (the body's name stands).  A headline's
 * person over the body's organisation the headline names: 2 (the person
 * stands).  Else 0.  Sets *ia, *ib to the two parties. */
static int misread_title_guest(const doc *d, const ev_draft *a, const ev_draft *b, int *ia, int *ib)
{
    if (a->ev.evidence_in_title == b->ev.evidence_in_title || a->nents != b->nents ||
        a->nents < 2 || a->multilateral || b->multilateral)
        return 0;
    *ia = *ib = -1;
    for (int i = 0; i < a->nents; i++) {
        int found = 0;
        for (int j = 0; j < b->nents && !found; j++)
            found = same_party(d, a->ents[i], b->ents[j]);
        if (!found) {
            if (*ia >= 0)
                return 0;
            *ia = i;
        }
    }
    for (int j = 0; j < b->nents; j++) {
        int found = 0;
        for (int i = 0; i < a->nents && !found; i++)
            found = same_party(d, a->ents[i], b->ents[j]);
        if (!found) {
            if (*ib >= 0)
                return 0;
            *ib = j;
        }
    }
    if (*ia < 0 || *ib < 0)
        return 0;
    const entity *x = &d->ents[a->ents[*ia]], *y = &d->ents[b->ents[*ib]];
    if (x->kind == NSV_KIND_PERSON && y->kind == NSV_KIND_PERSON && x->role && y->role &&
        x->country && y->country && !strcasecmp(x->role, y->role) &&
        !strcmp(x->country, y->country))
        return 1;
    /* "Meeting with Roscosmos General Director Dmitry Rogozin" over "met
     * with General Director of the Roscosmos State Corporation", "met with
     * James D.Wolfensohn, President of the World Bank" over "the meeting
     * with the bank": the body names the headline's guest by the body the
     * headline ties them to (its name's first word in the headline) */
    const entity *t = a->ev.evidence_in_title ? x : y, *o = t == x ? y : x;
    return t->kind == NSV_KIND_PERSON && o->kind == NSV_KIND_ORGANIZATION &&
                   title_names_body(d, o->name)
               ? 2
               : 0;
}

/* A "multilateral" record of no named group, only people and countries
 * ("negotiations between the leaders of the three states", "the meeting of
 * Zelenskyy with Macron" with their countries), over a record of some of
 * its people alone: no summit that side talks stand apart from, so one
 * meeting (told by a summit noun, it is one).  Talks with countries
 * ("bilateral meetings with the leaders of France", "met separately with
 * the heads of Iran and Azerbaijan") stay apart from the summit of those
 * countries. */
static int no_group_over_people(const doc *d, const ev_draft *big, const ev_draft *small)
{
    /* a summit, forum or session is a setting whatever its parties ("the
     * St Petersburg energy summit" and a meeting with its co-chairmen); a
     * roundtable ("open" in meeting_cues.tsv) is one gathering */
    const lex_entry *c = tok_lex(d, big->cue_tok, LEX_MEETING, NULL);
    if (c && c->value == MEET_MULTI && !(c->canon && !strcmp(c->canon, "open")))
        return 0;
    for (int i = 0; i < big->nents; i++)
        if (d->ents[big->ents[i]].kind != NSV_KIND_PERSON &&
            d->ents[big->ents[i]].kind != NSV_KIND_COUNTRY)
            return 0;
    for (int i = 0; i < small->nents; i++)
        if (d->ents[small->ents[i]].kind != NSV_KIND_PERSON)
            return 0;
    return 1;
}

/* Are the parties big has and small lacks all people? */
static int only_people_added(const doc *d, const ev_draft *big, const ev_draft *small)
{
    for (int i = 0; i < big->nents; i++)
        if (!ev_has_party(small, big->ents[i]) && d->ents[big->ents[i]].kind != NSV_KIND_PERSON)
            return 0;
    return 1;
}

/* Are all the parties of e countries ("Russian-Japanese talks")? */
static int only_countries(const doc *d, const ev_draft *e)
{
    for (int i = 0; i < e->nents; i++)
        if (d->ents[e->ents[i]].kind != NSV_KIND_COUNTRY)
            return 0;
    return e->nents > 0;
}

/* Two places of one day's meeting that may be one inside the other: a
 * city and a venue the tables do not place ("Vienna" and "Hofburg Palace",
 * "Kyiv" and "Mariyinsky Palace"), or a country and a city in it ("China"
 * and "Beijing").  Only of one day (or undated: an undated one takes the
 * item's day later, so "had discussions" after "met today in Washington,
 * D.C." is of that day), neither told as the past: "their meeting in Tokyo"
 * is an earlier one than "today at the Residence". */
static int place_in_place(const doc *d, const ev_draft *a, const ev_draft *b)
{
    if (a->background || b->background)
        return 0;
    int undated_and_today = d->published >= 0 && ((a->day < 0 && b->day == d->published) ||
                                                  (b->day < 0 && a->day == d->published));
    if (a->day != b->day && !undated_and_today)
        return 0;
    const char *ca = a->ev.location_country, *cb = b->ev.location_country;
    if (!ca != !cb)
        return 1;
    return ca && cb && !strcmp(ca, cb) &&
           (!strcmp(a->ev.location_name, ca) || !strcmp(b->ev.location_name, cb));
}

/* Are meetings a and b told apart by another day or another place (one
 * not inside the other)?  Different places or days are different meetings. */
static int other_day_or_place(const doc *d, const ev_draft *a, const ev_draft *b)
{
    return (a->day >= 0 && b->day >= 0 && a->day != b->day) ||
           (a->ev.location_name && b->ev.location_name &&
            strcmp(a->ev.location_name, b->ev.location_name) && !place_in_place(d, a, b));
}

/* "Following the meeting, X met with Y", "The Russian leader also met the
 * Ukrainian President", "X met separately with Y": a meeting its sentence
 * tells as held next to one told before (a time word of words.tsv "beside"
 * and the meeting opening the sentence, or an adverb of value
 * ADVERB_ANOTHER at the verb) is another meeting, though its people were
 * at that one too.  Someone met someone: "Following the talks,
 * consultations were held with the delegations" goes on with the same
 * talks.  Bounded: the opening phrase and the two words around the verb. */
static int told_as_another(const doc *d, const ev_draft *e)
{
    if (e->sent >= d->nsents || e->cue_tok >= d->ntoks)
        return 0;
    const sentence *s = &d->sents[e->sent];
    const lex_entry *c = tok_lex(d, e->cue_tok, LEX_MEETING, NULL);
    if (!c || (c->value != MEET_VERB && c->value != MEET_WITH))
        return 0;
    uint32_t v = e->cue_tok;
    if ((v > s->tok_start && word_class_value(&d->toks[v - 1], W_ADVERB, ADVERB_ANOTHER)) ||
        (v + 1 < s->tok_end && word_class_value(&d->toks[v + 1], W_ADVERB, ADVERB_ANOTHER)))
        return 1;
    uint32_t k = s->tok_start;
    unsigned nw = 0;
    const lex_entry *w = tok_lex(d, k, LEX_WORD, &nw);
    if (!(d->toks[k].word_bits & W_BESIDE) && !(w && (w->bits & W_BESIDE)))
        return 0;
    k += w && (w->bits & W_BESIDE) ? nw : 1;
    if (k >= s->tok_end || !(tok_is(&d->toks[k], "the") || (d->toks[k].word_bits & W_POSSESSIVE)))
        return 0;
    k++;
    const lex_entry *m = k < s->tok_end ? tok_lex(d, k, LEX_MEETING, &nw) : NULL;
    if (!m || m->value != MEET_NOUN)
        return 0;
    k += nw;
    return k < s->tok_end && k < v && is_char(d, k, ',');
}

/* Is meeting e told in the past by a month and year before the item's
 * ("a round table Mr. Sullivan hosted with HBCU presidents in February
 * 2023"), with no day: a month gives no date, but that meeting is not one
 * held on the item's day.  The words of the cue's clause after it, up to a
 * dozen: not a month that dates another noun before the cue ("the
 * Partnership announced in April 2021, X and Y established ..."). */
static int month_year_before(const doc *d, const ev_draft *e)
{
    if (!e->background || e->day >= 0 || d->published < 0 || e->sent >= d->nsents ||
        e->cue_tok >= d->ntoks)
        return 0;
    const sentence *s = &d->sents[e->sent];
    int py, pm, pd;
    civil_from_days(d->published, &py, &pm, &pd);
    uint32_t to = e->cue_tok + 12 < s->tok_end ? e->cue_tok + 12 : s->tok_end;
    for (uint32_t k = e->cue_tok + 1; k + 1 < to; k++) {
        if (is_char(d, k, ',') || is_char(d, k, ';') || (d->toks[k].word_bits & W_SUBORD))
            return 0;
        const lex_entry *w = tok_lex(d, k, LEX_WORD, NULL);
        int year;
        if (!w || !(w->bits & W_MONTH) || !tok_number(d, k + 1, &year) ||
            d->toks[k + 1].end - d->toks[k + 1].start != 4)
            continue;
        /* ("February 2023", not "February 20") */
        if (year < py || (year == py && w->value < pm))
            return 1;
    }
    return 0;
}

/* The same meeting mentioned twice is one event: equal party sets, or one
 * inside the other with at least two parties in common.  Returns how many
 * records it dropped. */
static int merge_meetings(const doc *d, ev_list *l)
{
    int changed = 0;
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *a = &l->v[i];
        if (a->dropped || a->ev.type != NSV_EV_MEETING || a->ev.modality != NSV_MOD_ACTUAL)
            continue;
        for (size_t j = i + 1; j < l->n; j++) {
            ev_draft *b = &l->v[j];
            if (b->dropped || b->ev.type != NSV_EV_MEETING || b->ev.modality != NSV_MOD_ACTUAL)
                continue;
            if (other_day_or_place(d, a, b))
                continue;
            /* "their September 9 phone call" before the meeting the item
             * reports: a past meeting of its own day is not an undated
             * current one */
            if ((a->background && a->day >= 0 && b->day < 0 && !b->background) ||
                (b->background && b->day >= 0 && a->day < 0 && !a->background))
                continue;
            /* "This discussion followed up on a round table X hosted with
             * them in February 2023" after the day's round table: a meeting
             * of an earlier month is another one, though of the same
             * parties */
            if ((month_year_before(d, a) && b->day >= 0 && !b->background) ||
                (month_year_before(d, b) && a->day >= 0 && !a->background))
                continue;
            /* ("This builds on their September 2022 meeting in Seoul": the
             * earlier meeting of the parties reported before, dated by a
             * month alone, is never that current one) */
            if ((earlier_of_theirs(a) && !b->background) ||
                (earlier_of_theirs(b) && !a->background))
                continue;
            /* "met X ... the negotiations due November 14": a meeting dated
             * after the item is a coming one (planned below), not the
             * reported one, whose date it would take; but a bare headline
             * ("Meeting with X", no host named) is the coming one the body
             * dates, unless the body's own report of it merged in first
             * (talks of two sides: a group's session named twice stays one) */
            if (d->published >= 0 && (a->day > d->published) != (b->day > d->published) &&
                !a->multilateral && !b->multilateral) {
                const ev_draft *now = a->day > d->published ? b : a;
                if (!now->ev.evidence_in_title || !now->implied_host || now->merged)
                    continue;
            }
            /* "Biden last spoke to Prime Minister Modi in March" in the
             * preview of their virtual meeting: a call told as the past is
             * not the talks held another way, nor talks of the past a call
             * ("the talks during President Macron's recent visit to Moscow"
             * in a call's readout are the visit's earlier meeting) */
            if (a->ev.format && b->ev.format && a->ev.format != b->ev.format &&
                (a->ev.format == NSV_FORMAT_PHONE || b->ev.format == NSV_FORMAT_PHONE) &&
                (a->background || b->background))
                continue;
            /* "held meetings with A and B" split one cue into separate
             * meetings: they never merge back, whatever joins one of them,
             * unless both name the same parties ("bilateral meetings with
             * the Crown Prince, Sheikh Tahnoon" read as two counterparts
             * that are one person) */
            int common0;
            if (a->cue_tok == b->cue_tok && a->sent == b->sent && !same_set(a, b, &common0))
                continue;
            /* "met today" and "their meeting in Manila in November 2022":
             * a dated meeting and one placed elsewhere in the past are two */
            if ((a->background && a->ev.location_name && b->day >= 0) ||
                (b->background && b->ev.location_name && a->day >= 0))
                continue;
            int common;
            int equal = same_set(a, b, &common);
            /* one record's parties all the other's: big has more or as many */
            int nested = common >= 2 && (common == a->nents || common == b->nents);
            const ev_draft *big = common == a->nents ? b : a, *small = big == a ? b : a;
            int subset = nested && (a->multilateral == b->multilateral ||
                                    no_group_over_people(d, big, small));
            /* "on the sidelines of the Forum, including talks with A and B"
             * read once with its host and once without: one sentence's
             * overlapping words, the larger record adding only people, are
             * one meeting (a summit or body the larger adds is the setting
             * side talks stand apart from) */
            if (!subset && !equal && nested && a->sent == b->sent &&
                a->ev.evidence_start < b->ev.evidence_end &&
                b->ev.evidence_start < a->ev.evidence_end && only_people_added(d, big, small))
                subset = 1;
            /* fewer people met again later in the body, in a meeting told
             * as another one */
            const ev_draft *later = a->sent > b->sent ? a : b, *first = later == a ? b : a;
            if (subset && !equal && a->sent != b->sent && later->nents < first->nents &&
                !first->ev.evidence_in_title && !later->ev.evidence_in_title &&
                told_as_another(d, later))
                subset = 0;
            /* a person standing in for their country ("talks with the
             * Prime Ministers of Spain and Denmark" after "met with Prime
             * Minister of Spain X and Prime Minister of Denmark Y") */
            int alias =
                !a->multilateral && !b->multilateral && a->nents >= 2 && same_parties(d, a, b);
            /* a call is no talks between the countries it stands for: in a
             * call readout "talks between Russia and Ukraine" is its topic,
             * not more parties of the call (nor an event of its own, unless
             * placed or dated: "the Russian-Palestinian summit in Moscow") */
            int same_format = a->ev.format == b->ev.format || !a->ev.format || !b->ev.format;
            /* "Today, X and Y convened ..." and "Today, the White House
             * and Z convened ...": a readout names its day's convening
             * twice, by different hosts */
            int convening = a->convening && b->convening && a->day >= 0 && a->day == b->day &&
                            !a->background && !b->background;
            int ia, ib, misread = 0;
            if (!equal && !subset && !alias && same_format &&
                (misread = misread_title_guest(d, a, b, &ia, &ib))) {
                /* the body's name stands; a person over their body, the
                 * person's */
                if ((a->ev.evidence_in_title != 0) == (misread == 1))
                    a->ents[ia] = b->ents[ib];
                else
                    b->ents[ib] = a->ents[ia];
                merge_into(a, b), changed++;
            } else if (equal || subset || (alias && same_format) || same_groups(d, a, b) ||
                       convening) {
                /* a person under another spelling is no second party */
                if (alias)
                    take_parties(d, a, b, 0);
                merge_into(a, b), changed++;
            } else if (alias) {
                if (only_countries(d, b))
                    changed += (b->dropped = !b->ev.location_name && !b->background && b->day < 0);
                else if (only_countries(d, a) && !a->ev.location_name && !a->background &&
                         a->day < 0) {
                    a->dropped = 1;
                    changed++;
                    break;
                }
            } else if (countries_of_people(d, b, a)) {
                if (same_format)
                    merge_into(a, b), changed++;
                else
                    changed += (b->dropped = !b->ev.location_name && !b->background && b->day < 0);
            } else if (countries_of_people(d, a, b)) {
                if (same_format) {
                    merge_into(b, a), changed++;
                    break;
                }
                a->dropped = !a->ev.location_name && !a->background && a->day < 0;
                if (a->dropped) {
                    changed++;
                    break;
                }
            }
        }
    }
    return changed;
}

/* Is e the host-only record of a named host meeting an unnamed group
 * ("X met with the heads of delegations"), its one party the host? */
static int host_only_group(const ev_draft *e)
{
    return !e->dropped && e->ev.type == NSV_EV_MEETING && e->open_group && e->nents == 1 &&
           !e->group_ent1 && e->ev.rule && !strcmp(e->ev.rule, "meeting.unnamed_group");
}

/* Does the clause of the cue at token a run on to the cue at token b
 * (a <= b) with no comma, semicolon, conjunction or clause opener between:
 * "met with the heads of delegations at the 14th meeting of ..." (one
 * act), not "met with the heads of delegations and then held talks with
 * X".  Bounded by the sentence. */
static int one_clause_between(const doc *d, const sentence *s, uint32_t a, uint32_t b)
{
    if (b < a || b >= s->tok_end)
        return 0;
    for (uint32_t k = a + 1; k < b; k++) {
        const token *u = &d->toks[k];
        if (is_char(d, k, ',') || is_char(d, k, ';') || (u->word_bits & (W_CONJ | W_SUBORD)))
            return 0;
    }
    return 1;
}

static int setting_rule(const ev_draft *e);

/* The modality a meeting ends with: finish_events makes a held meeting
 * dated after the item planned. */
static nsv_modality final_modality(const doc *d, const ev_draft *e)
{
    if (e->ev.modality == NSV_MOD_ACTUAL && e->day >= 0 && d->published >= 0 &&
        e->day > d->published && !past_cue(d, e->cue_tok))
        return NSV_MOD_PLANNED;
    return e->ev.modality;
}

/* A named host meeting an unnamed group, read once as the host alone and
 * once with the group's body, countries or people, is one meeting (the
 * guide: the same meeting mentioned twice is one event):
 * "Vladimir Putin met with the heads of delegations at the 14th meeting of
 * heads of CIS ... agencies" (the cue itself, or a meeting noun later in
 * its clause, already gave [Putin, CIS, countries]); and "Vladimir Putin
 * will meet with Italian business leaders" in the headline over a lead
 * "the President of Russia will meet with the heads of leading Italian
 * companies" (the headline's group meeting of that host).  The host-only
 * record merges into the other.  Another clause ("and
 * then held talks with X"), another day or place, another modality, or a
 * headline meeting of named parties only, stays apart; so does a setting
 * ("met with foreign business leaders on the sidelines of the Eastern
 * Economic Forum": side talks are events of their own).  Pairwise over an
 * item's meetings, whose count finish_events bounds. */
static void drop_host_only_repeats(const doc *d, ev_list *l)
{
    uint32_t lead = lead_sentence(d);
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *e = &l->v[i];
        if (!host_only_group(e) || e->sent >= d->nsents)
            continue;
        int host = e->ents[0];
        for (size_t j = 0; j < l->n; j++) {
            ev_draft *o = &l->v[j];
            if (j == i || o->dropped || o->ev.type != NSV_EV_MEETING ||
                final_modality(d, o) != final_modality(d, e) || !ev_has_party(o, host) ||
                other_day_or_place(d, e, o) || host_only_group(o) || setting_rule(o))
                continue;
            int same_clause = o->sent == e->sent &&
                              !o->ev.evidence_in_title == !e->ev.evidence_in_title &&
                              o->nents >= 2 &&
                              (o->cue_tok == e->cue_tok ||
                               one_clause_between(d, &d->sents[e->sent], e->cue_tok, o->cue_tok));
            int headline = o->ev.evidence_in_title && !e->ev.evidence_in_title && e->sent == lead &&
                           o->open_group && o->group_ent1;
            if (!same_clause && !headline)
                continue;
            merge_into(o, e);
            break;
        }
    }
}

static day_t lead_opening_day(doc *d, int *past, uint32_t *lead);

/* Is body meeting b of the time its item's headline tells: not told as
 * the past, or told so only by a span of the last days that opens the lead
 * ("This week X hosted a roundtable", "Last week, X met Y"), which the
 * headline's event takes too (finish_events): both of that span, no day.
 * "Last year, X hosted ..." tells an earlier meeting. */
static int headline_time(doc *d, const ev_draft *b)
{
    if (!b->background)
        return 1;
    if (b->day >= 0)
        return 0;
    int past = 0;
    uint32_t lead = UINT32_MAX;
    lead_opening_day(d, &past, &lead);
    if (!past || b->sent != lead || lead >= d->nsents)
        return 0;
    const sentence *s = &d->sents[lead];
    uint32_t t = body_tok(d, s->tok_start, s->tok_end);
    const lex_entry *w = t < s->tok_end ? tok_lex(d, t, LEX_WORD, NULL) : NULL;
    return w && (w->bits & W_BACKGROUND) && w->value == BACKGROUND_RECENT;
}

/* Is draft e a meeting of the item's headline (in_title) or of its body,
 * not dropped? */
static int meeting_in(const ev_draft *e, int in_title)
{
    return !e->dropped && (e->ev.evidence_in_title != 0) == (in_title != 0) &&
           e->ev.type == NSV_EV_MEETING;
}

/* Is draft b a body meeting told as actual and of the time its item's
 * headline tells (headline_time): one a headline's meeting may be?  The
 * headline merges test it last, after their cheaper conditions. */
static int headline_body_meeting(doc *d, const ev_draft *b)
{
    return meeting_in(b, 0) && b->ev.modality == NSV_MOD_ACTUAL && headline_time(d, b);
}

/* A headline that the body repeats counts once: a title meeting the merge
 * left standing ("Sullivan's Meeting with EU Officials", "Meeting with
 * Chinese Communist Party") is the body's meeting under other names when a
 * body meeting of that day has one of its parties and the people for the
 * others. */
static int setting_rule(const ev_draft *e)
{
    return e->ev.rule && (!strcmp(e->ev.rule, "meeting.sidelines") ||
                          !strcmp(e->ev.rule, "meeting.group_setting") ||
                          !strcmp(e->ev.rule, "meeting.named_setting"));
}

/* How many tokens of a headline are looked at for its place's "in". */
#define TITLE_PLACE_TOKENS 64

static int place_at(doc *d, ev_draft *e, uint32_t t);

/* Does the headline meeting t's place stand where it is the meeting's own:
 * after "in"/"at" that opens the headline ("In Kyiv, the President ..."),
 * or that follows the meeting word ("chaired a meeting in Yeisk"), a word
 * of the people met ("... Roundtable with Clean Energy Leaders in
 * Thailand") or a party's name?  Not one that ends a body's name or a
 * title ("Head of the NATO Mission in Ukraine", "the American Chamber of
 * Commerce in Ukraine") nor a topic's ("Response to the Bridge Collapse in
 * Baltimore", "the special operation in Syria"). */
static int title_place_own(doc *d, const ev_draft *t)
{
    if (!t->ev.location_name || t->sent >= d->nsents)
        return 0;
    const sentence *s = &d->sents[t->sent];
    for (uint32_t k = s->tok_start; k + 1 < s->tok_end && k < s->tok_start + TITLE_PLACE_TOKENS;
         k++) {
        if (!tok_is(&d->toks[k], "in") && !tok_is(&d->toks[k], "at"))
            continue;
        /* (at "the" too: "in the Kremlin" is a venue's) */
        ev_draft probe = *t;
        probe.ev.location_name = NULL;
        if (!place_at(d, &probe, k + 1) && tok_is(&d->toks[k + 1], "the") && k + 2 < s->tok_end)
            place_at(d, &probe, k + 2);
        if (!probe.ev.location_name || strcmp(probe.ev.location_name, t->ev.location_name))
            continue;
        if (k == s->tok_start || tok_lex(d, k - 1, LEX_MEETING, NULL))
            return 1;
        /* after the people met, only a place the gazetteer knows ("Leaders
         * at UNGA" names the setting, not where) */
        const token *w = &d->toks[k - 1];
        if (!probe.ev.location_country)
            return 0;
        if ((w->word_bits & (W_GROUP | W_UNNAMED | W_ROSTER)) && !(w->word_bits & W_STATES))
            return 1;
        int m = mention_at(d, k - 1);
        for (int p = 0; m >= 0 && d->ments[m].tok_end == k && p < t->nents; p++)
            if (d->ments[m].entity >= 0 && t->ents[p] == d->ments[m].entity)
                return 1;
        return 0;
    }
    return 0;
}

/* The body's meeting b stands for the headline's t it repeats: "...
 * Roundtable Discussion with Clean Energy Leaders in Thailand" over "X
 * today convened civil society leaders ...": the headline's own place
 * (title_place_own) is the body's when the body gives none. */
static void body_takes_title_place(doc *d, ev_draft *b, const ev_draft *t)
{
    if (!b->ev.location_name && title_place_own(d, t)) {
        b->ev.location_name = t->ev.location_name;
        b->ev.location_country = t->ev.location_country;
    }
}

/* A headline meeting of bodies and countries alone ("Readout of White
 * House Meeting with Bipartisan Group of Newly-Elected Mayors", "Meeting of
 * the U.S.-Israel Strategic Consultative Group") over a lead sentence whose
 * meeting of that day names the people who met ("President Biden and Vice
 * President Harris met with a bipartisan group of 10 newly-elected mayors")
 * is the lead's meeting under the names of their offices (the guide: an
 * event in a headline that the body repeats counts once).  Not a summit,
 * conference or session headline (a setting that side talks in the lead
 * stand apart from), nor a lead meeting placed at a setting or told as
 * another ("Before the meeting, X met with Y"), nor one of fewer people
 * than the headline's countries. */
static void drop_title_bodies_meeting(doc *d, ev_list *l)
{
    uint32_t lead = lead_sentence(d);
    if (lead == UINT32_MAX)
        return;
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *t = &l->v[i];
        if (!meeting_in(t, 1) || t->ev.modality != NSV_MOD_ACTUAL || t->background ||
            t->nents < 1 || t->merged)
            continue;
        int people = 0, countries = 0;
        for (int p = 0; p < t->nents; p++) {
            people |= t->ents[p] < 0 || d->ents[t->ents[p]].kind == NSV_KIND_PERSON;
            countries += t->ents[p] >= 0 && d->ents[t->ents[p]].kind == NSV_KIND_COUNTRY;
        }
        const lex_entry *c = tok_lex(d, t->cue_tok, LEX_MEETING, NULL);
        if (people || (c && c->value == MEET_MULTI))
            continue;
        for (size_t j = 0; j < l->n; j++) {
            ev_draft *b = &l->v[j];
            if (b->sent != lead || b->nents < 2 || setting_rule(b) ||
                (t->day >= 0 && b->day >= 0 && t->day != b->day) || !headline_body_meeting(d, b) ||
                told_as_another(d, b))
                continue;
            /* a side of another country in the lead ("met with a Polish
             * delegation" under "Ukraine receives Qatari delegation") is
             * another meeting */
            int b_people = 0, other_side = 0;
            for (int q = 0; q < b->nents; q++) {
                if (b->ents[q] < 0)
                    continue;
                const entity *y = &d->ents[b->ents[q]];
                if (y->kind == NSV_KIND_PERSON) {
                    b_people++;
                    continue;
                }
                int known = !y->country;
                for (int p = 0; p < t->nents && !known; p++) {
                    const entity *x = &d->ents[t->ents[p]];
                    known =
                        t->ents[p] == b->ents[q] || (x->country && !strcmp(x->country, y->country));
                }
                other_side |= !known;
            }
            if (other_side)
                continue;
            /* as many people as the headline's countries at least: "Trilateral
             * Russian-Armenian-Azerbaijani talks" over "X and Y discussed
             * at a tete-a-tete meeting" is a larger meeting */
            if (b_people >= 1 && b_people >= countries) {
                body_takes_title_place(d, b, t);
                t->dropped = 1;
                break;
            }
        }
    }
}

static void drop_title_meetings(doc *d, ev_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *t = &l->v[i];
        /* one the body repeated in words the merge knew is the main event,
         * unless it has only its host ("Vice President Harris's Meeting
         * with Disability Rights Leaders" and "The meeting built on ..."):
         * then it is the body's meeting with the guests' names */
        if (!meeting_in(t, 1) || t->ev.modality != NSV_MOD_ACTUAL || (t->merged && t->nents != 1))
            continue;
        for (size_t j = 0; j < l->n; j++) {
            ev_draft *b = &l->v[j];
            if (b->nents < 2 || (t->day >= 0 && b->day >= 0 && t->day != b->day) ||
                !headline_body_meeting(d, b))
                continue;
            /* the same party in both, and the title's others only bodies
             * or countries the body names by their people ("with EU
             * Officials", "with Congressional Leadership"): a person the
             * title names is a meeting of its own */
            int same = 0, others_people = 0;
            for (int p = 0; p < t->nents; p++) {
                int in_b = 0;
                for (int q = 0; q < b->nents; q++)
                    in_b |= t->ents[p] == b->ents[q];
                same += in_b;
                others_people |= !in_b && d->ents[t->ents[p]].kind == NSV_KIND_PERSON;
            }
            if (same >= 1 && !others_people) {
                body_takes_title_place(d, b, t);
                t->dropped = 1;
                break;
            }
        }
    }
    drop_title_bodies_meeting(d, l);
}

/* May planned meetings a and b be one coming meeting named twice: the
 * same parties (under either name), and no other day nor place ("agreed to
 * meet again in June")? */
static int one_planned(const doc *d, const ev_draft *a, const ev_draft *b)
{
    return same_parties(d, a, b) && !other_day_or_place(d, a, b);
}

/* A headline meeting over a lead that plans it.
 *
 * "President Biden's Virtual Meeting with Prime Minister Modi" over a lead
 * "President Biden will meet virtually with Prime Minister Modi on
 * Monday": a title meeting no body report merged into is the coming one
 * the lead announces, with all its parties, so a plan too (the guide:
 * planned meetings are no events).  (A call's title is its readout's:
 * "Telephone conversation with X", whose lead may tell the next meeting
 * they agreed on.)
 *
 * "Vladimir Putin will meet with X" in a headline over a lead "Vladimir
 * Putin will meet in Moscow with President of Y X": one coming meeting
 * announced twice (the guide: the same meeting mentioned twice is one
 * event).  The merge above takes held meetings only, so a planned headline
 * (as written, or found so in the first pass) and a planned meeting of the
 * same parties (under either name) in the lead's paragraph or the next
 * ("The two presidents will meet on March 15 to discuss ...") become one
 * here, the headline's taking the lead's day.  Another day or place is
 * another meeting ("agreed to meet again in June"). */
static void planned_headline(const doc *d, ev_list *l)
{
    uint32_t lead = lead_sentence(d);
    if (lead == UINT32_MAX)
        return;
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *t = &l->v[i];
        if (!meeting_in(t, 1) || t->ev.modality != NSV_MOD_ACTUAL || t->merged || t->nents < 2 ||
            t->ev.format == NSV_FORMAT_PHONE)
            continue;
        for (size_t j = 0; j < l->n; j++) {
            const ev_draft *b = &l->v[j];
            if (meeting_in(b, 0) && b->ev.modality == NSV_MOD_PLANNED && b->sent == lead &&
                common_parties(d, t, b) == t->nents) {
                t->ev.modality = NSV_MOD_PLANNED;
                break;
            }
        }
    }
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *t = &l->v[i];
        if (!meeting_in(t, 1) || t->ev.modality != NSV_MOD_PLANNED || t->nents < 2)
            continue;
        for (size_t j = 0; j < l->n; j++) {
            ev_draft *b = &l->v[j];
            if (!meeting_in(b, 0) || b->ev.modality != NSV_MOD_PLANNED || b->sent >= d->nsents ||
                d->sents[b->sent].para > d->sents[lead].para + 1 || !one_planned(d, t, b))
                continue;
            /* the body's spelling of a person is no second party */
            take_parties(d, t, b, 1);
            /* the headline's place is read from the lead already, where
             * a place after the topic ("on investment in Sochi") is none */
            ev_draft own = *t;
            merge_into(t, b);
            t->ev.location_name = own.ev.location_name;
            t->ev.location_country = own.ev.location_country;
            t->visit_place = own.visit_place;
            t->visit_country = own.visit_country;
        }
    }
}

/* "Vladimir Putin will hold talks with X ... Following the talks, the
 * presidents will sign ...": one coming meeting the body names again (the
 * guide: the same meeting mentioned twice is one event).  The held-meeting
 * merge takes actual records only and planned_headline the headline's and
 * the lead's; here two planned records of the same parties (under either
 * name) become one unless another day or place tells them apart ("will
 * meet again in June"), the split of one cue ("will hold meetings with A
 * and B") stays apart, and a summit's record (a group's) is no bilateral
 * one.  Pairwise over an item's meetings, whose count finish_events
 * bounds. */
static void merge_planned_repeats(const doc *d, ev_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *a = &l->v[i];
        if (a->dropped || a->ev.type != NSV_EV_MEETING || a->ev.modality != NSV_MOD_PLANNED ||
            a->nents < 2 || a->multilateral)
            continue;
        for (size_t j = i + 1; j < l->n; j++) {
            ev_draft *b = &l->v[j];
            if (b->dropped || b->ev.type != NSV_EV_MEETING || b->ev.modality != NSV_MOD_PLANNED ||
                b->multilateral || (a->cue_tok == b->cue_tok && a->sent == b->sent) ||
                !one_planned(d, a, b))
                continue;
            take_parties(d, a, b, 1);
            merge_into(a, b);
        }
    }
}

/* The mention of entity x in sentence sn, or -1 (the sentence's own
 * mentions only: bounded by its length). */
static int mention_in_sentence(const doc *d, uint32_t sn, int x)
{
    const sentence *s = &d->sents[sn];
    for (size_t m = mentions_before(d, s->tok_start);
         m < d->nments && d->ments[m].tok_start < s->tok_end; m++)
        if (d->ments[m].entity == x)
            return (int)m;
    return -1;
}

/* "Meeting with OPEC Secretary General Mohammad Barkindo" over "X had a
 * meeting with Secretary General of the Organisation of the Petroleum
 * Exporting Countries (OPEC) Mohammad Sanusi Barkindo": a lead meeting
 * whose guest is a piece of a long title (no comma or "and" before the
 * headline's guest, who ends it) is the headline's meeting with that
 * guest; then the merge makes them one.  Talks with someone else in the
 * lead ("his talks with US President X") stay apart. */
static void title_chain_guest(const doc *d, ev_list *l)
{
    uint32_t lead = lead_sentence(d);
    if (lead == UINT32_MAX || lead >= d->nsents)
        return;
    for (size_t i = 0; i < l->n; i++) {
        const ev_draft *t = &l->v[i];
        if (!meeting_in(t, 1) || t->ev.modality != NSV_MOD_ACTUAL || t->nents != 2 ||
            t->multilateral)
            continue;
        for (size_t j = 0; j < l->n; j++) {
            ev_draft *b = &l->v[j];
            if (!meeting_in(b, 0) || b->ev.modality != NSV_MOD_ACTUAL || b->sent != lead ||
                b->nents != 2 || b->multilateral)
                continue;
            /* one party shared (the host), one not */
            int host = -1;
            for (int p = 0; p < 2; p++)
                for (int q = 0; q < 2; q++)
                    if (t->ents[p] == b->ents[q])
                        host = q;
            if (host < 0 || t->ents[0] == t->ents[1] || b->ents[0] == b->ents[1])
                continue;
            int odd = b->ents[1 - host];
            int guest = t->ents[0] == b->ents[host] ? t->ents[1] : t->ents[0];
            if (d->ents[guest].kind != NSV_KIND_PERSON)
                continue;
            int mo = mention_in_sentence(d, lead, odd), mg = mention_in_sentence(d, lead, guest);
            if (mo < 0 || mg < 0 || d->ments[mo].tok_end > d->ments[mg].tok_start ||
                d->ments[mg].tok_start - d->ments[mo].tok_end > TITLE_CHAIN_GAP)
                continue;
            int chain = 1;
            for (uint32_t k = d->ments[mo].tok_end; chain && k < d->ments[mg].tok_start; k++)
                chain = !is_char(d, k, ',') && !is_char(d, k, ';') && !tok_is(&d->toks[k], "and") &&
                        !tok_is(&d->toks[k], "with");
            if (chain)
                b->ents[1 - host] = guest;
        }
    }
}

/* A headline and the lead sentence tell one meeting: "Vice President X's
 * Meeting with NAACP Youth" over "Vice President X convened a roundtable
 * with young leaders", whose one named party the headline's meeting has.
 * The lead's one-party record is that meeting, not a second one; one told
 * later in the body ("also held a separate meeting with ...") stays. */
static void merge_lead_stubs(doc *d, ev_list *l)
{
    uint32_t lead = lead_sentence(d);
    if (lead == UINT32_MAX)
        return;
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *s = &l->v[i];
        if (s->sent != lead || s->nents != 1 || !s->open_group || !headline_body_meeting(d, s))
            continue;
        for (size_t j = 0; j < l->n; j++) {
            ev_draft *t = &l->v[j];
            if (!meeting_in(t, 1) || t->ev.modality != NSV_MOD_ACTUAL || t->nents < 2 ||
                (t->day >= 0 && s->day >= 0 && t->day != s->day))
                continue;
            if (common_parties(d, s, t) == 1) {
                merge_into(t, s);
                break;
            }
        }
    }
}

/* Does meeting e's own words point back at a meeting told before: "the
 * meeting", "the roundtable", "the session" (a meeting noun of
 * meeting_cues.tsv after "the"), with no "of", "between" or "with" and no
 * name after it ("the session of the Collective Security Council", "the
 * meeting with X" name a gathering of their own)?  Bounded by e's sentence. */
static int points_back(const doc *d, const ev_draft *e)
{
    if (e->sent >= d->nsents || e->cue_tok >= d->ntoks)
        return 0;
    const sentence *s = &d->sents[e->sent];
    /* the cue itself ("in the meeting") or the object of the cue verb
     * ("hosted the roundtable", "chaired the meeting") */
    for (uint32_t t = e->cue_tok; t <= e->cue_tok + 2 && t < s->tok_end; t += 2) {
        if (t <= s->tok_start || !tok_is(&d->toks[t - 1], "the"))
            continue;
        unsigned nw = 0;
        const lex_entry *c = tok_lex(d, t, LEX_MEETING, &nw);
        if (!c || (c->value != MEET_NOUN && c->value != MEET_MULTI) || (d->toks[t].flags & T_CAP))
            continue;
        uint32_t k = t + (nw ? nw : 1);
        if (k < s->tok_end && (tok_is(&d->toks[k], "of") || tok_is(&d->toks[k], "between") ||
                               tok_is(&d->toks[k], "with") || (d->toks[k].flags & T_CAP)))
            continue;
        return 1;
    }
    return 0;
}

/* "Today, X convened a roundtable with ...  The White House hosted the
 * roundtable along with ...", "X convened a meeting ... Y and Z in the
 * meeting": a later body record whose words point back at a meeting
 * ("the roundtable", "the meeting") is the convening told just before it
 * (a convening verb's or an unnamed group's meeting) when that one shares
 * a party and no day, place or format tells them apart.  Only the nearest earlier record; a summit
 * or session setting, a meeting told as another or of the past stays. */
static void merge_back_references(const doc *d, ev_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *b = &l->v[i];
        if (!meeting_in(b, 0) || b->ev.modality != NSV_MOD_ACTUAL || b->background ||
            setting_rule(b) || told_as_another(d, b) || !points_back(d, b))
            continue;
        ev_draft *a = NULL;
        for (size_t j = 0; j < l->n; j++) {
            ev_draft *o = &l->v[j];
            if (j == i || o->dropped || o->ev.type != NSV_EV_MEETING ||
                o->ev.modality != NSV_MOD_ACTUAL ||
                (!o->ev.evidence_in_title &&
                 (o->sent >= b->sent || o->ev.evidence_start >= b->ev.evidence_start)))
                continue;
            if (!a || (!o->ev.evidence_in_title &&
                       (a->ev.evidence_in_title || o->ev.evidence_start > a->ev.evidence_start)))
                a = o;
        }
        if (!a || !(a->convening || a->open_group) || a->background || setting_rule(a) ||
            other_day_or_place(d, a, b) ||
            (a->ev.format && b->ev.format && a->ev.format != b->ev.format) ||
            common_parties(d, a, b) < 1)
            continue;
        merge_into(a, b);
    }
}

/* A headline meeting of one named party over a lead that reports a
 * meeting with its parties named: "Readout of White House Roundtable with
 * Latino Business Leaders" over "... the Office of Public Engagement
 * convened Latino business leaders, Tom Perez, ...", "Volodymyr Zelenskyy
 * met with foreign ministers of the Slavkov format" over "... met with
 * Minister of Foreign Affairs of the Czech Republic X, ...".  The headline
 * names the meeting its lead tells (merge_lead_stubs reads it so the other
 * way round), so its one-party record is no second meeting.  Not when
 * another record merged into it (it is that one: "convened ... on July 8"),
 * nor over a lead's meeting told as the past or in another format. */
static void drop_title_stubs(doc *d, ev_list *l)
{
    uint32_t lead = lead_sentence(d);
    if (lead == UINT32_MAX)
        return;
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *t = &l->v[i];
        if (!meeting_in(t, 1) || t->ev.modality != NSV_MOD_ACTUAL || t->nents != 1 || t->merged)
            continue;
        for (size_t j = 0; j < l->n; j++) {
            const ev_draft *b = &l->v[j];
            if (b->sent != lead || b->nents < 2 || b->topic || !headline_body_meeting(d, b) ||
                (t->ev.format && b->ev.format && t->ev.format != b->ev.format))
                continue;
            t->dropped = 1;
            break;
        }
    }
}

/* Words in a title ("joint Declaration" has 2). */
static size_t title_words(const char *t)
{
    size_t n = 0;
    for (const char *p = t; *p; p++)
        n += (p == t || p[-1] == ' ') && *p != ' ';
    return n;
}

/* A proper document name: two or more words, each capitalised ("Artemis
 * Accords", "Paris Agreement"), which names one instrument wherever it
 * recurs in an item. */
static int named_document(const char *t)
{
    if (title_words(t) < 2)
        return 0;
    for (const char *p = t; *p; p++)
        if ((p == t || p[-1] == ' ') && !(*p >= 'A' && *p <= 'Z'))
            return 0;
    return 1;
}

/* How many later signings a signing is compared with for a merge: the
 * corpus never merges two more than 3 signings apart, and an item of
 * thousands of signings (up to the events cap) must not compare every pair. */
#define MERGE_SIGNINGS_AHEAD 64

/* The same document signed and mentioned again is one signing: equal
 * titles, or one title the head of the other ("the signing of a joint
 * Declaration" after "signed a joint Declaration on ..."), when one party
 * set holds the other; a named instrument ("the Artemis Accords" signed by
 * one minister for Nigeria and one for Rwanda) whatever the parties. */
static void merge_signings(ev_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *a = &l->v[i];
        if (a->dropped || a->ev.type != NSV_EV_SIGNING || !a->ev.document_title)
            continue;
        size_t passed = 0;
        for (size_t j = i + 1; j < l->n && !a->dropped && passed < MERGE_SIGNINGS_AHEAD; j++) {
            ev_draft *b = &l->v[j];
            if (b->ev.type == NSV_EV_SIGNING)
                passed++;
            if (b->dropped || b->ev.type != NSV_EV_SIGNING || b->ev.modality != a->ev.modality ||
                !b->ev.document_title)
                continue;
            const char *ta = a->ev.document_title, *tb = b->ev.document_title;
            int rel = title_relation(ta, tb), swap = 0;
            if (rel < 0) {
                rel = title_relation(tb, ta);
                swap = 1;
            }
            if (rel < 0)
                continue;
            const char *longer = swap ? ta : tb, *shorter = swap ? tb : ta;
            int named = named_document(longer);
            /* a bare head word ("agreement") may be any agreement */
            if (rel == 1 && title_words(shorter) < 2)
                continue;
            if (rel == 2 && !named)
                continue;
            if (rel > 0 && (swap ? b : a)->indefinite)
                continue;
            int common;
            same_set(a, b, &common);
            if (!named && common != a->nents && common != b->nents)
                continue;
            merge_into(a, b);
            a->ev.document_title = longer;
        }
    }
}

/* Is entity x one of entity y's or within it (its name or country)? */
static int party_within(const doc *d, int x, int y)
{
    if (x == y)
        return 1;
    if (x < 0 || y < 0)
        return 0;
    const entity *a = &d->ents[x], *b = &d->ents[y];
    return (a->name && b->name && name_has_word(b->name, a->name)) ||
           (a->kind == NSV_KIND_COUNTRY && a->name && b->country && !strcmp(a->name, b->country));
}

/* A wire lead sums up what the body then tells in detail: "Kenya has signed
 * an agreement with British and German interests ..." then "Kenya Ports
 * Authority signed an agreement with Unimar Seetransport ...".  A signing of
 * the body's lead sentence whose every party is within the parties of a
 * later signing of the same kind of document, one of them by a fuller name
 * (the country for its body), is that signing ("has also signed" is
 * another one). */
static void merge_lead_signings(const doc *d, ev_list *l)
{
    uint32_t lead = lead_sentence(d);
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *a = &l->v[i];
        if (a->dropped || a->ev.type != NSV_EV_SIGNING || a->sent != lead || !a->nents ||
            a->ev.evidence_in_title || a->ev.modality != NSV_MOD_ACTUAL || !a->ev.document_kind)
            continue;
        for (size_t j = 0; j < l->n; j++) {
            ev_draft *b = &l->v[j];
            if (b->dropped || b->ev.type != NSV_EV_SIGNING || b->sent <= lead || b->also ||
                b->ev.modality != NSV_MOD_ACTUAL || b->nents < a->nents || !b->ev.document_kind ||
                strcmp(a->ev.document_kind, b->ev.document_kind))
                continue;
            /* every lead party in the detail, one at least by a fuller
             * name: the same parties again may have signed another one */
            int all = 1, fuller = 0;
            for (int p = 0; p < a->nents && all; p++) {
                int in = 0;
                for (int q = 0; q < b->nents && !in; q++)
                    if (party_within(d, a->ents[p], b->ents[q])) {
                        in = 1;
                        fuller |= a->ents[p] != b->ents[q];
                    }
                all = in;
            }
            if (!all || !fuller)
                continue;
            take_day_and_place(b, a);
            a->dropped = 1;
            break;
        }
    }
}

/* Letters a word of a title needs to count as content ("Ingushetia",
 * "Brigade"), and the letters two such words must share to be one word
 * ("Conferring" and "confer"). */
#define CONTENT_WORD_MIN 5
#define CONTENT_STEM 6

/* The next run of letters at or after *p (its length in *n, 0 at the
 * string's end); *p moves past it. */
static const char *next_letters(const char **p, size_t *n)
{
    const char *q = *p;
    while (*q && !isalpha((unsigned char)*q))
        q++;
    const char *w = q;
    while (isalpha((unsigned char)*q))
        q++;
    *n = (size_t)(q - w);
    *p = q;
    return w;
}

/* Does text have a content word that begins with the first stem letters
 * of w? */
static int has_stem(const char *text, const char *w, size_t stem)
{
    const char *q = text;
    while (*q) {
        size_t lv;
        const char *v = next_letters(&q, &lv);
        if (lv >= CONTENT_WORD_MIN && lv >= stem && !strncasecmp(w, v, stem))
            return 1;
    }
    return 0;
}

/* How many content words of title a (up to a bound) title b has too; the
 * words of the document's kind ("executive order") are no content. */
static int shared_title_words(const char *a, const char *b, const char *kind, int *na)
{
    int shared = 0, n = 0;
    const char *p = a;
    while (*p && n < 32) {
        size_t lw;
        const char *w = next_letters(&p, &lw);
        if (lw < CONTENT_WORD_MIN)
            continue;
        size_t stem = lw < CONTENT_STEM ? lw : CONTENT_STEM;
        if (has_stem(kind, w, stem))
            continue;
        n++;
        shared += has_stem(b, w, stem);
    }
    *na = n;
    return shared;
}

/* A release's lead names the document and the next lines tell it again in
 * words: "The President signed the Executive Order On the Early Resignation
 * of the Head of the Republic of Ingushetia." then "... the President has
 * signed an executive order to accept the resignation of Head of the
 * Republic of Ingushetia Yunus-Bek Yevkurov."  A later "a/an" signing of the
 * same kind by the same parties, close after the lead, whose title repeats
 * most of the lead's title words, is that signing ("also signed an
 * executive order", or one on other matters, stays). */
#define RESTATED_SENTS_AHEAD 3
#define RESTATED_SHARED_MIN 3
static void merge_restated_signings(const doc *d, ev_list *l)
{
    uint32_t lead = lead_sentence(d);
    if (lead == UINT32_MAX)
        return;
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *a = &l->v[i];
        if (a->dropped || a->ev.type != NSV_EV_SIGNING || a->sent != lead || !a->nents ||
            a->ev.evidence_in_title || a->ev.modality != NSV_MOD_ACTUAL || !a->ev.document_kind ||
            !a->ev.document_title)
            continue;
        for (size_t j = 0; j < l->n; j++) {
            ev_draft *b = &l->v[j];
            if (b == a || b->dropped || b->ev.type != NSV_EV_SIGNING || b->sent <= lead ||
                b->sent > lead + RESTATED_SENTS_AHEAD || !b->indefinite || b->also ||
                b->ev.modality != NSV_MOD_ACTUAL || !b->ev.document_kind || !b->ev.document_title ||
                strcmp(a->ev.document_kind, b->ev.document_kind))
                continue;
            int common;
            if (!same_set(a, b, &common))
                continue;
            int na, nb;
            const char *ta = a->ev.document_title, *tb = b->ev.document_title;
            const char *kind = a->ev.document_kind;
            int ab = shared_title_words(ta, tb, kind, &na);
            int ba = shared_title_words(tb, ta, kind, &nb);
            int shared = ab < ba ? ab : ba, fewer = na < nb ? na : nb;
            if (shared < RESTATED_SHARED_MIN || 2 * shared < fewer)
                continue;
            take_day_and_place(a, b);
            b->dropped = 1;
        }
    }
}

/* A headline that the body repeats counts once: drop a title signing when
 * the body has a signing of the same kind of document ("has also signed a
 * decree" is another one), or any signing for a headline's batch ("a
 * number of documents were signed" that the body itemises). */
static void drop_title_repeats(ev_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *t = &l->v[i];
        if (t->dropped || !t->ev.evidence_in_title || t->ev.type != NSV_EV_SIGNING)
            continue;
        for (size_t j = 0; j < l->n; j++) {
            const ev_draft *b = &l->v[j];
            if (b->dropped || b->ev.evidence_in_title || b->ev.type != NSV_EV_SIGNING || b->also)
                continue;
            if (t->ev.document_kind && b->ev.document_kind &&
                (!strcmp(t->ev.document_kind, b->ev.document_kind) ||
                 !strcmp(t->ev.document_kind, "documents"))) {
                t->dropped = 1;
                break;
            }
        }
    }
}

/* A signing by the people who met happened where they met: "X held talks
 * with Y in Baku on Friday. The two ministers signed a plan ..." */
static void signings_at_meetings(ev_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *sg = &l->v[i];
        if (sg->dropped || sg->ev.type != NSV_EV_SIGNING || sg->nents < 2 ||
            sg->ev.modality != NSV_MOD_ACTUAL)
            continue;
        for (size_t j = 0; j < l->n; j++) {
            const ev_draft *mt = &l->v[j];
            if (mt->dropped || mt->ev.type != NSV_EV_MEETING || mt->ev.modality != NSV_MOD_ACTUAL)
                continue;
            int common;
            same_set(sg, mt, &common);
            if (common < 2)
                continue;
            if (!sg->ev.location_name) {
                sg->ev.location_name = mt->ev.location_name;
                sg->ev.location_country = mt->ev.location_country;
            }
            if (sg->day < 0 && !sg->background && mt->day >= 0) {
                sg->day = mt->day;
                sg->day_kind = mt->day_kind;
            }
            break;
        }
    }
}

/* "Also signed was a federal law amending the Tax Code", "The decree was
 * signed": a law or decree with no signatory, in a release of a head of
 * state's office where they sign, is theirs (configs/lexicon/
 * office_holders.tsv gives the holder for the outlet and date).  0, or -1
 * when memory ran out. */
static int laws_of_office_holder(doc *d, ev_list *l)
{
    const lex_entry *office = NULL;
    int holder = -1, looked = 0, decree_holder = -2; /* -2: not looked up yet */
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *sg = &l->v[i];
        if (sg->dropped || sg->ev.type != NSV_EV_SIGNING || sg->nents ||
            sg->ev.modality != NSV_MOD_ACTUAL || !sg->ev.document_kind ||
            strcmp(sg->ev.document_kind, "law"))
            continue;
        if (!looked) {
            looked = 1;
            /* the holder by surname and first initial ("Joseph R. Biden" for
             * Joe Biden; "Jill Biden" is not the President) */
            office = outlet_office(d);
            const char *sp = office ? strrchr(office->canon, ' ') : NULL;
            for (size_t e = 0; sp && e < d->nents && holder < 0; e++)
                if (d->ents[e].kind == NSV_KIND_PERSON && d->ents[e].surname && d->ents[e].name &&
                    !strcmp(d->ents[e].surname, sp + 1) && d->ents[e].name[0] == office->canon[0])
                    holder = (int)e;
        }
        /* "The decree was signed.", "The Executive Order establishing the
         * awards was signed": an act only the office holder signs is theirs
         * though the item never names them (an address in the first
         * person) and reports no other signing of theirs */
        if (sg->decree && sg->signatoryless) {
            if (decree_holder == -2) {
                decree_holder = holder;
                if (holder < 0 && outlet_office_person(d, &decree_holder) < 0)
                    return -1;
            }
            ev_add_party(d, sg, decree_holder);
            continue;
        }
        if (holder < 0)
            continue;
        /* only where the holder is signing things: "The President has also
         * signed a decree ... Also signed was a law", not "the signing of
         * the Mining Law of 1872" in a readout */
        int signing_here = 0;
        for (size_t j = 0; j < l->n && !signing_here; j++) {
            const ev_draft *o = &l->v[j];
            if (o->dropped || o->ev.type != NSV_EV_SIGNING || o->sent > sg->sent ||
                o->ev.modality != NSV_MOD_ACTUAL)
                continue;
            for (int k = 0; k < o->nents && !signing_here; k++)
                signing_here = o->ents[k] == holder;
        }
        if (signing_here)
            ev_add_party(d, sg, holder);
    }
    return 0;
}

int unknown_place_name(const doc *d, const mention *x)
{
    return !x->role && !x->gender && x->entity >= 0 && d->ents[x->entity].nmentions == 1 && x->name;
}

/* Does a body's name open the outlet's name ("BBC" ~ "BBC News")? */
int same_outlet(const char *name, nsv_str source)
{
    size_t n = name ? strlen(name) : 0;
    if (!n || n > source.len || strncasecmp(name, source.ptr, n))
        return 0;
    return n == source.len || source.ptr[n] == ' ' || source.ptr[n] == '(';
}

static void speakers_place(const doc *d, const char **name, const char **country);

/* How many tokens of a body's opening date phrase pass before its comma. */
#define LEAD_DAY_WORDS 8

/* Is the cue at c a perfect ("has signed", "had also met": perfect_aux,
 * over one adverb)?  Its time is not the narrated day's. */
static int perfect_cue(const doc *d, uint32_t c)
{
    for (uint32_t k = c, n = 0; k > 0 && n < 2; k--, n++) {
        if (perfect_aux(&d->toks[k - 1]))
            return 1;
        if (!(d->toks[k - 1].word_bits & W_ADVERB))
            return 0;
    }
    return 0;
}

/* "Readout of the Inaugural Meeting of X" over "Yesterday, A and B attended
 * ...", "... Meeting with Y" over "On Wednesday, officials convened ...":
 * the day that opens the body's first sentence ("Yesterday,", "On
 * Wednesday,", "On October 13,"), set off by its comma, is the day of the
 * event the headline names.  -1 when the body opens otherwise, or with a
 * day after the item's.  *past is set when it opens with a time that gives
 * no day ("Last week,", "Earlier this month,": words.tsv background).
 * *lead is the lead's sentence, or UINT32_MAX.  Read once per item:
 * lead_opening_day. */
static day_t lead_opening_scan(const doc *d, int *past, uint32_t *lead)
{
    *past = 0;
    *lead = UINT32_MAX;
    if (d->published < 0)
        return -1;
    size_t body = body_offset(d);
    uint32_t t = 0;
    while (t < d->ntoks && d->toks[t].start < body)
        t++;
    if (t >= d->ntoks || (d->toks[t].flags & T_IN_QUOTE))
        return -1;
    const sentence *s = &d->sents[d->toks[t].sent];
    if (body_tok(d, s->tok_start, s->tok_end) != t)
        return -1;
    *lead = d->toks[t].sent;
    uint32_t end = s->tok_end < t + LEAD_DAY_WORDS ? s->tok_end : t + LEAD_DAY_WORDS;
    uint32_t k = date_phrase_end(d, t, end);
    if (k == t) {
        /* "Yesterday,", "Last night," (words.tsv relday); "Last week,"
         * (background) */
        unsigned wn = 1;
        const lex_entry *w = tok_lex(d, t, LEX_WORD, &wn);
        if (!w || !(w->bits & (W_RELDAY | W_BACKGROUND)))
            return -1;
        k = t + wn;
        /* ("This week Domestic Policy Advisor X hosted": a phrase of two
         * words or more needs no comma; not "Last Tuesday") */
        if (w->bits & W_BACKGROUND) {
            *past = (k < end && is_char(d, k, ',')) || wn > 1;
            return -1;
        }
    }
    if (k >= end || !is_char(d, k, ','))
        return -1;
    /* "On Tuesday, May 31,": the month's day is the date, not the weekday
     * (which would resolve to the last one before the item's day) */
    uint32_t from = t;
    for (uint32_t m = t; m < k; m++)
        if (d->toks[m].word_bits & W_MONTH) {
            from = m > t && (d->toks[m - 1].flags & T_NUM) ? m - 1 : m;
            break;
        }
    int background = 0;
    day_t day = sentence_date(d, from, k, &background);
    return background || day < 0 || day > d->published ? -1 : day;
}

/* lead_opening_scan, looked for once per item: the headline merges ask
 * per pair of meetings (headline_time), finish_events per headline event. */
static day_t lead_opening_day(doc *d, int *past, uint32_t *lead)
{
    if (!d->lead_open_known) {
        d->lead_open_day = lead_opening_scan(d, &d->lead_open_past, &d->lead_open_sent);
        d->lead_open_known = 1;
    }
    *past = d->lead_open_past;
    *lead = d->lead_open_sent;
    return d->lead_open_day;
}

static int place_at(doc *d, ev_draft *e, uint32_t t);

/* The place an "in"/"at" at token k gives, before token end: place_at
 * right after it, else after its "the" ("in the Kremlin" is a mention from
 * "the" or from its noun). */
static int place_after_prep(doc *d, ev_draft *e, uint32_t k, uint32_t end)
{
    return place_at(d, e, k + 1) ||
           (k + 2 < end && tok_is(&d->toks[k + 1], "the") && place_at(d, e, k + 2));
}

/* Per sentence, the index of the last meeting draft reported in it that a
 * bare meeting noun may point back to (one with parties), or -1: one walk
 * over the drafts, so that each such noun looks at a few sentences instead
 * of every draft.  NULL when out of memory. */
static int *meetings_by_sentence(const doc *d, const ev_list *l)
{
    int *at = arena_alloc(d->mem, (d->nsents ? d->nsents : 1) * sizeof *at);
    if (!at)
        return NULL;
    for (size_t s = 0; s < d->nsents; s++)
        at[s] = -1;
    for (size_t i = 0; i < l->n; i++) {
        const ev_draft *e = &l->v[i];
        /* a record of the bare noun itself has no parties: not it */
        if (e->ev.type == NSV_EV_MEETING && !e->dropped && e->sent < d->nsents &&
            (e->nents >= 2 || (e->open_group && e->nents == 1)))
            at[e->sent] = (int)i;
    }
    return at;
}

/* "The meeting took place at the Bor Recreation Centre", "The talks were
 * held in the Prime Minister's office", "joined by X for the meeting which
 * took place in Orlando": a bare meeting noun that points back places the
 * last meeting reported up to its sentence (two sentences back at most, or
 * the headline's when the text opens so), when that one has no place of
 * its own. */
static void placed_back(doc *d, ev_list *l)
{
    int *last_at = NULL; /* meetings_by_sentence(), made at the first noun */
    if (!(d->any_cats & (1u << LEX_MEETING)))
        return; /* no meeting noun anywhere */
    for (uint32_t t = 0; t + 4 < d->ntoks; t++) {
        /* (the cheap test first: "the" or a day opens what is read below) */
        if ((d->toks[t].flags & T_IN_QUOTE) ||
            !((d->toks[t].word_bits & W_RELDAY) || tok_is(&d->toks[t], "the")))
            continue;
        /* "Today's meeting in Atlantic City follows ...", "The meeting in
         * the Kremlin was attended by ...": opening its sentence, the noun
         * points back with no verb between it and its place */
        uint32_t s = d->toks[t].sent, end = d->sents[s].tok_end;
        int opens = t == d->sents[s].tok_start;
        uint32_t n = t + 1;
        if (opens && (d->toks[t].word_bits & W_RELDAY) && (d->toks[t + 1].flags & T_POSS))
            n = t + 2;
        else if (!tok_is(&d->toks[t], "the"))
            continue;
        unsigned nn = 0;
        const lex_entry *noun = tok_lex(d, n, LEX_MEETING, &nn);
        if (!noun || noun->value != MEET_NOUN)
            continue;
        uint32_t k = n + nn;
        /* how many sentences back the meeting may be reported */
        uint32_t back = 2;
        if (opens && k + 1 < end && (tok_is(&d->toks[k], "in") || tok_is(&d->toks[k], "at"))) {
            back = 8; /* a subject that sums up the item's meeting */
        } else {
            if (n != t + 1)
                continue;
            if (k < end && (tok_is(&d->toks[k], "which") || tok_is(&d->toks[k], "that")))
                k++;
            if (!(k + 2 < end && held_phrase(d, k)))
                continue;
            k += 2;
            if (!(tok_is(&d->toks[k], "in") || tok_is(&d->toks[k], "at")))
                continue;
        }
        if (!last_at && !(last_at = meetings_by_sentence(d, l)))
            return;
        ev_draft *last = NULL;
        for (uint32_t b = 0; b <= back && b <= s && !last; b++)
            if (last_at[s - b] >= 0)
                last = &l->v[last_at[s - b]];
        if (!last || last->ev.location_name || last->ev.format == NSV_FORMAT_PHONE ||
            last->ev.format == NSV_FORMAT_VIDEO)
            continue;
        if (place_after_prep(d, last, k, end))
            continue;
        /* "in the Prime Minister's office in Putrajaya": the next "in"/"at"
         * of the phrase, a few words on, before any comma */
        for (uint32_t j = k + 2; j + 1 < end && j < k + 8 && !(d->toks[j].flags & T_PUNCT); j++)
            if (tok_is(&d->toks[j], "in") || tok_is(&d->toks[j], "at")) {
                place_after_prep(d, last, j, end);
                break;
            }
    }
}

/* How many records of an item sideline_places compares pairwise: an item
 * is a few dozen meetings, a crafted one may hold thousands. */
#define SIDELINE_REACH 256

/* "As part of his participation in the Munich Security Conference, X held
 * a series of meetings ... In particular, X met with Y": an in-person
 * meeting with no place of its own, of a party the item puts on the
 * sidelines of a placed gathering that same day, is held there too (not a
 * call, a past one without a day, one of another day, or one told before
 * the gathering is: "chaired a Security Council meeting ... informed it
 * about his talks on the sidelines of the Forum"). */
static void sideline_places(ev_list *l)
{
    size_t n = l->n < SIDELINE_REACH ? l->n : SIDELINE_REACH;
    for (size_t i = 0; i < n; i++) {
        ev_draft *e = &l->v[i];
        if (e->dropped || e->ev.type != NSV_EV_MEETING || e->ev.location_name ||
            e->ev.modality != NSV_MOD_ACTUAL || e->background || e->day < 0 ||
            e->ev.format == NSV_FORMAT_PHONE || e->ev.format == NSV_FORMAT_VIDEO ||
            !strcmp(e->ev.rule, "meeting.sidelines"))
            continue;
        const ev_draft *found = NULL;
        int two = 0;
        for (size_t j = 0; j < n && !two; j++) {
            const ev_draft *a = &l->v[j];
            if (j == i || a->dropped || a->ev.type != NSV_EV_MEETING || !a->ev.location_name ||
                strcmp(a->ev.rule, "meeting.sidelines") || a->ev.modality != NSV_MOD_ACTUAL ||
                a->background || a->day != e->day || a->sent > e->sent)
                continue;
            int shared = 0;
            for (int x = 0; x < a->nents && !shared; x++)
                shared = ev_has_party(e, a->ents[x]);
            if (!shared)
                continue;
            if (found && strcmp(found->ev.location_name, a->ev.location_name))
                two = 1;
            found = a;
        }
        if (found && !two) {
            e->ev.location_name = found->ev.location_name;
            e->ev.location_country = found->ev.location_country;
        }
    }
}

/* A party of the meeting that is a gathering whose name opens with a city
 * and ends with a setting noun (meeting_cues.tsv class multi: forum,
 * conference, summit): the city is the meeting's place.  A country ("Russia-
 * Africa Summit") or a body ("Shanghai Cooperation Organisation") is not. */
static void gathering_city(doc *d, ev_draft *e)
{
    for (int k = 0; k < e->nents; k++) {
        if (e->ents[k] < 0)
            continue;
        const entity *x = &d->ents[e->ents[k]];
        if (x->kind != NSV_KIND_ORGANIZATION || !x->name)
            continue;
        const char *last = strrchr(x->name, ' ');
        if (!last)
            continue;
        const lex_entry *head = lex_find_folded(d->lex, last + 1, strlen(last + 1), LEX_MEETING);
        if (!head || head->value != MEET_MULTI || head->canon)
            continue;
        /* the city: the longest of the name's first one to three words */
        const char *w = x->name;
        for (int n = 3; n >= 1; n--) {
            const char *end = w;
            for (int i = 0; i < n && end; i++)
                end = strchr(end + (i > 0), ' ');
            if (!end || end > last)
                continue;
            size_t len = (size_t)(end - w);
            char key[64];
            size_t kl = len < sizeof key ? lex_fold(w, len, key, sizeof key) : 0;
            const lex_entry *chain = kl ? lex_lookup(d->lex, key, kl) : NULL;
            const lex_entry *city = lex_find(chain, LEX_PLACE);
            if (!city)
                city = lex_find(chain, LEX_CAPITAL);
            if (city && city->canon && city->extra && strcmp(city->canon, city->extra) &&
                !lex_find(chain, LEX_COUNTRY)) {
                e->ev.location_name = city->canon;
                e->ev.location_country = city->extra;
                return;
            }
        }
    }
}

/* Which entities are news outlets (a mention of one names an
 * organizations.tsv outlet: "the paper" and "its" resolved to the Financial
 * Times are)?  One walk over the mentions, so the meeting loop asks a flag per
 * party instead of walking them all again.  NULL when out of memory. */
static unsigned char *outlet_entities(const doc *d)
{
    unsigned char *is = arena_alloc(d->mem, d->nents ? d->nents : 1);
    if (!is)
        return NULL;
    for (size_t m = 0; m < d->nments; m++) {
        int x = d->ments[m].entity;
        if (x >= 0 && (size_t)x < d->nents && !is[x] && d->ments[m].kind == M_ORG &&
            outlet_mention(d, (int)m))
            is[x] = 1;
    }
    return is;
}

/* An opening "In Moscow," / "At Novo-Ogaryovo," of sentence s before token
 * limit (the subject or the cue), also after the day: "Today in Jerusalem,
 * X met", "Yesterday, in Chicago, X convened", "On November 9, in
 * Washington, X met".  Places e there; 1 when it did. */
static int opening_place(doc *d, ev_draft *e, const sentence *s, uint32_t limit)
{
    uint32_t o = s->tok_start;
    if (o >= limit || (d->toks[o].flags & T_IN_QUOTE))
        return 0;
    unsigned dw = 0;
    const lex_entry *day = tok_lex(d, o, LEX_WORD, &dw);
    uint32_t dp = date_phrase_end(d, o, limit);
    if (day && (day->bits & W_RELDAY)) {
        o += dw;
        o += o < limit && is_char(d, o, ',');
    } else if (dp > o) {
        o = dp;
        o += o < limit && is_char(d, o, ',');
    }
    if (o + 1 < limit && (tok_is(&d->toks[o], "in") || tok_is(&d->toks[o], "at")))
        for (uint32_t k = o + 1; k < limit && k < o + 6; k++) {
            /* "At the U.S.-Africa Leaders Summit,": a compound's first
             * part names no place */
            int m = mention_at(d, k);
            if (is_char(d, k, ',') ||
                (m >= 0 && d->ments[m].tok_start == k && is_char(d, d->ments[m].tok_end, '-')))
                break;
            if (place_at(d, e, k))
                return 1;
        }
    return 0;
}

/* A headline's meeting with no place takes the place the body's lead
 * sentence gives right after one of its parties' names ("Vladimir Putin
 * received Minister President of Bavaria Markus Soeder in the Kremlin",
 * "met with X, at the White House today"; a comma, a day word or a date
 * between), else in the lead's opening before its first party ("On August
 * 23 in Sochi, X will meet"), else right after the lead's first meeting,
 * host or hold verb of the headline's modality ("X met today at the White
 * House with Y", "had a meeting in Belgrade with"), or an "at" after its
 * guests; not an "in" further on, which is mostly a topic ("discussed the
 * situation in Iraq"). */
static void lead_place(doc *d, ev_draft *e)
{
    uint32_t lead = lead_sentence(d);
    if (lead == UINT32_MAX || lead >= d->nsents)
        return;
    const sentence *s = &d->sents[lead];
    for (size_t m = mentions_before(d, s->tok_start);
         m < d->nments && d->ments[m].tok_start < s->tok_end; m++) {
        const mention *x = &d->ments[m];
        int party = 0;
        for (int p = 0; p < e->nents && !party; p++)
            party = x->entity >= 0 && e->ents[p] == x->entity;
        if (!party || x->kind != M_PERSON)
            continue;
        uint32_t k = x->tok_end;
        /* "with Taoiseach Leo Varadkar of Ireland at the White House": the
         * guest's country ends the title, the place follows it */
        if (k + 1 < s->tok_end && tok_is(&d->toks[k], "of")) {
            uint32_t c = k + 1 + (k + 2 < s->tok_end && tok_is(&d->toks[k + 1], "the"));
            unsigned nw = 0;
            if (tok_lex(d, c, LEX_COUNTRY, &nw) && c + nw < s->tok_end)
                k = c + nw;
        }
        /* a comma, a day word or a date between ("with X on October 25,
         * 2024, in Washington") */
        for (int steps = 0; k < s->tok_end && steps < 3; steps++) {
            uint32_t dp = date_phrase_end(d, k, s->tok_end);
            if (dp > k)
                k = dp;
            else if (is_char(d, k, ',') || (d->toks[k].word_bits & W_RELDAY))
                k++;
            else
                break;
        }
        if (k + 1 >= s->tok_end || !(tok_is(&d->toks[k], "in") || tok_is(&d->toks[k], "at")))
            continue;
        if (place_after_prep(d, e, k, s->tok_end))
            return;
    }
    /* "X met today at the White House with Y", "X met today in Bangkok,
     * Thailand with Y": the place right after the lead's meeting verb (a day
     * word between), once a party has been named before it; a verb of the
     * headline's own modality ("X will meet in Sochi with Y" for a planned
     * one) */
    uint32_t from = UINT32_MAX, first = UINT32_MAX;
    for (size_t m = mentions_before(d, s->tok_start);
         m < d->nments && d->ments[m].tok_start < s->tok_end && from == UINT32_MAX; m++)
        for (int p = 0; p < e->nents; p++)
            if (d->ments[m].entity >= 0 && e->ents[p] == d->ments[m].entity) {
                from = d->ments[m].tok_end;
                first = d->ments[m].tok_start;
                break;
            }
    /* "On August 23 in Sochi, the President of Russia will meet with X":
     * the lead's opening, before the first party */
    if (first != UINT32_MAX && opening_place(d, e, s, first))
        return;
    for (uint32_t t = from; t < s->tok_end && t < from + 40; t++) {
        const lex_entry *c = tok_lex(d, t, LEX_MEETING, NULL);
        if (!c || !(c->value == MEET_VERB || c->value == MEET_HOST || c->value == MEET_HOLD) ||
            clause_modality(d, t, s->tok_start) != e->ev.modality)
            continue;
        uint32_t k = t + 1;
        /* "had a meeting in Belgrade with X", "will hold talks in Sochi
         * with X": the place right after the held noun */
        for (uint32_t n = k; c->value == MEET_HOLD && n < s->tok_end && n < k + 3; n++) {
            unsigned nw = 0;
            const lex_entry *noun = tok_lex(d, n, LEX_MEETING, &nw);
            if (noun && noun->value == MEET_NOUN) {
                uint32_t p = n + nw;
                if (p + 1 < s->tok_end && (tok_is(&d->toks[p], "in") || tok_is(&d->toks[p], "at")))
                    k = p;
                break;
            }
            if ((d->toks[n].flags & (T_CAP | T_WORD)) != T_WORD)
                break;
        }
        for (int steps = 0; k < s->tok_end && steps < 2 && (d->toks[k].word_bits & W_RELDAY);
             steps++)
            k++;
        /* (a bare "held" is mostly a participle of another gathering: "the
         * summit held in Kazakhstan"; "talks were held in Sochi" is ours) */
        int right_after =
            c->value != MEET_HOLD || k > t + 1 || (t > 0 && (d->toks[t - 1].word_bits & W_BE));
        if (right_after && k + 1 < s->tok_end &&
            (tok_is(&d->toks[k], "in") || tok_is(&d->toks[k], "at"))) {
            place_after_prep(d, e, k, s->tok_end);
            return;
        }
        /* "convened X stakeholders today at the White House", "hosted A, B
         * and a delegation at the White House": an "at" place after the
         * guests, before the clause's purpose ("to discuss the situation
         * at ...") or a clause of its own; an "in" there is mostly a topic */
        for (uint32_t j = k; j + 1 < s->tok_end && j < k + 30; j++) {
            const token *u = &d->toks[j];
            if (is_char(d, j, ';') || is_char(d, j, ':') || tok_is(u, "to") ||
                (u->word_bits & W_SUBORD) || tok_lex(d, j, LEX_SPEECH, NULL))
                break;
            if (tok_is(u, "at") && place_after_prep(d, e, j, s->tok_end))
                break;
        }
        return;
    }
}

/* Does a meeting cue of format f other than a bare "spoke/talked with"
 * (meeting_cues.tsv: "talked by phone", "telephoned") stand in event e's
 * evidence? */
static int format_said(const doc *d, const ev_draft *e, unsigned f)
{
    uint32_t n = (uint32_t)d->ntoks;
    for (uint32_t t = first_tok_from(d, 0, n, e->ev.evidence_start);
         t < n && d->toks[t].end <= e->ev.evidence_end; t++) {
        const lex_entry *x = tok_lex(d, t, LEX_MEETING, NULL);
        if (x && x->bits == f && x->value != MEET_WITH)
            return 1;
    }
    return 0;
}

/* The country of person entity p's own side: its own, or for the outlet's
 * principal (a president.gov.ua item's Zelenskyy) the outlet's; NULL when
 * unknown. */
static const char *own_side(const doc *d, int p)
{
    if (p < 0 || (size_t)p >= d->nents || d->ents[p].kind != NSV_KIND_PERSON || !d->ents[p].name)
        return NULL;
    if (d->ents[p].country)
        return d->ents[p].country;
    return holder_country(outlet_office(d), d->ents[p].name);
}

/* "talked with the defenders of Ukraine", "met with the defenders of the
 * state border of Ukraine": does an unnamed group of people (words.tsv
 * unnamed: "defenders", "servicemen") govern through "of" every mention of
 * country c in the sentence of event e's cue, across up to eight lower-case
 * words? */
static int group_country_only(const doc *d, const ev_draft *e, int c)
{
    int seen = 0;
    for (size_t m = 0; m < d->nments; m++) {
        const mention *x = &d->ments[m];
        /* (the country's entity, or a mention of its name: a party may be
         * the entity a group's country was added as) */
        if (x->entity != c &&
            (x->kind != M_COUNTRY || x->entity < 0 || (size_t)x->entity >= d->nents ||
             !d->ents[x->entity].name || strcmp(d->ents[x->entity].name, d->ents[c].name)))
            continue;
        /* (in the cue's sentence) */
        if (d->toks[x->tok_start].sent != e->sent)
            continue;
        int ok = 0;
        uint32_t k = x->tok_start;
        for (int steps = 0; k > 0 && steps < 8 && !ok; steps++, k--) {
            const token *u = &d->toks[k - 1];
            if (!(u->flags & T_WORD) || (u->flags & T_CAP) || u->sent != d->toks[k].sent)
                break;
            ok = (u->word_bits & W_UNNAMED) && k < x->tok_start && tok_is(&d->toks[k], "of");
        }
        if (!ok)
            return 0;
        seen = 1;
    }
    return seen;
}

/* "families awarded the Order of Parental Glory", "presented with Order of
 * Friendship": is mention x the name of a thing after a capitalised
 * words.tsv nonname word ("Order", "Prize") and "of", no one met?  (A
 * headline writes it without "the".) */
static int decoration_mention(const doc *d, const mention *x)
{
    uint32_t k = x->tok_start;
    /* (a name a common first name opens is someone's: "Admiral Juan
     * Martinez") */
    for (uint32_t t = x->tok_start; t < x->tok_end; t++)
        if (tok_lex(d, t, LEX_GIVEN_NAME, NULL))
            return 0;
    if (k > 0 && tok_is(&d->toks[k - 1], "the"))
        k--;
    /* (not a body's head nor an office: "Executive Committee of the PLO
     * X", "Director General of Y X") */
    return k >= 2 && tok_is(&d->toks[k - 1], "of") && (d->toks[k - 2].flags & T_CAP) &&
           (d->toks[k - 2].word_bits & W_NONNAME) && !(d->toks[k - 2].word_bits & W_ORG_HEAD) &&
           !tok_lex(d, k - 2, LEX_TITLE, NULL);
}

/* Which person entities are a decoration's name, every mention of them a
 * decoration_mention?  One walk over the mentions (1: so far each one, 2:
 * one is not), so the meetings ask a flag per party.  NULL when out of
 * memory. */
static unsigned char *decoration_entities(const doc *d)
{
    unsigned char *is = arena_alloc(d->mem, d->nents ? d->nents : 1);
    if (!is)
        return NULL;
    for (size_t m = 0; m < d->nments; m++) {
        const mention *x = &d->ments[m];
        int p = x->entity;
        if (p < 0 || (size_t)p >= d->nents || is[p] == 2 || d->ents[p].kind != NSV_KIND_PERSON)
            continue;
        is[p] = decoration_mention(d, x) ? 1 : 2;
    }
    return is;
}

/* Is party c of meeting e the own country of another party, named only as
 * the country of an unnamed group he met ("President Zelenskyy talked with
 * the defenders of Ukraine": his own side, no counterpart)? */
static int own_group_country(const doc *d, const ev_draft *e, int c)
{
    if (c < 0 || (size_t)c >= d->nents || d->ents[c].kind != NSV_KIND_COUNTRY || !d->ents[c].name)
        return 0;
    int own = 0;
    for (int p = 0; p < e->nents && !own; p++) {
        const char *o = own_side(d, e->ents[p]);
        own = o && !strcmp(o, d->ents[c].name);
    }
    return own && group_country_only(d, e, c);
}

/* "hosted X in the Oval Office", "Oval Office Meeting with X": a room or
 * building read as a body (places.tsv lists it, organizations.tsv does not:
 * the Kremlin and the White House act as bodies) is where the meeting is,
 * never a party. */
static int venue_entity(const doc *d, int x)
{
    if (x < 0 || (size_t)x >= d->nents || d->ents[x].kind != NSV_KIND_ORGANIZATION ||
        !d->ents[x].name)
        return 0;
    const char *n = d->ents[x].name;
    size_t len = strlen(n);
    if (!lex_find_folded(d->lex, n, len, LEX_PLACE) || lex_find_folded(d->lex, n, len, LEX_ORG))
        return 0;
    /* (a building's or room's name, ending in a body's or venue's head
     * word: not a region or city a body stands for, "Africa", "Hong Kong") */
    int m = d->ents[x].last_mention;
    if (m < 0 || (size_t)m >= d->nments)
        return 0;
    return (d->toks[d->ments[m].tok_end - 1].word_bits & (W_ORG_HEAD | W_VENUE)) != 0;
}

nsv_code finish_events(doc *d, const nsv_item *item, ev_list *l, nsv_error *err)
{
    /* The merge compares every pair of meetings: an item of thousands of
     * them is hostile or broken, and would cost seconds.  Past twice the
     * event limit it fails now, as it would after the merge in practice. */
    size_t meetings = 0;
    for (size_t i = 0; i < l->n; i++)
        meetings += l->v[i].ev.type == NSV_EV_MEETING && !l->v[i].dropped;
    if (meetings > 2 * d->limits->max_events) {
        err->code = NSV_ERR_LIMIT;
        err->offset = (size_t)-1;
        snprintf(err->message, sizeof err->message,
                 "more than %zu meetings to compare in one item (the limit is %zu events)",
                 2 * d->limits->max_events, d->limits->max_events);
        return NSV_ERR_LIMIT;
    }
    /* a decoration's name read as a person ("the Order of Parental
     * Glory") is no party: gone before the merges, so the headline's
     * meeting with the families fits the body's */
    unsigned char *decoration = NULL;
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *e = &l->v[i];
        if (e->dropped || e->ev.type != NSV_EV_MEETING)
            continue;
        if (!decoration && !(decoration = decoration_entities(d)))
            goto nomem;
        int n = 0;
        for (int p = 0; p < e->nents; p++)
            if (e->ents[p] < 0 || (size_t)e->ents[p] >= d->nents || decoration[e->ents[p]] != 1)
                e->ents[n++] = e->ents[p];
        if (n == 1 && n < e->nents)
            e->open_group = 1;
        if (n >= 1)
            e->nents = n;
    }
    title_chain_guest(d, l);
    /* a merge grows a record's parties, so one it passed over before may
     * now match it ("talks with both countries' delegations, President X"
     * joins the talks only once "the Russian-Kyrgyz summit" merged in);
     * a few passes reach the fixed point, the bound keeps it linear */
    for (size_t pass = 0; pass < MERGE_PASSES_MAX && merge_meetings(d, l); pass++)
        ;
    drop_host_only_repeats(d, l);
    drop_title_meetings(d, l);
    planned_headline(d, l);
    merge_planned_repeats(d, l);
    merge_back_references(d, l);
    merge_lead_stubs(d, l);
    drop_title_stubs(d, l);
    merge_signings(l);
    merge_lead_signings(d, l);
    merge_restated_signings(d, l);
    drop_title_repeats(l);
    if (laws_of_office_holder(d, l) < 0)
        return out_of_memory(d->limits, err);
    signings_at_meetings(l);
    placed_back(d, l);
    /* "here in <city>", "Welcome to the Kremlin": looked for once, when a
     * meeting first could take it */
    const char *here = NULL, *here_country = NULL;
    int here_known = 0;
    /* outlet flags per entity: computed when a meeting first needs them */
    unsigned char *outlet = NULL;
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *e = &l->v[i];
        if (e->dropped)
            continue;
        /* a meeting named only as a topic, with no day or place of its own
         * ("discussed the results of the Russia-EU summit"): no event */
        if (e->ev.type == NSV_EV_MEETING && e->topic && e->day < 0 && !e->ev.location_name) {
            e->dropped = 1;
            continue;
        }
        /* a news outlet is no party (GUIDE: meeting journalists is no
         * meeting): "held discussions with MCI, Reuters quoted sources as
         * saying" read the outlet into the list, "its talks" near "The paper
         * said" read it as the talker */
        if (e->ev.type == NSV_EV_MEETING) {
            if (!outlet && !(outlet = outlet_entities(d)))
                goto nomem;
            int n = 0, venues = 0, own_group = 0;
            for (int p = 0; p < e->nents; p++) {
                if (e->ents[p] >= 0 && (size_t)e->ents[p] < d->nents && outlet[e->ents[p]])
                    continue;
                if (venue_entity(d, e->ents[p])) {
                    venues++;
                    continue;
                }
                if (own_group_country(d, e, e->ents[p])) {
                    own_group++;
                    continue;
                }
                e->ents[n++] = e->ents[p];
            }
            /* the group one party met may have been the outlet itself */
            if (n + venues + own_group < e->nents && n < 2) {
                e->dropped = 1;
                continue;
            }
            e->nents = n;
            /* "hosted the leadership of X in the Oval Office": the party
             * left met those the venue stood in for */
            if (venues && n == 1)
                e->open_group = 1;
            /* the party left met his own side's group: an unnamed group,
             * met where he was ("talked with the defenders of Ukraine" on a
             * visit is no call, unless a cue said phone or video) */
            if (own_group && n == 1) {
                e->open_group = 1;
                if (e->ev.format == NSV_FORMAT_PHONE && !format_said(d, e, NSV_FORMAT_PHONE))
                    e->ev.format = NSV_FORMAT_IN_PERSON;
            }
        }
        /* a meeting needs two parties, or one that met an unnamed group */
        if (e->ev.type == NSV_EV_MEETING && e->nents < 2 && !(e->open_group && e->nents == 1)) {
            e->dropped = 1;
            continue;
        }
        /* "convened a virtual meeting with Caribbean leaders": the one
         * named party met a group its region or people names; the group is
         * the other party (no roster or other side named it) */
        if (e->ev.type == NSV_EV_MEETING && e->open_group && e->nents == 1 && e->group_ent1)
            ev_add_party(d, e, e->group_ent1 - 1);
        /* a call or video link joins two places and is held in neither:
         * "spoke by telephone with X on the situation in Syria" is no
         * meeting in Syria (GUIDE: where the text places the event; the
         * labelled sets place no call) */
        if (e->ev.type == NSV_EV_MEETING &&
            (e->ev.format == NSV_FORMAT_PHONE || e->ev.format == NSV_FORMAT_VIDEO)) {
            e->ev.location_name = NULL;
            e->ev.location_country = NULL;
            e->visit_place = NULL;
        }
        /* "Meeting with Minister President of Bavaria Markus Soeder" over
         * "Vladimir Putin received ... Markus Soeder in the Kremlin" */
        if (!e->ev.location_name && e->ev.type == NSV_EV_MEETING && e->ev.evidence_in_title &&
            (e->ev.modality == NSV_MOD_ACTUAL || e->ev.modality == NSV_MOD_PLANNED) &&
            e->ev.format != NSV_FORMAT_PHONE && e->ev.format != NSV_FORMAT_VIDEO) {
            lead_place(d, e);
            if (lead_visit_place(d, e) < 0)
                return out_of_memory(d->limits, err);
        }
        if (!e->ev.location_name && e->ev.type == NSV_EV_MEETING &&
            e->ev.modality == NSV_MOD_ACTUAL && e->ev.format != NSV_FORMAT_PHONE &&
            e->ev.format != NSV_FORMAT_VIDEO && !e->ev.evidence_in_title &&
            prev_visit_place(d, e) < 0)
            return out_of_memory(d->limits, err);
        /* "X, who is on a visit to Y": the visit's place when no other */
        /* a visited country yields to the city the speakers are in
         * ("here in Moscow"), below; a visited city does not */
        int visit_country_only =
            e->visit_place && e->visit_country && !strcmp(e->visit_place, e->visit_country);
        if (!e->ev.location_name && e->visit_place && !visit_country_only) {
            e->ev.location_name = e->visit_place;
            e->ev.location_country = e->visit_country;
        }
        /* "the St Petersburg International Economic Forum", "the Munich
         * Security Conference": a gathering named after its city meets
         * there, and so do the talks on its sidelines */
        if (!e->ev.location_name && e->ev.type == NSV_EV_MEETING)
            gathering_city(d, e);
        /* "It is a pleasure to receive you here in Hangzhou": the city the
         * speakers are at is the place of the item's lead in-person meeting
         * (in paragraph 0, the headline's if any, or 1; not of meetings the
         * text recalls further down) */
        if (!e->ev.location_name && e->ev.type == NSV_EV_MEETING && !e->background &&
            e->ev.modality == NSV_MOD_ACTUAL && e->ev.format != NSV_FORMAT_PHONE &&
            e->ev.format != NSV_FORMAT_VIDEO && (e->day < 0 || e->day == d->published) &&
            d->sents[e->sent].para <= 1) {
            if (!here_known) {
                speakers_place(d, &here, &here_country);
                here_known = 1;
            }
            if (here) {
                e->ev.location_name = here;
                e->ev.location_country = here_country;
            }
        }
        if (!e->ev.location_name && visit_country_only) {
            e->ev.location_name = e->visit_place;
            e->ev.location_country = e->visit_country;
        }
        /* a headline's event with no day of its own: the day the body
         * opens with, which reports it */
        if (e->day < 0 && !e->background && e->ev.type != NSV_EV_STATEMENT &&
            e->ev.modality == NSV_MOD_ACTUAL) {
            /* (the day the body opens with: lead_opening_day) */
            int lead_past = 0;
            uint32_t lead_sent = UINT32_MAX;
            day_t lead_day = lead_opening_day(d, &lead_past, &lead_sent);
            /* and so is an event a later sentence of its paragraph
             * narrates with no time of its own ("On May 18, X met Y. He
             * was briefed by Z"; not "he has signed", of another time) */
            if (e->ev.evidence_in_title ||
                (lead_sent != UINT32_MAX && e->sent > lead_sent && e->sent < d->nsents &&
                 d->sents[e->sent].para == d->sents[lead_sent].para &&
                 !perfect_cue(d, e->cue_tok))) {
                e->day = lead_day;
                e->background = lead_past;
            }
        }
        /* date: the sentence's own, else the published day for an event the
         * text reports as current, never for background */
        if (e->day < 0 && !e->background && d->published >= 0 && e->ev.type != NSV_EV_STATEMENT &&
            e->ev.modality == NSV_MOD_ACTUAL)
            e->day = d->published;
        if (e->day >= 0 && d->published >= 0 && e->day > d->published &&
            e->ev.modality == NSV_MOD_ACTUAL && !past_cue(d, e->cue_tok))
            e->ev.modality = NSV_MOD_PLANNED;
        /* "will meet ... on Friday", "On February 14 ... will hold talks":
         * a planned event's weekday or yearless day is the coming one, not
         * the last (its modality is only final here) */
        if (e->ev.modality == NSV_MOD_PLANNED)
            e->day = planned_day(d, e->day, e->day_kind);
        /* the outlet's own voice is never a speaker: its correspondents, or
         * the outlet itself ("BBC Scotland's correspondent X said"); another
         * outlet's journalist speaks ("Sunday Telegraph journalist X") */
        if (e->ev.type == NSV_EV_STATEMENT && e->ev.speaker.name &&
            ((e->ev.speaker.role && !strcmp(e->ev.speaker.role, "Correspondent") &&
              !(e->speaker_ent >= 0 && d->ents[e->speaker_ent].other_outlet)) ||
             (e->ev.speaker.kind == NSV_KIND_ORGANIZATION && item->source.ptr &&
              same_outlet(e->ev.speaker.name, item->source)))) {
            e->dropped = 1;
            continue;
        }
        if (e->ev.type == NSV_EV_STATEMENT && e->content_end <= e->content_start) {
            /* no content apart from the speaker: the sentence says what was said */
            e->content_start = d->sents[e->sent].start;
            e->content_end = d->sents[e->sent].end;
        }
        /* a span of days ("met on May 10-11") dates no single day */
        if (e->day >= 0 && !(e->day_kind & DAY_RANGE)) {
            int y, m, dd;
            civil_from_days(e->day, &y, &m, &dd);
            snprintf(e->ev.date, sizeof e->ev.date, "%04d-%02d-%02d", y, m, dd);
        }
        nsv_party *parts = e->nents ? arena_alloc(d->mem, (size_t)e->nents * sizeof *parts) : NULL;
        if (e->nents && !parts)
            goto nomem;
        for (int k = 0; k < e->nents; k++)
            party_from_entity(d, e->ents[k], &parts[k]);
        e->ev.participants = parts;
        e->ev.n_participants = (size_t)e->nents;
        kept++;
    }
    sideline_places(l);
    if (kept > d->limits->max_events) {
        err->code = NSV_ERR_LIMIT;
        err->offset = (size_t)-1;
        snprintf(err->message, sizeof err->message, "more than %zu events in one item",
                 d->limits->max_events);
        return NSV_ERR_LIMIT;
    }
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *e = &l->v[i];
        if (!e->dropped && e->ev.type == NSV_EV_STATEMENT &&
            !(e->ev.quote = arena_strndup(d->mem, d->text + e->content_start,
                                          e->content_end - e->content_start)))
            goto nomem;
    }
    /* ids: UUIDv5 over item, type, evidence and parties.  Two events with
     * one id say the same thing about the same words: keep the first, so ids
     * stay unique within an item (downstream deduplicates on them). */
    for (size_t i = 0; i < l->n; i++) {
        ev_draft *e = &l->v[i];
        if (e->dropped)
            continue;
        event_id(item, &e->ev, e->ev.event_id);
        for (size_t j = 0; j < i; j++)
            if (!l->v[j].dropped && !strcmp(l->v[j].ev.event_id, e->ev.event_id)) {
                e->dropped = 1;
                break;
            }
    }
    return NSV_OK;
nomem:
    return out_of_memory(d->limits, err);
}

/* ---------------------------------------------------------------- */
/* Finding parties around a cue                                      */

int party_mention(const doc *d, int m)
{
    if (m < 0)
        return 0;
    const mention *x = &d->ments[m];
    if (d->toks[x->tok_start].flags & T_IN_QUOTE)
        return 0;
    switch (x->kind) {
    case M_PERSON:
    case M_ORG:
    case M_COUNTRY: return x->entity >= 0;
    case M_PRONOUN:
    case M_DESC: return x->entity >= 0 && !(x->pronoun_bits & W_PRONOUN_PL);
    case M_GROUP_DESC: return x->n_members >= 2;
    default: return 0;
    }
}

uint32_t skip_name_suffix(const doc *d, uint32_t j, uint32_t from)
{
    uint32_t k = j;
    if (k > from && is_char(d, k - 1, '.'))
        k--;
    if (k > from && (d->toks[k - 1].word_bits & W_SUFFIX) && mention_at(d, k - 1) < 0) {
        k--;
        if (k > from && is_char(d, k - 1, ','))
            k--;
        return k > from ? k : j;
    }
    return j;
}

uint32_t past_name_suffix(const doc *d, uint32_t a, uint32_t end)
{
    uint32_t k = a + (a + 1 < end && is_char(d, a, ','));
    if (k >= end || !(d->toks[k].word_bits & W_SUFFIX))
        return a;
    k++;
    return k < end && is_char(d, k, '.') ? k + 1 : k;
}

/* j, or the "(" of a short parenthesis ending right before j: an acronym,
 * gloss or party label after a name ("The Asian Development Bank (ADB)
 * said", "Patrick Leahy (D-Vt.) said"). */
static uint32_t skip_paren(const doc *d, uint32_t j, uint32_t from)
{
    if (j <= from + 2 || !is_char(d, j - 1, ')'))
        return j;
    for (uint32_t k = j - 1; k > from + 1 && k + 7 > j; k--) {
        const token *q = &d->toks[k - 1];
        if (is_char(d, k - 1, '('))
            return k - 1 > from ? k - 1 : j;
        if (!(q->flags & T_WORD) && !is_char(d, k - 1, '-') && !is_char(d, k - 1, '.'))
            return j;
    }
    return j;
}

/* skip_paren's mirror: j at a short parenthesis after a name ("the
 * Russian Academy of Sciences (RAS) and ..."), j moved past its ")", else
 * j. */
static uint32_t skip_paren_ahead(const doc *d, uint32_t j, uint32_t to)
{
    if (j + 2 >= to || !is_char(d, j, '('))
        return j;
    for (uint32_t k = j + 1; k < to && k < j + 7; k++) {
        if (is_char(d, k, ')'))
            return k > j + 1 ? k + 1 : j;
        if (!(d->toks[k].flags & T_WORD) && !is_char(d, k, '-') && !is_char(d, k, '.'))
            return j;
    }
    return j;
}

/* A name in angle brackets ("<Gull Air Inc> said", the wire's mark for a
 * company with no ticker) or a ticker after a name ("Instrumentarium Oy
 * <INMR.HE> said"): j moved to the end of the name, else j. */
static uint32_t skip_angle(const doc *d, uint32_t j, uint32_t from)
{
    if (j <= from + 2 || !is_char(d, j - 1, '>'))
        return j;
    /* "Exxon Corp <XON>": the body's mention took its ticker already */
    int whole = mention_at(d, j - 1);
    if (whole >= 0 && d->ments[whole].tok_end == j)
        return j;
    int m = mention_at(d, j - 2);
    if (m >= 0 && d->ments[m].tok_end == j - 1 && d->ments[m].tok_start > from &&
        is_char(d, d->ments[m].tok_start - 1, '<')) {
        /* "Telefon AB L.M. Ericsson <ERIC ST>": upper-case codes right
         * after a named body are its ticker, not a name of their own */
        uint32_t lt = d->ments[m].tok_start - 1;
        int codes = 1;
        for (uint32_t k = d->ments[m].tok_start; k < d->ments[m].tok_end; k++)
            codes &= (d->toks[k].flags & T_ALLCAPS) != 0;
        int before = lt > from ? mention_at(d, lt - 1) : -1;
        if (!(codes && before >= 0 && d->ments[before].tok_end == lt))
            return j - 1;
        return lt;
    }
    for (uint32_t k = j - 1; k > from + 1 && k + 6 > j; k--)
        if (is_char(d, k - 1, '<'))
            return k - 1;
    return j;
}

/* Are tokens [o, e) "of [the] <country>", the whole country ending right
 * at e ("of Morocco", "of the United States"; not "of the United" before a
 * cue read into "States")? */
static int of_country_tail(const doc *d, uint32_t o, uint32_t e)
{
    if (!tok_is(&d->toks[o], "of"))
        return 0;
    uint32_t c = o + 1;
    if (c < e && tok_is(&d->toks[c], "the"))
        c++;
    unsigned nw = 0;
    return c < e && tok_lex(d, c, LEX_COUNTRY, &nw) && c + nw == e;
}

/* The token after a person's own "of <country>" at token k ("X of Romania";
 * a country the mention finder read as a place counts, one it did not read
 * is folded into the name), or k when none follows. */
uint32_t of_country_end(const doc *d, uint32_t k, uint32_t end)
{
    if (k + 1 >= end || !tok_is(&d->toks[k], "of"))
        return k;
    int c = mention_at(d, k + 1);
    unsigned nw = 0;
    if (c >= 0 && d->ments[c].tok_start == k + 1 &&
        (d->ments[c].kind == M_COUNTRY || d->ments[c].kind == M_PLACE))
        return d->ments[c].tok_end;
    /* "of the Netherlands": the country's mention after its article */
    int a = c < 0 && k + 2 < end && tok_is(&d->toks[k + 1], "the") ? mention_at(d, k + 2) : -1;
    if (a >= 0 && d->ments[a].tok_start == k + 2 &&
        (d->ments[a].kind == M_COUNTRY || d->ments[a].kind == M_PLACE) &&
        d->ments[a].tok_end <= end)
        return d->ments[a].tok_end;
    /* "of the Republic of Korea": a country the person's name took, after
     * its article */
    uint32_t q = k + 1;
    if (c < 0 && q + 1 < end && tok_is(&d->toks[q], "the") && mention_at(d, q + 1) < 0)
        q++;
    if (c < 0 && tok_lex(d, q, LEX_COUNTRY, &nw) && q + nw <= end)
        return q + nw;
    return k;
}

/* j, or the end of the person's name when tokens [.., j) are an "of
 * <country>" tail the name took ("King Hassan of Morocco said"): the
 * person is the party, not the country. */
static uint32_t skip_of_country(const doc *d, uint32_t j, uint32_t from)
{
    for (uint32_t k = j - 1; k > from && k + 5 > j; k--) {
        if (!tok_is(&d->toks[k], "of"))
            continue;
        int m = mention_at(d, k - 1);
        if (m < 0 || d->ments[m].tok_end != k || d->ments[m].kind != M_PERSON ||
            !d->ments[m].country || !of_country_tail(d, k, j))
            return j;
        return mention_at(d, j - 1) < 0 ? k : j;
    }
    return j;
}

/* The mention ending right before token t, skipping adverbs, auxiliaries,
 * negation and an appositive between commas ("Turkey, which occupies
 * northern Cyprus, had previously insisted").  -1 when none. */
/* The start of a time phrase of two or more words ("last week", "in
 * recent days", "earlier this month") ending right before j, or j. */
static uint32_t time_phrase_start(const doc *d, uint32_t j, uint32_t from)
{
    for (uint32_t k = j >= from + 2 ? j - 2 : from; k + 4 >= j && k >= from; k--) {
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, k, LEX_WORD, &nw);
        if (w && nw >= 2 && k + nw == j && (w->bits & W_BACKGROUND))
            return k;
        if (k == from)
            break;
    }
    return j;
}

static int party_left_at(const doc *d, uint32_t t, uint32_t from, int paren_appos);

int party_left(const doc *d, uint32_t t, uint32_t from)
{
    return party_left_at(d, t, from, 0);
}

int has_given_name(const doc *d, int m)
{
    /* (the first name after a title: "aviation analyst Mike Powell") */
    for (uint32_t t = d->ments[m].tok_start; t + 1 < d->ments[m].tok_end; t++)
        if ((d->toks[t].flags & T_CAP) && tok_lex(d, t, LEX_GIVEN_NAME, NULL))
            return 1;
    return 0;
}

/* Is mention p a person, and (unless `b` is a known body) one with a
 * first name ("Sergei Lavrov of Russia", not "the Bank of Russia")? */
static int named_person(const doc *d, int p, const mention *b)
{
    const mention *x = &d->ments[p];
    if (x->kind != M_PERSON)
        return 0;
    if (b->kind == M_ORG || has_given_name(d, p))
        return 1;
    /* "Bruce Lazier of Prescott Ball and Turben said": two names the
     * lexicon does not know, read alike as people; the wire's "Name Surname
     * of Firm" makes the first the person (two plain capitalised words, no
     * title, no company word) */
    if (b->kind != M_PERSON || x->role || x->tok_end != x->tok_start + 2)
        return 0;
    for (uint32_t t = x->tok_start; t < x->tok_end; t++) {
        const token *w = &d->toks[t];
        if (!(w->flags & T_WORD) || !(w->flags & T_CAP) || (w->flags & (T_ALLCAPS | T_POSS)) ||
            (w->word_bits & (W_COMPANY | W_FIRM_TAIL | W_ORG_HEAD | W_FIRM)))
            return 0;
    }
    return 1;
}

/* "Gary Nathan of Wells Fargo said", "Sergei Lavrov of Russia said", "Matt
 * Williams, a fund manager at Perpetual Trustees said": the person named
 * before the body or country speaks, not it.  The person mention, or -1. */
static int person_of_body(const doc *d, int org, uint32_t from)
{
    uint32_t k = d->ments[org].tok_start;
    if (k < from + 2)
        return -1;
    /* a body, or a name read as a person that has no first name ("Wells
     * Fargo") after one that has ("Gary Nathan") */
    const mention *b = &d->ments[org];
    /* (a place too: "Robert Byrd of West Virginia told reporters") */
    int bodylike = b->kind == M_ORG || b->kind == M_COUNTRY || b->kind == M_PLACE ||
                   (b->kind == M_PERSON && !tok_lex(d, b->tok_start, LEX_GIVEN_NAME, NULL));
    if (!bodylike)
        return -1;
    /* "John Smith of Ball and Turben said": the firm's name goes on back
     * past "and" to the preposition */
    if (k > from + 3 && (tok_is(&d->toks[k - 1], "and") || is_char(d, k - 1, '&'))) {
        uint32_t j = k - 1;
        while (j > from + 2 && j + 4 > k && (d->toks[j - 1].flags & T_CAP) &&
               (d->toks[j - 1].flags & T_WORD))
            j--;
        int pp = j < k - 1 && (tok_is(&d->toks[j - 1], "of") || tok_is(&d->toks[j - 1], "at"))
                     ? mention_at(d, j - 2)
                     : -1;
        /* (a name after an article is a body's: "the United Steelworkers
         * of America and LTV") */
        if (pp >= 0 && d->ments[pp].tok_end == j - 1 && d->ments[pp].kind == M_PERSON &&
            d->ments[pp].tok_end - d->ments[pp].tok_start >= 2 &&
            !(d->ments[pp].tok_start > from &&
              (d->toks[d->ments[pp].tok_start - 1].word_bits & W_DET)) &&
            party_mention(d, pp))
            return pp;
    }
    /* "Mayor Melvin Carter of St. Paul, Minnesota outlined": a town the
     * lexicon does not know (up to three capitalised words), a comma and
     * its state; the person before "of" speaks */
    if (b->kind == M_PLACE && k > from + 3 && is_char(d, k - 1, ',')) {
        uint32_t c = k - 1;
        while (c > from + 2 && c + 5 > k &&
               (((d->toks[c - 1].flags & T_WORD) && (d->toks[c - 1].flags & T_CAP)) ||
                is_char(d, c - 1, '.')))
            c--;
        if (c < k - 1 && (d->toks[c].flags & T_CAP) && tok_is(&d->toks[c - 1], "of")) {
            int p = mention_at(d, c - 2);
            /* (a titled name is a person's: "Mayor Purzycki") */
            return p >= 0 && d->ments[p].tok_end == c - 1 &&
                           (named_person(d, p, b) ||
                            (d->ments[p].kind == M_PERSON && d->ments[p].role))
                       ? p
                       : -1;
        }
    }
    /* "Peter Saunders of the CMF said", "Eric Schnaible of the PCO told":
     * an article may stand between the preposition and the body */
    if (tok_is(&d->toks[k - 1], "the") && k >= from + 3 && b->kind != M_COUNTRY)
        k--;
    const token *prep = &d->toks[k - 1];
    if (!tok_is(prep, "of") && !tok_is(prep, "at") && !tok_is(prep, "with") &&
        !tok_is(prep, "from"))
        return -1;
    int p = mention_at(d, k - 2);
    if (p >= 0 && d->ments[p].tok_end == k - 1 && named_person(d, p, b))
        return p;
    /* ", a fund manager at": a short lower-case description after a comma */
    for (uint32_t j = k - 1; j-- > from && k - 1 - j <= 5;) {
        const token *q = &d->toks[j];
        if (is_char(d, j, ',')) {
            if (j + 1 >= k - 1 || !(d->toks[j + 1].word_bits & W_DET) || j == from)
                return -1;
            p = mention_at(d, j - 1);
            return p >= 0 && d->ments[p].tok_end == j && named_person(d, p, b) ? p : -1;
        }
        if (!(q->flags & T_WORD) || ((q->flags & T_CAP) && j + 1 < k - 1))
            return -1;
    }
    return -1;
}

/* "Data coming out of Germany underlined", "Shops all over the UK
 * reported", "the recent experience of Wales indicated": a country or
 * place after a preposition that hangs on a lower-case common noun is
 * part of that noun's phrase, and the noun, an unnamed thing, is the
 * subject; the country does not speak.  ("the government of X",
 * "representatives of X", "officials in X", "the prime minister of X" and
 * "a spokesman for X" speak for it, and "by" or "from" X names its
 * source.) */
static int country_in_phrase(const doc *d, int m, uint32_t from)
{
    const mention *x = &d->ments[m];
    if (x->kind != M_COUNTRY && x->kind != M_PLACE)
        return 0;
    uint32_t a = x->tok_start;
    if (a > from && tok_is(&d->toks[a - 1], "the"))
        a--;
    if (a < from + 2)
        return 0;
    const token *p = &d->toks[a - 1];
    /* (not a clause's opener: "after Turkey said") */
    if (!(p->word_bits & (W_PREP | W_PLACE_PREP)) || (p->word_bits & (W_SUBORD | W_BESIDE)) ||
        tok_is(p, "by") || tok_is(p, "from") || (p->flags & T_CAP))
        return 0;
    const token *h = &d->toks[a - 2];
    return (h->flags & T_WORD) && !(h->flags & (T_CAP | T_IN_QUOTE)) &&
           !(h->word_bits & (W_UNNAMED | W_GROUP | W_SIDE_GROUP | W_POLITY | W_PUBLIC_BODY |
                             W_ORG_HEAD | W_PEOPLE | W_STATES | W_AUX | W_BE)) &&
           !tok_lex(d, a - 2, LEX_TITLE, NULL) && !tok_lex(d, a - 2, LEX_SPEECH, NULL) &&
           !tok_lex(d, a - 2, LEX_BODY_NOUN, NULL);
}

/* "Bankers Trust in New York said", "a spokesman for the Albanian embassy
 * in London said": a named body "in" a country or place speaks, not the
 * place where it sits ("officials in Washington", "traders in Tokyo" are
 * no named body: no mention before "in").  The body's mention, or -1. */
static int body_in_place(const doc *d, int m, uint32_t from)
{
    const mention *x = &d->ments[m];
    if (x->kind != M_COUNTRY && x->kind != M_PLACE)
        return -1;
    uint32_t a = x->tok_start;
    if (a > from && tok_is(&d->toks[a - 1], "the"))
        a--;
    if (a < from + 2 || !tok_is(&d->toks[a - 1], "in"))
        return -1;
    uint32_t e = skip_angle(d, a - 1, from);
    int n = mention_at(d, e - 1);
    /* (or a firm's name read as a person's: no title, no given name) */
    const mention *y = n >= 0 ? &d->ments[n] : NULL;
    int firm =
        y && (y->kind == M_ORG || (y->kind == M_PERSON && !y->role && !has_given_name(d, n) &&
                                   !tok_lex(d, y->tok_start, LEX_GIVEN_NAME, NULL)));
    if (!firm || d->ments[n].tok_end != e || d->ments[n].entity < 0 ||
        (d->toks[d->ments[n].tok_start].flags & T_IN_QUOTE) || !party_mention(d, n))
        return -1;
    return n;
}

/* "An economist at ABN Bank said", "A market analyst at Siam Commercial
 * Bank said": an unnamed market caller (class profession, value 1) at a
 * body gives a view of their own, no spokesperson's; the unnamed voice
 * is no speaker and the body does not speak ("Richard Jeffrey, chief
 * economist at X, said" names the person, found before). */
static int unnamed_caller_at(const doc *d, int m, uint32_t from)
{
    uint32_t a = d->ments[m].tok_start;
    if (a > from && tok_is(&d->toks[a - 1], "the"))
        a--;
    if (a < from + 3 || !(tok_is(&d->toks[a - 1], "at") || tok_is(&d->toks[a - 1], "with")))
        return 0;
    const token *c = &d->toks[a - 2];
    const lex_entry *w = tok_lex(d, a - 2, LEX_WORD, NULL);
    if (!(c->word_bits & W_PROFESSION) || (c->flags & (T_CAP | T_IN_QUOTE)) || !w || w->value != 1)
        return 0;
    /* (an indefinite article before it, up to two words between: "a
     * market analyst", "an energy economist") */
    for (uint32_t k = a - 2; k > from && k + 4 > a - 2; k--) {
        const token *p = &d->toks[k - 1];
        if (one_of_many_word(p))
            return 1;
        if (!(p->flags & T_WORD) || (p->flags & T_CAP))
            return 0;
    }
    return 0;
}

int party_left_speaker(const doc *d, uint32_t t, uint32_t from)
{
    return party_left_at(d, t, from, 1);
}

/* "extensively informed", "vigorously denied": a lower-case word in -ly
 * right before the verb is a manner adverb the lexicon need not list
 * ("family", "ally" are nouns: -ily and short words are left out).  Only
 * speakers look past it. */
int ly_adverb(const token *p)
{
    return (p->flags & T_WORD) && !(p->flags & (T_CAP | T_IN_QUOTE)) && !p->cats &&
           p->lower_len >= 6 && !strcmp(p->lower + p->lower_len - 2, "ly") &&
           p->lower[p->lower_len - 3] != 'i';
}

/* Is token k a "both" or "all" floating after a plural subject (a plural
 * pronoun, or the last of names joined by "and", auxiliaries between): "A
 * and B have both stressed", "They both condemned", "A, B and C all said";
 * not "X both wrote and helped".  party_left skips it as an adverb. */
static int quantifier_after_plural(const doc *d, uint32_t k, uint32_t from)
{
    if (!(tok_is(&d->toks[k], "both") || tok_is(&d->toks[k], "all")) || k == from)
        return 0;
    uint32_t b = k;
    while (b > from && (d->toks[b - 1].word_bits & W_AUX))
        b--;
    if (b > from && (d->toks[b - 1].word_bits & W_PRONOUN_PL))
        return 1;
    /* the last of the names joined by "and" ends right before it ("A and
     * B both", "A, B and C all") */
    int m = b > from ? mention_at(d, b - 1) : -1;
    if (m < 0 || d->ments[m].tok_end != b)
        return 0;
    uint32_t a = d->ments[m].tok_start;
    if (a > from && tok_is(&d->toks[a - 1], "the"))
        a--;
    return a > from && tok_is(&d->toks[a - 1], "and");
}

int day_opener(const doc *d, uint32_t k)
{
    return phrase_at(d, k, k + 1, PHRASE_DAY_OPENER) != 0;
}

/* Does the body or person of mention m open its clause: after the
 * sentence's start, a comma or a conjunction, past "the"? */
static int opens_its_clause(const doc *d, int m, uint32_t from)
{
    uint32_t a = d->ments[m].tok_start;
    if (a > from && (d->toks[a - 1].word_bits & W_DET) && !(d->toks[a - 1].flags & T_CAP))
        a--;
    if (a > from && (d->toks[a - 1].word_bits & W_DET))
        a--;
    return a == from || is_char(d, a - 1, ',') ||
           ((d->toks[a - 1].word_bits & (W_CONJ | W_OPENER)) && (d->toks[a - 1].flags & T_WORD));
}

/* "Crime Control, which installs, services and monitors surveillance
 * systems, said", "The partnership's agent, whose ... is X, said": a
 * relative clause (which, who, whose) too long for an appositive, or with
 * commas of its own, between the subject and its verb; the comma before
 * the verb is token c.  The subject opens its clause ("the chairman of
 * the Federation, which ..., said" names no one); the first such clause
 * within 48 tokens, no quotation or semicolon in it.  Its mention, or -1. */
static int subject_before_relative(const doc *d, uint32_t c, uint32_t from)
{
    int found = -1;
    /* (a comma inside the clause opens a list item, a place or a phrase
     * of its own, never a bare verb: "BankAmerica, which holds ... loans,
     * stands to lose ..., said Joseph Arsenio" has its verb in the middle) */
    int bare = 0;
    for (uint32_t k = c; k > from + 1 && k + 48 > c; k--) {
        const token *q = &d->toks[k - 1];
        if ((q->flags & T_QUOTE) || is_char(d, k - 1, ';'))
            break;
        if (!is_char(d, k - 1, ',') || k >= c)
            continue;
        const token *r = &d->toks[k];
        if (!tok_is(r, "which") && !tok_is(r, "who") && !tok_is(r, "whose")) {
            const token *n = k + 1 < c ? &d->toks[k + 1] : NULL;
            if ((r->flags & T_WORD) && !(r->flags & T_CAP) &&
                !(r->word_bits & (W_PREP | W_PLACE_PREP | W_CONJ | W_DET | W_SUBORD)) &&
                !(n && (is_char(d, k + 1, ',') || (n->word_bits & W_CONJ))))
                bare = 1;
            continue;
        }
        if (bare)
            break;
        uint32_t e = skip_angle(d, skip_paren(d, k - 1, from), from);
        int m = e > from ? mention_at(d, e - 1) : -1;
        if (m >= 0 && d->ments[m].tok_end == e && d->ments[m].kind != M_PRONOUN &&
            !(d->toks[d->ments[m].tok_start].flags & T_IN_QUOTE) && party_mention(d, m))
            found = opens_its_clause(d, m, from) ? m : -1;
    }
    return found;
}

static int party_left_at(const doc *d, uint32_t t, uint32_t from, int paren_appos)
{
    uint32_t j = t;
    int skipped = 0;
    while (j > from && skipped < 8) {
        const token *p = &d->toks[j - 1];
        if (j == t && paren_appos && ly_adverb(p)) {
            j--;
            skipped++;
            continue;
        }
        /* "X last week said", "X in recent days did allow that" */
        uint32_t tp = time_phrase_start(d, j, from);
        if (tp < j && tp > from) {
            j = tp;
            skipped++;
            continue;
        }
        /* "X on Saturday said", "X Friday called for", "X on March 3 said",
         * "X last Friday announced", "X in March had said"; "A and B have
         * both stressed", "They both condemned" */
        if ((p->flags & T_WORD) &&
            ((p->word_bits & (W_ADVERB | W_AUX | W_WEEKDAY | W_RELDAY)) ||
             quantifier_after_plural(d, j - 1, from) || (p->flags & T_NEG_CLITIC) ||
             tok_is(p, "not") ||
             (j < t && (d->toks[j].word_bits & (W_WEEKDAY | W_MONTH)) &&
              (d->toks[j].flags & T_CAP) && day_opener(d, j - 1)) ||
             ((p->flags & T_NUM) && j - 1 > from && (d->toks[j - 2].word_bits & W_MONTH)) ||
             ((p->word_bits & W_MONTH) && (p->flags & T_CAP) &&
              ((j < t && (d->toks[j].flags & T_NUM)) || (j - 1 > from && day_opener(d, j - 2)))))) {
            j--;
            skipped++;
            continue;
        }
        break;
    }
    if (j == from)
        return -1;
    /* "The World Bank and other independent sources have said", "He and
     * other analysts said": the one named beside an unnamed group speaks
     * (up to two words between "other" and the group's noun) */
    if (paren_appos && (d->toks[j - 1].word_bits & W_UNNAMED) &&
        !(d->toks[j - 1].flags & (T_CAP | T_IN_QUOTE))) {
        uint32_t k = j - 1;
        while (k > from && k + 3 > j - 1 && !tok_is(&d->toks[k - 1], "other") &&
               (d->toks[k - 1].flags & T_WORD) && !(d->toks[k - 1].flags & (T_CAP | T_IN_QUOTE)) &&
               !d->toks[k - 1].cats)
            k--;
        if (k > from + 2 && tok_is(&d->toks[k - 1], "other") && tok_is(&d->toks[k - 2], "and")) {
            int g = mention_at(d, k - 3);
            if (g >= 0 && d->ments[g].tok_end == k - 2 && party_mention(d, g))
                return g;
        }
    }
    /* "Joseph R. Biden, Jr. said": the name before the suffix */
    j = skip_name_suffix(d, j, from);
    uint32_t before_paren = j;
    /* "The Securities and Exchange Commission (SEC) said": a body's mention
     * that took its bracketed acronym already ends at j */
    int whole = mention_at(d, j - 1);
    if (whole < 0 || d->ments[whole].tok_end != j || !is_char(d, j - 1, ')'))
        j = skip_paren(d, j, from);
    j = skip_angle(d, j, from);
    uint32_t before_of = j;
    j = skip_of_country(d, j, from);
    int m = mention_at(d, j - 1);
    /* "President Joseph R. Biden, Jr. of the United States met": the suffix
     * stands between the name and its country */
    if (m < 0 || d->ments[m].tok_end != j) {
        int owner = country_owner(d, before_of, from);
        if (owner >= 0)
            return owner;
    }
    /* "the National Association of Automobile Manufacturers of South Africa
     * (NAAMSA) said": the acronym names a body that ends in the country */
    if (j != before_paren && m >= 0 && d->ments[m].kind == M_COUNTRY &&
        d->ments[m].tok_start > from && tok_is(&d->toks[d->ments[m].tok_start - 1], "of"))
        return -1;
    if (m >= 0 && d->ments[m].tok_end == j) {
        int who = paren_appos ? person_of_body(d, m, from) : -1;
        if (who >= 0)
            return who;
        int seat = paren_appos ? body_in_place(d, m, from) : -1;
        if (seat >= 0)
            return seat;
        if (paren_appos && (country_in_phrase(d, m, from) || unnamed_caller_at(d, m, from)))
            return -1;
        return party_mention(d, m) ? m : -1;
    }
    /* "Mr Bez - himself a former executive at rival Porsche - said": an
     * appositive between dashes (spaced, so not a hyphen) */
    if (paren_appos && j > from + 2 && spaced_hyphen_or_dash(d, j - 1)) {
        for (uint32_t k = j - 1; k > from + 1 && k + 32 > j; k--) {
            if ((d->toks[k - 1].flags & T_QUOTE) || is_char(d, k - 1, ';'))
                break;
            if (!spaced_hyphen_or_dash(d, k - 1))
                continue;
            int m2 = mention_at(d, k - 2);
            if (m2 >= 0 && d->ments[m2].tok_end == k - 1 && party_mention(d, m2))
                return m2;
            break;
        }
    }
    /* appositive: X, <up to 14 tokens>, verb */
    if (is_char(d, j - 1, ',')) {
        uint32_t k = j - 1;
        for (uint32_t steps = 0; k > from && steps < 14; steps++) {
            k--;
            const token *q = &d->toks[k];
            if (is_char(d, k, ',')) {
                uint32_t e = k > from && paren_appos ? skip_paren(d, k, from) : k;
                /* "<Nusource Investments Inc>, a publicly held shell
                 * company, said": the name inside the wire's mark */
                if (paren_appos)
                    e = skip_angle(d, e, from);
                int m2 = mention_at(d, e - 1);
                if (k > from && m2 >= 0 && d->ments[m2].tok_end == e && party_mention(d, m2))
                    return m2;
                break;
            }
            if ((q->flags & T_QUOTE) || is_char(d, k, ';'))
                break;
        }
        /* (not when a name follows the verb: '..., said Joseph Arsenio') */
        int after = t + 1 < d->ntoks ? mention_at(d, t + 1) : -1;
        int inverted =
            after >= 0 && d->ments[after].tok_start == t + 1 && d->ments[after].kind != M_PRONOUN;
        if (paren_appos && !inverted)
            return subject_before_relative(d, j - 1, from);
    }
    return -1;
}

/* "U.S. cane sugar refiners met", "Manila banking sources said": a country's
 * name (or capital) before at most three plain lower-case words that end in
 * a plural noun of people who are not its voice (traders, growers) names
 * those people, not the country (a capitalised people noun too: "U.K.
 * Bankers").  Not "U.S. officials", "U.S. delegation"
 * (its voice) nor "Japan urges firms" (a verb or other plural word first
 * ends the run). */
static int name_before_people(const doc *d, uint32_t e, uint32_t end)
{
    for (uint32_t k = e; k < end && k < e + 4; k++) {
        const token *u = &d->toks[k];
        /* "U.K. Bankers": a wire capitalises the people noun too (not
         * "U.S. Officials", the country's voice: staff_word) */
        if ((u->flags & T_CAP) && (u->flags & T_WORD) && (u->word_bits & W_PEOPLE) &&
            mention_at(d, k) < 0)
            return !staff_word(u);
        if (!(u->flags & T_WORD) || (u->flags & T_CAP) || !u->lower || mention_at(d, k) >= 0 ||
            (u->word_bits & (W_CONJ | W_PREP | W_AUX | W_BE | W_ADVERB | W_SUBORD | W_DET |
                             W_PLACE_PREP | W_POSSESSIVE | W_SIDE_GROUP | W_GROUP | W_POLITY)) ||
            tok_lex(d, k, LEX_SPEECH, NULL) || tok_lex(d, k, LEX_MEETING, NULL) ||
            tok_lex(d, k, LEX_SIGNING, NULL))
            return 0;
        if (u->word_bits & W_PEOPLE)
            return 1;
        /* "banking sources", "industry representatives": an unnamed group
         * after a noun, but never the body's own voice (officials) */
        if ((u->word_bits & W_UNNAMED) && k > e)
            return !staff_word(u);
        size_t n = strlen(u->lower);
        if (n < 3 || u->lower[n - 1] == 's' || !strcmp(u->lower + n - 2, "ed"))
            return 0;
    }
    return 0;
}

/* "the Ukrainian-Belarusian border", "the EU and U.S.-facilitated peace":
 * is country mention m an adjective before a common noun (a demonym, or
 * one side of a hyphened compound), not a party?  Not before a side or
 * people noun ("the Belarusian delegation", "Russian officials"), a meeting
 * noun ("Russian-Chinese talks") or a clause word.  A country's name is one
 * too before plain words ending in a people noun not its voice ("U.S. cane
 * sugar refiners": name_before_people). */
int modifier_country(const doc *d, int m, uint32_t end)
{
    if (d->ments[m].kind != M_COUNTRY)
        return 0;
    uint32_t b = d->ments[m].tok_start, e = d->ments[m].tok_end;
    int adjective = tok_lex(d, b, LEX_DEMONYM, NULL) && !tok_lex(d, b, LEX_COUNTRY, NULL);
    int hyphened = b > 0 && is_char(d, b - 1, '-') && !(d->toks[b - 1].flags & T_SPACE_BEFORE);
    /* "U.S.-facilitated", "Russian-backed": a lower-case word after the
     * hyphen makes the whole an adjective */
    if (e + 1 < end && is_char(d, e, '-') && !(d->toks[e].flags & T_SPACE_BEFORE) &&
        (d->toks[e + 1].flags & T_WORD) && !(d->toks[e + 1].flags & T_CAP) &&
        !(d->toks[e + 1].flags & T_SPACE_BEFORE))
        return 1;
    /* over the rest of the compound: "Ukrainian-Belarusian border" */
    for (int steps = 0; steps < 3 && e + 1 < end && is_char(d, e, '-'); steps++) {
        int q = mention_at(d, e + 1);
        if (q < 0 || d->ments[q].kind != M_COUNTRY)
            break;
        e = d->ments[q].tok_end;
        hyphened = 1;
    }
    if (!adjective && !hyphened && e < end && name_before_people(d, e, end))
        return 1;
    /* "the Astana process", "the Minsk agreements", "the London market":
     * a capital's name (which takes no article of its own, as "the
     * Republic of Korea" does) between "the" and a common noun names the
     * thing, not its country as a party; "the Geneva talks" too, a meeting
     * named by where it is held (not a verb's "-ed" form: "the Kyiv-based") */
    if (!adjective && !hyphened && b > 0 && e == b + 1 && e < end &&
        tok_is(&d->toks[b - 1], "the") && tok_lex(d, b, LEX_CAPITAL, NULL)) {
        const token *u = &d->toks[e];
        return (u->flags & T_WORD) && !(u->flags & T_CAP) && u->lower && u->lower[0] >= 'a' &&
               u->lower[0] <= 'z' && mention_at(d, e) < 0 && !(ed_ending(u) && u->lower_len > 3) &&
               !(u->word_bits &
                 (W_CONJ | W_PREP | W_AUX | W_BE | W_ADVERB | W_SUBORD | W_SIDE_GROUP | W_UNNAMED |
                  W_GROUP | W_PEOPLE | W_POLITY | W_PERSON_NOUN | W_ATTENDEE | W_PLAIN_CUE |
                  W_PLACE_PREP | W_DET)) &&
               !tok_lex(d, e, LEX_SPEECH, NULL);
    }
    if ((!adjective && !hyphened) || e >= end)
        return 0;
    const token *u = &d->toks[e];
    if (!(u->flags & T_WORD) || (u->flags & T_CAP) || !u->lower || u->lower[0] < 'a' ||
        u->lower[0] > 'z' || mention_at(d, e) >= 0)
        return 0;
    if (u->word_bits &
        (W_CONJ | W_PREP | W_AUX | W_BE | W_ADVERB | W_SUBORD | W_SIDE_GROUP | W_UNNAMED | W_GROUP |
         W_PEOPLE | W_POLITY | W_PERSON_NOUN | W_ATTENDEE | W_PLAIN_CUE | W_PLACE_PREP | W_DET))
        return 0;
    if (tok_lex(d, e, LEX_MEETING, NULL) || tok_lex(d, e, LEX_SPEECH, NULL))
        return 0;
    return 1;
}

/* The mention starting at token t (after adverbs), or -1.  Not a country
 * used as an adjective with nothing named after it: "talks with a
 * U.S.-based investors group", "met with Korean-American space experts"
 * ("said Moscow-based US lawyer X" still reads on to X). */
int party_right(const doc *d, uint32_t t, uint32_t limit)
{
    while (t < limit && (d->toks[t].word_bits & W_ADVERB))
        t++;
    if (t >= limit)
        return -1;
    int m = mention_at(d, t);
    if (m < 0 || d->ments[m].tok_start != t || !party_mention(d, m))
        return -1;
    if (modifier_country(d, m, limit)) {
        /* a mention opening within four tokens, not the next country of a
         * hyphened compound */
        uint32_t e = d->ments[m].tok_end;
        int named = 0;
        for (uint32_t k = e; k < limit && k < e + 4 && !named; k++) {
            int q = mention_at(d, k);
            named = q >= 0 && d->ments[q].tok_start == k &&
                    (k == e || !is_char(d, k - 1, '-') || d->ments[q].kind != M_COUNTRY);
        }
        if (!named)
            return -1;
    }
    return m;
}

int party_right_the(const doc *d, uint32_t t, uint32_t limit)
{
    int m = party_right(d, t, limit);
    if (m < 0 && t < limit && tok_is(&d->toks[t], "the"))
        m = party_right(d, t + 1, limit);
    return m;
}

/* Reuters marks a company with no ticker ("<Siemens A.G.>") and puts a
 * ticker after a name ("Revlon Group Inc <REV>").  After a name ending at
 * t: past its closing mark or its ticker, else t. */
static uint32_t reuters_mark_after(const doc *d, uint32_t t, uint32_t hi)
{
    if (t < hi && is_char(d, t, '>'))
        return t + 1;
    if (t + 2 < hi && is_char(d, t, '<')) {
        int codes = 1;
        for (uint32_t k = t + 1; k < hi && k < t + 6; k++) {
            if (is_char(d, k, '>'))
                return codes && k > t + 1 ? k + 1 : t;
            codes &= (d->toks[k].flags & T_ALLCAPS) || (d->toks[k].flags & T_PUNCT);
        }
    }
    return t;
}

/* Before a name starting at t: past the '<' of its mark, else t. */
uint32_t skip_reuters_open_mark(const doc *d, uint32_t t, uint32_t limit)
{
    return t + 1 < limit && is_char(d, t, '<') ? t + 1 : t;
}

/* Before token k (a name's list separator): the end of the name before
 * it, inside its mark ("<MacAndrews and Forbes Group> and") or before its
 * ticker ("Revlon Group Inc <REV> and"), else k. */
static uint32_t reuters_mark_before(const doc *d, uint32_t k, uint32_t lo)
{
    if (k < lo + 3 || !is_char(d, k - 1, '>'))
        return k;
    /* "Exxon Corp <XON>": the body's mention took its ticker already */
    int whole = mention_at(d, k - 1);
    if (whole >= 0 && d->ments[whole].tok_end == k)
        return k;
    int codes = 1;
    for (uint32_t q = k - 2; q > lo && q + 8 > k; q--) {
        if (is_char(d, q, '<'))
            return codes && q + 2 < k ? q : k - 1;
        codes &= (d->toks[q].flags & T_ALLCAPS) || (d->toks[q].flags & T_PUNCT);
    }
    return k;
}

/* "Emmanuel Macron of France", "Keir Starmer of the United Kingdom": the
 * person a country after "of" belongs to, as the party a list names.  The
 * country ends at token e (exclusive), read as a mention of its own or
 * skipped as the person's tail (mentions.c); returns the person's mention,
 * or -1. */
int country_owner(const doc *d, uint32_t e, uint32_t lo)
{
    /* "of the United States of America": the "of" nearest e may be the
     * country's own, so one that ends a country with no person before it
     * lets an earlier "of" be tried */
    for (uint32_t o = e >= 3 ? e - 2 : 0; o > lo && o + 7 > e; o--) {
        if (!tok_is(&d->toks[o], "of"))
            continue;
        if (!of_country_tail(d, o, e))
            return -1;
        /* "Joseph R. Biden, Jr. of the United States" */
        uint32_t n = skip_name_suffix(d, o, lo);
        int p = mention_at(d, n - 1);
        if (p >= 0 && d->ments[p].tok_end == n && d->ments[p].kind == M_PERSON &&
            party_mention(d, p))
            return p;
    }
    return -1;
}

/* "India's petroleum minister X", "the State Department's Acting Assistant
 * Secretary for Near Eastern Affairs X": the person a body's or country's
 * possessive (right after mention b) titles, within eight tokens of title
 * words, lower-case words and capitalised portfolio words; or -1. */
static int possessed_person(const doc *d, int b, uint32_t limit)
{
    const mention *x = &d->ments[b];
    uint32_t k = x->tok_end;
    if ((x->kind != M_COUNTRY && x->kind != M_ORG) || k >= limit || !(d->toks[k].flags & T_POSS))
        return -1;
    int titled = 0;
    for (uint32_t w = k + 1; w < limit && w < k + 10; w++) {
        int p = mention_at(d, w);
        if (p >= 0 && d->ments[p].tok_start == w) {
            if (d->ments[p].kind == M_PERSON && party_mention(d, p) &&
                (titled || tok_lex(d, w, LEX_TITLE, NULL)))
                return p;
            return -1;
        }
        const token *u = &d->toks[w];
        if (!(u->flags & T_WORD) || (u->word_bits & (W_CONJ | W_DET | W_AUX | W_BE)) ||
            (u->cats & ((1u << LEX_SPEECH) | (1u << LEX_MEETING))))
            return -1;
        if (tok_lex(d, w, LEX_TITLE, NULL))
            titled = 1;
    }
    return -1;
}

/* Parties coordinated with the mention m: "A, B and C" after it (dir > 0)
 * or before it (dir < 0).  Writes mention indexes, m first; returns count. */
int coordinated(const doc *d, int m, int dir, uint32_t limit_lo, uint32_t limit_hi, int *out,
                int max)
{
    int n = 0;
    out[n++] = m;
    int cur = m;
    while (n < max) {
        const mention *c = &d->ments[cur];
        uint32_t t = dir > 0 ? c->tok_end : c->tok_start;
        int next = -1;
        if (dir > 0) {
            if (t >= limit_hi)
                break;
            uint32_t k = reuters_mark_after(d, t, limit_hi);
            /* "the Russian Academy of Sciences (RAS) and NRC Kurchatov
             * Institute": over the acronym the mention leaves out, to a
             * conjunction (not "Director of the X Service (XS), Chief
             * Bailiff Y": an apposition) */
            uint32_t past = skip_paren_ahead(d, k, limit_hi);
            if (past < limit_hi && tok_is(&d->toks[past], "and"))
                k = past;
            int sep = 0, conj = 0;
            while (k < limit_hi && sep < 3 &&
                   (is_char(d, k, ',') || tok_is(&d->toks[k], "and") ||
                    tok_is(&d->toks[k], "with") || tok_is(&d->toks[k], "the"))) {
                conj |= tok_is(&d->toks[k], "and") || tok_is(&d->toks[k], "with");
                k++;
                sep++;
                /* "met with A and separately with B", "A and, separately,
                 * B": the adverb after the conjunction (the guide's
                 * separate talks, which the "with" before B signals) */
                if (conj && k < limit_hi && tok_is(&d->toks[k], "separately")) {
                    k++;
                    if (k < limit_hi && is_char(d, k, ','))
                        k++;
                }
            }
            /* "X, his deputies A and B", "X and his deputies, Y": the
             * people under the person before (phrases.tsv staff_of) name no
             * party of their own; the list goes on past them (a comma
             * after them too) */
            uint32_t past_staff =
                sep && c->kind == M_PERSON && k < limit_hi ? past_staff_words(d, k, limit_hi) : k;
            if (past_staff != k) {
                /* (unless a mention holds the words: "his deputy X" may be
                 * read as the title of the name after it) */
                int after = past_staff < limit_hi ? mention_at(d, past_staff) : -1;
                if (after >= 0 && d->ments[after].tok_start == past_staff)
                    k = past_staff;
            }
            if (!sep || k >= limit_hi)
                break;
            k = skip_reuters_open_mark(d, k, limit_hi);
            next = mention_at(d, k);
            /* "and the Philippines", "and the Minister of Economy of
             * Azerbaijan X": the mention may own the article stepped over
             * (after a conjunction: "X, the two leaders" is an apposition) */
            uint32_t at = k;
            if (conj && next >= 0 && d->ments[next].tok_start + 1 == k &&
                tok_is(&d->toks[k - 1], "the"))
                at = k - 1;
            if (next < 0 || d->ments[next].tok_start != at || !party_mention(d, next))
                break;
            /* "A, B and India's petroleum minister X", "and the State
             * Department's Acting Assistant Secretary for Near Eastern
             * Affairs X": in a list of people, a body's or country's
             * possessive opens the next person's title; the person is the
             * conjunct, not whom they act for */
            int owned =
                conj && d->ments[m].kind == M_PERSON ? possessed_person(d, next, limit_hi) : -1;
            if (owned >= 0)
                next = owned;
        } else {
            if (t <= limit_lo)
                break;
            uint32_t k = t;
            if (k > limit_lo + 1 && is_char(d, k - 1, '<'))
                k--;
            /* "Japan, the Republic of Korea (ROK), and": a country's
             * article outside its mention, after the separator, when the
             * conjunct before is a country too (not "Lough Erne, Northern
             * Ireland, and the G20 summit") */
            int art = c->kind == M_COUNTRY && k > limit_lo + 2 && tok_is(&d->toks[k - 1], "the") &&
                      (is_char(d, k - 2, ',') || tok_is(&d->toks[k - 2], "and"));
            k -= art;
            int sep = 0, conj = 0;
            while (k > limit_lo && sep < 2 &&
                   (is_char(d, k - 1, ',') || tok_is(&d->toks[k - 1], "and"))) {
                conj |= tok_is(&d->toks[k - 1], "and");
                k--;
                sep++;
            }
            if (!sep || k <= limit_lo)
                break;
            /* "President Joseph R. Biden, Jr. and President X": the suffix
             * after the conjunct before */
            if (conj)
                k = skip_name_suffix(d, k, limit_lo);
            k = reuters_mark_before(d, k, limit_lo);
            /* "India, Israel, the United Arab Emirates (UAE), and the United
             * States", "the Council of Mortgage Lenders (CML) and Building
             * Society Association (BSA) said": over a short parenthesis to
             * the conjunct it follows (unless the mention holds it) */
            int held = mention_at(d, k - 1);
            if (conj && (held < 0 || d->ments[held].tok_end != k))
                k = skip_paren(d, k, limit_lo);
            next = mention_at(d, k - 1);
            /* "President X of France and Chancellor Y": the country is the
             * person's, who is the party listed */
            int owner = country_owner(d, k, limit_lo);
            if (owner >= 0)
                next = owner;
            else if (next < 0 || d->ments[next].tok_end != k || !party_mention(d, next))
                break;
            if (art && d->ments[next].kind != M_COUNTRY)
                break;
            /* "To defend the capital of Ukraine, President X": a name
             * closing a fronted phrase, the object of its preposition, is
             * cut off from m by a comma alone; no conjunct (further back
             * "of Sweden, Norway, Iceland and Denmark" is a list) */
            uint32_t f = d->ments[next].tok_start;
            if (n == 1 && !conj && f > limit_lo && (d->toks[f - 1].word_bits & W_PREP))
                break;
        }
        out[n++] = next;
        cur = next;
    }
    return n;
}

/* Add a mention's parties (a group adds its members). */
void ev_add_mention(doc *d, ev_draft *e, int m)
{
    if (m < 0)
        return;
    const mention *x = &d->ments[m];
    if (x->kind == M_GROUP_DESC) {
        for (int i = 0; i < x->n_members; i++)
            ev_add_party(d, e, x->members[i]);
    } else {
        ev_add_party(d, e, x->entity);
    }
    if (d->toks[x->tok_start].start < e->ev.evidence_start)
        e->ev.evidence_start = d->toks[x->tok_start].start;
    if (d->toks[x->tok_end - 1].end > e->ev.evidence_end)
        e->ev.evidence_end = d->toks[x->tok_end - 1].end;
}

/* Where a venue's name ending at token k runs on: "the Alexander Hall of
 * the Grand Kremlin Palace", "St Catherine's Hall of the Moscow Kremlin",
 * "the White Hall of Heroes" through "of" and a capitalised run; through
 * "at" only to a building ("the Alexander Hall at the Grand Kremlin
 * Palace": a venue word or a place the tables know), so a hall keeps the
 * building it is in.  Not into a person's name, never past six words nor
 * the sentence; k itself when nothing runs on. */
static uint32_t venue_tail(const doc *d, uint32_t k)
{
    uint32_t t = k + 1;
    if (t + 1 >= d->ntoks || d->toks[t].sent != d->toks[k].sent)
        return k;
    int of = tok_is(&d->toks[t], "of");
    if (!of && !tok_is(&d->toks[t], "at"))
        return k;
    t++;
    if (t < d->ntoks && tok_is(&d->toks[t], "the"))
        t++;
    uint32_t last = k;
    int building = 0;
    for (uint32_t r = t; r < d->ntoks && r < t + 6 && d->toks[r].sent == d->toks[k].sent &&
                         (d->toks[r].flags & T_CAP) && (d->toks[r].flags & T_WORD);
         r++) {
        int m = mention_at(d, r);
        if (m >= 0 && d->ments[m].tok_start == r && d->ments[m].kind == M_PERSON)
            break;
        if (tok_lex(d, r, LEX_PLACE, NULL))
            building = 1;
        last = r;
        if (d->toks[r].word_bits & W_VENUE) {
            building = 1;
            break;
        }
    }
    return last > k && (of || building) ? last : k;
}

/* "at the Mariyinsky Palace", "in the Vice President's Residence": a
 * capitalised run (possessives inside) from token v, after "at" or "in"
 * with "the" or a possessive ("at his Bocharov Ruchei residence"), ending in
 * a venue word places the event there; so does one after a bare "at"/"in"
 * whose venue word is capitalised too ("at Windsor Castle"). */
static int venue_at(doc *d, ev_draft *e, uint32_t v)
{
    int bare =
        v >= 1 && v < d->ntoks && (tok_is(&d->toks[v - 1], "at") || tok_is(&d->toks[v - 1], "in"));
    if (v < 1 || v >= d->ntoks ||
        (!bare &&
         (v < 2 || !(tok_is(&d->toks[v - 1], "the") || (d->toks[v - 1].word_bits & W_POSSESSIVE)) ||
          !(tok_is(&d->toks[v - 2], "at") || tok_is(&d->toks[v - 2], "in")))) ||
        tok_lex(d, v, LEX_PLACE, NULL))
        return 0;
    uint32_t k = v;
    while (k < d->ntoks && k < v + 6 &&
           (((d->toks[k].flags & T_CAP) && !(d->toks[k].word_bits & W_VENUE)) ||
            ((d->toks[k].flags & T_POSS) && k > v)))
        k++;
    /* "at the Bocharov Ruchei residence", "at the Syniohora state
     * residence": a named venue with a lower-case head, across up to two
     * plain words (not "at the Belarusian presidential residence": a
     * demonym names no place) */
    uint32_t h = k;
    while (h < d->ntoks && h < k + 2 && (d->toks[h].flags & T_WORD) &&
           !(d->toks[h].flags & T_CAP) &&
           !(d->toks[h].word_bits &
             (W_VENUE | W_PREP | W_PLACE_PREP | W_DET | W_CONJ | W_SUBORD | W_AUX)))
        h++;
    if (k > v && !bare && !tok_lex(d, v, LEX_DEMONYM, NULL) &&
        !(d->toks[v].word_bits & W_NONNAME) && h < d->ntoks && !(d->toks[h].flags & T_CAP) &&
        (d->toks[h].word_bits & W_VENUE)) {
        /* "... residence in Sochi": the city the text gives is the place */
        if (h + 2 < d->ntoks && tok_is(&d->toks[h + 1], "in") &&
            (tok_lex(d, h + 2, LEX_PLACE, NULL) || tok_lex(d, h + 2, LEX_CAPITAL, NULL)))
            return 0;
        k = h;
    } else if (k == v || k >= d->ntoks || !(d->toks[k].flags & T_CAP) ||
               !(d->toks[k].word_bits & W_VENUE))
        return 0;
    /* (a capitalised hall's name runs on: "the Alexander Hall of the
     * Grand Kremlin Palace") */
    if (d->toks[k].flags & T_CAP)
        k = venue_tail(d, k);
    char *name =
        arena_strndup(d->mem, d->text + d->toks[v].start, d->toks[k].end - d->toks[v].start);
    if (!name)
        return 0;
    e->ev.location_name = name;
    e->ev.location_country = NULL;
    return 1;
}

/* A date with its commas: "(on) Friday, December 15, 2023", "on 15
 * December", "on March 3".  The token after it, or t. */
uint32_t date_phrase_end(const doc *d, uint32_t t, uint32_t end)
{
    uint32_t k = t < end && tok_is(&d->toks[t], "on") ? t + 1 : t, start = k;
    if (k < end && (d->toks[k].word_bits & W_WEEKDAY)) {
        k++;
        /* "Friday, December 15" and "Friday, 15 December" */
        if (k + 1 < end && is_char(d, k, ',') &&
            ((d->toks[k + 1].word_bits & W_MONTH) ||
             (k + 2 < end && (d->toks[k + 1].flags & T_NUM) &&
              (d->toks[k + 2].word_bits & W_MONTH))))
            k++;
    }
    if (k + 1 < end && (d->toks[k].flags & T_NUM) && (d->toks[k + 1].word_bits & W_MONTH)) {
        k += 2;
        /* "15 December 2023" */
        if (k < end && (d->toks[k].flags & T_NUM) && d->toks[k].lower_len == 4)
            k++;
    } else if (k < end && (d->toks[k].word_bits & W_MONTH) && k > start) {
        k++;
        if (k < end && (d->toks[k].flags & T_NUM))
            k++;
    } else if (k < end && (d->toks[k].word_bits & W_MONTH) && k + 1 < end &&
               (d->toks[k + 1].flags & T_NUM)) {
        k += 2;
    }
    if (k > start && k + 1 < end && is_char(d, k, ',') && (d->toks[k + 1].flags & T_NUM) &&
        d->toks[k + 1].lower_len == 4)
        k += 2;
    /* "on Friday," alone keeps its comma out: "met on Friday, and ..." */
    return k > start && (start > t || k > start + 1 || (d->toks[start].word_bits & W_WEEKDAY)) ? k
                                                                                               : t;
}

/* A host's greeting at t: "welcome you to Moscow", "welcome to Sochi",
 * "see you in Moscow", "receive you in Xiamen".  Returns the token after
 * "to"/"in", or 0.  Not one the speaker recalls or hopes for ("We were
 * pleased to welcome you to Kyiv", "hope to see you in Moscow"). */
static uint32_t greeting_place_at(const doc *d, uint32_t t)
{
    const token *k = &d->toks[t];
    uint32_t n = t + 1;
    if (tok_is(k, "welcome")) {
        if (n < d->ntoks && tok_is(&d->toks[n], "you"))
            n++;
    } else if (tok_is(k, "see") || tok_is(k, "receive")) {
        if (n >= d->ntoks || !tok_is(&d->toks[n], "you"))
            return 0;
        n++;
    } else {
        return 0;
    }
    if (n + 1 >= d->ntoks || !(tok_is(&d->toks[n], "to") || tok_is(&d->toks[n], "in")))
        return 0;
    /* words.tsv class recalled */
    uint32_t s0 = d->sents[k->sent].tok_start;
    for (uint32_t b = t > s0 + 6 ? t - 6 : s0; b < t; b++)
        if (d->toks[b].word_bits & W_RECALLED)
            return 0;
    return n + 1;
}

/* "here in Sochi", "here, in Tehran" said in the item, or a host's greeting
 * "welcome you to Moscow": the one city (a place with a country, no country
 * itself) every such phrase names, or NULL (none, or two different ones).
 * With no city, a country said to a guest ("thank you for being here in
 * Russia", "glad to see you here in Russia") sets *guest_country. */
static const mention *here_in_place(const doc *d, const char **guest_country)
{
    const mention *found = NULL;
    *guest_country = NULL;
    for (uint32_t t = 0; t + 2 < d->ntoks; t++) {
        uint32_t at = 0;
        int greeting = 0, guest = 0;
        if (tok_is(&d->toks[t], "here")) {
            uint32_t n = t + 1 + is_char(d, t + 1, ',');
            if (n + 1 >= d->ntoks || !tok_is(&d->toks[n], "in"))
                continue;
            at = n + 1;
            guest = t > 0 && (tok_is(&d->toks[t - 1], "you") || tok_is(&d->toks[t - 1], "being"));
        } else if ((at = greeting_place_at(d, t)) != 0)
            greeting = 1;
        else
            continue;
        int m = mention_at(d, at);
        if (m < 0 || d->ments[m].tok_start != at)
            continue;
        const mention *x = &d->ments[m];
        /* "here in Russia's capital": whose, not where */
        if (x->tok_end < d->ntoks && (d->toks[x->tok_end].flags & T_POSS))
            continue;
        /* "here in Russia, in St Petersburg": the city that follows */
        uint32_t after = x->tok_end;
        int cm = after + 2 < d->ntoks && is_char(d, after, ',') && tok_is(&d->toks[after + 1], "in")
                     ? mention_at(d, after + 2)
                     : -1;
        if (cm >= 0 && d->ments[cm].tok_start == after + 2 && d->ments[cm].kind == M_PLACE &&
            d->ments[cm].country && d->ments[cm].name &&
            strcmp(d->ments[cm].name, d->ments[cm].country))
            x = &d->ments[cm];
        /* "here in Russia" is where we live, not where we sit; a greeting's
         * "welcome you to Russia", "to the Kremlin" names no city and casts
         * no doubt on one named elsewhere; said to a guest, the country is
         * where the guest came */
        if (x->kind != M_PLACE || !x->name || !x->country || !strcmp(x->name, x->country)) {
            if (greeting)
                continue;
            const char *country =
                x->kind == M_COUNTRY && x->entity >= 0 ? d->ents[x->entity].name
                : x->kind == M_PLACE && x->name && x->country && !strcmp(x->name, x->country)
                    ? x->name
                    : NULL;
            if (!guest || !country || (*guest_country && strcmp(*guest_country, country))) {
                *guest_country = NULL;
                return NULL;
            }
            *guest_country = country;
            continue;
        }
        if (found && strcmp(found->name, x->name)) {
            *guest_country = NULL;
            return NULL;
        }
        found = x;
    }
    return found;
}

/* A host's greeting to a venue that is also a body ("Welcome to the
 * Kremlin", "welcome you to the Kremlin's St George Hall"): the one venue
 * every such greeting names, or NULL (none, or two different ones).
 * here_in_place's city comes first. */
static const lex_entry *greeting_venue(const doc *d)
{
    const lex_entry *found = NULL;
    for (uint32_t t = 0; t + 2 < d->ntoks; t++) {
        uint32_t at = greeting_place_at(d, t);
        if (!at)
            continue;
        if (tok_is(&d->toks[at], "the") && at + 1 < d->ntoks)
            at++;
        /* a venue that is also a body, not a city ("welcome in Sochi" is
         * here_in_place's, which may have doubted it) */
        const lex_entry *v = tok_lex(d, at, LEX_PLACE, NULL);
        int m = mention_at(d, at);
        if (!v || !v->canon || !v->extra || !strcmp(v->canon, v->extra) ||
            !tok_lex(d, at, LEX_ORG, NULL) || (m >= 0 && d->ments[m].kind == M_PLACE))
            continue;
        if (found && found != v)
            return NULL;
        found = v;
    }
    return found;
}

/* Where the speakers are: here_in_place's city, or with none the host's
 * venue a greeting names ("Welcome to the Kremlin"), or the country a guest
 * is thanked for being in; NULLs when none. */
static void speakers_place(const doc *d, const char **name, const char **country)
{
    const char *guest = NULL;
    const mention *here = here_in_place(d, &guest);
    const lex_entry *venue = here ? NULL : greeting_venue(d);
    *name = here ? here->name : venue ? venue->canon : guest;
    *country = here ? here->country : venue ? venue->extra : guest;
}

/* Where the sentence places an event: the first place after in/at, or the
 * dateline city when it says "here". */
static int place_at(doc *d, ev_draft *e, uint32_t t)
{
    /* at "the" itself too: "the Vice President" is a mention that the
     * caller steps over whole */
    if (venue_at(d, e, t) || (tok_is(&d->toks[t], "the") && venue_at(d, e, t + 1)))
        return 1;
    if (d->toks[t].flags & T_IN_QUOTE)
        return 0;
    if (tok_is(&d->toks[t], "here") && d->dateline_city) {
        e->ev.location_name = d->dateline_city;
        e->ev.location_country = d->dateline_country;
        return 1;
    }
    if (t == 0)
        return 0;
    const token *before = &d->toks[t - 1];
    int after_in = tok_is(before, "in") || tok_is(before, "at");
    int after_the = tok_is(before, "the") && t > 1 &&
                    (tok_is(&d->toks[t - 2], "in") || tok_is(&d->toks[t - 2], "at"));
    /* "in his Sochi residence": a possessive before a place and a venue
     * word (words.tsv venue) */
    int after_poss = (before->word_bits & W_POSSESSIVE) && t > 1 &&
                     (tok_is(&d->toks[t - 2], "in") || tok_is(&d->toks[t - 2], "at"));
    if (!after_in && !after_the && !after_poss)
        return 0;
    /* "the situation in the Balkans", "the crisis in Gaza": the place
     * describes the topic noun before the preposition, not the meeting */
    uint32_t pp = after_in ? t - 1 : t - 2;
    if (pp > 0 && word_class_value(&d->toks[pp - 1], W_TOPIC, TOPIC_AFFAIRS))
        return 0;
    int m = mention_at(d, t);
    if (after_poss &&
        (m < 0 || d->ments[m].tok_start != t || d->ments[m].kind != M_PLACE ||
         d->ments[m].tok_end >= d->ntoks || !(d->toks[d->ments[m].tok_end].word_bits & W_VENUE)))
        return 0;
    if (m >= 0 && d->ments[m].tok_start == t) {
        const mention *x = &d->ments[m];
        /* "in Mexico City", "in Kuwait City" */
        if (capital_past_country(d, t, x, &e->ev.location_name, &e->ev.location_country))
            return 1;
        /* "at Germany's initiative", "in Russia's interests": a possessive
         * names whose, not where */
        if (x->tok_end < d->ntoks && (d->toks[x->tok_end].flags & T_POSS))
            return 0;
        /* (the mention is a country and no more, outside the title) */
        unsigned cw = 0;
        int just_country = tok_lex(d, t, LEX_COUNTRY, &cw) && t + cw == x->tok_end &&
                           d->toks[t].start >= d->title_len;
        /* "at the US Institute of Peace", "at the US Embassy": a country
         * that a capitalised word follows names the body, not the place */
        if (x->kind == M_PLACE && just_country && x->tok_end < d->ntoks &&
            d->toks[x->tok_end].sent == d->toks[t].sent && (d->toks[x->tok_end].flags & T_CAP) &&
            (d->toks[x->tok_end].flags & T_WORD) &&
            !(d->toks[x->tok_end].word_bits & (W_MONTH | W_WEEKDAY)) &&
            !tok_lex(d, x->tok_end, LEX_PLACE, NULL) && !tok_lex(d, x->tok_end, LEX_CAPITAL, NULL))
            return 0;
        /* "Head of the NATO Mission in Ukraine Karen McTear", "the US
         * Embassy in Ukraine", "the Conference on Reforms in Ukraine": a
         * country after a capitalised word that is no one's name nor a
         * meeting's ends a title or a body's name, not where anyone met */
        if (tok_is(before, "in") && t >= 2 && just_country && (d->toks[t - 2].flags & T_CAP) &&
            d->toks[t - 2].sent == d->toks[t].sent && t - 2 > d->sents[d->toks[t].sent].tok_start &&
            !tok_lex(d, t - 2, LEX_MEETING, NULL) && !is_state_word(d, t - 2)) {
            int pm = mention_at(d, t - 2), nm = mention_at(d, x->tok_end);
            /* "met with the King in the United Kingdom": a title alone is
             * someone met there; one that a name follows is the name's */
            int titled = tok_lex(d, t - 2, LEX_TITLE, NULL) != NULL;
            if ((pm < 0 || d->ments[pm].kind != M_PERSON) &&
                (!titled || (nm >= 0 && d->ments[nm].tok_start == x->tok_end &&
                             d->ments[nm].kind == M_PERSON)))
                return 0;
        }
        /* a venue that is also a body: "in the Kremlin", "at the White House" */
        const lex_entry *venue = tok_lex(d, t, LEX_PLACE, NULL);
        if (x->kind == M_PLACE || (x->kind == M_ORG && venue)) {
            e->ev.location_name = x->kind == M_PLACE ? x->name : venue->canon;
            e->ev.location_country = x->kind == M_PLACE ? x->country : venue->extra;
            return 1;
        }
        /* "in Rio de Janeiro", "in Sao Paulo": a city the gazetteer does not
         * know reads like a name; after "in", untitled and never named
         * again, it is the meeting's place (a document's title may hold
         * "in Charity Work") */
        if (x->kind == M_PERSON && e->ev.type == NSV_EV_MEETING && tok_is(before, "in") &&
            unknown_place_name(d, x)) {
            e->ev.location_name = x->name;
            e->ev.location_country = NULL;
            return 1;
        }
        return 0;
    }
    /* a place the gazetteer does not know: "in Wilmington, Delaware"; after
     * "the" only a region's name (words.tsv area): "in the Ivanovo Region",
     * "in the Primorye Territory" */
    if ((after_in || after_the) && (d->toks[t].flags & T_CAP) && !(d->toks[t].flags & T_NUM) &&
        !(d->toks[t].word_bits & (W_MONTH | W_WEEKDAY | W_NONNAME | W_DET)) && !d->toks[t].cats) {
        uint32_t k = t;
        while (k < d->ntoks && k < t + 3 && (d->toks[k].flags & T_CAP) && !d->toks[k].cats &&
               !(d->toks[k].word_bits & (W_MONTH | W_WEEKDAY)))
            k++;
        if (!after_in) {
            if (k >= d->ntoks || !(d->toks[k].flags & T_CAP) || !(d->toks[k].word_bits & W_AREA) ||
                d->toks[k].sent != d->toks[t].sent)
                return 0;
            k++; /* the area word is part of the name */
        }
        /* "a Conference in Support of Ukraine", "Complicit in Violation of
         * Rights": a capitalised noun before "of" is a name's phrase, not
         * a town */
        if (k < d->ntoks && tok_is(&d->toks[k], "of"))
            return 0;
        char *name = arena_strndup(d->mem, d->text + d->toks[t].start,
                                   d->toks[k - 1].end - d->toks[t].start);
        if (name) {
            for (char *c = name; *c; c++)
                if (*c == '\n')
                    *c = ' ';
            e->ev.location_name = name;
            e->ev.location_country = NULL;
            return 1;
        }
    }
    return 0;
}

/* How far around its cue an event's own day or place may stand: a real
 * sentence is shorter; a 700 KB "sentence" would make every event scan it
 * whole (quadratic time). */
#define CLAUSE_REACH 120
/* the words of a noun phrase after a day that opens it ("the November 15,
 * 2021 virtual meeting"), among which the cue heads it */
#define DATED_NOUN_WORDS 3

/* How many tokens from t say that an event runs or has run: "is taking
 * place", "was being held", "is underway" (a form of "be" and a phrases.tsv
 * running phrase), "ended", "concluded", "opened" (words.tsv phase value
 * 1); 0 when none.  end bounds the sentence. */
static uint32_t running_phrase(const doc *d, uint32_t t, uint32_t end)
{
    const lex_entry *w = word_entry(d, t, LEX_WORD);
    if (w && (w->bits & W_PHASE) && w->value == 1)
        return 1;
    if (!be_tense(d, t))
        return 0;
    /* "underway", "taking place" (phrases.tsv running) */
    unsigned n = phrase_at(d, t + 1, end, PHRASE_RUNNING);
    return n ? n + 1 : 0;
}

/* How far before its cue an opening phrase's comma may stand: the subject
 * between them ("the Prime Minister of Slovakia also") is a few words. */
#define SUBJECT_REACH 16
/* The words of an opening setting phrase ("during today's visit of Eduard
 * Heger to Kyiv") */
#define SETTING_WORDS 24

/* The place a stay (phrases.tsv stay) that an opening setting names puts
 * its subject: "During his stay in Washington,", "as part of his working
 * visit to Iran,", "during the visit of X to Kyiv,": the place after the
 * first "in" or "to" past the noun at t, before end (the phrase's comma).
 * Kept as the visit's place (finish_events weighs it against "here"). */
static int stay_place(doc *d, ev_draft *e, uint32_t t, uint32_t end)
{
    for (uint32_t k = t + 1; k + 1 < end; k++) {
        if (!tok_is(&d->toks[k], "in") && !tok_is(&d->toks[k], "to"))
            continue;
        uint32_t p = k + 1 + (k + 2 < end && tok_is(&d->toks[k + 1], "the"));
        int m = mention_at(d, p);
        if (m < 0 || d->ments[m].tok_start != p || d->ments[m].kind != M_PLACE ||
            !d->ments[m].name || d->ments[m].tok_end > end ||
            /* "visit to Russia's capital": whose, not where */
            (d->ments[m].tok_end < d->ntoks && (d->toks[d->ments[m].tok_end].flags & T_POSS)))
            return 0;
        /* the place ends the phrase, or a day follows it: not "visit to the
         * Moscow Region" (the mention is a part) nor "to Kyiv Mayor X" */
        if (d->ments[m].tok_end != end &&
            !(d->toks[d->ments[m].tok_end].word_bits & (W_MONTH | W_WEEKDAY | W_RELDAY | W_PREP)))
            return 0;
        e->visit_place = d->ments[m].name;
        e->visit_country = d->ments[m].country;
        return 1;
    }
    return 0;
}

/* An opening setting at token o before e's subject (words.tsv, class
 * setting, not one of its nouns alone: not "Following talks in Moscow, they
 * spoke by phone") that holds a meeting or a stay with its place places e
 * there.  1 when it did. */
static int setting_place(doc *d, ev_draft *e, uint32_t o)
{
    if (o + 3 >= e->cue_tok || (d->toks[o].flags & T_IN_QUOTE))
        return 0;
    const lex_entry *open = tok_lex(d, o, LEX_WORD, NULL);
    if (!open || !(open->bits & W_SETTING) || open->value == SETTING_SIDELINES ||
        open->value == SETTING_NOUN)
        return 0;
    uint32_t end = o;
    while (end < e->cue_tok && end < o + SETTING_WORDS && !is_char(d, end, ','))
        end++;
    int setting = 0;
    for (uint32_t k = o; k < end; k++) {
        if (tok_lex(d, k, LEX_MEETING, NULL))
            setting = 1;
        else if (setting && place_at(d, e, k))
            return 1;
        else if (!setting && !e->background && !e->visit_place && is_char(d, end, ',') &&
                 phrase_at(d, k, end, PHRASE_STAY) && stay_place(d, e, k, end))
            return 1;
    }
    return 0;
}

/* The first token of the phrase set off by commas right before the subject
 * of the cue ("Thus, during the talks in France, the Ukrainian delegation
 * met" gives "during"; over an "and" that opens it), or UINT32_MAX: the
 * subject is a few words with no comma, and a comma (not one inside a name:
 * "Washington, DC") ends the lead-in before the phrase. */
static uint32_t subject_phrase_start(const doc *d, const sentence *s, uint32_t cue)
{
    uint32_t c2 = UINT32_MAX;
    for (uint32_t k = cue; k > s->tok_start + 1 && k + SUBJECT_REACH > cue; k--)
        if (is_char(d, k - 1, ',') || is_char(d, k - 1, ';')) {
            c2 = k - 1;
            break;
        }
    if (c2 == UINT32_MAX || !is_char(d, c2, ','))
        return UINT32_MAX;
    for (uint32_t k = c2; k > s->tok_start + 1 && k + SETTING_WORDS > c2; k--) {
        int m = mention_at(d, k - 1);
        if (m >= 0 && d->ments[m].tok_start < k - 1) {
            k = d->ments[m].tok_start + 1;
            continue;
        }
        if (!is_char(d, k - 1, ','))
            continue;
        uint32_t o = k;
        if (o < c2 && (tok_is(&d->toks[o], "and") || tok_is(&d->toks[o], "but")))
            o++;
        return o;
    }
    return UINT32_MAX;
}

/* "Tehran hosted a trilateral meeting between A, B and C", "Beijing is
 * hosting talks between A and B", "Moscow will host talks": a city or
 * country as the subject of a hosting verb (phrases.tsv place_hosts) right
 * before the cue's noun (over an article and up to two plain words), or of
 * the cue itself, is where the meeting is.  1 when it placed e. */
static int host_place(doc *d, ev_draft *e, const sentence *s)
{
    uint32_t h = e->cue_tok;
    if (!phrase_at(d, h, s->tok_end, PHRASE_PLACE_HOSTS)) {
        for (int steps = 0; h > s->tok_start && steps < 3; steps++) {
            const token *p = &d->toks[h - 1];
            if (!(p->word_bits & W_DET) && !((p->flags & T_WORD) && !(p->flags & (T_CAP | T_NUM)) &&
                                             !p->word_bits && !p->cats))
                break;
            h--;
        }
        /* the verb: "hosted", or a phrase of it ending here */
        uint32_t v = UINT32_MAX;
        for (uint32_t k = h > s->tok_start + 3 ? h - 3 : s->tok_start; k < h; k++)
            if (phrase_at(d, k, h + 1, PHRASE_PLACE_HOSTS) == h - k) {
                v = k;
                break;
            }
        if (v == UINT32_MAX)
            return 0;
        h = v;
    }
    if (h > s->tok_start && (be_tense(d, h - 1) || (d->toks[h - 1].word_bits & W_AUX)))
        h--;
    int m = h > s->tok_start ? mention_at(d, h - 1) : -1;
    if (m < 0 || d->ments[m].tok_end != h ||
        (d->ments[m].kind != M_PLACE && d->ments[m].kind != M_COUNTRY))
        return 0;
    const mention *x = &d->ments[m];
    /* "Tehran hosted": a capital standing for its state is the city */
    unsigned cw = 0;
    const lex_entry *cap = tok_lex(d, x->tok_start, LEX_CAPITAL, &cw);
    if (cap && cap->canon && x->tok_start + cw == x->tok_end) {
        e->ev.location_name = cap->canon;
        e->ev.location_country = cap->extra;
        return 1;
    }
    const char *name = x->kind == M_COUNTRY && x->entity >= 0 ? d->ents[x->entity].name : x->name;
    if (!name)
        return 0;
    e->ev.location_name = name;
    e->ev.location_country = x->country;
    return 1;
}

/* place_at for the meeting rules: where token t (after its "in"/"at")
 * places e; 1 when it set e's place. */
int ev_place_at(doc *d, ev_draft *e, uint32_t t)
{
    return t < d->ntoks && place_at(d, e, t);
}

/* Where the clause of the cue places the event: "met in Helsinki", "talks
 * ... in Moscow on Friday", "At Novo-Ogaryovo, X held talks".  A place after
 * a comma or in another clause is a topic ("discussed the situation in
 * Donbas"), not the venue. */
void ev_place(doc *d, ev_draft *e)
{
    const sentence *s = &d->sents[e->sent];
    uint32_t date_end = 0; /* the token after the last date phrase stepped over */
    for (uint32_t t = e->cue_tok; t < s->tok_end && t < e->cue_tok + CLAUSE_REACH; t++) {
        const token *k = &d->toks[t];
        /* "..., which took place in Glasgow": a relative clause about the
         * meeting itself still places it */
        uint32_t r = t + is_char(d, t, ',');
        if (r + 2 < s->tok_end && (d->toks[r].word_bits & W_SUBORD) && held_phrase(d, r + 1)) {
            t = r + 2;
            continue;
        }
        /* "talks ... that ended recently in Beijing", "the Diia Summit,
         * which is taking place in Kyiv", "..., which is underway in Sochi":
         * a relative clause saying the meeting runs or ran places it too
         * (not one about a state of affairs: "the conflict that began in
         * Donbas") */
        uint32_t ran = r + 1 < s->tok_end && (d->toks[r].word_bits & W_SUBORD) && r > e->cue_tok &&
                               !word_class_value(&d->toks[t - 1], W_TOPIC, TOPIC_AFFAIRS)
                           ? running_phrase(d, r + 1, s->tok_end)
                           : 0;
        if (ran) {
            t = r + ran;
            continue;
        }
        /* "Talks between A and B, who is in Russia on an official visit,
         * took place at the Kremlin": a guest's relative clause set off by
         * commas before the noun's own "took place" is stepped over (its
         * place is the visit's, not the talks') */
        if (t > e->cue_tok && is_char(d, t, ',') && t + 1 < s->tok_end &&
            tok_is(&d->toks[t + 1], "who")) {
            uint32_t c = t + 2;
            while (c < s->tok_end && c < t + 16 && !is_char(d, c, ',') && !is_char(d, c, ';'))
                c++;
            if (c + 3 < s->tok_end && is_char(d, c, ',') && held_phrase(d, c + 1)) {
                t = c + 2;
                continue;
            }
        }
        if (place_at(d, e, t))
            return;
        /* "met on Friday, December 15, 2023 with X in Abu Dhabi": the
         * commas of a date end no clause */
        uint32_t dp =
            (k->word_bits & (W_WEEKDAY | W_MONTH)) || tok_is(k, "on") || (k->flags & T_NUM)
                ? date_phrase_end(d, t, s->tok_end)
                : t;
        if (dp > t + 2) {
            t = dp - 1;
            date_end = dp;
            continue;
        }
        /* names are not clause boundaries: "Independent States" is no verb */
        int m = mention_at(d, t);
        if (m >= 0 && d->ments[m].kind != M_PRONOUN) {
            t = d->ments[m].tok_end - 1;
            continue;
        }
        /* "hosted A, B, and C in the Oval Office": a list's comma between
         * two people ends no clause */
        int pm =
            is_char(d, t, ',') && t > e->cue_tok && t + 1 < s->tok_end ? mention_at(d, t - 1) : -1;
        /* "with President A of Latvia, President B of Lithuania, and C of
         * Estonia in Munich": a listed person's own country ends the name */
        int guest =
            is_char(d, t, ',') && t > e->cue_tok + 3 ? country_owner(d, t, e->cue_tok + 1) : -1;
        if (guest >= 0)
            pm = guest;
        if (pm >= 0 && d->ments[pm].kind == M_PERSON) {
            uint32_t n = t + 1 + (t + 2 < s->tok_end && tok_is(&d->toks[t + 1], "and"));
            int nm = mention_at(d, n);
            uint32_t ne = nm >= 0 ? d->ments[nm].tok_end : 0;
            /* the next name is listed too, not the subject of a verb after an
             * opening phrase ("In his talks with A and B, C received ...") */
            if (nm >= 0 && d->ments[nm].tok_start == n && d->ments[nm].kind == M_PERSON &&
                (ne >= s->tok_end || (d->toks[ne].flags & T_PUNCT) ||
                 (d->toks[ne].word_bits & (W_CONJ | W_PREP | W_PLACE_PREP))))
                continue;
        }
        /* "the leaders of Russia, Azerbaijan and Armenia in Sochi", "(A, B
         * and C) scheduled for May 2000 in Dushanbe": a list of countries,
         * then the first "in"/"at" a few words on, with no clause between
         * (not "with A, B and C in order to address challenges in Europe",
         * "with A, B and C as well as investments in Jordan") */
        if (pm >= 0 && d->ments[pm].kind == M_COUNTRY && e->ev.type == NSV_EV_MEETING) {
            int list[8]; /* a list's first few: the place follows the last */
            int nl = coordinated(d, pm, +1, t - 1, s->tok_end, list, 8);
            for (uint32_t k = d->ments[list[nl - 1]].tok_end;
                 nl >= 2 && k + 1 < s->tok_end && k < d->ments[list[nl - 1]].tok_end + 6; k++) {
                const token *u = &d->toks[k];
                if (tok_is(u, "in") || tok_is(u, "at")) {
                    if (place_at(d, e, k + 1))
                        return;
                    break;
                }
                if (is_char(d, k, ',') || is_char(d, k, ';') || tok_is(u, "to") ||
                    (u->word_bits & (W_SUBORD | W_CONJ)) || tok_lex(d, k, LEX_SPEECH, NULL))
                    break;
            }
        }
        /* "met with President X of Mexico, in San Francisco", "The meeting,
         * in the Ukraine National Palace, was": a place set off by a comma
         * right after the guest's name (or the cue) is the meeting's */
        if (t > e->cue_tok && is_char(d, t, ',') && e->ev.type == NSV_EV_MEETING &&
            t + 2 < s->tok_end &&
            (tok_is(&d->toks[t + 1], "in") || tok_is(&d->toks[t + 1], "at")) &&
            (is_char(d, t - 1, ')') || t - 1 == e->cue_tok || t == date_end ||
             (pm >= 0 && d->ments[pm].kind != M_PRONOUN) ||
             /* "of Japan," in a title the name took along */
             ((d->toks[t - 1].flags & (T_CAP | T_WORD)) == (T_CAP | T_WORD) &&
              !(d->toks[t - 1].word_bits & (W_MONTH | W_WEEKDAY)))) &&
            place_at(d, e, t + 2))
            return;
        if (t > e->cue_tok &&
            (((k->flags & T_PUNCT) && (d->text[k->start] == ',' || d->text[k->start] == ';')) ||
             (k->word_bits & W_SUBORD) || tok_lex(d, t, LEX_SPEECH, NULL)))
            break;
        /* "met with X to discuss voting rights in America": a purpose
         * clause's place is its topic's (an infinitive: "to" before a
         * plain lower-case word and its object, not "to the White House",
         * "to our country", "to Kyiv") */
        if (t > e->cue_tok && tok_is(k, "to") && t + 1 < s->tok_end &&
            (d->toks[t + 1].flags & T_WORD) &&
            !(d->toks[t + 1].flags & (T_CAP | T_NUM | T_IN_QUOTE)) && !d->toks[t + 1].word_bits &&
            !d->toks[t + 1].cats && t + 2 < s->tok_end &&
            /* (a noun's "access to capital at the White House": a
             * preposition right after the word) */
            !(d->toks[t + 2].word_bits & (W_PREP | W_PLACE_PREP)))
            break;
    }
    /* "the agreement was reached in Paris today in talks between ...": the
     * place of the phrase the cue's own "in"/"at" phrase follows */
    uint32_t c = e->cue_tok;
    for (int steps = 0; c > s->tok_start && steps < 3 && (d->toks[c - 1].word_bits & W_DET);
         steps++)
        c--;
    if (c > s->tok_start + 2 && (tok_is(&d->toks[c - 1], "in") || tok_is(&d->toks[c - 1], "at"))) {
        uint32_t k = c - 1;
        for (int steps = 0;
             k > s->tok_start && steps < 2 && (d->toks[k - 1].word_bits & (W_RELDAY | W_WEEKDAY));
             steps++)
            k--;
        int m = k > s->tok_start ? mention_at(d, k - 1) : -1;
        if (m >= 0 && d->ments[m].tok_end == k && d->ments[m].kind == M_PLACE &&
            place_at(d, e, d->ments[m].tok_start))
            return;
    }
    if (e->ev.type == NSV_EV_MEETING && host_place(d, e, s))
        return;
    /* "after flying from the United States, where he met X": the place the
     * relative "where" stands for (not the visit the sentence began with) */
    for (uint32_t k = e->cue_tok, steps = 0; k > s->tok_start + 2 && steps < 5; steps++) {
        k--;
        if (!tok_is(&d->toks[k], "where"))
            continue;
        int m = mention_at(d, k - 2);
        if (is_char(d, k - 1, ',') && m >= 0 && d->ments[m].tok_end == k - 1 &&
            (d->ments[m].kind == M_PLACE || d->ments[m].kind == M_COUNTRY)) {
            const mention *x = &d->ments[m];
            const char *name =
                x->kind == M_COUNTRY && x->entity >= 0 ? d->ents[x->entity].name : x->name;
            if (name) {
                e->ev.location_name = name;
                e->ev.location_country = x->country;
                e->visit_place = NULL;
                return;
            }
        }
        break;
    }
    if (opening_place(d, e, s, e->cue_tok))
        return;
    /* an opening setting before the subject places what happens at it: "As
     * part of the Commission meeting held in Washington on November 10, A
     * met B", "On the sidelines of the summit in Samarkand, ..."; it may
     * follow a lead-in of its own, set off by commas right before the
     * subject: "Thus, during the talks in France, the delegation met",
     * "... and in June, at the Summit of the Americas in Los Angeles,
     * President Biden convened" */
    if (e->ev.type != NSV_EV_MEETING || e->ev.format == NSV_FORMAT_PHONE ||
        e->ev.format == NSV_FORMAT_VIDEO)
        return;
    if (setting_place(d, e, s->tok_start))
        return;
    uint32_t o = subject_phrase_start(d, s, e->cue_tok);
    if (o != UINT32_MAX && o > s->tok_start)
        setting_place(d, e, o);
}

/* "the talks with X scheduled for December 9", "the European Council
 * meeting to be held on June 23-24": a planned-word phrase (modality.tsv,
 * class planned) with a day in the next few words dates the noun it
 * follows.  Scanning on from the cue (at most 40 tokens, up to `to`), the
 * first such phrase: its token, with *own set when it dates the cue, that
 * is when nothing between them opens another clause or noun phrase ("held
 * a meeting to discuss ... the launch scheduled for February 8", "talks
 * with X, ... said that ...") and no determiner stands between the phrase
 * and its day ("in preparation for the summit on June 24" dates the
 * summit).  UINT32_MAX when there is none. */
static uint32_t coming_day_phrase(const doc *d, uint32_t cue, uint32_t to, int *own)
{
    unsigned cw = 1;
    if (!tok_lex(d, cue, LEX_MEETING, &cw) || cw == 0)
        cw = 1;
    int complement = 1;
    for (uint32_t k = cue + cw; k < to && k < cue + 40; k++) {
        const token *u = &d->toks[k];
        if (is_char(d, k, ';') || is_char(d, k, ':'))
            return UINT32_MAX;
        if (u->flags & T_IN_QUOTE) /* a quoted name: the regime "Diia City" */
            continue;
        unsigned wn = 1;
        const lex_entry *m = tok_lex(d, k, LEX_MODALITY, &wn);
        if (m && m->value == NSV_MOD_PLANNED && wn > 0) {
            /* a modal is a clause's own verb ("the summit of the CIS heads
             * of state will be held on December 28"), left to the day's
             * reading; only in a relative clause ("which will take place
             * on") does it follow a noun */
            if ((m->bits & MOD_MODAL) && !(d->toks[k - 1].word_bits & W_SUBORD))
                return UINT32_MAX;
            /* "scheduled for", "to be held in Moscow on", "due to take
             * place on" */
            int det = 0;
            for (uint32_t j = k + wn; j < to && j < k + wn + 6; j++) {
                if (date_phrase_end(d, j, to) > j) {
                    *own = complement && !det;
                    return k;
                }
                if (is_char(d, j, ',') || (d->toks[j].flags & T_SENT_END))
                    break;
                det |= (d->toks[j].word_bits & W_DET) != 0;
            }
            complement = 0; /* "preparations for" another noun */
            k += wn - 1;
            continue;
        }
        int mt = mention_at(d, k); /* a name's words ("the United States") */
        if (mt >= 0 && d->ments[mt].tok_start == k && d->ments[mt].tok_end > k) {
            k = d->ments[mt].tok_end - 1;
            continue;
        }
        /* another clause or a topic: "to discuss", "said that", "on the
         * launch" ("which" only right before its verb: "which is due to") */
        if (tok_is(u, "to") || tok_is(u, "on") || tok_is(u, "about") || tok_is(u, "regarding") ||
            tok_is(u, "concerning") ||
            ((u->word_bits & W_SUBORD) &&
             !(k + 1 < to &&
               ((d->toks[k + 1].word_bits & W_BE) || tok_lex(d, k + 1, LEX_MODALITY, NULL)))) ||
            tok_lex(d, k, LEX_SPEECH, NULL) || tok_lex(d, k, LEX_PAST, NULL))
            complement = 0;
    }
    return UINT32_MAX;
}

/* A month's day between "the" at t and a lower-case word, before `end`:
 * "the September 11, 2001 terrorist attacks", "the March 19, 2013 meeting
 * of the Council", "the November 15 deadline" (a noun phrase the day dates).
 * The token after the day, or t when none opens at t. */
static uint32_t dated_noun_at(const doc *d, uint32_t t, uint32_t end)
{
    if (t + 2 >= end || !tok_is(&d->toks[t], "the") || (d->toks[t].flags & T_IN_QUOTE) ||
        !((d->toks[t + 1].word_bits & W_MONTH) || (d->toks[t + 1].flags & T_NUM)))
        return t;
    uint32_t k = date_phrase_end(d, t + 1, end);
    if (k == t + 1 || k >= end || !(d->toks[k].flags & T_WORD) ||
        (d->toks[k].flags & (T_CAP | T_IN_QUOTE)))
        return t;
    for (uint32_t j = t + 1; j < k; j++)
        if (d->toks[j].word_bits & W_MONTH)
            return k;
    return t;
}

void dated_noun_bounds(const doc *d, uint32_t cue, uint32_t *from, uint32_t *to)
{
    for (uint32_t i = *from; i + 2 < *to; i++) {
        uint32_t end = dated_noun_at(d, i, *to);
        /* ("the September 9 phone call between": the cue's own day) */
        if (end == i || (cue >= end && cue < end + DATED_NOUN_WORDS))
            continue;
        /* (a day before it in the clause dates the cue all the same) */
        int bg;
        if (sentence_date(d, *from, i, &bg) >= 0)
            return;
        if (i > cue) {
            *to = i;
            return;
        }
        *from = end;
        i = end - 1;
    }
}

/* "the recent Russian-American summit", "their previous meeting", "his
 * recent conversation with X": an adjective (modality.tsv "before") in the
 * cue's own noun phrase, a few words before it (a compound's hyphens are
 * free), puts the meeting before the item's day: no default day. */
static int before_item_day(const doc *d, uint32_t cue, uint32_t from)
{
    for (uint32_t t = cue, words = 0; t > from && words < 4;) {
        t--;
        const token *k = &d->toks[t];
        if (tight_hyphen(d, t))
            continue;
        if ((k->flags & (T_PUNCT | T_IN_QUOTE)) || (k->word_bits & (W_DET | W_POSSESSIVE)))
            return 0;
        const lex_entry *past = tok_lex(d, t, LEX_PAST, NULL);
        if (past)
            return past->value == PAST_BEFORE;
        if (k->word_bits & (W_CONJ | W_PREP | W_SUBORD | W_BE | W_AUX))
            return 0;
        words++;
    }
    return 0;
}

/* How many words (a name's counting as one) after a meeting cue its own
 * undated past time may stand ("spoke with Trump last week", "the Summit
 * between X and Y in Woodside in November 2023") */
#define OWN_PAST_TIME_WORDS 10

/* Does an undated past time (words.tsv background, not future: "last week",
 * "earlier this month"; a month with no day, not after the published one;
 * "in 2019", a year before the published one) follow the cue at `cue` in
 * its own clause, before `to`?  A clause ends at a comma, semicolon,
 * subordinator, quote or "since" (words.tsv lookback: "the first since
 * November 2022" dates another event); a day there ("on Monday") is the
 * cue's own. */
static int own_past_time_after(const doc *d, uint32_t cue, uint32_t to)
{
    int py = 0, pm = 0, pd;
    if (d->published >= 0)
        civil_from_days(d->published, &py, &pm, &pd);
    for (uint32_t k = cue + 1, words = 0; k < to && words < OWN_PAST_TIME_WORDS; k++, words++) {
        const token *t = &d->toks[k];
        /* (a place's own comma: "in Woodside, California in November") */
        int pm2 = k + 1 < to && is_char(d, k, ',') ? mention_at(d, k + 1) : -1;
        if (pm2 >= 0 && d->ments[pm2].tok_start == k + 1 && d->ments[pm2].kind == M_PLACE)
            continue;
        if ((t->flags & (T_IN_QUOTE | T_SENT_END)) || is_char(d, k, ',') || is_char(d, k, ';') ||
            (t->word_bits & W_SUBORD))
            return 0;
        int mt = mention_at(d, k);
        if (mt >= 0 && d->ments[mt].tok_start == k && d->ments[mt].tok_end > k) {
            k = d->ments[mt].tok_end - 1;
            continue;
        }
        unsigned wn = 1;
        const lex_entry *w = tok_lex(d, k, LEX_WORD, &wn);
        uint64_t bits = w ? w->bits : t->word_bits;
        if (bits & (W_LOOKBACK | W_RELDAY | W_WEEKDAY | W_FUTURE))
            return 0;
        if (tok_lex(d, k, LEX_MODALITY, NULL))
            return 0; /* "soon", "scheduled": a plan's time */
        if (bits & W_BACKGROUND)
            return 1;
        int n;
        if (bits & W_MONTH) {
            /* "on December 9", "January 20th", "9 December": a day */
            if ((k + 1 < to && d->text[d->toks[k + 1].start] >= '0' &&
                 d->text[d->toks[k + 1].start] <= '9' && !(tok_number(d, k + 1, &n) && n > 31)) ||
                (k > cue + 1 && tok_number(d, k - 1, &n) && n <= 31))
                return 0;
            int year = 0;
            if (k + 1 < to && tok_number(d, k + 1, &year) && year >= 1000 && year <= 2999)
                return py && year < py ? 1 : (year == py && w && w->value < pm);
            return py && w && w->value < pm;
        }
        if (tok_number(d, k, &n) && n >= 1900 && n <= 2999 && t->end - t->start == 4 && py &&
            n < py && k > cue + 1 && tok_is(&d->toks[k - 1], "in"))
            return 1;
        k += wn - 1;
    }
    return 0;
}

/* The date the cue's sentence gives, and whether it is background. */
void ev_date(doc *d, ev_draft *e)
{
    const sentence *s = &d->sents[e->sent];
    uint32_t from = s->tok_start;
    if (e->cue_tok > from + CLAUSE_REACH)
        from = e->cue_tok - CLAUSE_REACH;
    uint32_t to = e->cue_tok + CLAUSE_REACH < s->tok_end ? e->cue_tok + CLAUSE_REACH : s->tok_end;
    while (from < to && before_body(d, d->toks[from].start))
        from++; /* the dateline's day is the publication's, not the event's */
    /* "spoke with X, who will travel there tomorrow": a person's relative
     * clause after the cue dates its own verb, not the event (", which took
     * place on October 12" does date it) */
    for (uint32_t k = e->cue_tok + 1; k + 1 < to; k++)
        if (is_char(d, k, ',') && tok_is(&d->toks[k + 1], "who")) {
            to = k;
            break;
        }
    /* "the President spoke to Senator Collins, and invited her ... to come
     * to the White House early this week": a later clause of its own past
     * verb (", and" and a lower-case -ed or past form) that gives a time
     * with no day dates that clause only, not the cue's (a day there,
     * "and signed it on Monday", is left to the whole sentence) */
    for (uint32_t k = e->cue_tok + 1; k + 2 < to; k++) {
        const token *v = &d->toks[k + 2];
        if (!is_char(d, k, ',') || !tok_is(&d->toks[k + 1], "and") || (v->flags & T_CAP) ||
            (v->flags & T_IN_QUOTE) || !(ed_ending(v) || tok_lex(d, k + 2, LEX_PAST, NULL)))
            continue;
        int bg = 0;
        if (sentence_date(d, k + 2, to, &bg) < 0 && bg)
            to = k;
        break;
    }
    /* "Yesterday, X met A, and, today, he met B", "On April 29, X convened
     * A and on June 9, X and Y convened B": a day in the cue's own clause,
     * after the last "and" or ";" before it, is the cue's */
    for (uint32_t k = e->cue_tok; k-- > from;) {
        const token *c = &d->toks[k];
        if ((c->flags & T_IN_QUOTE) || !(tok_is(c, "and") || is_char(d, k, ';')))
            continue;
        /* "the Thursday and Friday talks": two days of one event */
        if (k > from && (d->toks[k - 1].word_bits & (W_WEEKDAY | W_MONTH | W_RELDAY)))
            continue;
        int bg;
        if (k > from && sentence_date(d, k, e->cue_tok, &bg) >= 0) {
            from = k;
            break;
        }
    }
    /* "talks begun the day before", "In follow up to talks held in Moscow
     * the day before, X had a telephone conversation": a count back from the
     * item's day ("the day before") right after another meeting word dates
     * that meeting, not this cue's */
    for (uint32_t i = from; i < to; i++) {
        unsigned wn = 0;
        if (!tok_is(&d->toks[i], "the")) /* (asked first: the cheaper test) */
            continue;
        const lex_entry *w = tok_lex(d, i, LEX_WORD, &wn);
        if (!w || !(w->bits & W_RELDAY) || wn < 3)
            continue;
        for (uint32_t k = i, steps = 0; k > from && steps < 8; steps++) {
            k--;
            if (is_char(d, k, ',') || is_char(d, k, ';'))
                break;
            const lex_entry *m = tok_lex(d, k, LEX_MEETING, NULL);
            if (!m || m->value == MEET_HOLD || k == e->cue_tok)
                continue;
            if (i > e->cue_tok)
                to = i;
            else
                from = i + wn;
            break;
        }
        i += wn - 1;
    }
    /* "Ahead of Guatemala's runoff election on August 20, X met today",
     * "On the eve of the Holocaust Remembrance Day, January 27, X met": an
     * opening planned-word phrase (modality.tsv) dates the noun it names;
     * the cue's own day is after its comma */
    for (uint32_t k = s->tok_start; k < s->tok_start + 3 && k < e->cue_tok; k++) {
        unsigned wn = 1;
        const lex_entry *m = tok_lex(d, k, LEX_MODALITY, &wn);
        if (!m || m->value != NSV_MOD_PLANNED || (m->bits & MOD_MODAL) ||
            (d->toks[k].flags & T_IN_QUOTE))
            continue;
        for (uint32_t j = k + wn; j < e->cue_tok && j < k + wn + 16; j++) {
            uint32_t end = date_phrase_end(d, j, e->cue_tok);
            if (end > j) {
                if (end < e->cue_tok && is_char(d, end, ',') && end + 1 > from)
                    from = end + 1;
                break;
            }
        }
        break;
    }
    /* "co-founders of the festival, which emerged in response to the
     * September 11, 2001 terrorist attacks": that day dates the attacks */
    dated_noun_bounds(d, e->cue_tok, &from, &to);
    /* a coming day set for another noun after the cue is that event's: the
     * cue's own date ends before it; set for the cue itself, it is a plan
     * (its yearless day then the coming one, not last year's), below */
    int own = 0;
    uint32_t coming = coming_day_phrase(d, e->cue_tok, to, &own);
    if (coming != UINT32_MAX && !own)
        to = coming;
    e->day = event_sentence_date(d, from, to, &e->background, 0, &e->day_kind);
    /* "Today, an executive said its chairman spoke with Trump last week":
     * a day before the cue dates another clause when the cue's own words
     * after it place it at an undated past time (the past, no day) */
    int bg_after;
    if (e->day >= 0 && e->cue_tok > from && e->cue_tok < to &&
        sentence_date(d, e->cue_tok, to, &bg_after) < 0 && own_past_time_after(d, e->cue_tok, to)) {
        e->day = -1;
        e->day_kind = DAY_FIXED;
        e->background = 1;
    }
    if (e->day >= 0)
        e->background = 0;
    else if (before_item_day(d, e->cue_tok, s->tok_start))
        e->background = 1;
    /* (a day after the item's makes it a plan later, after the merging of
     * a bare headline with the coming meeting it names) */
    if (coming != UINT32_MAX && own && e->ev.modality == NSV_MOD_ACTUAL &&
        !past_cue(d, e->cue_tok) && (e->day < 0 || d->published < 0 || e->day <= d->published))
        e->ev.modality = NSV_MOD_PLANNED;
}
