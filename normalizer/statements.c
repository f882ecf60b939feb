/* statements.c - who said what: a speech cue (said, stressed, according to,
 * a transcript turn) with its speaker and content.  Cues inside quotations
 * are part of the quoted speech, not events of their own. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalizer.h"

/* How many drafts a look-back for the voice of the sentences just read
 * passes (a look back to the last meeting asks meet_last): the corpus
 * needs at most 6 (drafts of other types or with no speaker between); an
 * item of thousands of drafts must not make every sentence scan them all. */
#define VOICE_LOOKBACK_DRAFTS 64
/* what recent_voice_draft skips: statements in a subordinate clause, and
 * those whose speaker is named inside another's reported words (for the
 * statement that reported them) */
#define SKIP_SUBORDINATE 1
#define SKIP_EMBEDDED 2

/* Walking back from draft *k (out->n to start, *steps 0) over the last
 * VOICE_LOOKBACK_DRAFTS drafts: the next statement draft, or NULL where the
 * walk ends.  The look-backs to earlier statements share it. */
static const ev_draft *statement_before(const ev_list *out, size_t *k, size_t *steps)
{
    while (*k > 0 && *steps < VOICE_LOOKBACK_DRAFTS) {
        const ev_draft *prev = &out->v[--*k];
        ++*steps;
        if (prev->ev.type == NSV_EV_STATEMENT)
            return prev;
    }
    return NULL;
}

/* How many mentions back a look for a voice named before passes (an
 * entity's last name before a "the company": named_in_speech; the outlet
 * "the paper" stands for: outlet_anaphor; the person a title named:
 * title_of_holder; forward, the body's spelling of a joint statement
 * title's unresolved party: title_mention_entity): an item of thousands
 * of mentions must not make every "it said" scan them all. */
#define VOICE_NEAR_MENTIONS 512

/* How many drafts of its own sentence an outlet read after its content
 * ("..., the FT reports") looks back through for the statement it relays
 * (closing_relay; its other look, for a relay named before its cue,
 * "..., the agency said", passes 16 drafts either side): a sentence of more
 * cues is a list, not one relayed clause, and a hostile one must not make
 * each cue pass all the others. */
#define RELAYED_DRAFTS_BACK 32
/* How many drafts a coordinated cue ("thanked X ... and wished Y", '...
 * And continued: "..."') passes back for the speaker it goes on with: the
 * drafts of its own sentence and the one before; a sentence of hundreds of
 * cues must not make each pass all the others. */
#define CONTINUED_DRAFTS_BACK 32

/* Bounds of four look-backs across an item: the mentions
 * of an item's lead read for its subject (older_body_voice), a sentence's
 * mentions read back for a firm named in its content
 * (anaphor_named_in_content), the mentions read back for a firm written
 * with its partner's name ("McAndrews and Forbes", written_as_one_firm),
 * and the drafts read back for the call or meeting a purpose clause
 * belongs to (actual_meeting_of: a readout's headline call may lie a few
 * dozen drafts back).  An item of thousands of mentions or drafts must not
 * make every cue scan them all. */
#define LEAD_SUBJECT_MENTIONS 24
#define CONTENT_NAMED_MENTIONS 64
#define ONE_FIRM_MENTIONS 400
#define PURPOSE_MEETING_DRAFTS 64

/* Bytes of [start, end) that lie inside quotation spans.  The spans are in
 * text order and never overlap (one opens after the last closed), so the
 * first that may reach into the range is found by bisection: every
 * statement of an item of thousands of quotations must not pass them all. */
static size_t quoted_bytes(const doc *d, uint32_t start, uint32_t end)
{
    size_t lo = 0, hi = d->nquotes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->quotes[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t n = 0;
    for (size_t q = lo; q < d->nquotes && d->quotes[q].start < end; q++) {
        uint32_t a = d->quotes[q].start > start ? d->quotes[q].start : start;
        uint32_t b = d->quotes[q].end < end ? d->quotes[q].end : end;
        if (b > a)
            n += b - a;
    }
    return n;
}

static void set_content(doc *d, ev_draft *e, uint32_t start, uint32_t end, int quoted)
{
    while (end > start && (d->text[end - 1] == ' ' || d->text[end - 1] == '\n'))
        end--;
    if (end <= start)
        return;
    e->content_start = start;
    e->content_end = end;
    e->ev.direct = quoted || quoted_bytes(d, start, end) * 2 > (size_t)(end - start);
    if (start < e->ev.evidence_start)
        e->ev.evidence_start = start;
    if (end > e->ev.evidence_end)
        e->ev.evidence_end = end;
}

/* The mention whose last token is t - 1 (the one ending right before token
 * t), when t - 1 is at or past token `from`; else -1. */
static int mention_ending_at(const doc *d, uint32_t t, uint32_t from)
{
    int m = t > from ? mention_at(d, t - 1) : -1;
    return m >= 0 && d->ments[m].tok_end == t ? m : -1;
}

/* Is sentence s a news lede with a sentence after it: the body's first
 * sentence (the title, when there is one, reads as the first paragraph)? */
static int lede_sentence(const doc *d, const sentence *s)
{
    return !(s > d->sents && (s - 1)->start >= d->title_len) && s->start >= d->title_len &&
           s + 1 < d->sents + d->nsents;
}

/* Widens e's evidence to open at token t, when it opens later. */
static void evidence_from(const doc *d, ev_draft *e, uint32_t t)
{
    if (d->toks[t].start < e->ev.evidence_start)
        e->ev.evidence_start = d->toks[t].start;
}

/* Tokens [from, comma) are one fronted phrase: a preposition or a
 * subordinating word opens them ("During the meeting", "If the court does
 * not hear the case") and no comma, quotation or speech cue falls inside. */
static int fronted_phrase(const doc *d, uint32_t from, uint32_t comma)
{
    /* "Whether he had something to offer, he said, was ..." is the subject
     * of the content, "At least three people died" its main clause */
    if (from >= comma || comma - from > 24)
        return 0;
    /* "Asked whether ..., Shultz said ...", "Speaking to journalists, he
     * said ...": a speech participle opens a scene of its own */
    const token *f = &d->toks[from];
    int participle =
        f->lower_len > 4 && (ed_ending(f) || ing_form(f)) && tok_lex(d, from, LEX_SPEECH, NULL);
    if ((!participle && !(f->word_bits & (W_PREP | W_SUBORD))) || tok_is(f, "that") ||
        tok_is(f, "whether") || tok_is(&d->toks[from + 1], "least"))
        return 0;
    for (uint32_t k = from + participle; k < comma; k++)
        if (is_char(d, k, ',') || is_char(d, k, ';') ||
            (d->toks[k].flags & (T_QUOTE | T_IN_QUOTE)) || tok_lex(d, k, LEX_SPEECH, NULL))
            return 0;
    return 1;
}

/* The words before the comma at [comma] only set the scene of what is said
 * from [c] on: "Under the proposed sale, the companies said Aloha would
 * acquire ...", "In particular, they noted the need to ...".  One or two
 * words after the cue name whom it was told ("..., McConnell told MSPs."),
 * not what, so the words before stay the content then. */
static int scene_before(const doc *d, const sentence *s, uint32_t comma, uint32_t c)
{
    /* "..., he said, adding that ...": the words before are the content */
    if (!fronted_phrase(d, s->tok_start, comma) || c >= s->tok_end ||
        tok_lex(d, c, LEX_SPEECH, NULL))
        return 0;
    int words = 0;
    for (uint32_t k = c; k < s->tok_end && words < 3; k++)
        words += (d->toks[k].flags & T_WORD) != 0;
    return words >= 3;
}

/* A joint statement: every party speaks; the speaker reads "A and B". */
static void set_joint_speaker(doc *d, ev_draft *e, const int *ents, int n)
{
    size_t len = 0;
    for (int i = 0; i < n; i++) {
        len += strlen(ent_shown(&d->ents[ents[i]])) + 5;
        ev_add_party(d, e, ents[i]);
    }
    char *name = arena_alloc(d->mem, len + 1);
    if (name) {
        for (int i = 0; i < n; i++) {
            if (i)
                strcat(name, i + 1 == n ? " and " : ", ");
            strcat(name, ent_shown(&d->ents[ents[i]]));
        }
    }
    e->ev.speaker.name = name;
    e->ev.speaker.kind = NSV_KIND_GROUP;
    /* a role or country the speakers share, not the one of a member an
     * earlier reading took ("Shultz and Weinberger" hold two offices) */
    const char *role = n ? d->ents[ents[0]].role : NULL;
    const char *country = n ? d->ents[ents[0]].country : NULL;
    for (int i = 1; i < n; i++) {
        const entity *x = &d->ents[ents[i]];
        if (!role || !x->role || strcmp(role, x->role))
            role = NULL;
        if (!country || !x->country || strcmp(country, x->country))
            country = NULL;
    }
    e->ev.speaker.role = role;
    e->ev.speaker.country = country;
    e->speaker_ent = -1;
}

/* The last bilateral meeting before sentence `sent` or, in it, before byte
 * `before`: "they", "the sides", "the leaders" speak for its parties ("They
 * welcomed the talks between the EU and the UK": not those talks).  "Last"
 * is the latest on the list, as a scan back from its end would find. */
static const ev_draft *last_meeting(doc *d, const ev_list *out, uint32_t sent, uint32_t before)
{
    /* a meeting named in passing ("following the call between ...") gives
     * way to the one before it that the readout reports, if any */
    long last = meet_last(d, out, MEET_THEY_MAIN, sent, before);
    if (last < 0)
        last = meet_last(d, out, MEET_THEY, sent, before);
    if (last < 0)
        return NULL;
    const ev_draft *m = &out->v[last];
    /* a body among the parties makes "they" anyone's (a company's
     * staff, its analysts), unless the meeting is of named people the
     * body is the employer of ("Sullivan met Commission Vice Presidents
     * X and Y. They highlighted ..."): two to four people named (a
     * session of a council's ten members is no pair that speaks) */
    int people = 0, bodies = 0;
    for (int p = 0; p < m->nents; p++) {
        if (d->ents[m->ents[p]].kind == NSV_KIND_ORGANIZATION)
            bodies++;
        else if (d->ents[m->ents[p]].kind == NSV_KIND_PERSON)
            people++;
    }
    if (bodies && (people < 2 || people > 4 || bodies > 1))
        return NULL;
    return m;
}

/* Does group mention m say its number ("the two leaders", "both sides":
 * words.tsv class number)? */
static int counted_group(const doc *d, int m)
{
    const mention *g = &d->ments[m];
    for (uint32_t t = g->tok_start; t < g->tok_end; t++)
        if (d->toks[t].word_bits & W_NUMBER_WORD)
            return 1;
    /* "the leaders of Poland and Lithuania": its two countries count it */
    return g->tok_end >= g->tok_start + 5 && tok_is(&d->toks[g->tok_end - 2], "and") &&
           tok_lex(d, g->tok_end - 1, LEX_COUNTRY, NULL) != NULL;
}

/* The office group mention m names its members by ("the foreign ministers",
 * "the presidents"), else NULL ("the leaders", "the sides"). */
static const char *group_office(const doc *d, int m)
{
    for (uint32_t t = d->ments[m].tok_start; t < d->ments[m].tok_end; t++) {
        const token *x = &d->toks[t];
        if (!strncmp(x->lower, "minister", 8))
            return "minister";
        if (!strncmp(x->lower, "president", 9))
            return "president";
    }
    return NULL;
}

/* "President Biden held a secure video call with European leaders today.
 * They reiterated ...  Participants in the call included President X of
 * France, ...": "they" (or "the leaders", of no number or office) after a
 * readout's call or meeting with unnamed leaders, in the same paragraph
 * within two sentences, whose people a roster lists only later (the roster
 * is read after the statements).  Returns 1 + the meeting's index, else 0. */
static size_t roster_call(doc *d, const ev_list *out, const sentence *s, int gm, uint32_t at)
{
    const mention *g = &d->ments[gm];
    if (g->kind == M_GROUP_DESC && (counted_group(d, gm) || group_office(d, gm) || g->n_members))
        return 0;
    uint32_t here = (uint32_t)(s - d->sents);
    long last = meet_last(d, out, MEET_ACTUAL, here, at);
    if (last < 0)
        return 0;
    const ev_draft *m = &out->v[last];
    if (!m->open_group || m->nents != 1 || strcmp(m->ev.rule, "meeting.unnamed_group") ||
        m->sent + 2 < here || d->sents[m->sent].para != s->para)
        return 0;
    /* the unnamed group met is leaders (not "advocates", "participants") */
    const sentence *ms = &d->sents[m->sent];
    for (uint32_t t = m->cue_tok; t < ms->tok_end && t < m->cue_tok + 12; t++)
        if (tok_is(&d->toks[t], "leaders"))
            return (size_t)last + 1;
    return 0;
}

/* The people of the last actual meeting reported before token t of
 * sentence s (meet_last), at most MAX_PARTIES, into ents; their number, 0
 * when there is none or when entity `who` (if >= 0) is not among its
 * parties. */
static int meeting_people(doc *d, const ev_list *out, const sentence *s, uint32_t t, int who,
                          int *ents)
{
    long last = meet_last(d, out, MEET_ACTUAL, (uint32_t)(s - d->sents), d->toks[t].start);
    if (last < 0 || (who >= 0 && !ev_has_party(&out->v[last], who)))
        return 0;
    const ev_draft *m = &out->v[last];
    int n = 0;
    for (int p = 0; p < m->nents && n < MAX_PARTIES; p++)
        if (d->ents[m->ents[p]].kind == NSV_KIND_PERSON)
            ents[n++] = m->ents[p];
    return n;
}

/* "The Vice President and the state leaders reaffirmed", "President Biden
 * and administration officials underscored": a named person and a group of
 * no names joined as one subject ending before token k (the verb group).
 * Returns the person's mention, else -1.  The group must be plural people
 * ("leaders", "officials", "executives"), at most four words after "and",
 * none of them a named party; the person opens the subject (the sentence,
 * or after a comma: "During the event, President Biden and ..."). */
static int person_and_group(const doc *d, const sentence *s, uint32_t k)
{
    if (k < s->tok_start + 3)
        return -1;
    const token *h = &d->toks[k - 1];
    if (!(h->word_bits & (W_GROUP | W_UNNAMED | W_PEOPLE)) ||
        (h->word_bits & (W_STATES | W_PRESS | W_CREDITOR)) || (h->flags & T_IN_QUOTE) ||
        h->lower_len < 2 || h->lower[h->lower_len - 1] != 's')
        return -1;
    uint32_t a = k - 1;
    while (a > s->tok_start && a + 4 >= k && !tok_is(&d->toks[a], "and")) {
        const token *u = &d->toks[a];
        int m = mention_at(d, a);
        if (!(u->flags & T_WORD) || (m >= 0 && d->ments[m].entity >= 0) ||
            (u->word_bits & (W_PREP | W_SUBORD | W_AUX | W_CONJ)) ||
            tok_lex(d, a, LEX_SPEECH, NULL))
            return -1;
        a--;
    }
    if (!tok_is(&d->toks[a], "and") || a + 1 >= k)
        return -1;
    int m = mention_ending_at(d, a, s->tok_start);
    if (m < 0 || d->ments[m].entity < 0 || !party_mention(d, m) ||
        d->ents[d->ments[m].entity].kind != NSV_KIND_PERSON ||
        (d->toks[a - 1].flags & (T_POSS | T_IN_QUOTE)))
        return -1;
    uint32_t b = d->ments[m].tok_start;
    if (b > s->tok_start && tok_is(&d->toks[b - 1], "the"))
        b--;
    return b == s->tok_start || is_char(d, b - 1, ',') ? m : -1;
}

/* "Today, A, B and C hosted a convening with drug manufacturers. ...
 * senior Biden-Harris officials reiterated ...", "The officials also called
 * on": in a readout, officials with no body of their own are the people
 * named in the meeting just reported (GUIDE: a group the item resolves to
 * named parties).  Fills ents with that meeting's people (two to eight;
 * its bodies and countries are the guests or the place) and returns their
 * number, else 0. */
static int readout_officials(doc *d, const ev_list *out, const sentence *s, uint32_t k, int *ents)
{
    static const char readout[] = "Readout";
    if (d->title_len < sizeof readout || memcmp(d->text, readout, sizeof readout - 1) != 0 ||
        k <= s->tok_start + 1 || !staff_word(&d->toks[k - 1]) ||
        (d->toks[k - 1].flags & T_IN_QUOTE))
        return 0;
    /* the words before: an article, "senior", capitalised words of no body
     * or country of the item ("Biden-Harris", "Administration"); a bare
     * "Officials underscored" may be anyone's */
    for (uint32_t q = k - 1; q-- > s->tok_start;) {
        const token *x = &d->toks[q];
        int m = mention_at(d, q);
        /* "White House officials": the body speaks (body_officials); a
         * hyphened pair of names ("Biden-Harris") names an administration */
        if (m >= 0 && d->ments[m].entity >= 0 && !(q > s->tok_start && is_char(d, q - 1, '-')) &&
            !(q + 1 < k && is_char(d, q + 1, '-')))
            return 0;
        if (tok_is(x, "the"))
            break;
        if (!(tok_is(x, "senior") || tok_is(x, "administration") || (x->flags & T_CAP) ||
              is_char(d, q, '-')))
            break;
    }
    int n = meeting_people(d, out, s, k - 1, -1, ents);
    return n >= 2 && n <= 8 ? n : 0;
}

/* The coordinated named subject opening sentence s (after a "But": "A
 * and B", "A, B and C": people, bodies or countries, each named, no
 * possessive after the list) ending before token `end`.  Fills ents (two to
 * MAX_PARTIES, distinct) and returns their number, the token after the list
 * at *after; else 0. */
static int coordinated_names(const doc *d, const sentence *s, uint32_t end, int *ents,
                             uint32_t *after)
{
    uint32_t k = s->tok_start;
    /* "But A and B", "And A and B" */
    if (k < end && (d->toks[k].word_bits & (W_CONJ | W_OPENER)) && mention_at(d, k) < 0)
        k++;
    int n = 0, joined = 0;
    while (k < end && n < MAX_PARTIES) {
        int m = mention_at(d, k);
        if (m < 0 || d->ments[m].tok_start != k || !party_mention(d, m) ||
            !(d->ments[m].kind == M_PERSON || d->ments[m].kind == M_ORG ||
              d->ments[m].kind == M_COUNTRY))
            return 0;
        for (int p = 0; p < n; p++)
            if (ents[p] == d->ments[m].entity)
                return 0;
        ents[n++] = d->ments[m].entity;
        k = d->ments[m].tok_end;
        /* "President X of France, Chancellor Y of Germany and ...": a
         * person's own country is part of the conjunct */
        if (d->ments[m].kind == M_PERSON)
            k = of_country_end(d, k, end);
        if (joined)
            break;
        if (k < end && is_char(d, k, ','))
            k++;
        if (k < end && tok_is(&d->toks[k], "and")) {
            joined = 1;
            k++;
        } else if (!(k > s->tok_start && is_char(d, k - 1, ',')))
            return 0;
    }
    /* (not "France and Germany's leaders", nor a list going on) */
    if (!joined || n < 2 || k >= end || (d->toks[k - 1].flags & T_POSS) || is_char(d, k, ',') ||
        tok_is(&d->toks[k], "and") || (d->toks[k].flags & T_CAP))
        return 0;
    *after = k;
    return n;
}

/* Is token t a plural noun for people or bodies no one is named as
 * ("analysts", "officials", "traders", "the companies")? */
static int unnamed_plural(const doc *d, uint32_t t)
{
    const token *x = &d->toks[t];
    if (!(x->flags & T_WORD))
        return 0;
    int m = mention_at(d, t);
    if (m >= 0 && d->ments[m].kind == M_GROUP_DESC)
        return 1;
    return (x->word_bits & (W_UNNAMED | W_GROUP | W_PEOPLE | W_SIDE_GROUP | W_ATTENDEE | W_PRESS |
                            W_CREDITOR | W_STATES | W_ROSTER)) ||
           ((x->word_bits & (W_FIRM | W_ORG_HEAD | W_PUBLIC_BODY)) && x->lower_len > 1 &&
            x->lower[x->lower_len - 1] == 's');
}

/* Did statement prev's subject, right before its cue, name its body by a
 * plural noun that stands for it (body_nouns.tsv: "MPs said", "the MPs
 * said" for the committee of MPs the item names), or by a "they" that was
 * read as that body? */
static int plural_body_subject(const doc *d, const ev_draft *prev)
{
    const sentence *ps = &d->sents[prev->sent];
    uint32_t t = verb_group_start(d, prev->cue_tok, ps->tok_start);
    if (t <= ps->tok_start)
        return 0;
    const token *x = &d->toks[t - 1];
    /* ("They said ... , they said": a "they" read as that body goes on) */
    if (tok_is(x, "they") && !(x->flags & T_IN_QUOTE))
        return 1;
    if (x->lower_len < 2 || x->lower[x->lower_len - 1] != 's' || (x->flags & T_IN_QUOTE) ||
        !tok_lex(d, t - 1, LEX_BODY_NOUN, NULL))
        return 0;
    int m = mention_ending_at(d, t, ps->tok_start);
    return m >= 0 && d->ments[m].entity == prev->speaker_ent;
}

/* The statement made last before token k of sentence s, in s or the `back`
 * sentences before it, not dropped (among the last VOICE_LOOKBACK_DRAFTS
 * drafts), or NULL: the voice an anaphor ("they", "the officials") may
 * continue. */
static const ev_draft *statement_last_before(const doc *d, const ev_list *out, const sentence *s,
                                             uint32_t k, uint32_t back)
{
    uint32_t here = (uint32_t)(s - d->sents);
    size_t q = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &q, &steps));) {
        /* (the window first: drafts are in text order) */
        if (prev->sent + back < here)
            return NULL;
        if (!prev->dropped && prev->cue_tok < k)
            return prev;
    }
    return NULL;
}

/* The mention that named statement prev's speaker when that is a body
 * standing for itself ("SEC officials said", "The Democrats said"), else
 * -1. */
static int body_voice_mention(const doc *d, const ev_draft *prev)
{
    int pm = prev->speaker_mention;
    if (pm < 0 || prev->speaker_ent < 0 ||
        d->ents[prev->speaker_ent].kind != NSV_KIND_ORGANIZATION ||
        d->ments[pm].entity != prev->speaker_ent)
        return -1;
    return pm;
}

/* "A and B won the case. They also said ...": "they" at token k - 1, the
 * subject of a speech cue, is the named parties coordinated as the subject
 * of this sentence's earlier clause or of the sentence before (GUIDE: a
 * group the item resolves to named parties), when no unnamed plural
 * ("analysts", "officials") stands between them.  Fills ents, returns their
 * number, else 0; for one body whose officials spoke, *body_m is the
 * mention that named it (else -1). */
static int they_named_subject(const doc *d, const ev_list *out, const sentence *s, uint32_t k,
                              int *ents, int *body_m)
{
    const token *they = &d->toks[k - 1];
    *body_m = -1;
    if (!tok_is(they, "they") || (they->flags & T_IN_QUOTE))
        return 0;
    /* (not the content of a cue: "have said they told", "which they say") */
    int inverted = 0;
    if (k - 1 > s->tok_start) {
        const token *b = &d->toks[k - 2];
        if ((b->cats & (1u << LEX_SPEECH)) || tok_is(b, "that") || tok_is(b, "which"))
            return 0;
        inverted = is_char(d, k - 2, ',');
    }
    uint32_t after = 0;
    /* ('..., they said.': its content came before, so a list opening this
     * sentence is the content's subject, never the speaker; only the voice
     * of the sentence before may go on) */
    int n = inverted ? 0 : coordinated_names(d, s, k - 1, ents, &after);
    if (!n && !inverted && s > d->sents)
        n = coordinated_names(d, s - 1, s[-1].tok_end, ents, &after);
    /* "They explained that ... They further stated": the named parties of
     * the joint statement just before speak again */
    const ev_draft *prev = n ? NULL : statement_last_before(d, out, s, k, 1);
    if (prev && prev->ev.speaker.kind == NSV_KIND_GROUP && prev->nents >= 2) {
        n = prev->nents;
        for (int p = 0; p < n; p++)
            ents[p] = prev->ents[p];
        after = prev->cue_tok + 1;
    }
    /* one body (one party): "The White House officials closed the meeting
     * ... They explained", the body whose officials spoke; "The
     * Conservatives said ... They also said", "The Democrats called on ...
     * They said", a body named in the plural speaks again */
    int pm = prev && !n ? body_voice_mention(d, prev) : -1;
    if (pm >= 0 && d->ments[pm].tok_end <= prev->cue_tok &&
        ((d->ments[pm].tok_end < prev->cue_tok && staff_word(&d->toks[d->ments[pm].tok_end])) ||
         plural_s_ending(&d->toks[d->ments[pm].tok_end - 1]) || plural_body_subject(d, prev))) {
        ents[0] = prev->speaker_ent;
        *body_m = pm;
        n = 1;
        after = prev->cue_tok + 1;
    }
    if (!n)
        return 0;
    /* (bounded: the two sentences at most; '..., they said.' looks no
     * further than its own sentence's start: the plurals of the content
     * before it are what was said, not who said it) */
    uint32_t upto = inverted ? s->tok_start : k - 1;
    for (uint32_t t = after; t < upto; t++) {
        if (!unnamed_plural(d, t))
            continue;
        /* "The Tories insisted they would hold ministers to account. They
         * said", "officials thanked the leaders for their work. They
         * underscored": in the sentence before, a plural that punctuation,
         * a preposition or a conjunction follows (past its whole mention)
         * is an object, no subject "they" could mean ("but analysts
         * disagreed. They said" still is; an open group that spoke was
         * ruled out before) */
        int pm = mention_at(d, t);
        uint32_t e = pm >= 0 && d->ments[pm].tok_end > t ? d->ments[pm].tok_end : t + 1;
        if (t < s->tok_start && e < d->ntoks &&
            ((d->toks[e].flags & T_PUNCT) || (d->toks[e].word_bits & (W_PREP | W_CONJ)))) {
            t = e - 1;
            continue;
        }
        return 0;
    }
    return n;
}

/* "SEC officials said ... The officials said", "senior White House
 * officials underscored ... The officials thanked": a bare "the officials"
 * at token k - 1, the subject of a speech cue, is the named body whose
 * officials made the last statement, in this sentence or the three before
 * (GUIDE: a body's people speak for it; words.tsv unnamed UNNAMED_STAFF).
 * Not when other officials come between ("Japanese officials said" that
 * no body stands for: an open group, skipped).  Fills ents[0] with the
 * body and *body_m with the mention that named it, returns 1; else 0. */
static int officials_of_body_before(const doc *d, const ev_list *out, const sentence *s, uint32_t k,
                                    int *ents, int *body_m)
{
    if (k < s->tok_start + 2 || !staff_word(&d->toks[k - 1]) ||
        !definite_article(&d->toks[k - 2]) || (d->toks[k - 1].flags & T_IN_QUOTE))
        return 0;
    const ev_draft *prev = statement_last_before(d, out, s, k, 3);
    int pm = prev && prev->nents == 1 ? body_voice_mention(d, prev) : -1;
    if (pm < 0 || d->ments[pm].tok_end >= d->ntoks || !staff_word(&d->toks[d->ments[pm].tok_end]))
        return 0;
    /* (no other officials between: bounded by the four sentences) */
    for (uint32_t t = prev->cue_tok + 1; t + 2 < k; t++)
        if (staff_word(&d->toks[t]) && !(d->toks[t].flags & T_IN_QUOTE))
            return 0;
    ents[0] = prev->speaker_ent;
    *body_m = pm;
    return 1;
}

/* The speaker is mention m, which stands for the party of mention `voice`
 * (usually m itself; for "he said" continuing a speaker, the earlier one). */
static void set_speaker_voice(doc *d, ev_draft *e, int m, int voice)
{
    const mention *x = &d->ments[voice];
    e->speaker_mention = voice;
    if (voice == m && x->sent != e->sent)
        ev_add_party(d, e, x->entity); /* a message's sender named before: the
                                        * evidence stays in its sentence */
    else
        ev_add_mention(d, e, voice == m ? m : -1);
    if (voice != m) {
        ev_add_party(d, e, x->entity);
        const mention *at = &d->ments[m];
        evidence_from(d, e, at->tok_start);
        if (d->toks[at->tok_end - 1].end > e->ev.evidence_end)
            e->ev.evidence_end = d->toks[at->tok_end - 1].end;
    }
    if (x->kind == M_GROUP_DESC && x->n_members >= 2) {
        set_joint_speaker(d, e, x->members, x->n_members);
        return;
    }
    e->speaker_ent = x->entity;
    party_from_entity(d, x->entity, &e->ev.speaker);
}

static void set_speaker(doc *d, ev_draft *e, int m)
{
    set_speaker_voice(d, e, m, m);
}

/* Statement e speaks for entity ent alone: its one party and its speaker
 * (its speaker mention stays as set). */
static void set_speaker_entity(doc *d, ev_draft *e, int ent)
{
    e->nents = 0;
    ev_add_party(d, e, ent);
    e->speaker_ent = ent;
    party_from_entity(d, ent, &e->ev.speaker);
}

/* The quotation closing right before token t (", or ,"), or -1. */
static int quote_closing_before(const doc *d, uint32_t t, uint32_t from)
{
    uint32_t k = t;
    while (k > from && is_char(d, k - 1, ','))
        k--;
    if (k > from && (d->toks[k - 1].flags & T_QUOTE_CLOSE))
        return d->toks[k - 1].quote;
    return -1;
}

/* Does a subject at token t open its clause (opens_clause_after), or
 * follow a closing quotation mark ('"...," the official said')? */
static int opens_clause_or_quote(const doc *d, uint32_t t, uint32_t from)
{
    return opens_clause_after(d, t, from, 0) || (d->toks[t - 1].flags & T_QUOTE_CLOSE);
}

/* The quotation opening right after token t (": ", ", in part: " or
 * directly), or -1. */
static int quote_opening_after(const doc *d, uint32_t t, uint32_t limit)
{
    uint32_t k = t;
    while (k < limit && (is_char(d, k, ':') || is_char(d, k, ',')))
        k++;
    if (k + 1 < limit && tok_is(&d->toks[k], "in") &&
        (tok_is(&d->toks[k + 1], "part") || tok_is(&d->toks[k + 1], "particular")))
        for (k += 2; k < limit && (is_char(d, k, ':') || is_char(d, k, ','));)
            k++;
    if (k < d->ntoks && (d->toks[k].flags & T_QUOTE_OPEN))
        return d->toks[k].quote;
    return -1;
}

static void quote_content(doc *d, ev_draft *e, int q)
{
    set_content(d, e, d->quotes[q].start, d->quotes[q].end, 1);
}

/* Does quotation q, opened in sentence s, close inside it with no
 * punctuation of its own and a lower-case word of the same clause right
 * after ('said "excess volatility" would impede growth')?  Such a quotation
 * is a phrase of reported speech, not the whole of what was said; one that
 * ends on a comma or stop ('"...," he added', '"..." since 1987.') is not
 * read so. */
static int quoted_phrase_in_clause(const doc *d, const sentence *s, int q)
{
    const quote_span *qs = &d->quotes[q];
    uint32_t c = qs->close_tok;
    if (!qs->closed || c <= qs->open_tok + 1 || c + 1 >= s->tok_end)
        return 0;
    if (d->toks[c - 1].flags & T_PUNCT)
        return 0;
    const token *nx = &d->toks[c + 1];
    return (nx->flags & T_WORD) && !(nx->flags & (T_CAP | T_NUM | T_QUOTE));
}

/* Does quotation q open inside sentence s, right after a word of a clause
 * the sentence opened, on a lower-case word ('The trend was "stupid"',
 * 'Such bids "often depend on ..."'), with no speech cue of its own before
 * it?  Then the quotation only ends that clause.  One after a comma or
 * opening on a capital ('If talks fail, "We will act"', 'dubbed "Do No
 * Harm"') is read as the whole content. */
static int quote_ends_clause(const doc *d, const sentence *s, int q)
{
    uint32_t o = d->quotes[q].open_tok;
    if (o <= s->tok_start || o + 1 >= s->tok_end || !(d->toks[o - 1].flags & T_WORD) ||
        !(d->toks[o + 1].flags & T_WORD) || (d->toks[o + 1].flags & T_CAP))
        return 0;
    /* (bounded: a sentence of thousands of words before the mark is no
     * clause of this shape) */
    if (o - s->tok_start > 64)
        return 0;
    for (uint32_t k = s->tok_start; k < o; k++)
        if (!(d->toks[k].flags & T_IN_QUOTE) && tok_lex(d, k, LEX_SPEECH, NULL))
            return 0;
    return 1;
}

/* Does the cue at token i, a verb of attitude (speech_cues.tsv attitude)
 * whose pronoun subject opens at token subj, stand in the content of a
 * speech verb of the same speaker (entity ent) in its sentence: "He said
 * (that) he accepted that ...", "Kato told reporters he welcomed the
 * outcome"?  The attitude restates that speech: one attribution (GUIDE),
 * not two.  Only a speech verb right before the pronoun, past "that" or
 * an addressee of at most two words. */
static int attitude_in_own_speech(const doc *d, const ev_list *out, const sentence *s, uint32_t i,
                                  uint32_t subj, int ent)
{
    const lex_entry *pc = tok_lex(d, i, LEX_SPEECH, NULL);
    if (ent < 0 || !pc || !(pc->bits & SPEECH_ATTITUDE) || subj <= s->tok_start)
        return 0;
    uint32_t t = subj;
    if (t > s->tok_start + 1 && tok_is(&d->toks[t - 1], "that"))
        t--;
    uint32_t cue = UINT32_MAX;
    for (uint32_t k = t, n = 0; k > s->tok_start && n < 3; k--, n++) {
        const token *x = &d->toks[k - 1];
        if (!(x->flags & T_WORD) || (x->flags & T_IN_QUOTE))
            break;
        if (x->cats & (1u << LEX_SPEECH)) {
            cue = k - 1;
            break;
        }
    }
    if (cue == UINT32_MAX)
        return 0;
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev;
         (prev = statement_before(out, &k, &steps)) && prev->sent == (uint32_t)(s - d->sents);)
        if (!prev->dropped && prev->cue_tok == cue && prev->speaker_ent == ent)
            return 1;
    return 0;
}

/* Is the cue ending before token `cue_end`, whose subject opens at token
 * `subj` of sentence s, in a relative clause whose relative word is its
 * object ("the framework that the President then announced.", "a charge
 * which the administration denies", "which the President spoke about in
 * his address")?  The clause names what was said before it and says
 * nothing of its own.  Not a "that" after a speech verb ("He noted that
 * Ivan Dorov announced on Monday ..."), nor a clause whose cue has words
 * of its own after a time or place ("announced in May that ...", "that
 * Biden announced on May 9, 2023 will join"). */
static int object_relative_cue(const doc *d, const sentence *s, uint32_t subj, uint32_t cue_end)
{
    if (subj < s->tok_start + 2)
        return 0;
    const token *rel = &d->toks[subj - 1], *head = &d->toks[subj - 2];
    if (tok_is(rel, "which")) {
        if (head->word_bits & W_PREP)
            return 0; /* "in which he announced" */
    } else if (tok_is(rel, "that")) {
        if (!(head->flags & T_WORD) || (head->word_bits & (W_PREP | W_CONJ)) ||
            tok_lex(d, subj - 2, LEX_SPEECH, NULL))
            return 0;
    } else {
        return 0;
    }
    uint32_t k = cue_end;
    while (k < s->tok_end && adverb_after_verb(&d->toks[k]))
        k++;
    /* ("threatened to use his wealth": the infinitive is the content) */
    if (k < s->tok_end && !is_char(d, k, '.') && !is_char(d, k, ',') && !is_char(d, k, ';') &&
        (!(d->toks[k].word_bits & W_PREP) || tok_is(&d->toks[k], "to")))
        return 0;
    for (uint32_t j = k; j < s->tok_end && j < k + 10; j++) {
        if (tok_is(&d->toks[j], "that") || (d->toks[j].flags & T_QUOTE) || is_char(d, j, ':'))
            return 0;
        /* ("Governors that Biden announced on February 9, 2023 will join":
         * a modal after the cue's time makes the relative word the subject
         * of what was announced, content of its own) */
        if (modal_word(d, j) && !(d->toks[j].flags & T_CAP))
            return 0;
        int date_comma = is_char(d, j, ',') && j > k && j + 1 < s->tok_end &&
                         (d->toks[j - 1].flags & T_NUM) && (d->toks[j + 1].flags & T_NUM);
        if ((d->toks[j].flags & T_PUNCT) && !date_comma)
            break;
    }
    return 1;
}

/* Where the reported clause that runs on from token `from` of sentence s
 * ends: before an "and" or "but" with a speech cue in the next few words
 * ("... and said ...", "... and Governor Whitmer explained ..."), which
 * opens a statement of its own; else at the sentence end. */
static uint32_t clause_run_end(const doc *d, const sentence *s, uint32_t from)
{
    for (uint32_t k = from; k + 1 < s->tok_end; k++) {
        if ((d->toks[k].flags & T_IN_QUOTE) ||
            !((d->toks[k].word_bits & W_CONJ) || tok_is(&d->toks[k], "but")))
            continue;
        for (uint32_t j = k + 1; j < s->tok_end && j <= k + 4; j++)
            if (!(d->toks[j].flags & T_IN_QUOTE) && tok_lex(d, j, LEX_SPEECH, NULL))
                return k > from && is_char(d, k - 1, ',') ? d->toks[k - 1].start : d->toks[k].start;
    }
    return s->end;
}

/* The content of a statement whose subject opens at token `subj` of
 * sentence s and whose cue ends before token `cue_end`: a quotation or a
 * clause closing on a comma right before the subject ('"...," they said',
 * "..., they said"; not a fronted phrase that only sets the scene), else
 * what follows the cue (past a "that"). */
static void content_beside_subject(doc *d, ev_draft *e, const sentence *s, uint32_t subj,
                                   uint32_t cue_end)
{
    uint32_t c = cue_end;
    if (c < s->tok_end && tok_is(&d->toks[c], "that"))
        c++;
    int q = quote_closing_before(d, subj, s->tok_start);
    if (q >= 0)
        quote_content(d, e, q);
    else if (subj > s->tok_start + 1 && is_char(d, subj - 1, ',') &&
             !scene_before(d, s, subj - 1, c))
        set_content(d, e, s->start, d->toks[subj - 1].start, 0);
    else if (c < s->tok_end)
        set_content(d, e, d->toks[c].start, s->end, 0);
}

/* Does the name end in word w, case-folded ("Scottish Executive")? */
static int name_ends_with(const char *name, const char *w)
{
    size_t nl = strlen(name), wl = strlen(w);
    return nl >= wl && !strcasecmp(name + nl - wl, w) && (nl == wl || name[nl - wl - 1] == ' ');
}

/* Does word w head an "X of Y" part of the name ("Ministry of Finance",
 * "Italy's Ministry of State Participation")? */
static int name_heads_of(const char *name, const char *w)
{
    size_t wl = strlen(w);
    for (const char *p = name; *p; p++)
        if ((p == name || p[-1] == ' ') && !strncasecmp(p, w, wl) && !strncmp(p + wl, " of ", 4))
            return 1;
    return 0;
}

/* The last body named before token t, in its sentence or the two before,
 * whose name ends in the word w or where w heads an "of" phrase
 * ("ministry" ~ "Finance Ministry", "Ministry of Finance"; not "exchange" ~
 * "Securities and Exchange Commission"); or -1.
 * With `tail`, up to 64 sentences before, but the name must end in w: "The executive
 * spokeswoman said" a page after "the Scottish Executive" (not "an exchange
 * spokesman" for the Securities and Exchange Commission). */
static int body_named_with(const doc *d, const char *w, uint32_t t, int tail)
{
    uint32_t sent = d->toks[t].sent;
    if (!d->sent_ments)
        return -1; /* the index is missing only when memory ran out */
    /* (with `tail`, the last 64 sentences: an item of thousands of
     * spokesmen must not cost quadratic time) */
    for (uint32_t si = sent + 1; si-- > 0 && (tail ? si + 64 >= sent : si + 2 >= sent);) {
        for (uint32_t q = d->sent_ment_start[si + 1]; q-- > d->sent_ment_start[si];) {
            uint32_t j = d->sent_ments[q];
            const mention *x = &d->ments[j];
            if (x->tok_start < t && x->kind == M_ORG && x->entity >= 0 && d->ents[x->entity].name &&
                (name_ends_with(d->ents[x->entity].name, w) ||
                 (!tail && name_heads_of(d->ents[x->entity].name, w))))
                return (int)j;
        }
    }
    return -1;
}

/* Is the title `canon` one that speaks for a body, a spokesperson's or a
 * lawyer's (GUIDE; titles.tsv mark voice)? */
static int body_voice_title(const doc *d, const char *canon)
{
    return role_marked(d->lex, canon, TITLE_VOICE, 1);
}

/* "a spokeswoman for the ministry", "a spokesman for <Hunt Research
 * Corp>": the body named right after the "for" of a spokesperson's or
 * lawyer's title, at token a, past "the" and a Reuters mark; or -1. */
static int voice_for_body(const doc *d, uint32_t a, uint32_t limit)
{
    if (a < limit && tok_is(&d->toks[a], "the"))
        a++;
    a = skip_reuters_open_mark(d, a, limit);
    if (a >= limit)
        return -1;
    int m = mention_at(d, a);
    return m >= 0 && d->ments[m].tok_start == a && party_mention(d, m) ? m : -1;
}

static int firm_as_person(const doc *d, int m);
static int acronym_as_person(const doc *d, int m);

/* Is mention m a business left unnamed, a lower-case firm noun ending it
 * ("a Japanese bank official", "another Japanese bank official")? */
static int unnamed_firm(const doc *d, int m)
{
    const token *last = &d->toks[d->ments[m].tok_end - 1];
    return (last->word_bits & W_FIRM) && !(last->flags & T_CAP);
}

/* Past a body's short name in brackets at token e ("the Korea Traders
 * Association (KTA)", "(ACPO)"): the token after the closing bracket, or e
 * when no such name stands there before `limit`. */
static uint32_t past_short_name(const doc *d, uint32_t e, uint32_t limit)
{
    return e + 2 < limit && is_char(d, e, '(') && is_char(d, e + 2, ')') &&
                   (d->toks[e + 1].flags & T_CAP)
               ? e + 3
               : e;
}

/* "an officer on Prudential-Bache's syndicate desk", "an official at the
 * Hesse LZB": staff word o ("official", "officer") then a preposition and a
 * named body (past "the" and a Reuters mark), with up to three lower-case
 * words after the body's possessive.  The body's mention, *end set to the
 * token after the phrase; or -1. */
static int staff_prep_body(const doc *d, uint32_t o, uint32_t limit, uint32_t *end)
{
    if (o + 2 >= limit || !staff_one_word(&d->toks[o]) ||
        !(d->toks[o + 1].word_bits & (W_PREP | W_PLACE_PREP)) || tok_is(&d->toks[o + 1], "to"))
        return -1;
    uint32_t a = o + 2;
    if (tok_is(&d->toks[a], "the"))
        a++;
    a = skip_reuters_open_mark(d, a, limit);
    int m = a < limit && (d->toks[a].flags & T_CAP) ? mention_at(d, a) : -1;
    if (m < 0 || d->ments[m].tok_start != a ||
        !(d->ments[m].kind == M_ORG || firm_as_person(d, m)) || !party_mention(d, m))
        return -1;
    uint32_t e = d->ments[m].tok_end;
    if (e < limit && is_char(d, e, '>'))
        e++;
    e = past_short_name(d, e, limit);
    if (e < limit && (d->toks[e].flags & T_POSS)) {
        /* (plain lower-case words of no class: "syndicate desk") */
        uint32_t w0 = ++e;
        while (e < limit && e < w0 + 3 && (d->toks[e].flags & T_WORD) &&
               !(d->toks[e].flags & (T_CAP | T_IN_QUOTE)) && !d->toks[e].cats &&
               !d->toks[e].word_bits)
            e++;
    }
    *end = e;
    return m;
}

/* '"...," said a Home Office spokesman.', '..., said a spokesman for
 * Nomura.', '..., said a lawyer for Yukos.': after an inverted cue, an
 * indefinite spokesperson speaks for the body named with the title (GUIDE),
 * when the clause ends there ("said a spokesman for the ministry was
 * responding" reports, it does not invert).  "for" may follow any title that
 * speaks for a body, as spokesperson_body() reads it before the cue.
 * a: the token after the cue.  The body's mention, or -1. */
static int inverted_spokesperson_body(const doc *d, uint32_t a, const sentence *s)
{
    /* '..., said a METI official.', '..., said an officer on Korth's
     * syndicate desk.', '..., said one senior official at USDA's Foreign
     * Agricultural Service': one of a named body's staff (body_officials
     * before the cue) */
    /* (past one lower-case word, "senior"; not a former one) */
    if (a + 2 < s->tok_end && one_of_many_word(&d->toks[a]) &&
        !word_class_value(&d->toks[a + 1], W_NONNAME, NONNAME_LESSER)) {
        uint32_t o = a + 1, e = 0;
        if (o + 1 < s->tok_end && (d->toks[o].flags & T_WORD) &&
            !(d->toks[o].flags & (T_CAP | T_IN_QUOTE)) && !staff_one_word(&d->toks[o]))
            o++;
        int sm = staff_prep_body(d, o, s->tok_end, &e);
        if (sm < 0) {
            sm = party_right(d, a + 1, s->tok_end);
            e = sm >= 0 ? d->ments[sm].tok_end : 0;
            if (sm >= 0 && !(e < s->tok_end && staff_one_word(&d->toks[e]) &&
                             (d->ments[sm].kind == M_ORG || firm_as_person(d, sm)) &&
                             !(d->toks[e - 1].word_bits & W_POLITY) && !unnamed_firm(d, sm)))
                sm = -1;
            e++;
        }
        if (sm >= 0 && (e >= s->tok_end || is_char(d, e, '.') || is_char(d, e, ',') ||
                        is_char(d, e, ';') || (d->toks[e].flags & T_QUOTE)))
            return sm;
    }
    if (a + 2 >= s->tok_end || !indefinite_article(&d->toks[a]))
        return -1;
    int m = -1;
    uint32_t e = 0;
    unsigned nw = 0;
    const lex_entry *ti = tok_lex(d, a + 1, LEX_TITLE, &nw);
    if (ti && body_voice_title(d, ti->canon) && a + 1 + nw < s->tok_end &&
        tok_is(&d->toks[a + 1 + nw], "for")) {
        m = voice_for_body(d, a + 2 + nw, s->tok_end);
        e = m >= 0 ? d->ments[m].tok_end : 0;
        if (e < s->tok_end && is_char(d, e, '>'))
            e++;
    } else {
        m = party_right(d, a + 1, s->tok_end);
        e = m >= 0 ? d->ments[m].tok_end : 0;
        /* ("Home Office spokesman" read as one mention that speaks for
         * its body) */
        int voice =
            m >= 0 && d->ments[m].body_voice && d->ments[m].entity >= 0 && spokes_word(d, e - 1);
        if (m < 0 || (!voice && (e >= s->tok_end || !spokes_word(d, e))))
            return -1;
        if (!voice)
            e++;
    }
    if (m < 0 ||
        !(d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY || d->ments[m].body_voice))
        return -1;
    if (e < s->tok_end && !is_char(d, e, '.') && !is_char(d, e, ',') && !is_char(d, e, ';') &&
        !(d->toks[e].flags & T_QUOTE))
        return -1;
    return m;
}

/* "the American Farm Bureau Federation (AFBF) official", "a Bank of Sudan
 * (Central Bank) spokesman": one to three capitalised words in parentheses
 * (the body's acronym or a gloss of its name) end right before token t,
 * their '(' past token `from`.  The '(' token, or UINT32_MAX. */
static uint32_t name_gloss_before(const doc *d, uint32_t t, uint32_t from)
{
    if (t < from + 3 || !is_char(d, t - 1, ')'))
        return UINT32_MAX;
    for (uint32_t k = t - 1; k-- > from && t - 1 - k <= 4;) {
        if (is_char(d, k, '('))
            return k + 1 < t - 1 && k > from ? k : UINT32_MAX;
        if ((d->toks[k].flags & (T_WORD | T_CAP | T_IN_QUOTE)) != (T_WORD | T_CAP))
            return UINT32_MAX;
    }
    return UINT32_MAX;
}

/* "A Labour Party spokesman said", "a spokeswoman for the ministry told",
 * "Burlington lawyers said": a spokesperson or lawyer speaks for the body
 * named beside the title (GUIDE). */
static int spokesperson_body(const doc *d, uint32_t cue, const sentence *s)
{
    uint32_t t = verb_group_start(d, cue, s->tok_start);
    /* the title right before the cue, or "spokesman for X" */
    for (uint32_t k = t; k > s->tok_start && k + 6 > t;) {
        k--;
        unsigned nw = 0;
        const lex_entry *ti = tok_lex(d, k, LEX_TITLE, &nw);
        if (!ti || !body_voice_title(d, ti->canon))
            continue;
        if (k + nw == t) {
            int m = mention_ending_at(d, k, s->tok_start);
            if (m >= 0 && party_mention(d, m))
                return m;
            /* (the body's acronym or gloss between: "a Bank of Sudan
             * (Central Bank) spokesman said") */
            uint32_t g = name_gloss_before(d, k, s->tok_start);
            m = g != UINT32_MAX ? mention_ending_at(d, g, s->tok_start) : -1;
            if (m >= 0 && d->ments[m].kind == M_ORG && party_mention(d, m))
                return m;
            /* "Mr Blair's official spokesman said", "Aquino's spokesman
             * said": the one whose spokesperson it is (a person speaks
             * through his own), past the possessive and one lower-case word */
            uint32_t e = k;
            if (e > s->tok_start + 2 && (d->toks[e - 1].flags & T_WORD) &&
                !(d->toks[e - 1].flags & (T_CAP | T_POSS)) && (d->toks[e - 2].flags & T_POSS))
                e--;
            if (e > s->tok_start + 1 && (d->toks[e - 1].flags & T_POSS)) {
                m = mention_ending_at(d, e - 1, 0);
                if (m >= 0 && party_mention(d, m) && d->ments[m].kind != M_PRONOUN)
                    return m;
            }
            /* "Spain's Finance Ministry deregulated rates, a ministry
             * spokesman said": the body just named whose name holds the
             * head word */
            const token *h = k >= s->tok_start + 2 ? &d->toks[k - 1] : NULL;
            /* (or another lower-case word that ends the body's name: "the
             * Scottish Executive said ... An executive spokesman said") */
            if (h && (h->flags & T_WORD) && !(h->flags & (T_CAP | T_IN_QUOTE)) &&
                (d->toks[k - 2].word_bits & W_DET)) {
                int b = body_named_with(d, h->lower, k - 1, !(h->word_bits & W_ORG_HEAD));
                /* "Marubeni Corp said ... a company spokesman said": the
                 * business "the company" would be */
                if (b < 0 && (h->word_bits & W_FIRM))
                    b = business_before(d, k - 1);
                return b;
            }
        } else if (tok_is(&d->toks[k + nw], "for")) {
            return voice_for_body(d, k + nw + 1, t);
        }
        break;
    }
    return -1;
}

/* Do tokens a.. and b.. read the same n words, case-folded? */
static int same_words(const doc *d, uint32_t a, uint32_t b, uint32_t n)
{
    for (uint32_t q = 0; q < n; q++) {
        const token *x = &d->toks[a + q], *y = &d->toks[b + q];
        if (x->lower_len != y->lower_len || memcmp(x->lower, y->lower, x->lower_len))
            return 0;
    }
    return 1;
}

/* Longest title, in tokens, that title_of_holder reads before the cue:
 * "the Deputy Prime Minister - Minister for Reintegration of the
 * Temporarily Occupied Territories of Ukraine" is fifteen. */
#define TITLE_OF_HOLDER_MAX 18

/* "Minister of Infrastructure Oleksandr Kubrakov said ... The Minister of
 * Infrastructure noted": "the" and a capitalised title with its "of" part
 * (at most TITLE_OF_HOLDER_MAX tokens with the "the", which "and", "for" and a dash may
 * join) right before the cue is the person named before with those very
 * words before the name (within the VOICE_NEAR_MENTIONS before the
 * sentence).  The "the" opens the sentence, or its clause after a comma or
 * a closing quotation mark ('"...," the Deputy Prime Minister - Minister for
 * Reintegration of the Temporarily Occupied Territories of Ukraine
 * stressed'; "For his part, the Minister of Digital Transformation of
 * Ukraine spoke"), so the country or body closing the title is not read as
 * the speaker.  The mention that named the person, or -1. */
static int title_of_holder(const doc *d, uint32_t cue, const sentence *s, uint32_t *from)
{
    uint32_t v = verb_group_start(d, cue, s->tok_start), a = UINT32_MAX;
    int of = 0;
    for (uint32_t t = v; t > s->tok_start && v - t < TITLE_OF_HOLDER_MAX; t--) {
        uint32_t u = t - 1;
        const token *x = &d->toks[u];
        if (x->flags & (T_IN_QUOTE | T_POSS))
            return -1;
        of |= tok_is(x, "of");
        if (tok_is(x, "the") && u + 1 < v && (d->toks[u + 1].flags & T_CAP) &&
            tok_lex(d, u + 1, LEX_TITLE, NULL) && opens_clause_or_quote(d, u, s->tok_start)) {
            a = u;
            break;
        }
        if (is_char(d, u, '-') && u > s->tok_start && (d->toks[u - 1].flags & T_CAP))
            continue;
        if (!(x->flags & T_WORD) || (!(x->flags & T_CAP) && !tok_is(x, "the") &&
                                     !tok_is(x, "and") && !tok_is(x, "of") && !tok_is(x, "for")))
            return -1;
    }
    if (a == UINT32_MAX || a + 4 > v || !of || tok_is(&d->toks[v - 1], "of"))
        return -1;
    uint32_t n = v - a - 1;
    *from = a;
    size_t k = mentions_before(d, s->tok_start);
    for (size_t seen = 0; k-- > 0 && seen < VOICE_NEAR_MENTIONS; seen++) {
        const mention *p = &d->ments[k];
        if (p->kind != M_PERSON || p->entity < 0)
            continue;
        /* the words open the mention, before the name, or come right
         * before it */
        if ((p->tok_end > p->tok_start + n && same_words(d, p->tok_start, a + 1, n)) ||
            (p->tok_start >= n && d->toks[p->tok_start - n].sent == d->toks[p->tok_start].sent &&
             same_words(d, p->tok_start - n, a + 1, n)))
            return (int)k;
    }
    return -1;
}

/* "Mr Spitzer's office added", "the prime minister's office said": a
 * person's office speaks for that person, as their spokesperson does (not
 * a named "Office": "the President's Office" is a body of its own). */
static int person_office(const doc *d, uint32_t cue, const sentence *s)
{
    uint32_t t = verb_group_start(d, cue, s->tok_start);
    if (t < s->tok_start + 3 || !tok_is(&d->toks[t - 1], "office") ||
        (d->toks[t - 1].flags & T_CAP) || !(d->toks[t - 2].flags & T_POSS))
        return -1;
    int m = mention_ending_at(d, t - 2, s->tok_start);
    if (m < 0 || !party_mention(d, m) || d->ments[m].kind == M_PRONOUN || d->ments[m].entity < 0 ||
        d->ents[d->ments[m].entity].kind != NSV_KIND_PERSON)
        return -1;
    /* (not "a statement from the Prime Minister's office said": the
     * statement relays him, read as its own) */
    uint32_t b = d->ments[m].tok_start;
    if (b > s->tok_start && tok_is(&d->toks[b - 1], "the"))
        b--;
    if (b > s->tok_start && (d->toks[b - 1].word_bits & W_PREP))
        return -1;
    return m;
}

/* "An official of the Korea Traders Association said": the nearest token
 * o in [lo, t), at most 9 back, whose staff word opens a phrase that names
 * a body and ends at t (the verb group's start); the body's mention, o at
 * *at, or -1.  Tokens inside a quotation are passed over when
 * skip_quoted. */
static int staff_phrase_before(const doc *d, uint32_t t, uint32_t lo, int skip_quoted, uint32_t *at)
{
    for (uint32_t o = t; o-- > lo && o + 10 > t;) {
        uint32_t end = 0;
        if (skip_quoted && (d->toks[o].flags & T_IN_QUOTE))
            continue;
        int b = staff_prep_body(d, o, t, &end);
        if (b >= 0 && end == t) {
            *at = o;
            return b;
        }
    }
    return -1;
}

/* Did statement e's cue follow one of a body's staff ("a Bear Stearns
 * officer said", "an association official said": body_officials)? */
static int staff_cue(const doc *d, const ev_draft *e)
{
    const sentence *ks = &d->sents[e->sent];
    uint32_t t = verb_group_start(d, e->cue_tok, ks->tok_start);
    if (t > ks->tok_start && staff_one_word(&d->toks[t - 1]) &&
        !(d->toks[t - 1].flags & T_IN_QUOTE))
        return 1;
    /* "An official of the Korea Traders Association said": the staff word
     * opens a phrase that names the body (a bounded look back) */
    uint32_t o;
    return staff_phrase_before(d, t, ks->tok_start, 1, &o) >= 0;
}

/* Did statement e speak through a body's spokesperson (want_spokes) or one
 * of its staff: the word right before its cue ("an IMF official said",
 * "the spokesman said"), the staff word opening a phrase that names the
 * body (staff_cue), or the word closing an inverted cue ('..., said a
 * senior IMF official.', within a few words)? */
static int staff_voiced(const doc *d, const ev_draft *e, int want_spokes)
{
    const sentence *ks = &d->sents[e->sent];
    uint32_t t = verb_group_start(d, e->cue_tok, ks->tok_start);
    if (!want_spokes && staff_cue(d, e))
        return 1;
    if (want_spokes && t > ks->tok_start && spokes_word(d, t - 1) &&
        !(d->toks[t - 1].flags & T_IN_QUOTE))
        return 1;
    /* (an article opens the inverted subject: not "reported to the U.S.
     * official", an addressee) */
    uint32_t a = e->cue_tok + 1;
    if (a >= ks->tok_end || !((d->toks[a].word_bits & W_DET) || one_of_many_word(&d->toks[a])))
        return 0;
    for (uint32_t k = a; k < ks->tok_end && k < e->cue_tok + 6; k++) {
        const token *w = &d->toks[k];
        if (!(w->flags & T_WORD) || (w->flags & T_IN_QUOTE) || (w->word_bits & W_PREP))
            return 0;
        if (want_spokes ? spokes_word(d, k) : staff_one_word(w))
            return k + 1 >= ks->tok_end || is_char(d, k + 1, '.') || is_char(d, k + 1, ',');
    }
    return 0;
}

static int unread_speaker_between(const doc *d, uint32_t from, uint32_t to);
static int staff_pronoun_voiced(const doc *d, const ev_draft *prev);

/* How many sentences back "the official said" looks for the body whose
 * official spoke last (staff_continues). */
#define STAFF_CONTINUES_SENTENCES 5

/* "A senior IMF official said ... But the official said", "a Finance
 * Ministry official said ... '...,' said the official", "a Unison
 * spokesman said ... The spokesman added": a definite staff word or
 * spokesperson title at token w continues the body whose staff member or
 * spokesperson (the same kind of word) made the last statement, a few
 * sentences back with no unread speaker between (GUIDE: a spokesperson or
 * official speaks for the body).  Not after an unnamed one ("an official
 * said" that no body claims, kept dropped): the last statement decides.
 * The body's mention, or -1; on a body, *speaker is the title's own
 * mention ("the official") if it has one, else the body's. */
static int staff_continues(const doc *d, const ev_list *out, uint32_t w, const sentence *s,
                           int *speaker)
{
    if (w <= s->tok_start || !tok_is(&d->toks[w - 1], "the") ||
        (d->toks[w].flags & (T_CAP | T_IN_QUOTE)))
        return -1;
    int spokes = spokes_word(d, w);
    if (!spokes && !staff_one_word(&d->toks[w]))
        return -1;
    /* (a title the item names: "the official" inside a longer name) */
    int wm = mention_at(d, w);
    if (wm >= 0 && d->ments[wm].entity >= 0)
        return -1;
    uint32_t here = (uint32_t)(s - d->sents);
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));) {
        if (prev->sent > here)
            continue;
        if (here - prev->sent > STAFF_CONTINUES_SENTENCES || prev->dropped ||
            body_voice_mention(d, prev) < 0 || unread_speaker_between(d, prev->sent, here) ||
            !(staff_voiced(d, prev, spokes) || staff_pronoun_voiced(d, prev) >= 0))
            return -1;
        *speaker = wm >= 0 ? wm : prev->speaker_mention;
        return prev->speaker_mention;
    }
    return -1;
}

/* "White House officials thanked", "Finance Ministry officials said", "A
 * Bear Stearns officer said", "the Prudential-Bache officer admitted": the
 * officials of a named body, or one of them, speak for it, as its
 * spokesperson would (unnamed "sources", and a country's "officials", stay
 * unnamed). */
static int body_officials(const doc *d, uint32_t cue, const sentence *s, uint32_t *from)
{
    uint32_t t = verb_group_start(d, cue, s->tok_start);
    /* "An officer on Daiwa's corporate syndicate desk said", "one senior
     * official at the Hesse LZB said": the staff word opens the subject,
     * after an article and at most one lower-case word */
    uint32_t o;
    int b = staff_phrase_before(d, t, s->tok_start + 1, 0, &o);
    if (b >= 0) {
        uint32_t f = o - 1;
        if (f > s->tok_start && !one_of_many_word(&d->toks[f]) && !tok_is(&d->toks[f], "the") &&
            (d->toks[f].flags & T_WORD) && !(d->toks[f].flags & T_CAP) &&
            !word_class_value(&d->toks[f], W_NONNAME, NONNAME_LESSER))
            f--;
        if (!one_of_many_word(&d->toks[f]) && !tok_is(&d->toks[f], "the"))
            return -1;
        *from = f;
        return b;
    }
    if (t < s->tok_start + 2 || !(staff_word(&d->toks[t - 1]) || staff_one_word(&d->toks[t - 1])))
        return -1;
    int one = staff_one_word(&d->toks[t - 1]);
    int m = mention_at(d, t - 2);
    /* "The Japan Ship Exporters Association said ... an association
     * official said": one of the body just named whose name ends in the
     * lower-case head word, as for "a ministry spokesman" */
    const token *h = &d->toks[t - 2];
    if (one && m < 0 && t >= s->tok_start + 3 && (h->flags & T_WORD) &&
        !(h->flags & (T_CAP | T_IN_QUOTE)) && (h->word_bits & W_ORG_HEAD) &&
        (d->toks[t - 3].word_bits & W_DET)) {
        int b = body_named_with(d, h->lower, t - 2, 0);
        if (b >= 0)
            *from = t - 3;
        return b;
    }
    /* (the body's acronym or gloss between the name and the staff word:
     * "Montenegro Municipality Association (AKK) officials demanded") */
    uint32_t g = name_gloss_before(d, t - 1, s->tok_start);
    if (g != UINT32_MAX) {
        m = mention_ending_at(d, g, s->tok_start);
        if (m < 0 || d->ments[m].kind != M_ORG || !party_mention(d, m) ||
            (one && ((d->toks[g - 1].word_bits & W_POLITY) || unnamed_firm(d, m))))
            return -1;
        *from = d->ments[m].tok_start;
        if (*from > s->tok_start && (d->toks[*from - 1].word_bits & W_DET))
            (*from)--;
        return m;
    }
    /* (one of them names the firm the mention finder read as a person: "a
     * Bear Stearns officer") */
    /* (and "central bank officials said": the bank of issue the
     * description resolved to) */
    if (m < 0 || d->ments[m].tok_end != t - 1 ||
        !(d->ments[m].kind == M_ORG || (one && firm_as_person(d, m)) ||
          (!one && d->ments[m].central_bank && d->ments[m].entity >= 0)) ||
        !party_mention(d, m))
        return -1;
    /* (one of a country's government, "a Japanese government official",
     * is as unnamed as its "officials", and one of an unnamed bank) */
    if (one && ((d->toks[t - 2].word_bits & W_POLITY) || unnamed_firm(d, m)))
        return -1;
    *from = d->ments[m].tok_start;
    if (*from > s->tok_start && (d->toks[*from - 1].word_bits & W_DET))
        (*from)--;
    return m;
}

/* "..., the Finance Ministry said in a statement. The statement said the
 * accord ...", "Ifo said in its report ... The report says": a bare "the
 * statement" or "the report" speaks for the one speaker whose statement or
 * report the sentence or the three before mention (GUIDE: a statement of a
 * body, a document, speaks for its author).  A joint statement's parties are not
 * taken: what it says folds into it.  The speaker's mention, or -1. */
static int statement_author(const doc *d, const ev_list *out, uint32_t cue, const sentence *s)
{
    uint32_t t = verb_group_start(d, cue, s->tok_start);
    if (t < s->tok_start + 2 || (d->toks[t - 1].flags & (T_CAP | T_IN_QUOTE)) ||
        !tok_is(&d->toks[t - 2], "the"))
        return -1;
    const char *noun = tok_is(&d->toks[t - 1], "statement") ? "statement"
                       : tok_is(&d->toks[t - 1], "report")  ? "report"
                                                            : NULL;
    if (!noun)
        return -1;
    uint32_t here = (uint32_t)(s - d->sents);
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));) {
        if (prev->dropped)
            continue;
        if (prev->sent > here)
            continue;
        if (here - prev->sent > 3)
            break;
        if (prev->speaker_mention < 0 || prev->nents != 1)
            return -1;
        const sentence *ps = &d->sents[prev->sent];
        int named = 0;
        for (uint32_t q = ps->tok_start; q < ps->tok_end && !named; q++)
            named = tok_is(&d->toks[q], noun) && !(d->toks[q].flags & T_IN_QUOTE) &&
                    !(q > ps->tok_start && tok_is(&d->toks[q - 1], "joint"));
        if (!named)
            return -1;
        int pm = prev->speaker_mention;
        return party_mention(d, pm) ? pm : -1;
    }
    return -1;
}

/* The paper class value of token k (words.tsv): 0 for a document noun that
 * speaks for its issuer ("statement", "report", "survey"), 1 for an act of
 * issuing one ("issued"); -1 for any other word or a word inside a
 * quotation. */
static int paper_value(const doc *d, uint32_t k)
{
    if (!(d->toks[k].word_bits & W_PAPER) || (d->toks[k].flags & T_IN_QUOTE))
        return -1;
    /* "The Peru Report" is a title, not a report of Peru ("An Open Letter
     * from X" still names its sender) */
    if ((d->toks[k].flags & T_CAP) && k > d->sents[d->toks[k].sent].tok_start &&
        (d->toks[k - 1].flags & T_CAP) && !(d->toks[k - 1].word_bits & W_DET) &&
        !(k + 1 < d->ntoks && (tok_is(&d->toks[k + 1], "from") || tok_is(&d->toks[k + 1], "by"))))
        return -1;
    const lex_entry *w = tok_lex(d, k, LEX_WORD, NULL);
    return w && w->value == 1 ? 1 : 0;
}

/* Is token k a document noun of paper value 2 (words.tsv), a work a body
 * runs ("survey", "poll"), which no person who spoke just before sent? */
static int paper_run_by_body(const doc *d, uint32_t k)
{
    const lex_entry *w = paper_value(d, k) == 0 ? tok_lex(d, k, LEX_WORD, NULL) : NULL;
    return w && w->value == 2;
}

/* The party mention ending at token `end` (before a possessive "'s" there
 * too), or -1: "the HUD report", "the Bank's minutes"; with `pronoun`,
 * also a resolved possessive pronoun. */
static int issuer_before(const doc *d, uint32_t end, uint32_t from, int pronoun)
{
    if (end > from + 1 && (d->toks[end - 1].flags & T_POSS))
        end--;
    if (end <= from)
        return -1;
    int m = mention_ending_at(d, end, 0);
    /* ("its annual report said": a possessive resolved to its body counts
     * in the cue's own sentence) */
    if (m < 0 ||
        (d->ments[m].kind == M_PRONOUN &&
         (!pronoun || !(d->toks[end - 1].word_bits & W_POSSESSIVE))) ||
        (d->toks[d->ments[m].tok_start].flags & T_IN_QUOTE) || !party_mention(d, m))
        return -1;
    return m;
}

/* The one speaker of the actual statements the rules found in sentence
 * `sent` ("the U.S. Embassy said in a report"), or -1 when there is none or
 * more than one. */
static int speaker_of_sentence(const doc *d, const ev_list *out, uint32_t sent)
{
    int found = -1;
    for (size_t k = 0; k < out->n; k++) {
        const ev_draft *e = &out->v[k];
        if (e->ev.type != NSV_EV_STATEMENT || e->dropped || e->sent != sent ||
            e->ev.modality != NSV_MOD_ACTUAL)
            continue;
        if (e->speaker_mention < 0 || e->nents != 1 ||
            (found >= 0 && d->ments[found].entity != d->ments[e->speaker_mention].entity))
            return -1;
        found = e->speaker_mention;
    }
    return found >= 0 && party_mention(d, found) ? found : -1;
}

/* Who issued the document named at token `a` in sentence ks: "X issued a
 * statement", "a report released by X", "a letter from X", "the report of
 * X", "X's report", "X said in a report".  -1 when the words name no
 * issuer, -2 when what the document says is no statement of a new
 * speaker: it was signed (GUIDE: what a signed document says is not a
 * statement) or is a joint one (what it says folds into the joint
 * statement).  `own`: the cue's own document, whose possessive pronoun
 * ("its annual report said") may name the issuer. */
static int paper_issuer_at(const doc *d, const ev_list *out, uint32_t a, const sentence *ks,
                           int own)
{
    if (a > ks->tok_start && tok_is(&d->toks[a - 1], "joint"))
        return -2;
    /* "signed the Declaration ...", "the letter, signed by most staff" */
    for (uint32_t k = a > ks->tok_start + 5 ? a - 5 : ks->tok_start; k < ks->tok_end && k < a + 4;
         k++)
        if (tok_is(&d->toks[k], "signed"))
            return -2;
    /* "a report (released) by X", "a statement from X", "the report of X" */
    uint32_t k = a + 1;
    if (k < ks->tok_end && paper_value(d, k) == 1)
        k++;
    if (k + 1 < ks->tok_end && (tok_is(&d->toks[k], "by") || tok_is(&d->toks[k], "from") ||
                                (k == a + 1 && tok_is(&d->toks[k], "of")))) {
        uint32_t b = k + 1 + (tok_is(&d->toks[k + 1], "the") ? 1 : 0);
        int m = b < ks->tok_end ? party_right(d, b, ks->tok_end) : -1;
        if (m >= 0 && d->ments[m].tok_start == b && party_mention(d, m))
            return m;
    }
    /* "X issued a statement", "X released its annual report": the issuing
     * verb at most four words before the noun, none of them punctuation */
    for (uint32_t v = a; v-- > ks->tok_start && v + 5 > a;) {
        if (d->toks[v].flags & T_PUNCT)
            break;
        if (paper_value(d, v) != 1)
            continue;
        int m = party_left_speaker(d, v, ks->tok_start);
        if (m < 0 || !party_mention(d, m))
            return -1;
        /* "Britain and France issued a statement": theirs is a joint
         * statement, not France's alone */
        int co[2];
        return coordinated(d, m, -1, ks->tok_start, ks->tok_end, co, 2) > 1 ? -2 : m;
    }
    /* "A World Bank statement said", "the ministry statement added": the
     * cue's own document speaks for the body named right before it (not
     * one named before: "the Peru Report" may be a periodical's name) */
    if (own) {
        int m = issuer_before(d, a, ks->tok_start, 0);
        if (m >= 0)
            return m;
    }
    /* "the Treasury's statement", "the NAO report", "its annual report" */
    uint32_t p = a;
    for (int adj = 0; adj < 2 && p > ks->tok_start && !(d->toks[p - 1].flags & (T_CAP | T_PUNCT)) &&
                      !(d->toks[p - 1].word_bits & (W_DET | W_POSSESSIVE));
         adj++)
        p--;
    /* "the U.S. Embassy in its annual report said": the body before "in"
     * owns the report, whatever "its" was read as */
    if (p > ks->tok_start + 1 && (d->toks[p - 1].word_bits & W_POSSESSIVE) &&
        tok_is(&d->toks[p - 2], "in")) {
        int b = party_left_speaker(d, p - 2, ks->tok_start);
        if (b >= 0 && party_mention(d, b))
            return b;
        if (own)
            return -1; /* (no "its" read on its own) */
    }
    int m = issuer_before(d, p, ks->tok_start, own);
    if (m >= 0)
        return m;
    /* "the U.S. Embassy said in a report", "In a new report, X says": the
     * speaker of that sentence */
    if (p > ks->tok_start && (d->toks[p - 1].word_bits & (W_DET | W_POSSESSIVE)))
        p--;
    if (!own && p > ks->tok_start && tok_is(&d->toks[p - 1], "in"))
        return speaker_of_sentence(d, out, d->toks[a].sent);
    return -1;
}

/* The token that opens the noun phrase of the document noun at token n:
 * the nearest article or possessive at most `back` words before it ("the
 * Bank's minutes", "its annual report"), not across punctuation nor before
 * token from; n itself when there is none. */
static uint32_t paper_det(const doc *d, uint32_t n, uint32_t from, uint32_t back)
{
    for (uint32_t k = n; k-- > from && n - k <= back;) {
        if (d->toks[k].flags & T_PUNCT)
            break;
        if (d->toks[k].word_bits & (W_DET | W_POSSESSIVE))
            return k;
    }
    return n;
}

/* "The French Finance Ministry said ... A ministry statement said ...":
 * a document noun after "a" and one word naming a kind of body (ministry,
 * union, bank) speaks for the body of that kind that spoke last, in this
 * sentence or the two before (GUIDE: a statement of a body speaks for that
 * body); the word must be a whole word of the body's name.  Its mention,
 * or -1 ("a government statement said" after "Taiwan said" names no body
 * whose name holds the word). */
static int body_kind_paper(const doc *d, const ev_list *out, uint32_t w, const sentence *s)
{
    const token *t = &d->toks[w];
    if (!(t->flags & T_WORD) || (t->flags & T_IN_QUOTE) || t->lower_len < 3 ||
        mention_at(d, w) >= 0)
        return -1;
    uint32_t here = (uint32_t)(s - d->sents);
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));) {
        if (prev->sent > here || here - prev->sent > 2)
            break;
        if (prev->dropped)
            continue;
        int pm = body_voice_mention(d, prev);
        if (pm < 0)
            return -1;
        return name_has_word(d->ents[prev->speaker_ent].name, t->lower) ? pm : -1;
    }
    return -1;
}

/* "The Treasury issued a statement ... The statement said", "the HUD
 * report said", "According to a report by the CBI": a document that is
 * the subject of a speech verb, or after "according to", speaks for the
 * body or person the item says issued it (GUIDE: a document speaks for its
 * authors).  `n` is the document noun, `det` the token that opens its
 * noun phrase.  Only "the" or "this" points back to a document named
 * before (in this sentence or the five before; the nearest mention of the
 * same noun decides, and a "the report" there that names no issuer points
 * further back in turn); "a report said" names no one.  The issuer's
 * mention, or -1. */
static int paper_speaker_named(const doc *d, const ev_list *out, uint32_t n, uint32_t det,
                               const sentence *s, int *none, int *named_in)
{
    if (paper_value(d, n) != 0)
        return -1;
    int m = paper_issuer_at(d, out, n, s, 1);
    if (m != -1) {
        *none = m < 0;
        return m >= 0 ? m : -1;
    }
    if (det + 2 == n && indefinite_article(&d->toks[det]))
        return body_kind_paper(d, out, det + 1, s);
    if (!tok_is(&d->toks[det], "the") && !tok_is(&d->toks[det], "this"))
        return -1;
    uint32_t si = (uint32_t)(s - d->sents);
    uint32_t floor = d->sents[si >= 5 ? si - 5 : 0].tok_start;
    /* (at most 2,000 tokens and eight mentions back: linear time in items
     * of many reports) */
    int hops = 0;
    for (uint32_t k = det; k-- > floor && det - k <= 2000 && hops < 8;) {
        const token *t = &d->toks[k];
        if (t->lower_len != d->toks[n].lower_len || strcmp(t->lower, d->toks[n].lower) ||
            paper_value(d, k) != 0)
            continue;
        const sentence *ks = &d->sents[t->sent];
        /* ("failing to report fraud": a verb) */
        if (k > ks->tok_start && tok_is(&d->toks[k - 1], "to"))
            continue;
        int x = paper_issuer_at(d, out, k, ks, 0);
        hops++;
        if (x != -1) {
            *none = x < 0;
            return x >= 0 ? x : -1;
        }
        /* "The report said ..." again: look five sentences before it */
        if (k > ks->tok_start &&
            (tok_is(&d->toks[k - 1], "the") || tok_is(&d->toks[k - 1], "this"))) {
            floor = d->sents[t->sent >= 5 ? t->sent - 5 : 0].tok_start;
            continue;
        }
        /* ("the energy department's report", "a report by two MPs
         * committees": the issuer is named, only not as a body the finder
         * knows; a bare "..., a report says" names none.  *named_in: where,
         * for the caller to check the body it guesses) */
        *none = !(k > ks->tok_start && indefinite_article(&d->toks[k - 1]) &&
                  !(k + 1 < ks->tok_end &&
                    (tok_is(&d->toks[k + 1], "by") || tok_is(&d->toks[k + 1], "from") ||
                     tok_is(&d->toks[k + 1], "of"))));
        *named_in = (int)k;
        return -1;
    }
    return -1;
}

/* The index of the list's first statement draft (out->n when none): the
 * meetings and signings, read before the statements, all come before it
 * (extract_statements adds statements only), so it is found by bisection. */
static size_t first_statement_draft(const ev_list *out)
{
    size_t lo = 0, hi = out->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (out->v[mid].ev.type != NSV_EV_STATEMENT)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The speaker mention of the first statement a body made in the item, when
 * it is within its first `lead` sentences ("The National Audit Office
 * praised ministers ... According to the report"), or -1.  Among the
 * first VOICE_LOOKBACK_DRAFTS statement drafts (the corpus's is at most
 * the 7th; the meetings and signings before them are no statements, and an
 * item of 64 meetings must not hide its lead's statements): one long
 * opening sentence of drafts must not make every "the report" scan them
 * all. */
static int lead_body_voice(const doc *d, const ev_list *out, uint32_t lead)
{
    size_t first = first_statement_draft(out);
    for (size_t k = first; k < out->n && k - first < VOICE_LOOKBACK_DRAFTS; k++) {
        const ev_draft *prev = &out->v[k];
        if (prev->ev.type != NSV_EV_STATEMENT || prev->dropped)
            continue;
        if (prev->sent >= lead)
            return -1;
        int pm = prev->speaker_mention;
        if (pm >= 0 && d->ments[pm].kind != M_GROUP_DESC && d->ments[pm].entity >= 0 &&
            prev->speaker_ent >= 0 && d->ents[prev->speaker_ent].kind == NSV_KIND_ORGANIZATION)
            return pm;
    }
    return -1;
}

/* paper_speaker_named(), else for a bare "the report" (not "a report",
 * nor "the Japanese report", "the Syndex report") whose issuer the item
 * leaves implicit ("..., a report says. The National Audit Office praised
 * ministers ... According to the report, ..."), the issuer the item names
 * with the noun later, else the body that spoke first, in the item's first
 * six sentences. */
static int paper_speaker(const doc *d, const ev_list *out, uint32_t n, uint32_t det,
                         const sentence *s)
{
    int none = 0, named_in = -1;
    int m = paper_speaker_named(d, out, n, det, s, &none, &named_in);
    if (m >= 0 || (none && named_in < 0) || paper_value(d, n) != 0 ||
        !tok_is(&d->toks[det], "the") || det + 1 != n)
        return m;
    /* ("... the report said. ... the ADB report said": the issuer the
     * item names with the noun later; four of them and 2,000 tokens on) */
    int hops = 0;
    for (uint32_t k = n + 1; k < d->ntoks && k - n <= 2000 && hops < 4; k++) {
        const token *t = &d->toks[k];
        if (t->lower_len != d->toks[n].lower_len || strcmp(t->lower, d->toks[n].lower) ||
            paper_value(d, k) != 0)
            continue;
        hops++;
        int x = paper_issuer_at(d, out, k, &d->sents[t->sent], 1);
        if (x != -1)
            return x >= 0 ? x : -1;
    }
    int v = lead_body_voice(d, out, 6);
    /* ("The NAO's annual report showed", "A report by the Fraser of
     * Allander Institute says", read with no issuer: that body is it only
     * if the noun's own phrase names it; not "the energy department's
     * report" in an item the White House leads) */
    if (v < 0 || !none)
        return v;
    uint32_t at = (uint32_t)named_in, si = d->toks[at].sent;
    if (!d->sent_ments)
        return -1;
    for (uint32_t q = d->sent_ment_start[si]; q < d->sent_ment_start[si + 1]; q++) {
        const mention *x = &d->ments[d->sent_ments[q]];
        if (x->entity == d->ments[v].entity && x->tok_end + 4 >= at && x->tok_start <= at + 6)
            return v;
    }
    return -1;
}

/* After an inverted cue ending at cue_end: '"...," said the report.',
 * "..., says its report.": a document noun right after "the", "this" or
 * "its" that ends the sentence (or its quotation) speaks for its issuer,
 * as paper_speaker() reads "The report said"; the issuer's mention or -1.
 * Not "said the report was flawed" (the content's subject) nor "said a
 * report" (names no one). */
static int inverted_paper(const doc *d, const ev_list *out, uint32_t cue_end, const sentence *s)
{
    uint32_t n = cue_end + 1;
    if (n >= s->tok_end || paper_value(d, n) != 0)
        return -1;
    const token *det = &d->toks[cue_end];
    if (!tok_is(det, "the") && !tok_is(det, "this") && !tok_is(det, "its"))
        return -1;
    if (n + 1 < s->tok_end && !is_char(d, n + 1, '.') && !(d->toks[n + 1].flags & T_QUOTE))
        return -1;
    return paper_speaker(d, out, n, cue_end, s);
}

/* Is body entity w the whole name of body entity part, whose mention
 * lost its first words ("Horn and Hardart Co" for "Hardart Co", cut at
 * "and"; "UK Coal" for "Coal"): a longer name ending in it? */
static int whole_name_of(const doc *d, int w, int part)
{
    if (w < 0 || part < 0 || w == part || d->ents[w].kind != NSV_KIND_ORGANIZATION ||
        !d->ents[w].name || !d->ents[part].name)
        return 0;
    size_t wl = strlen(d->ents[w].name), pl = strlen(d->ents[part].name);
    return wl > pl + 1 && !strcmp(d->ents[w].name + wl - pl, d->ents[part].name) &&
           d->ents[w].name[wl - pl - 1] == ' ';
}

/* Does a sentence strictly between sentences `from` and `to` hold a speech
 * cue right after a capitalised word or a number that no mention ends at
 * ("Environmental group Transport 2000 said"): a speaker this program could
 * not read spoke after the last statement, so a spokesperson may be his. */
static int unread_speaker_between(const doc *d, uint32_t from, uint32_t to)
{
    for (uint32_t n = from + 1; n < to; n++) {
        const sentence *b = &d->sents[n];
        for (uint32_t k = b->tok_start + 1; k < b->tok_end; k++) {
            const token *p = &d->toks[k - 1];
            if ((d->toks[k].cats & (1u << LEX_SPEECH)) && !(d->toks[k].flags & T_IN_QUOTE) &&
                (p->flags & T_WORD) && (p->flags & (T_CAP | T_NUM)) &&
                mention_ending_at(d, k, b->tok_start) < 0)
                return 1;
        }
    }
    return 0;
}

/* Token k is a word of a short description before a body that opens a
 * sentence ("British package courier <X Plc>"): a lower-case word or a
 * demonym, no preposition, verb, pronoun or speech cue. */
static int lead_descriptor_word(const doc *d, uint32_t k)
{
    const token *t = &d->toks[k];
    if (!(t->flags & T_WORD) || (t->flags & T_IN_QUOTE) || (t->cats & (1u << LEX_SPEECH)) ||
        (t->word_bits & (W_PREP | W_AUX | W_BE | W_SUBORD | W_PRONOUN_ANY | W_POSSESSIVE)) ||
        ed_ending(t))
        return 0;
    /* (capitalised: a demonym only, "British package courier") */
    return !(t->flags & T_CAP) || (t->cats & (1u << LEX_DEMONYM));
}

/* The body that opens sentence sn as its subject ("However, the DTI has
 * dismissed", "The Association of Chief Police Officers (ACPO) issued"),
 * its verb before token limit; with descr, after a short description too
 * ("British package courier <X Plc> does not"); or -1. */
static int opening_subject_in(const doc *d, uint32_t sn, uint32_t limit, int descr)
{
    if (!d->sent_ments || sn >= d->nsents)
        return -1;
    /* the first mention of the sentence, within its first words ("However,
     * the DTI has", "But the Home Office defended"), past a wire dateline */
    const sentence *ps = &d->sents[sn];
    uint32_t open = body_tok(d, ps->tok_start, ps->tok_end);
    uint32_t j = d->sent_ment_start[sn];
    while (j < d->sent_ment_start[sn + 1] && d->ments[d->sent_ments[j]].tok_start < open)
        j++;
    if (j >= d->sent_ment_start[sn + 1])
        return -1;
    int b = (int)d->sent_ments[j];
    const mention *x = &d->ments[b];
    if (x->kind != M_ORG || x->entity < 0 || x->tok_start > open + (descr ? 5 : 3) ||
        d->ents[x->entity].kind != NSV_KIND_ORGANIZATION || x->tok_end >= limit ||
        (d->toks[x->tok_start].flags & T_IN_QUOTE))
        return -1;
    for (uint32_t k = open; k < x->tok_start; k++)
        if (!(d->toks[k].word_bits & (W_DET | W_CONJ | W_ADVERB)) && !tok_is(&d->toks[k], "but") &&
            !is_char(d, k, ',') && !is_char(d, k, '<') && !(descr && lead_descriptor_word(d, k)))
            return -1;
    /* the body is the subject: a verb or an auxiliary follows it (past
     * its short name in brackets: "The Association of Chief Police
     * Officers (ACPO) issued"; past a closing '>' or ticker) */
    uint32_t v = past_short_name(d, x->tok_end, limit);
    if (v < limit && is_char(d, v, '>'))
        v = past_short_name(d, v + 1, limit);
    if (v >= limit)
        return -1;
    const token *n = &d->toks[v];
    if (!(n->word_bits & W_AUX) && !tok_lex(d, v, LEX_MODALITY, NULL) &&
        !((n->flags & T_WORD) && !(n->flags & T_CAP) && n->lower_len > 3 && ed_ending(n)))
        return -1;
    return party_mention(d, b) ? b : -1;
}

/* The body that opens sentence s's predecessor in its paragraph as its
 * subject, for lone_spokesperson_at; or -1. */
static int opening_subject_before(const doc *d, const sentence *s)
{
    uint32_t here = (uint32_t)(s - d->sents);
    if (here == 0 || d->sents[here - 1].para != s->para)
        return -1;
    return opening_subject_in(d, here - 1, d->sents[here - 1].tok_end, 0);
}

/* "However, the DTI has dismissed the proposal. A spokesman said ...",
 * "..., the Central Bank said. A spokesman told reporters ...": a bare
 * spokesperson (an article and the title, no body beside it) speaks for
 * the body that spoke last, in this sentence or the two before, else for
 * the body that opens the sentence before in its paragraph (GUIDE: a
 * spokesperson speaks for the body).  Only a body read as the subject
 * counts: "approval came from the Indian government. A spokesman said"
 * names no one.  m is the spokesperson's mention, before the cue or after
 * it ('"...," said a spokesman.').  The body's mention, or -1. */
static int lone_spokesperson_at(const doc *d, const ev_list *out, int m, const sentence *s)
{
    if (m < 0 || d->ments[m].kind != M_DESC || !d->ments[m].body_voice || d->ments[m].entity >= 0)
        return -1;
    /* "a spokesman" (the article before the mention); "the spokesman" after
     * the cue (the article inside it) */
    const mention *lm = &d->ments[m];
    int bare = lm->tok_end - lm->tok_start == 1 && lm->tok_start > s->tok_start &&
               (d->toks[lm->tok_start - 1].word_bits & W_DET);
    int the = lm->tok_end - lm->tok_start == 2 && tok_is(&d->toks[lm->tok_start], "the") &&
              lm->tok_start > s->tok_start &&
              (d->toks[lm->tok_start - 1].cats & (1u << LEX_SPEECH));
    if (!bare && !the)
        return -1;
    uint32_t here = (uint32_t)(s - d->sents);
    /* ("<Interlink Express Plc> does not plan to bid ..., a spokesman
     * said": a spokesperson closing the sentence speaks for the body that
     * opens it as its subject, when no body spoke just before) */
    int ob = -1;
    if (bare && lm->tok_start >= s->tok_start + 2 && is_char(d, lm->tok_start - 2, ',') &&
        indefinite_article(&d->toks[lm->tok_start - 1]))
        ob = opening_subject_in(d, here, lm->tok_start - 2, 1);
    /* (else a body the sentence right before opens as its subject, newer
     * than a statement two sentences back: "The League Against Cruel
     * Sports and the RSPCA say ... The Association of Chief Police
     * Officers has issued guidance ... A spokesman said" is the
     * association's) */
    if (ob < 0)
        ob = opening_subject_before(d, s);
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));) {
        if (prev->sent > here || here - prev->sent > 2 || prev->speaker_mention < 0 ||
            prev->dropped || unread_speaker_between(d, prev->sent, here))
            break;
        int pm = prev->speaker_mention;
        if (prev->speaker_ent >= 0 && d->ents[prev->speaker_ent].kind == NSV_KIND_ORGANIZATION &&
            (d->ments[pm].entity == prev->speaker_ent ||
             whole_name_of(d, prev->speaker_ent, d->ments[pm].entity)))
            return prev->sent + 1 < here && ob >= 0 ? ob : pm;
        break;
    }
    return ob;
}

/* lone_spokesperson_at for the mention right before cue token `cue` (past
 * its auxiliaries: "A spokesman has said"). */
static int lone_spokesperson(const doc *d, const ev_list *out, uint32_t cue, const sentence *s)
{
    uint32_t t = verb_group_start(d, cue, s->tok_start);
    return lone_spokesperson_at(d, out, mention_ending_at(d, t, s->tok_start), s);
}

/* Is t a noun of a message sent (message, telegram, letter), which speaks
 * for its sender? */
static int message_noun(const token *t)
{
    return tok_is(t, "message") || tok_is(t, "telegram") || tok_is(t, "letter");
}

/* "Putin's message said", "He sent a message ... The message reads, in
 * part:": a message speaks for its sender (GUIDE: a document that is the
 * subject of a speech verb speaks for its authors).  The possessor before
 * the noun at token `noun`, else who "sent" or "addressed" something in this
 * sentence or the three before; -1 when none. */
static int message_sender(const doc *d, uint32_t noun, const sentence *s)
{
    if (noun > s->tok_start + 1 && (d->toks[noun - 1].flags & T_POSS)) {
        int m = mention_ending_at(d, noun - 1, 0); /* "'s" is a token of its own */
        return m >= 0 && party_mention(d, m) ? m : -1;
    }
    uint32_t si = (uint32_t)(s - d->sents);
    uint32_t floor = d->sents[si >= 3 ? si - 3 : 0].tok_start;
    /* (at most 256 tokens back, and 32 before a "from": an item of one long
     * sentence of letters must not cost more than linear time) */
    for (uint32_t k = noun; k-- > floor && noun - k <= 256;) {
        const token *t = &d->toks[k];
        const sentence *ks = &d->sents[t->sent];
        /* "delivered a message from President X to the Emir" (not "sent a
         * reply to a message from X": who sent it) */
        if (tok_is(t, "from") && k > ks->tok_start && message_noun(&d->toks[k - 1])) {
            int sent = 0;
            for (uint32_t q = k - ks->tok_start > 32 ? k - 32 : ks->tok_start; q < k && !sent; q++)
                sent = (d->toks[q].word_bits & W_SEND) != 0;
            int m = sent ? -1 : party_right(d, k + 1, ks->tok_end);
            if (m >= 0 && d->ments[m].tok_start == k + 1 && party_mention(d, m))
                return m;
            continue;
        }
        /* "X greeted shipbuilding workers on their holiday. The telegram
         * reads": a greeting sent, not one in person (or a greeting cue:
         * "extended his greetings", "offered his condolences") */
        if (!(t->word_bits & W_SEND) && !((tok_is(t, "extended") || tok_is(t, "offered")) &&
                                          k + 1 < noun && tok_lex(d, k, LEX_SPEECH, NULL)))
            continue;
        int m = party_left_speaker(d, k, ks->tok_start);
        return m >= 0 && party_mention(d, m) ? m : -1;
    }
    /* "Acting President Vladimir Putin congratulated Russian Muslims on
     * Uraza Bairam" (the headline) over a body that opens "The message
     * says, in part:": the headline's subject, when it greets or sends */
    if (!d->title_len || d->toks[noun].start < d->title_len || !d->sent_ments)
        return -1;
    /* only in the body's first two sentences (sentences start in order: the
     * one two back starting in the body means this is the third or later) */
    if (d->sents[0].start >= d->title_len || (si >= 2 && d->sents[si - 2].start >= d->title_len))
        return -1;
    const sentence *ts = &d->sents[0];
    if (d->sent_ment_start[1] == d->sent_ment_start[0])
        return -1;
    int m = (int)d->sent_ments[d->sent_ment_start[0]];
    const mention *x = &d->ments[m];
    if (x->kind != M_PERSON || x->entity < 0 || x->tok_start > ts->tok_start + 4 ||
        !party_mention(d, m))
        return -1;
    for (uint32_t k = x->tok_end; k < ts->tok_end && k < x->tok_end + 3; k++) {
        const token *t = &d->toks[k];
        if ((t->flags & T_CAP) || !(t->flags & T_WORD))
            break;
        if (tok_lex(d, k, LEX_SPEECH, NULL) || tok_is(t, "sent") || tok_is(t, "offered"))
            return m;
    }
    return -1;
}

/* "His message to President Hu said, in part: ... The message to Mr Jiang
 * said, in part:": "the message to X" after the quoted paragraphs of another
 * message is one more of the same sender's.  The speaker of the item's last
 * statement, when its cue sentence names a message and it lies at most
 * twelve sentences back, else -1. */
static int last_message_sender(const doc *d, const ev_list *out, const sentence *s)
{
    uint32_t here = (uint32_t)(s - d->sents);
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));) {
        /* (the window first: drafts are in text order) */
        if (prev->sent + 12 < here)
            return -1;
        if (prev->dropped)
            continue;
        if (prev->sent >= here || prev->speaker_mention < 0 || prev->nents != 1)
            return -1;
        const sentence *ps = &d->sents[prev->sent];
        for (uint32_t q = ps->tok_start; q < ps->tok_end; q++)
            if (message_noun(&d->toks[q]) && !(d->toks[q].flags & T_IN_QUOTE))
                return party_mention(d, prev->speaker_mention) ? prev->speaker_mention : -1;
        return -1;
    }
    return -1;
}

/* '"...," said its chairman, Sir Anthony Greener.': after an inverted cue
 * at token a, a possessive pronoun, an office (titles.tsv, one lower-case
 * word before it at most), a comma and a person's name that closes the
 * sentence: that person speaks.  The person's mention, or -1. */
static int its_office_holder(const doc *d, uint32_t a, const sentence *s)
{
    if (a + 3 >= s->tok_end || !(d->toks[a].word_bits & W_POSSESSIVE) ||
        (d->toks[a].flags & (T_CAP | T_IN_QUOTE)))
        return -1;
    uint32_t t = a + 1;
    unsigned nw = 0;
    const lex_entry *ti = tok_lex(d, t, LEX_TITLE, &nw);
    if (!ti && (d->toks[t].flags & T_WORD) && !(d->toks[t].flags & T_CAP)) {
        t++;
        ti = t < s->tok_end ? tok_lex(d, t, LEX_TITLE, &nw) : NULL;
    }
    if (!ti || t + nw + 1 >= s->tok_end || !is_char(d, t + nw, ','))
        return -1;
    int m = party_right(d, t + nw + 1, s->tok_end);
    if (m < 0 || d->ments[m].kind != M_PERSON || d->ments[m].tok_start != t + nw + 1)
        return -1;
    uint32_t e = d->ments[m].tok_end;
    return e >= s->tok_end || is_char(d, e, '.') ? m : -1;
}

/* Is w a lower-case kind of outlet ("daily", "newspaper"), which names no
 * outlet itself but says the name beside it is one? */
static int outlet_kind_word(const token *w)
{
    return w && (w->word_bits & W_OUTLET) && !(w->flags & T_CAP);
}

/* "Der Spiegel magazine said", "the China Daily newspaper said": a named
 * outlet before a lower-case outlet noun right before cue token i speaks
 * (GUIDE: another outlet is a speaker).  The outlet's mention, or -1. */
static int outlet_before_noun(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t t = verb_group_start(d, i, s->tok_start);
    if (t < s->tok_start + 2 || !(d->toks[t - 1].word_bits & W_OUTLET) ||
        (d->toks[t - 1].flags & (T_CAP | T_IN_QUOTE)))
        return -1;
    uint32_t k = t - 1;
    if (k > s->tok_start + 1 && tok_is(&d->toks[k - 1], "news"))
        k--; /* "the Interfax news agency said" */
    int m = mention_ending_at(d, k, 0);
    return m >= 0 && d->ments[m].kind == M_ORG && party_mention(d, m) ? m : -1;
}

/* "Mobil Corp's Mobil Oil Francaise unit said", "McLean Industries Inc's
 * United States Lines Inc subsidiary said": a named business before a
 * lower-case business noun (words.tsv class firm: unit, subsidiary,
 * company) right before cue token i speaks.  Not a person's name ("John
 * Smith company"): a body, or a name read as a person's with no first name
 * or office; and not after an article.  The mention, or -1. */
static int body_before_firm_noun(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t t = verb_group_start(d, i, s->tok_start);
    if (t < s->tok_start + 2 || !(d->toks[t - 1].word_bits & W_FIRM) ||
        (d->toks[t - 1].flags & (T_CAP | T_IN_QUOTE)))
        return -1;
    int m = mention_ending_at(d, t - 1, 0);
    if (m < 0 || !party_mention(d, m))
        return -1;
    const mention *x = &d->ments[m];
    /* ("the Delta subsidiary said" is Delta's subsidiary, not Delta) */
    if (x->tok_start > s->tok_start && (d->toks[x->tok_start - 1].word_bits & W_DET))
        return -1;
    return x->kind == M_ORG || firm_as_person(d, m) ? m : -1;
}

/* "According to Russian newspaper Vedomosti", "said the daily Izvestia":
 * the outlet named after its kind (an article or a demonym, then a
 * lower-case outlet noun) from token t.  The outlet's mention, or -1. */
static int outlet_after_noun(const doc *d, uint32_t t, uint32_t limit)
{
    if (t < limit && (d->toks[t].word_bits & W_DET))
        t++;
    unsigned nw = 0;
    if (t < limit && tok_lex(d, t, LEX_DEMONYM, &nw))
        t += nw;
    if (t < limit && tok_is(&d->toks[t], "news"))
        t++;
    if (t + 1 >= limit || !outlet_kind_word(&d->toks[t]))
        return -1;
    int m = party_right(d, t + 1, limit);
    return m >= 0 && d->ments[m].tok_start == t + 1 && d->ments[m].kind == M_ORG ? m : -1;
}

/* "Wen Wei Po, a Hong Kong daily with close Peking links, said": a name
 * whose appositive (a comma, an indefinite article, then words) has a
 * lower-case kind of outlet among its first five words names that outlet.
 * Bounded: seven tokens. */
static int outlet_appositive(const doc *d, const mention *x)
{
    uint32_t k = x->tok_end;
    if (k + 2 >= d->ntoks || !is_char(d, k, ',') || !indefinite_article(&d->toks[k + 1]))
        return 0;
    for (uint32_t t = k + 2; t < d->ntoks && t < k + 7; t++) {
        const token *w = &d->toks[t];
        if (!(w->flags & T_WORD))
            return 0;
        if (outlet_kind_word(w))
            return 1;
    }
    return 0;
}

/* "the official Shenzhen Economic Zone Daily said": a name that ends in a
 * kind of outlet ("Daily", "Weekly") is an outlet's, though the lexicon
 * does not know it. */
static int outlet_name_tail(const doc *d, const mention *x)
{
    const token *last = &d->toks[x->tok_end - 1];
    /* (not "Agency": "the Environmental Protection Agency" is no outlet) */
    return x->tok_end > x->tok_start + 1 && (last->word_bits & W_OUTLET) &&
           !(last->word_bits & W_ORG_HEAD) && (last->flags & T_CAP);
}

/* "..., the New York Times said. The newspaper said ...", "the official
 * Shenzhen Daily said ... The paper said": "the paper" or "the newspaper"
 * right before cue token i is the outlet named last (a news outlet of the
 * lexicon, or a body named beside an outlet noun), within 30 sentences;
 * never the item's own outlet.  So is "the news agency" or "the agency"
 * ("the national news agency Bernama reported ... the news agency said")
 * when no body the mention finder knows stands for it (the caller's: a
 * government agency is no outlet).  Its mention, or -1. */
static int outlet_anaphor(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t t = verb_group_start(d, i, s->tok_start);
    if (t < s->tok_start + 2 || (d->toks[t - 1].flags & (T_CAP | T_IN_QUOTE)))
        return -1;
    uint32_t det = t - 2;
    if (tok_is(&d->toks[t - 1], "agency") && det > s->tok_start && tok_is(&d->toks[det], "news") &&
        !(d->toks[det].flags & T_CAP))
        det--; /* "the news agency said" */
    if (!tok_is(&d->toks[det], "the") ||
        !(tok_is(&d->toks[t - 1], "paper") || tok_is(&d->toks[t - 1], "newspaper") ||
          tok_is(&d->toks[t - 1], "daily") || tok_is(&d->toks[t - 1], "weekly") ||
          tok_is(&d->toks[t - 1], "agency")))
        return -1;
    uint32_t here = (uint32_t)(s - d->sents);
    /* (the last 30 sentences and VOICE_NEAR_MENTIONS: an item of thousands
     * of "the paper said" must not cost quadratic time) */
    size_t from = mentions_before(d, det);
    for (size_t q = from; q-- > 0 && from - q <= VOICE_NEAR_MENTIONS;) {
        const mention *x = &d->ments[q];
        if (x->sent + 30 < here)
            break;
        const token *after = x->tok_end < d->ntoks ? &d->toks[x->tok_end] : NULL;
        const token *before = x->tok_start > 0 ? &d->toks[x->tok_start - 1] : NULL;
        /* (an outlet's name the lexicon does not know reads as a person's:
         * "the national news agency Bernama" names no person) */
        int named_outlet = x->kind == M_PERSON &&
                           ((!x->role && outlet_kind_word(before)) || outlet_name_tail(d, x));
        if ((x->kind != M_ORG && !named_outlet) || x->entity < 0 || !d->ents[x->entity].name ||
            (d->source.ptr && same_outlet(d->ents[x->entity].name, d->source)))
            continue;
        if (outlet_mention(d, (int)q) || outlet_appositive(d, x) || outlet_name_tail(d, x) ||
            outlet_kind_word(after) || outlet_kind_word(before))
            return party_mention(d, (int)q) ? (int)q : -1;
    }
    return -1;
}

/* "according to a study by Sparks Commodities Inc", "according to figures
 * from the Office of the Deputy Prime Minister", "according to numbers
 * released by Japan's Finance Ministry": a work of its authors speaks for
 * them (GUIDE).  From token t: an article, up to three lower-case words
 * (no "of": "according to the provisions of the law" names no author),
 * "by" or "from", then the author.  The author's mention, or -1. */
static int author_after_work(const doc *d, uint32_t t, uint32_t limit)
{
    uint32_t k = t;
    if (k < limit && (d->toks[k].word_bits & W_DET))
        k++;
    uint32_t words = 0;
    while (k < limit && words < 4 && (d->toks[k].flags & T_WORD) &&
           !(d->toks[k].flags & (T_CAP | T_IN_QUOTE)) && !tok_is(&d->toks[k], "by") &&
           !tok_is(&d->toks[k], "from") && !tok_is(&d->toks[k], "of") &&
           !(d->toks[k].word_bits & (W_PREP | W_CONJ | W_SUBORD | W_AUX)) &&
           !tok_lex(d, k, LEX_SPEECH, NULL)) {
        k++;
        words++;
    }
    if (words == 0 || k + 1 >= limit || !(tok_is(&d->toks[k], "by") || tok_is(&d->toks[k], "from")))
        return -1;
    k++;
    if (k + 1 < limit && tok_is(&d->toks[k], "the"))
        k++;
    int m = party_right(d, k, limit);
    if (m < 0 || d->ments[m].tok_start != k || d->ments[m].kind == M_PRONOUN ||
        d->ments[m].kind == M_DESC)
        return -1;
    return m;
}

/* "It said", "the company said": a mention that stands for a body (not
 * "the UK's biggest lender", resolved only to the body named just before:
 * ranked_body in mentions.c). */
static int body_anaphor(const doc *d, int m)
{
    if (m < 0)
        return 0;
    const mention *x = &d->ments[m];
    if (d->toks[x->tok_start].flags & T_IN_QUOTE)
        return 0;
    return (x->kind == M_PRONOUN && (x->pronoun_bits & W_PRONOUN_N) &&
            tok_is(&d->toks[x->tok_start], "it")) ||
           (x->kind == M_DESC && x->name && !x->role && !x->body_voice && !x->ranked);
}

/* The mention right before cue token i (past adverbs and auxiliaries) when
 * it is a body anaphor, resolved or not; else -1. */
static int body_anaphor_left(const doc *d, uint32_t i, uint32_t from)
{
    uint32_t k = verb_group_start(d, i, from);
    int m = mention_ending_at(d, k, from);
    return m >= 0 && body_anaphor(d, m) ? m : -1;
}

/* Is token t "if" or "unless"? */
static int is_if(const doc *d, uint32_t t)
{
    return !(d->toks[t].flags & T_IN_QUOTE) &&
           (tok_is(&d->toks[t], "if") || tok_is(&d->toks[t], "unless"));
}

/* Where the attribution clause holding token `at` starts: after the last
 * comma, semicolon or colon before it (with `quotes`, a quotation mark too),
 * not before token `from`.  What stands before it is the content ("...,
 * the Governor noted") or another clause. */
static uint32_t attribution_start(const doc *d, uint32_t at, uint32_t from, int quotes)
{
    uint32_t c = at;
    while (c > from && !is_char(d, c - 1, ',') && !is_char(d, c - 1, ';') &&
           !is_char(d, c - 1, ':') && !(quotes && (d->toks[c - 1].flags & T_QUOTE)))
        c--;
    return c < from ? from : c;
}

/* The modality of a speech act whose own clause (speaker and cue) starts at
 * or before token `at`: clause_modality reads an "if" anywhere before the cue
 * as conditioning it, but an "if" in content that precedes the attribution
 * ("Russia could use it again if need be, Putin said"; "If we lose, we will
 * appeal," he said) conditions what is said, not the saying.  Only an "if"
 * in the attribution clause itself ("if it wishes to say") keeps it
 * hypothetical. */
static nsv_modality speech_modality(const doc *d, uint32_t cue, uint32_t at, uint32_t from)
{
    nsv_modality m = clause_modality(d, cue, from);
    if (m != NSV_MOD_HYPOTHETICAL)
        return m;
    uint32_t c = attribution_start(d, at < cue ? at : cue, from, 1);
    for (uint32_t t = c; t < cue; t++) {
        if (is_if(d, t))
            return m;
        /* a modal word of the clause itself ("he could say"): as read */
        const lex_entry *w = tok_lex(d, t, LEX_MODALITY, NULL);
        if (w && w->value == NSV_MOD_HYPOTHETICAL)
            return m;
    }
    return NSV_MOD_ACTUAL;
}

/* A present third-person form ("adds", "reports"; not "stress", nor "is",
 * "as": doc.h present_s_ending() past two letters)? */
static int third_person_s(const token *t)
{
    return t->lower_len > 2 && present_s_ending(t);
}

/* Is cue token k a simple present ("calls on", "applauds"), not after an
 * auxiliary ("has called on" reports an act, as "called on" does)? */
static int simple_present_cue(const doc *d, uint32_t k)
{
    const token *c = &d->toks[k];
    return third_person_s(c) && !(c->word_bits & W_AUX) &&
           !(k > 0 && (d->toks[k - 1].word_bits & W_AUX));
}

/* How many tokens of a day ("on Wednesday", "on September 12") end right
 * before token v, after token from: 2, 3, or 0. */
static unsigned day_before(const doc *d, uint32_t v, uint32_t from)
{
    if (v > from + 2 && (d->toks[v - 1].word_bits & W_WEEKDAY) && tok_is(&d->toks[v - 2], "on"))
        return 2;
    if (v > from + 3 && (d->toks[v - 1].flags & T_NUM) && (d->toks[v - 2].word_bits & W_MONTH) &&
        tok_is(&d->toks[v - 3], "on"))
        return 3;
    return 0;
}

/* Does a speech verb follow the coordinator at k after the second verb's
 * day alone ("but on Wednesday said", "and on September 12 declared"),
 * before end? */
static int speech_after_day(const doc *d, uint32_t k, uint32_t end)
{
    for (uint32_t v = k + 3; v <= k + 4 && v < end; v++)
        if (day_before(d, v, k) == v - k - 1 && tok_lex(d, v, LEX_SPEECH, NULL))
            return 1;
    return 0;
}

/* Does a coordinator stand right before cue token i ("and added", "but
 * predicted", "but also noted", "and warmly welcomed")?  "but" is not in the
 * lexicon's conjunction class, which other rules read as joining parties;
 * here it joins two verbs of one subject.  One manner adverb and the
 * perfect's auxiliary may stand between them ("and has also argued"), and
 * the second verb's day ("but on Wednesday said").  The token after the
 * coordinator (where the second verb's clause starts), or 0 when none
 * stands there. */
static uint32_t coordinated_cue(const doc *d, uint32_t i, uint32_t from)
{
    uint32_t k = i;
    if (k > from + 1 &&
        (tok_is(&d->toks[k - 1], "also") ||
         ((d->toks[k - 1].word_bits & W_ADVERB) && !(d->toks[k - 1].word_bits & W_AUX))))
        k--;
    /* "and has said", "but has also argued": the perfect's auxiliary of the
     * second verb */
    if (k > from + 1 && perfect_aux(&d->toks[k - 1]))
        k--;
    /* "but on Wednesday said", "and on September 12 declared": the second
     * verb's own day */
    k -= day_before(d, k, from);
    return k > from && ((d->toks[k - 1].word_bits & W_CONJ) || tok_is(&d->toks[k - 1], "but")) ? k
                                                                                               : 0;
}

/* How far after a comma-led cue the series' closing "and <cue>" may stand. */
#define SERIES_CUE_SPAN 40

/* "reaffirmed X, welcomed Y, and thanked Z": a past-tense cue after a comma
 * is the middle verb of one subject's series when, a bounded span on, a
 * coordinator leads another past-tense cue (its own event; the first verb's
 * speaker goes on).  Not a participle ("the plan, welcomed by") nor inside
 * quotation marks.  Cue token i itself (where its clause starts), or 0. */
static uint32_t series_cue(const doc *d, uint32_t i, uint32_t from, uint32_t end)
{
    const token *c = &d->toks[i];
    if (i < from + 2 || !is_char(d, i - 1, ',') || (c->flags & (T_CAP | T_IN_QUOTE)) ||
        !ed_ending(c) || (i + 1 < end && tok_is(&d->toks[i + 1], "by")))
        return 0;
    for (uint32_t k = i + 1; k + 1 < end && k <= i + SERIES_CUE_SPAN; k++) {
        const token *t = &d->toks[k];
        if ((t->flags & (T_QUOTE | T_IN_QUOTE)) || is_char(d, k, ';') || is_char(d, k, ':'))
            return 0;
        if (!tok_is(t, "and"))
            continue;
        uint32_t v = k + 1;
        if (v + 1 < end && tok_is(&d->toks[v], "also"))
            v++;
        const token *w = &d->toks[v];
        /* (an "and" inside the middle verb's object goes on: "reaffirmed
         * their support for its sovereignty and territorial integrity, and
         * reiterated") */
        if (!(w->flags & (T_CAP | T_IN_QUOTE)) && ed_ending(w) && tok_lex(d, v, LEX_SPEECH, NULL))
            return i;
    }
    return 0;
}

/* Where the name of mention m begins, not before token `from`: its mention
 * may start after an "&" or "and" that the mention finder cut at ("Oil &
 * Natural Gas Corp"). */
static uint32_t name_start(const doc *d, int m, uint32_t from)
{
    uint32_t a = d->ments[m].tok_start;
    while (a >= from + 2 && (is_char(d, a - 1, '&') || tok_is(&d->toks[a - 1], "and")) &&
           (d->toks[a - 2].flags & T_CAP) && (d->toks[a - 2].flags & T_WORD))
        a -= 2;
    return a;
}

/* "The Higher Education Minister, Kim Howells, said", "The Minister of
 * Industry and Energy, Viktor Khristenko, said": does the description that
 * ends before token `end` (the comma) open with an article and hold an
 * office (a role word of titles.tsv), in capitals as BBC and Kremlin copy
 * write it?  At most ten words, no punctuation, nothing before the
 * article but the sentence's start ("In Moscow, the President, X, ..." and
 * "Meeting the President, X, said" name no description of X). */
static int titled_description(const doc *d, uint32_t end, uint32_t from)
{
    int office = 0;
    for (uint32_t k = end; k-- > from && end - k <= 10;) {
        const token *t = &d->toks[k];
        if ((t->flags & (T_PUNCT | T_QUOTE | T_IN_QUOTE)) || !(t->flags & T_WORD))
            return 0;
        /* (an article inside it: "Secretary of State for the Family") */
        if (tok_is(t, "the") && k == body_tok(d, from, k + 1))
            return office;
        const lex_entry *ti = tok_lex(d, k, LEX_TITLE, NULL);
        if (ti && ti->value == TITLE_ROLE && (t->flags & T_CAP))
            office = 1;
    }
    return 0;
}

/* "Director, David Caldwell, said", "Take It Down Act Advocate, Elliston
 * Berry, said": a capitalised description with no article opens the
 * sentence and ends before token `end` (the comma): at most eight words,
 * the last capitalised, no verb, clause word, adverb, time, pronoun or
 * preposition but "of" and "for", and no person named in it ("Smith, John
 * Brown, said" is no description; a lone title word read as a person is
 * one). */
static int capitalised_description(const doc *d, uint32_t end, uint32_t from)
{
    const uint64_t NOT_IN_IT = W_AUX | W_BE | W_SUBORD | W_CONJ | W_ADVERB | W_RELDAY | W_WEEKDAY |
                               W_PRONOUN_ANY | W_DET | W_POSSESSIVE;
    if (end <= from || end - from > 8 || !(d->toks[end - 1].flags & T_CAP))
        return 0;
    /* (one word only when it is a title: "Smith, John Brown, said" is none) */
    if (end - from == 1 && !tok_lex(d, from, LEX_TITLE, NULL))
        return 0;
    for (uint32_t k = from; k < end; k++) {
        const token *t = &d->toks[k];
        /* (inside a capitalised name any word may stand: "Take It Down Act") */
        int in_name = k > from && (t->flags & T_CAP) && (d->toks[k - 1].flags & T_CAP);
        if (!(t->flags & T_WORD) || (t->flags & (T_IN_QUOTE | T_NUM)) ||
            ((t->word_bits & NOT_IN_IT) && !in_name) || ing_form(t) ||
            tok_lex(d, k, LEX_SPEECH, NULL) ||
            ((t->word_bits & (W_PREP | W_PLACE_PREP)) && !tok_is(t, "of") && !tok_is(t, "for")))
            return 0;
        int pm = mention_at(d, k);
        if (pm >= 0 &&
            (d->ments[pm].kind == M_PERSON || (d->ments[pm].kind == M_PRONOUN && !in_name)) &&
            !(d->ments[pm].tok_end == d->ments[pm].tok_start + 1 && tok_lex(d, k, LEX_TITLE, NULL)))
            return 0;
    }
    return 1;
}

/* How many tokens before a body's appositive name the comma that opens its
 * description may stand: a description of at most six tokens ("the
 * state-oil company"). */
#define APPOS_DESC_MAX 8

/* "Russia's foreign minister, Sergei Lavrov, said", "The head of the
 * employers' federation, Jose Maria Cuevas, said": a full name set off by
 * commas right before cue token i, after a description; the person
 * mention, or -1. */
static int appositive_name(const doc *d, uint32_t i, uint32_t from, uint32_t *desc)
{
    *desc = UINT32_MAX;
    i = verb_group_start(d, i, from); /* ("..., China, has said") */
    /* (the verb's day after the closing comma: "The co-chairman of the
     * Conservative Party, Liam Fox, on Saturday called") */
    uint32_t day = day_before(d, i, from);
    if (day && i >= from + day + 4 && is_char(d, i - day - 1, ','))
        i -= day;
    if (i < from + 4 || !is_char(d, i - 1, ','))
        return -1;
    /* (a body's acronym may follow its name: "Oil & Natural Gas Corp
     * (ONGC),") */
    uint32_t e = i - 1;
    if (e > from + 4 && is_char(d, e - 1, ')') && is_char(d, e - 3, '('))
        e -= 3;
    int m = mention_ending_at(d, e, 0);
    if (m < 0 || !party_mention(d, m))
        return -1;
    int body = d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY;
    if (!body && (d->ments[m].kind != M_PERSON || e != i - 1 ||
                  d->ments[m].tok_end - d->ments[m].tok_start < 2))
        return -1;
    uint32_t c = name_start(d, m, from);
    /* ("Manufacturers' organisation, the EEF, said": a body's article) */
    if (body && c >= from + 3 && tok_is(&d->toks[c - 1], "the") && is_char(d, c - 2, ','))
        c--;
    if (c < from + 2 || !is_char(d, c - 1, ','))
        return -1;
    /* "The firm, its president, X, and its vice president, Y, said": a
     * list of subjects, no appositive */
    for (uint32_t k = from + 2; k < c - 1; k++) {
        if (!(d->toks[k].word_bits & W_CONJ) || !is_char(d, k - 1, ','))
            continue;
        int pm = mention_ending_at(d, k - 1, 0);
        if (pm >= 0 && d->ments[pm].kind == M_PERSON)
            return -1;
    }
    /* "India's biggest oil firm, ONGC, says", "The world's biggest tobacco
     * consumer, China, has said": a body only after a lower-case
     * description that opens the sentence (after a wire dateline: "SEOUL,
     * Oct 19 - South Korea's news agency, Yonhap, said"), with no verb or
     * clause in it */
    if (body) {
        if (!(d->toks[c - 2].flags & T_WORD) || (d->toks[c - 2].flags & T_CAP))
            return -1;
        uint32_t k0 = body_tok(d, from, c - 1);
        /* ("Separately, the world's largest package delivery company, UPS,
         * said": a sentence adverb and its comma open no clause) */
        if (k0 + 2 < c - 1 && (d->toks[k0].word_bits & W_ADVERB) && (d->toks[k0].flags & T_CAP) &&
            is_char(d, k0 + 1, ','))
            k0 += 2;
        /* ("..., the state-oil company, Petrobras, said", "In a filing,
         * the partnership, FLF Associates, said": a description after
         * a comma that opens with "the" or a name's possessive, "Iran's
         * national news agency") */
        uint32_t q = c - 2;
        while (q > k0 && q + APPOS_DESC_MAX > c && !is_char(d, q, ','))
            q--;
        if (q > k0 && is_char(d, q, ',') && q + 2 < c - 1 &&
            (tok_is(&d->toks[q + 1], "the") || (d->toks[q + 2].flags & T_POSS) ||
             ((d->toks[q + 3].flags & T_POSS) && (d->toks[q + 2].flags & T_CAP))))
            k0 = *desc = q + 1;
        /* (a plural's apostrophe is no clause: "Manufacturers' organisation") */
        for (uint32_t k = k0; k < c - 1; k++)
            if (((d->toks[k].flags & (T_PUNCT | T_QUOTE)) && !plural_apostrophe(d, k) &&
                 !is_char(d, k, '-')) ||
                (d->toks[k].word_bits & (W_AUX | W_SUBORD | W_CONJ)) ||
                tok_lex(d, k, LEX_SPEECH, NULL))
                return -1;
        return m;
    }
    /* before the first comma: a common noun ("minister", "federation") or
     * a body's name ending a description ("the chief executive of Acme") */
    const token *p = &d->toks[c - 2];
    int pm = mention_at(d, c - 2);
    if ((p->flags & T_WORD) && !(p->flags & T_CAP))
        return m;
    if (pm >= 0 && d->ments[pm].tok_end == c - 1 && d->ments[pm].kind != M_PERSON &&
        d->ments[pm].kind != M_PRONOUN)
        return m;
    return titled_description(d, c - 1, from) || capitalised_description(d, c - 1, from) ? m : -1;
}

/* Does body mention m (over its "the") follow a preposition other than
 * "from" or "by", so that it is a topic or a place of the clause before a
 * relative "who"/"which", not its speaker ("a report on Turkey, which said",
 * "a resolution in support of Ukraine, which recognizes")? */
static int after_topic_prep(const doc *d, int m, uint32_t from)
{
    uint32_t a = d->ments[m].tok_start;
    if (a > from && tok_is(&d->toks[a - 1], "the"))
        a--;
    return a > from && (d->toks[a - 1].word_bits & (W_PREP | W_PLACE_PREP)) &&
           !tok_is(&d->toks[a - 1], "from") && !tok_is(&d->toks[a - 1], "by");
}

/* Does a person's title or noun stand right before the preposition before
 * body mention m (over its "the")?  "which" never points back at a person:
 * in "an adviser for Labour, which denies ..." the body is what the clause
 * hangs on (not "a report on Turkey, which said": the report). */
static int person_before_prep(const doc *d, int m, uint32_t from)
{
    uint32_t a = d->ments[m].tok_start;
    if (a > from && tok_is(&d->toks[a - 1], "the"))
        a--;
    if (a < from + 2)
        return 0;
    const token *w = &d->toks[a - 2];
    return (w->flags & T_WORD) && !(w->flags & T_CAP) &&
           ((w->word_bits & W_PERSON_NOUN) || tok_lex(d, a - 2, LEX_TITLE, NULL));
}

/* "criticised by the Conservatives, who said", "labelled a misjudgement by
 * the Conservatives who said": British copy puts "who" after a body too.
 * Body mention m speaks when it opens its clause or follows "by" or "from"
 * (not "the leader of the Conservatives, who said": the leader; not a
 * place or country, "the mayor of Moscow, who reported").  m, or -1. */
static int body_before_who(const doc *d, int m, uint32_t from)
{
    if (!party_mention(d, m) || d->ments[m].body_voice || after_topic_prep(d, m, from))
        return -1;
    return m;
}

/* "Iyad Allawi, who this week criticised nations ...": the person the
 * relative clause hangs on speaks.  The mention, or -1. */
static int relative_who(const doc *d, uint32_t i, uint32_t from)
{
    uint32_t k = i;
    /* "the Low Pay Commission, which said", "Washington, which says": a
     * body the relative clause hangs on speaks (not a document: "the Barker
     * Review, which said" is what the review says) */
    for (int n = 0; n < 3 && k > from && !tok_is(&d->toks[k - 1], "which"); n++) {
        const token *p = &d->toks[k - 1];
        if (!(p->flags & T_WORD) || (p->flags & T_IN_QUOTE) ||
            !(p->word_bits & (W_AUX | W_ADVERB)) || tok_is(p, "is") || tok_is(p, "was"))
            break;
        k--;
    }
    if (k > from + 1 && tok_is(&d->toks[k - 1], "which") && !(d->toks[k - 1].flags & T_IN_QUOTE)) {
        uint32_t b = k - 1;
        if (b > from + 1 && is_char(d, b - 1, ','))
            b--;
        int m = mention_ending_at(d, b, 0);
        if (m < 0 || !party_mention(d, m) ||
            !(d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY) ||
            d->ments[m].body_voice || tok_lex(d, b - 1, LEX_DOCUMENT, NULL))
            return -1;
        return after_topic_prep(d, m, from) && !person_before_prep(d, m, from) ? -1 : m;
    }
    k = i;
    /* "who", "who has", "who this week", "who on Monday also" */
    for (int n = 0; n < 4 && k > from && !tok_is(&d->toks[k - 1], "who"); n++) {
        const token *p = &d->toks[k - 1];
        /* "who is best informed": an adjective, not a speech verb */
        if (!(p->flags & T_WORD) || (p->flags & T_IN_QUOTE) || be_tense(d, k - 1))
            return -1;
        k--;
    }
    if (k < from + 2 || !tok_is(&d->toks[k - 1], "who"))
        return -1;
    if (!is_char(d, k - 2, ',')) {
        /* "remarks by Home Secretary Charles Clarke who said": a full name
         * right before "who" needs no comma */
        int m = mention_ending_at(d, k - 1, 0);
        if (m >= 0 && d->ments[m].kind == M_ORG)
            return body_before_who(d, m, from);
        if (m < 0 || d->ments[m].kind != M_PERSON ||
            d->ments[m].tok_end - d->ments[m].tok_start < 2 || !party_mention(d, m))
            return -1;
        return m;
    }
    if (k < from + 3)
        return -1;
    int m = mention_ending_at(d, k - 2, 0);
    if (m >= 0 && d->ments[m].kind == M_ORG)
        return body_before_who(d, m, from);
    /* "who" is a person ("the mayor of Moscow, who reported" is not Moscow) */
    if (m < 0 || !party_mention(d, m) ||
        !(d->ments[m].kind == M_PERSON || (d->ments[m].kind == M_DESC && d->ments[m].role)))
        return -1;
    return m;
}

/* "at", "of", "with", "for": the word that places a title at the body
 * named after it ("chief economist at Deutsche Genossenschaftbank", "an
 * analyst with Nomura", "executive partner of Tods Murray"). */
static int employer_prep(const token *t)
{
    return tok_is(t, "at") || tok_is(t, "of") || tok_is(t, "with") || tok_is(t, "for");
}

/* "Robert D. Hunter, Chase Manhattan area executive for Europe, Africa and
 * the Middle East, said", "Stephen Schechter, a banker who has held talks
 * with the club, said": the name that opens the sentence, set off by a
 * comma, and a comma right before the cue (past adverbs and auxiliaries)
 * with no quotation, semicolon or other speech cue between.  The mention,
 * or -1. */
static int long_appositive_subject(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t k = verb_group_start(d, i, s->tok_start);
    if (k <= s->tok_start + 2)
        return -1;
    /* "Guenther Aschoff, chief economist at Deutsche Genossenschaftbank in
     * Frankfurt said": the wire leaves out the comma that closes a title
     * ending in a body's or a place's name; read it as there */
    int open_end = !is_char(d, k - 1, ',');
    /* (only a plain cue, "said", "told": "editor of Mideast reports,
     * expects" has a noun there) */
    if (open_end && (!((d->toks[k - 1].flags & T_CAP) && (d->toks[k - 1].flags & T_WORD)) ||
                     !(d->toks[i].word_bits & W_PLAIN_CUE)))
        return -1;
    /* the sentence's first word after a wire dateline */
    uint32_t f = body_tok(d, s->tok_start, k);
    int m = mention_at(d, f);
    /* "The LSE, which saw its shares rise 25%, said", "The firm, which made
     * finds last year, said": a body after the article, or a description
     * of one resolved */
    if ((m < 0 || d->ments[m].tok_start != f) && f + 1 < k && tok_is(&d->toks[f], "the")) {
        m = mention_at(d, f + 1);
        if (m >= 0 && (d->ments[m].tok_start != f + 1 || d->ments[m].kind != M_ORG))
            m = -1;
        else
            f++;
    }
    /* (a description only as a body's, resolved and set off by a comma: no
     * new name of its own) */
    if (m >= 0 && d->ments[m].kind == M_DESC &&
        !(d->ments[m].tok_start == f && d->ments[m].entity >= 0 && body_anaphor(d, m) &&
          d->ents[d->ments[m].entity].kind == NSV_KIND_ORGANIZATION &&
          is_char(d, d->ments[m].tok_end, ',')))
        m = -1;
    /* (not "WEST NYACK, N.Y., April 8 - ...": a dateline in capitals) */
    if (m < 0 || d->ments[m].tok_start != f || !party_mention(d, m) ||
        (d->toks[f].flags & T_ALLCAPS) ||
        !(d->ments[m].kind == M_PERSON || d->ments[m].kind == M_ORG ||
          d->ments[m].kind == M_DESC) ||
        !is_char(d, d->ments[m].tok_end, ',') || d->ments[m].tok_end + 1 >= k - 1 ||
        k - d->ments[m].tok_end > 60)
        return -1;
    if (open_end) {
        /* (a person; a lower-case title first, then "at", "of", "with" or
         * "for" and a capitalised name running to the verb, no comma) */
        uint32_t a = d->ments[m].tok_end + 1;
        if (d->ments[m].kind != M_PERSON || k - a > 16 || (d->toks[a].flags & T_CAP))
            return -1;
        int prep = 0;
        for (uint32_t t = a; t < k; t++) {
            if ((d->toks[t].flags & T_PUNCT) && !is_char(d, t, '&') && !is_char(d, t, '.') &&
                !is_char(d, t, '-'))
                return -1;
            if (employer_prep(&d->toks[t]) && t + 1 < k && (d->toks[t + 1].flags & T_CAP))
                prep = 1;
        }
        if (!prep)
            return -1;
    }
    for (uint32_t t = d->ments[m].tok_end; t < k - !open_end; t++) {
        const lex_entry *sc = tok_lex(d, t, LEX_SPEECH, NULL);
        /* (an opinion noun is no verb: "based in Mountain View, California") */
        if ((d->toks[t].flags & (T_QUOTE | T_IN_QUOTE)) || is_char(d, t, ';') ||
            (sc && sc->value != SPEECH_OPINION))
            return -1;
    }
    return m;
}

/* A one-word lower-case title ("chairman", "director") at token t. */
static int lower_title_word(const doc *d, uint32_t t)
{
    uint32_t nw = 0;
    return !(d->toks[t].flags & T_CAP) && tok_lex(d, t, LEX_TITLE, &nw) && nw == 1;
}

/* '"...," Ways and Means chairman X said', "Citigroup Global Markets
 * analyst X": the first of the capitalised words (and "and") outside a
 * quotation, at most six, that stand right before the lower-case title at
 * token `title` and name the body it heads; `title` when none do. */
static uint32_t titled_body_start(const doc *d, uint32_t title, const sentence *s)
{
    uint32_t t = title;
    while (t > s->tok_start + 2 && title - t < 6 &&
           (((d->toks[t - 1].flags & T_CAP) && (d->toks[t - 1].flags & T_WORD) &&
             !(d->toks[t - 1].flags & T_IN_QUOTE)) ||
            tok_is(&d->toks[t - 1], "and")))
        t--;
    return t;
}

/* '"...," Armando Falcon, OFHEO director said', '"...," Mr Prettejohn,
 * Lloyd's chief executive said': after a quotation (or opening the
 * sentence), a full-named person, a comma and a short description whose
 * closing comma the writer left out, ending in a lower-case word (a title
 * or a noun: never a name, so "X, Y said" is no appositive).  No clause in
 * the description: no relative or subordinating word, auxiliary, speech
 * cue or quotation.  The person's mention, or -1. */
static int appositive_open_end(const doc *d, uint32_t i, const sentence *s)
{
    if (!(d->toks[i].word_bits & W_PLAIN_CUE))
        return -1;
    uint32_t k = verb_group_start(d, i, s->tok_start);
    if (k < s->tok_start + 4 || is_char(d, k - 1, ','))
        return -1;
    const token *last = &d->toks[k - 1];
    if (!(last->flags & T_WORD) || (last->flags & T_IN_QUOTE) || ing_form(last) ||
        (last->word_bits & (W_PREP | W_DET | W_CONJ | W_SUBORD | W_AUX | W_ADVERB)))
        return -1;
    /* ("Effective April One, it said X": a pronoun is the subject) */
    int lm = mention_at(d, k - 1);
    if (lm >= 0 && d->ments[lm].kind == M_PRONOUN)
        return -1;
    /* "an analyst at Nomura told"; a seat word ("an Illinois Democrat said",
     * "a Texas Congressman told") is a description's head, not a name */
    int named_end = (last->flags & T_CAP) && !(last->word_bits & W_SEAT);
    /* back to the comma that opens the description: at most eight words */
    uint32_t c = k - 1;
    while (c > s->tok_start && k - c <= 8 && !is_char(d, c, ',')) {
        const token *t = &d->toks[c];
        if ((t->flags & (T_QUOTE | T_IN_QUOTE)) || tok_lex(d, c, LEX_SPEECH, NULL) ||
            (t->word_bits & (W_SUBORD | W_AUX)) || (t->flags & T_NUM) ||
            ((t->flags & T_PUNCT) && !is_char(d, c, '&') && !is_char(d, c, '.') &&
             !is_char(d, c, '-') && !(t->flags & T_POSS)))
            return -1;
        c--;
    }
    if (!is_char(d, c, ',') || c + 2 >= k || c < s->tok_start + 2)
        return -1;
    /* (a capitalised last word only as a body's name after "at", "of",
     * "with" or "for" and a lower-case word: "an analyst at Nomura") */
    if (named_end) {
        int prep = 0;
        for (uint32_t t = c + 2; t + 1 < k && !prep; t++)
            prep = employer_prep(&d->toks[t]) && !(d->toks[t - 1].flags & T_CAP) &&
                   (d->toks[t + 1].flags & T_CAP);
        if (!prep)
            return -1;
    }
    int m = mention_ending_at(d, c, 0);
    if (m < 0 || d->ments[m].kind != M_PERSON || d->ments[m].tok_end - d->ments[m].tok_start < 2 ||
        !party_mention(d, m))
        return -1;
    /* no second person in the description ("X, Y's lawyer said") */
    for (uint32_t t = c + 1; t < k; t++) {
        int x = mention_at(d, t);
        if (x >= 0 && d->ments[x].kind == M_PERSON)
            return -1;
    }
    /* the person opens the sentence, follows the quotation (maybe after a
     * title and the body it heads: '"...," Ways and Means chairman X, an
     * Illinois Democrat said'), or follows the comma closing the reported
     * clause when an article opens the description ("..., Jerry Huckaby, a
     * leading Congressman told Reuters"; not "..., X, banking sources said") */
    uint32_t a = d->ments[m].tok_start;
    uint32_t ti = (a > s->tok_start && !lower_title_word(d, a)) ? a - 1 : a;
    if (ti > s->tok_start + 2 && lower_title_word(d, ti)) {
        uint32_t t = titled_body_start(d, ti, s);
        if (d->toks[t - 1].flags & T_QUOTE_CLOSE)
            a = t;
    }
    if (a != body_tok(d, s->tok_start, a) &&
        !(is_char(d, a - 1, ',') && a >= s->tok_start + 6 && (d->toks[c + 1].word_bits & W_DET)) &&
        !((d->toks[a - 1].flags & T_QUOTE_CLOSE) ||
          ((d->toks[a - 1].flags & T_QUOTE) && a >= s->tok_start + 2 &&
           (is_char(d, a - 2, ',') || is_char(d, a - 2, '.')))))
        return -1;
    return m;
}

/* "Peter Misselbrook, executive partner of Tods Murray said", "Mark
 * Serwotka, the leader of the Public and Commercial Services Union said": a
 * body at the end of an appositive whose closing comma was left out.  The
 * person, or a body that the appositive makes a part of the other (below),
 * that opens the sentence (the body's mention `body` ends right
 * before the cue, after "of" or "at", and only lower-case words, an
 * article and "of" stand between the comma and the body); else -1.  A
 * capitalised title, the body's acronym before the cue or a quotation
 * before the person ("Ramon Diaz, Chairman of the X (PCGG) told") is
 * person_of_body's, which runs first on an organisation's name. */
static int appositive_body_tail(const doc *d, int body, const sentence *s)
{
    const mention *b = &d->ments[body];
    if (b->kind != M_ORG && b->kind != M_PERSON)
        return -1;
    /* the body's name may begin before its mention ("the Public and
     * Commercial Services Union") */
    uint32_t bs = b->tok_start;
    while (bs > s->tok_start + 4 && bs + 6 > b->tok_start &&
           (tok_is(&d->toks[bs - 1], "and") ||
            ((d->toks[bs - 1].flags & T_CAP) && (d->toks[bs - 1].flags & T_WORD))))
        bs--;
    if (bs > s->tok_start + 4 && tok_is(&d->toks[bs - 1], "the"))
        bs--;
    if (bs < s->tok_start + 4 ||
        !(tok_is(&d->toks[bs - 1], "of") || tok_is(&d->toks[bs - 1], "at")))
        return -1;
    uint32_t f = body_tok(d, s->tok_start, bs);
    if (f < bs && tok_is(&d->toks[f], "the"))
        f++;
    int m = mention_at(d, f);
    if (m < 0 || d->ments[m].tok_start != f ||
        !(d->ments[m].kind == M_PERSON || d->ments[m].kind == M_ORG) ||
        (d->ments[m].kind == M_PERSON && d->ments[m].tok_end - d->ments[m].tok_start < 2) ||
        !party_mention(d, m) || !is_char(d, d->ments[m].tok_end, ','))
        return -1;
    uint32_t k = d->ments[m].tok_end + 1;
    if (k + 1 >= bs || bs - k > 8)
        return -1;
    int part = 0;
    for (; k + 1 < bs; k++) {
        const token *t = &d->toks[k];
        if (!(t->flags & T_WORD) || (t->flags & (T_CAP | T_IN_QUOTE)) ||
            tok_lex(d, k, LEX_SPEECH, NULL) || (t->word_bits & (W_AUX | W_CONJ | W_SUBORD)))
            return -1;
        part |= (t->word_bits & W_FIRM) != 0;
    }
    /* "Enka BV, a subsidiary of Akzo NV said", "the Office of Technology
     * Assessment, a nonpartisan arm of Congress told": a body opens the
     * sentence when the appositive makes it a part of the other */
    if (d->ments[m].kind == M_ORG && !part)
        return -1;
    return m;
}

/* "The Red Cross operating in Iraq said", "Washington along with its allies
 * demanded": the party that opens the sentence, before a short participle
 * or "along with" phrase (no comma, quotation or other cue in it) and the
 * cue.  The mention, or -1. */
static int subject_before_modifier(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t k = verb_group_start(d, i, s->tok_start);
    uint32_t f = body_tok(d, s->tok_start, k);
    if (f < k && tok_is(&d->toks[f], "the"))
        f++;
    int m = f < k ? mention_at(d, f) : -1;
    if (m < 0 || d->ments[m].tok_start != f || !party_mention(d, m) ||
        (d->toks[f].flags & T_ALLCAPS) ||
        !(d->ments[m].kind == M_PERSON || d->ments[m].kind == M_ORG ||
          d->ments[m].kind == M_COUNTRY))
        return -1;
    uint32_t g = d->ments[m].tok_end;
    if (g >= k || k - g > 8)
        return -1;
    /* "Manila banking sources said": the gerund is part of the noun the
     * country modifies */
    if (modifier_country(d, m, k))
        return -1;
    const token *w = &d->toks[g];
    int participle = !(w->flags & T_CAP) && ing_form(w);
    int along = g + 1 < k && (tok_is(w, "along") || tok_is(w, "together")) &&
                tok_is(&d->toks[g + 1], "with");
    if (!participle && !along)
        return -1;
    for (uint32_t t = g; t < k; t++)
        if ((d->toks[t].flags & (T_QUOTE | T_PUNCT)) || tok_lex(d, t, LEX_SPEECH, NULL) ||
            (d->toks[t].word_bits & (W_SUBORD | W_CONJ)))
            return -1;
    return m;
}

/* "MP Andriy Kostin who also took part in the meeting noted that", "Ivan
 * Dorov who heads the legal group of negotiators added": a titled or
 * full-named person opening the sentence, then a relative clause with no
 * comma (plain words only: no punctuation, quotation, other cue or
 * subordinating word) before the cue.  Not "an analyst at Credit Lyonnais
 * who declined to be named said": the person opens the sentence.  The
 * mention, or -1. */
static int subject_before_who_clause(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t k = verb_group_start(d, i, s->tok_start);
    uint32_t w = k;
    while (w > s->tok_start && k - w < 12 && !tok_is(&d->toks[w - 1], "who")) {
        const token *t = &d->toks[w - 1];
        if (!(t->flags & T_WORD) || (t->flags & (T_QUOTE | T_IN_QUOTE)) ||
            tok_lex(d, w - 1, LEX_SPEECH, NULL) || (t->word_bits & (W_SUBORD | W_CONJ)))
            return -1;
        w--;
    }
    /* (at least a verb and its object: shorter clauses are relative_who's) */
    if (w <= s->tok_start + 1 || !tok_is(&d->toks[w - 1], "who") || k - w < 3)
        return -1;
    int m = mention_ending_at(d, w - 1, 0);
    if (m < 0 || d->ments[m].kind != M_PERSON || !party_mention(d, m) ||
        !(d->ments[m].role || (d->ments[m].tok_end - d->ments[m].tok_start >= 2 &&
                               tok_lex(d, d->ments[m].tok_end - 2, LEX_GIVEN_NAME, NULL))))
        return -1;
    /* the person (or the title before the name) opens the sentence */
    /* (capitalised title words, "of", "the", "to" and a body's head:
     * "Member of the Ukrainian delegation X"; not "People close to X who") */
    uint32_t a = d->ments[m].tok_start;
    for (uint32_t t = body_tok(d, s->tok_start, a); t < a; t++)
        if (!(d->toks[t].flags & T_WORD) ||
            (!(d->toks[t].flags & T_CAP) && !(d->toks[t].word_bits & W_ORG_HEAD) &&
             !tok_is(&d->toks[t], "of") && !tok_is(&d->toks[t], "the") &&
             !tok_is(&d->toks[t], "to")))
            return -1;
    return m;
}

/* "quoted" or "reported" before "as saying": a verb of relaying words,
 * whose subject (passive) or object (active) is the one who speaks. */
static int relaying_verb(const token *t)
{
    return tok_is(t, "quoted") || tok_is(t, "reported");
}

/* "Interfax quoted X as saying", "the paper quoted him as saying": the
 * person right after the active "quoted" (token q) speaks and the outlet
 * only relays; the object ends at "as" (token as) or at the comma of an
 * appositive, and may follow title words ("quoted Qantas chief executive
 * X", "quoted Iran's defence spokesman X").  "quoted one official as
 * saying" names nobody.  The mention or -1. */
static int quoted_object(const doc *d, uint32_t q, uint32_t as)
{
    int m = party_right(d, q, as);
    if (m >= 0 && (d->ments[m].tok_end == as || is_char(d, d->ments[m].tok_end, ',')))
        return m;
    m = mention_ending_at(d, as, 0);
    if (m < 0 || d->ments[m].kind != M_PERSON || !party_mention(d, m) ||
        d->ments[m].tok_start <= q || d->ments[m].tok_start > q + 6)
        return -1;
    for (uint32_t k = q; k < d->ments[m].tok_start; k++)
        if (!(d->toks[k].flags & T_WORD) || (d->toks[k].flags & T_IN_QUOTE) ||
            (d->toks[k].word_bits & (W_DET | W_AUX | W_SUBORD | W_CONJ | W_PREP)))
            return -1;
    return m;
}

/* "King Hassan was quoted today as saying", "Lavrov was quoted by Interfax as
 * saying", "X has been reported as saying": the subject of the passive
 * "quoted" speaks (the outlet that quotes only relays); the active "quoted
 * X as saying" gives its object and sets *active to the token opening the
 * outlet's clause ("the paper quoted").  The speaker's mention, or -1. */
static int quoted_as_saying(const doc *d, uint32_t i, const sentence *s, uint32_t *active)
{
    *active = UINT32_MAX;
    /* (and "has been quoted as telling Labour members he wants") */
    if (!(tok_is(&d->toks[i], "saying") || tok_is(&d->toks[i], "telling")) ||
        i < s->tok_start + 4 || !tok_is(&d->toks[i - 1], "as"))
        return -1;
    for (uint32_t q = i - 1; q > s->tok_start + 1 && q + 24 > i; q--) {
        if (!relaying_verb(&d->toks[q - 1]))
            continue;
        uint32_t a = q - 1;
        while (a > s->tok_start && (d->toks[a - 1].word_bits & W_ADVERB))
            a--;
        /* (passive: "was quoted in today's edition of the armed forces
         * newspaper Harian AB as saying") */
        if (a > s->tok_start && (d->toks[a - 1].word_bits & W_BE) && q + 16 > i) {
            uint32_t v = verb_group_start(d, a - 1, s->tok_start);
            uint32_t desc;
            int ap = appositive_name(d, v, s->tok_start, &desc);
            return ap >= 0 ? ap : party_left(d, v, s->tok_start);
        }
        int m = q == i - 1 ? -1 : quoted_object(d, q, i - 1);
        if (m < 0 && q + 1 < i - 1) {
            /* "Tehran radio quoted a Foreign Ministry spokesman as saying",
             * "quoted EC officials as saying": the body whose spokesperson
             * or officials the object names speaks, as before a plain cue */
            uint32_t from;
            int b = mention_ending_at(d, i - 1, q);
            /* (read as one mention that speaks for the body, after an
             * article at most) */
            if (b >= 0 && !(d->ments[b].body_voice && party_mention(d, b) &&
                            (d->ments[b].tok_start == q ||
                             (d->ments[b].tok_start == q + 1 && (d->toks[q].word_bits & W_DET)))))
                b = -1;
            if (b < 0)
                b = spokesperson_body(d, i - 1, s);
            if (b < 0)
                b = body_officials(d, i - 1, s, &from);
            if (b >= 0 && d->ments[b].tok_start >= q)
                m = b;
        }
        if (m >= 0) {
            /* (back over the outlet's words to a comma or a quotation) */
            uint32_t k = q - 1;
            while (k > s->tok_start && k + 8 > q && (d->toks[k - 1].flags & T_WORD) &&
                   !(d->toks[k - 1].flags & T_IN_QUOTE))
                k--;
            *active = k;
        }
        return m;
    }
    return -1;
}

/* ", the trade and industry secretary has", ", a Home Office minister
 * has", ", London's most senior police officer has": a clause-opening
 * phrase ending in a title right before token v, from an article or a
 * possessive after a comma or the sentence start, that the mention finder
 * left unread. */
static int title_phrase_before(const doc *d, uint32_t v, uint32_t from)
{
    int title = 0, name_poss = 0;
    for (uint32_t k = v; k > from && k + 8 > v; k--) {
        const token *t = &d->toks[k - 1];
        /* (a hyphen inside a word: "co-chairman") */
        if (is_char(d, k - 1, '-') && k - 1 > from && (d->toks[k - 2].flags & T_WORD) &&
            !(t->flags & T_SPACE_BEFORE))
            continue;
        /* "..., Amnesty International's chief has said", "..., London's
         * most senior police officer has said": a capitalised name's
         * possessive opens the clause right after the comma */
        if (is_char(d, k - 1, ',') && !(t->flags & T_IN_QUOTE))
            return title && name_poss;
        if ((t->flags & T_IN_QUOTE) || !(t->flags & (T_WORD | T_POSS)))
            return 0;
        unsigned nw = 0;
        if (tok_lex(d, k - 1, LEX_TITLE, &nw) && k - 1 + nw == v)
            title = 1;
        /* (the possessive word and the capitalised words of its name) */
        if (t->flags & T_POSS)
            name_poss = k - 1 > from && (d->toks[k - 2].flags & T_CAP);
        else if (name_poss && !(t->flags & T_CAP))
            name_poss = 0;
        if (!(t->word_bits & (W_DET | W_POSSESSIVE)) || (t->flags & T_POSS))
            continue;
        /* (the article opens the clause) */
        return title && (k - 1 == from || is_char(d, k - 2, ','));
    }
    return 0;
}

/* Sentence n names a person (a mention of one, not a pronoun). */
static int names_person(const doc *d, const sentence *n)
{
    for (uint32_t k = n->tok_start; k < n->tok_end; k++) {
        int p = mention_at(d, k);
        if (p >= 0 && d->ments[p].kind == M_PERSON)
            return 1;
    }
    return 0;
}

/* "..., the trade secretary has said. Patricia Hewitt said ...": a news
 * lede gives the speaker by title only and its next sentence names the
 * person.  For a cue in the item's first sentence whose subject is a title
 * description no one before resolves: the first person the next sentence
 * names (or the one after, when the next names no person), or -1. */
static int lede_title_person(const doc *d, uint32_t i, const sentence *s)
{
    if (!lede_sentence(d, s))
        return -1;
    uint32_t v = verb_group_start(d, i, s->tok_start);
    int m = mention_ending_at(d, v, s->tok_start);
    if (m >= 0) {
        if (d->ments[m].kind != M_DESC || d->ments[m].entity >= 0 || !d->ments[m].role ||
            d->ments[m].body_voice)
            return -1;
    } else if (!title_phrase_before(d, v, s->tok_start)) {
        return -1;
    }
    /* (a spokesperson is someone other than the person named next: "...,
     * a government spokesman said. Minister X ...") */
    if (spokes_word(d, v - 1) || (d->toks[v - 1].word_bits & (W_UNNAMED | W_PEOPLE)))
        return -1;
    /* the person named first, then speaking in that sentence: "Patricia
     * Hewitt said", "In a lecture, Irene Khan said"; past one sentence
     * that names no person ("..., the lord chancellor has said. Ministers
     * have been accused of panic ... Lord Falconer said") */
    const sentence *n = s + 1;
    int past = n + 1 < d->sents + d->nsents && !names_person(d, n);
    if (past)
        n++;
    for (uint32_t k = n->tok_start; k < n->tok_end; k++) {
        int p = mention_at(d, k);
        if (p < 0 || d->ments[p].tok_start != k || d->ments[p].kind != M_PERSON)
            continue;
        /* ("BMW is preparing ..., the firm's chief has told BBC News.
         * Speaking at a BMW event, Helmut Panke predicted": a lone word in
         * capitals is a firm's name, the person comes after) */
        if (acronym_as_person(d, p))
            continue;
        /* (a full name or an honorific and a name: a lone capitalised
         * word may be a firm the mention finder read as a person) */
        if (!party_mention(d, p) || d->ments[p].tok_end - d->ments[p].tok_start < 2)
            return -1;
        /* (two sentences on, not one given another office: "Opposition
         * leader X") */
        if (past && d->ments[p].entity >= 0 && d->ents[d->ments[p].entity].role)
            return -1;
        /* (two sentences on, not one the lede names: "..., the President's
         * special envoy said. ... Vladimir Putin asked the envoy") */
        if (past && d->ments[p].entity >= 0)
            for (uint32_t t = s->tok_start; t < s->tok_end; t++) {
                int q = mention_at(d, t);
                if (q >= 0 && d->ments[q].entity == d->ments[p].entity)
                    return -1;
            }
        /* (only a plain speech verb: "X spoke on Wednesday", a cue of another
         * class, gives no words) */
        int other_cue = 0;
        for (uint32_t c = d->ments[p].tok_end; c < n->tok_end; c++) {
            const lex_entry *cue = (d->toks[c].flags & (T_IN_QUOTE | T_QUOTE))
                                       ? NULL
                                       : tok_lex(d, c, LEX_SPEECH, NULL);
            if (cue && cue->value == SPEECH_VERB)
                return p;
            other_cue |= cue != NULL;
        }
        /* ("Richard Thomas \"totally condemned\" ...", "Patricia Hewitt is
         * expected to ...": the next sentence's subject, named with no
         * office of his own and no cue of another class after him, is the
         * one the lede's title means; one with another office is someone
         * else) */
        const mention *pm = &d->ments[p];
        uint32_t b = pm->tok_start;
        if (!other_cue && pm->entity >= 0 && !d->ents[pm->entity].role &&
            !d->ents[pm->entity].unnamed && (b == n->tok_start || is_char(d, b - 1, ',')) &&
            !(d->toks[b].flags & T_IN_QUOTE))
            return p;
        return -1;
    }
    return -1;
}

/* "sources close to the Fed say", "a letter sent to X said", "his report
 * to the government praises", "Putin's message to Jiang said", "an aide to
 * Glickman said": mention m is the object of "to" after unnamed speakers or
 * a lower-case office right before the verb ("aide", "adviser": someone
 * unnamed who serves m; not "ambassador to the WTO, X, said") (1) or a
 * document (2; a message's noun to *message), not the one who speaks; else
 * 0. */
static int object_of_to(const doc *d, int m, uint32_t from, uint32_t *message)
{
    uint32_t t = d->ments[m].tok_start;
    if (t > from && (d->toks[t - 1].word_bits & W_DET))
        t--;
    if (t <= from + 1 || !tok_is(&d->toks[t - 1], "to"))
        return 0;
    const lex_entry *office = tok_lex(d, t - 2, LEX_TITLE, NULL);
    if (office && office->value == TITLE_ROLE && !(d->toks[t - 2].flags & T_CAP) &&
        !is_char(d, d->ments[m].tok_end, ','))
        return 1;
    for (uint32_t k = t - 1; k > from && k + 4 > t; k--) {
        const token *w = &d->toks[k - 1];
        if (!(w->flags & T_WORD) || (w->flags & T_IN_QUOTE))
            return 0;
        if (w->word_bits & W_UNNAMED)
            return 1;
        if (message_noun(w)) {
            *message = k - 1;
            return 2;
        }
        if (paper_value(d, k - 1) == 0)
            return 2;
    }
    return 0;
}

/* Is mention m the object of a preposition ("amid Tory claims", "with
 * Dixons Group calls") or of a past verb of speech before it ("denied
 * Conservative claims")?  Not after "by", nor a word that opens a clause
 * ("after Labour says": words.tsv beside, occasion), nor "of" after a
 * capitalised word, which ends a name the mention finder split ("The
 * Republic of Estonia reaffirms", "the Office of the President informs";
 * not "all maturities of Treasury notes"). */
static int name_as_object(const doc *d, int m, const sentence *s)
{
    uint32_t a = d->ments[m].tok_start;
    if (a <= s->tok_start)
        return 0;
    const token *p = &d->toks[a - 1];
    if (!(p->flags & T_WORD) || (p->flags & T_IN_QUOTE))
        return 0;
    if ((p->word_bits & W_PREP) && !(p->word_bits & (W_BESIDE | W_OCCASION)) && !tok_is(p, "by") &&
        !(tok_is(p, "of") && a >= s->tok_start + 2 && (d->toks[a - 2].flags & T_CAP)))
        return 1;
    if (!ed_ending(p))
        return 0;
    if (tok_lex(d, a - 1, LEX_SPEECH, NULL) != NULL)
        return 1;
    /* "the Liberal Democrats backed Tory demands that", "Mr Blair derided
     * Tory claims": a past verb right after a name of its own takes the
     * name's noun as its object (not an adjective after an article or a
     * comma: "the beleaguered Yukos claims", "Embattled, Yukos claims") */
    if (a < s->tok_start + 2 || (p->word_bits & (W_AUX | W_BE | W_ADVERB)))
        return 0;
    int before = mention_ending_at(d, a - 1, s->tok_start);
    return before >= 0 && d->ments[before].kind != M_PRONOUN && d->ments[before].entity >= 0;
}

/* Is mention m (over its "the") the object of "to", "with", "in" or "on"
 * after a lower-case noun that is no title ("an advisory panel to the
 * Agriculture Ministry recommends", "officials travelling with President
 * X said", "new data submitted to the FBI confirms")?  That noun's phrase
 * is the cue's subject, not the name.  (A document or an unnamed group
 * before "to", "the team's report to the government praises", is
 * object_of_to's, asked first.)  Not "a spokesman at Polaroid", "an
 * official for", "Adviser to the Head", nor a poll or report in an outlet
 * ("a YouGov poll in the Daily Telegraph suggested": outlet_mention, the
 * paper speaks). */
static int name_after_noun_prep(const doc *d, int m, const sentence *s)
{
    uint32_t a = d->ments[m].tok_start;
    if (a > s->tok_start && tok_is(&d->toks[a - 1], "the"))
        a--;
    if (a < s->tok_start + 2 || outlet_mention(d, m))
        return 0;
    /* (not after a fronted phrase, whose comma copy may drop: "In an
     * interview with the Guardian Oleg Ustenko said", "On top of the deal
     * with Tanzania Mr Brown said") */
    if (d->toks[s->tok_start].word_bits & (W_PREP | W_PLACE_PREP | W_SUBORD))
        return 0;
    const token *p = &d->toks[a - 1], *n = &d->toks[a - 2];
    if (!(p->flags & T_WORD) || (p->flags & (T_CAP | T_IN_QUOTE)) ||
        !(tok_is(p, "to") || tok_is(p, "with") || tok_is(p, "in") || tok_is(p, "on")))
        return 0;
    return (n->flags & T_WORD) && !(n->flags & (T_CAP | T_IN_QUOTE)) &&
           !(n->word_bits & (W_PREP | W_PLACE_PREP | W_DET | W_CONJ | W_SUBORD | W_AUX | W_ADVERB |
                             W_PRONOUN_ANY)) &&
           !tok_lex(d, a - 2, LEX_TITLE, NULL) && !tok_lex(d, a - 2, LEX_SPEECH, NULL) &&
           /* ("As a result of meeting with President X Putin stressed": an
            * occasion's phrase, whose comma copy may drop) */
           !tok_lex(d, a - 2, LEX_MEETING, NULL) && !tok_lex(d, a - 2, LEX_SIGNING, NULL);
}

/* Does the pronoun mention m, opening its sentence, resolve to an
 * organisation other than `voice` that opens the sentence right before as
 * its subject (its name, then a lower-case word), after the last voice's
 * sentence? */
static int opening_body_before(const doc *d, int m, int voice, const ev_draft *voiced)
{
    const mention *x = &d->ments[m];
    /* (not when the voice spoke in that sentence: "The venture involves
     * ..., it said. It said" keeps the wire's voice) */
    if (x->entity < 0 || x->entity == voice || x->sent == 0 || !voiced ||
        voiced->sent + 1 >= x->sent || d->ents[x->entity].kind != NSV_KIND_ORGANIZATION ||
        x->tok_start != d->sents[x->sent].tok_start)
        return 0;
    const sentence *b = &d->sents[x->sent - 1];
    uint32_t t = b->tok_start;
    if (t < b->tok_end && tok_is(&d->toks[t], "the"))
        t++;
    int om = t < b->tok_end ? mention_at(d, t) : -1;
    if (om < 0 || d->ments[om].tok_start != t || d->ments[om].entity != x->entity ||
        d->ments[om].kind == M_PRONOUN)
        return 0;
    uint32_t v = d->ments[om].tok_end;
    if (v >= b->tok_end || !(d->toks[v].flags & T_WORD) || (d->toks[v].flags & T_CAP) ||
        (d->toks[v].flags & T_IN_QUOTE))
        return 0;
    return 1;
}

/* Is mention m a possessive pronoun ("his", "its"), a determiner of the
 * noun after it? */
static int possessive_pronoun(const doc *d, int m)
{
    return d->ments[m].kind == M_PRONOUN &&
           (d->toks[d->ments[m].tok_end - 1].word_bits & W_POSSESSIVE);
}

/* The person mention that starts within three lower-case title words from
 * token k ("economist Alex Bannister", "chief executive Jeff Immelt"), or
 * -1. */
static int person_after_title_words(const doc *d, uint32_t k, uint32_t limit)
{
    for (uint32_t end = k + 3; k < limit && k <= end; k++) {
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].tok_start == k)
            return d->ments[m].kind == M_PERSON && party_mention(d, m) ? m : -1;
        const token *t = &d->toks[k];
        /* ("said vice-chairman Vivek Paul", "said co-ordinator X": a hyphen
         * glued inside the title word) */
        if (is_char(d, k, '-') && k > 0 && k + 1 < limit && !(t->flags & T_SPACE_BEFORE) &&
            !(d->toks[k + 1].flags & T_SPACE_BEFORE) && (d->toks[k - 1].flags & T_WORD))
            continue;
        if (!(t->flags & T_WORD) || (t->flags & (T_CAP | T_IN_QUOTE)) ||
            (t->word_bits & (W_PREP | W_PLACE_PREP | W_CONJ | W_SUBORD | W_AUX | W_DET)) ||
            tok_lex(d, k, LEX_SPEECH, NULL) || tok_lex(d, k, LEX_MODALITY, NULL))
            return -1;
    }
    return -1;
}

/* "This was stated by Adviser to the President of Ukraine on economic
 * issues Oleg Ustenko in an interview": a long office, then the named
 * person who holds it.  (Two offices a spaced dash joins, "Deputy Prime
 * Minister - Minister for Reintegration ... Iryna Vereshchuk", are one
 * person mention, which party_right finds first.)  The last named person
 * of the run from k (up to 24 tokens) that a comma, quotation, clause word,
 * "in"/"at"/"during" or, after a name, "and" closes: the name that ends the
 * title, not a capitalised run inside it; or -1. */
static int person_after_office(const doc *d, uint32_t k, uint32_t limit)
{
    int last = -1;
    /* (an office opens the run: "asked by journalists about", "declared
     * by the partners regarding" name no office) */
    if (k >= limit || (!(d->toks[k].flags & T_CAP) && !tok_lex(d, k, LEX_TITLE, NULL)))
        return -1;
    for (uint32_t end = k + 24; k < limit && k < end; k++) {
        const token *t = &d->toks[k];
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].tok_start == k && d->ments[m].kind == M_PERSON &&
            party_mention(d, m)) {
            last = m;
            k = d->ments[m].tok_end - 1;
            continue;
        }
        if (t->flags & (T_IN_QUOTE | T_QUOTE))
            break;
        if (!(t->flags & T_WORD))
            break;
        if (((t->word_bits & (W_SUBORD | W_AUX | W_DET | W_POSSESSIVE | W_PEOPLE)) &&
             !tok_is(t, "the")) ||
            (last >= 0 && (t->word_bits & W_CONJ)))
            break;
        if (tok_is(t, "in") || tok_is(t, "at") || tok_is(t, "during") ||
            tok_lex(d, k, LEX_SPEECH, NULL) || tok_lex(d, k, LEX_MODALITY, NULL))
            break;
    }
    return last;
}

/* "of the Campaign for Tobacco-Free Kids", "of Save the Children": a body's
 * name the mention finder cut short ("Tobacco-Free Kids", "Children") may
 * begin a few capitalised words (with "for", "the", "and") before its
 * mention at t; the token after that "of", or t when there is none. */
static uint32_t body_name_start(const doc *d, uint32_t t, const sentence *s)
{
    for (uint32_t u = t, w = 0; w < 5 && u > s->tok_start + 2; w++, u--) {
        const token *x = &d->toks[u - 1];
        if (tok_is(x, "of"))
            return u; /* (t itself when "of" is right before it) */
        int pm = mention_at(d, u - 1);
        if ((x->flags & T_IN_QUOTE) || (pm >= 0 && d->ments[pm].kind == M_PERSON) ||
            !(((x->flags & T_CAP) && (x->flags & T_WORD)) || tok_is(x, "the") || tok_is(x, "for") ||
              tok_is(x, "and")))
            return t;
    }
    return t;
}

/* Does token a open sentence s itself: its first word past a dateline, or
 * right after an opening "But" or "And" ("But Robert Crandall, ...")?
 * Narrower than opens_clause_after: a comma before a opens no sentence. */
static int opens_sentence(const doc *d, uint32_t a, const sentence *s)
{
    uint32_t f = body_tok(d, s->tok_start, a);
    if (a == f)
        return 1;
    return a == f + 1 && (d->toks[f].flags & T_CAP) &&
           (tok_is(&d->toks[f], "but") || tok_is(&d->toks[f], "and"));
}

/* "Koos Ten Have of Staal Bankiers said", "William Brodsky, president of the
 * Chicago Mercantile Exchange, CME, told": the body mention m before the
 * verb is where the person named before "of" works; that person's mention
 * (a full name, not "General Staff"; past at most four title words and a
 * comma), or -1.  "Officials of the CFTC said" names no one.  (With no
 * comma and the body's whole name, events.c's person_of_body, which
 * party_left_speaker tries first, has already answered.) */
static int person_of_body(const doc *d, int m, const sentence *s)
{
    uint32_t t = body_name_start(d, d->ments[m].tok_start, s);
    /* (before a name cut short, only a person with a first name or title:
     * not "United Steelworkers of America and LTV Corp said") */
    uint32_t own = d->ments[m].tok_start;
    int walked = t + 1 < own || (t + 1 == own && !tok_is(&d->toks[t], "the"));
    if (t > s->tok_start && tok_is(&d->toks[t - 1], "the"))
        t--;
    if (t < s->tok_start + 2 || !employer_prep(&d->toks[t - 1]))
        return -1;
    /* "at", "for", "with" ("a trade specialist at Brookings Institution",
     * "a spokesman for T. Rowe Price") only after a person who opens the
     * sentence: its subject */
    int of = tok_is(&d->toks[t - 1], "of");
    uint32_t k = t - 1; /* the person's mention ends here */
    for (uint32_t w = 0; w < 4 && k > s->tok_start; w++) {
        const token *x = &d->toks[k - 1];
        if (is_char(d, k - 1, ',')) {
            k--;
            break;
        }
        if (!(x->flags & T_WORD) || (x->flags & T_IN_QUOTE) ||
            !((x->flags & T_CAP) ? tok_lex(d, k - 1, LEX_TITLE, NULL) != NULL
                                 : !(x->word_bits & (W_PREP | W_CONJ | W_SUBORD | W_AUX))))
            break;
        int pm = mention_at(d, k - 1);
        if (pm >= 0 && d->ments[pm].kind == M_PERSON)
            break;
        k--;
    }
    int p = mention_ending_at(d, k, s->tok_start);
    if (p < 0 || d->ments[p].kind != M_PERSON || !party_mention(d, p) || d->ments[p].entity < 0 ||
        !d->ents[d->ments[p].entity].name || !strchr(d->ents[d->ments[p].entity].name, ' '))
        return -1;
    if (walked && firm_as_person(d, p))
        return -1;
    if (!of && (k == t - 1 || !opens_sentence(d, d->ments[p].tok_start, s)))
        return -1;
    /* (the title words stand between a comma and "of", or none at all) */
    return k == t - 1 || is_char(d, k, ',') ? p : -1;
}

/* "said Dean Witter analyst Mark Daugherty", "said Wembley chairman Claes
 * Hultman": is mention m a firm's name the mention finder read as a person
 * (no first name or title in it), which stands as a body before a staff
 * member's title? */
static int firm_as_person(const doc *d, int m)
{
    const mention *x = &d->ments[m];
    return x->kind == M_PERSON && !x->role && !has_given_name(d, m) &&
           !tok_lex(d, x->tok_start, LEX_GIVEN_NAME, NULL);
}

/* "the statistical office INSEE said", "accountants KPMG said": is mention m
 * one word in capitals that the mention finder read as a person (no person's
 * name is all capitals), so an acronym of a body? */
static int acronym_as_person(const doc *d, int m)
{
    const mention *x = &d->ments[m];
    return x->tok_end == x->tok_start + 1 && (d->toks[x->tok_start].flags & T_ALLCAPS) &&
           firm_as_person(d, m);
}

/* "said GM Europe president X", "said Diageo North America president X":
 * a firm's regional arm names a place (of at most two words) right after the
 * firm.  The token after that place, or c when none starts at c. */
static uint32_t past_region(const doc *d, uint32_t c)
{
    int pl = mention_at(d, c);
    if (pl < 0 || d->ments[pl].tok_start != c || d->ments[pl].tok_end > c + 2)
        return c;
    return d->ments[pl].kind == M_PLACE || d->ments[pl].kind == M_COUNTRY ? d->ments[pl].tok_end
                                                                          : c;
}

/* '..., said Nationwide economist Alex Bannister', '..., said Waseda
 * University professor Mitsuru Uchida': a body's name, a lower-case title
 * of one to three words, then the person, who is the speaker.  The person's
 * mention, or -1. */
static int staff_of_body(const doc *d, int body, uint32_t limit)
{
    const mention *b = &d->ments[body];
    if (b->kind != M_ORG && b->kind != M_COUNTRY && !firm_as_person(d, body))
        return -1;
    /* "says the BBC's Louisa Lim": the outlet's own reporter stays the
     * outlet, whose voice is no speaker */
    if (b->entity >= 0 && d->source.ptr && same_outlet(d->ents[b->entity].name, d->source))
        return -1;
    return person_after_title_words(d, past_region(d, b->tok_end), limit);
}

/* The body mention right before person mention p and its lower-case title
 * words ("Yukos chief executive Steven Theede", "Dean Witter analyst Mark
 * Daugherty"), whom the person speaks for, or -1. */
static int staff_body(const doc *d, int p)
{
    const mention *x = &d->ments[p];
    if (x->kind != M_PERSON || x->entity < 0 || d->ents[x->entity].kind != NSV_KIND_PERSON)
        return -1;
    uint32_t from = d->sents[x->sent].tok_start, k = x->tok_start;
    /* (the mention may hold its title: "analyst Mark Daugherty") */
    while (k > from && k + 3 > x->tok_start && (d->toks[k - 1].flags & T_WORD) &&
           !(d->toks[k - 1].flags & (T_CAP | T_IN_QUOTE)) &&
           !(d->toks[k - 1].word_bits & (W_DET | W_PREP | W_CONJ | W_AUX)) &&
           !tok_lex(d, k - 1, LEX_SPEECH, NULL))
        k--;
    if (k == x->tok_start && !(x->role && k < x->tok_end && !(d->toks[k].flags & T_CAP)))
        return -1;
    int b = mention_ending_at(d, k, from);
    if (b < 0 || d->ments[b].entity < 0)
        return -1;
    return d->ments[b].kind == M_ORG || firm_as_person(d, b) ? b : -1;
}

/* '..., said HVB analyst Peter Halser', '..., said GE's chief executive Jeff
 * Immelt': the same after a short capitalised name no rule made a body of.
 * The person's mention, or -1. */
static int staff_of_unknown(const doc *d, uint32_t k, uint32_t limit)
{
    uint32_t c = k;
    while (c < limit && c < k + 3 && (d->toks[c].flags & T_CAP) && (d->toks[c].flags & T_WORD) &&
           mention_at(d, c) < 0 && !d->toks[c].word_bits && !d->toks[c].cats)
        c++;
    if (c == k || c >= limit)
        return -1;
    c = past_region(d, c);
    if (c >= limit)
        return -1;
    if (d->toks[c].flags & T_POSS)
        c++;
    return c < limit && (d->toks[c].flags & T_WORD) && !(d->toks[c].flags & T_CAP)
               ? person_after_title_words(d, c, limit)
               : -1;
}

/* The last statement at most three sentences before sentence `here` that
 * has a speaker mention, among the last VOICE_LOOKBACK_DRAFTS drafts, or
 * NULL; `skip` (SKIP_* bits) says which ones to pass over. */
static const ev_draft *recent_voice_draft(const ev_list *out, uint32_t here, int skip)
{
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));) {
        if (prev->speaker_mention < 0)
            continue;
        if (here - prev->sent > 3)
            return NULL;
        if ((skip & SKIP_SUBORDINATE) && prev->subordinate)
            continue;
        /* (an embedded speaker gives way to the statement of its sentence
         * whose words it is named in, when there is one) */
        if ((skip & SKIP_EMBEDDED) && prev->embedded) {
            size_t j = k, st = steps;
            for (const ev_draft *outer;
                 (outer = statement_before(out, &j, &st)) && outer->sent == prev->sent;)
                if (outer->speaker_mention >= 0 && !outer->embedded)
                    return outer;
        }
        return prev;
    }
    return NULL;
}

/* Is speaker mention m named after a speech verb of its own sentence,
 * outside quotation marks: inside what someone else said ("USAir said it
 * and Piedmont again requested approval")?  A later "it said" or "the
 * company said" is the outer voice, not this one. */
static int speaker_inside_speech(const doc *d, int m)
{
    const mention *x = &d->ments[m];
    const sentence *s = &d->sents[x->sent];
    int inside = 0;
    for (uint32_t t = s->tok_start; t < x->tok_start; t++) {
        /* (a full stop between ends the words: "... of Gencorp Inc. The
         * exchange said" is a sentence the splitter kept whole) */
        if (is_char(d, t, '.')) {
            inside = 0;
            continue;
        }
        if (!(d->toks[t].cats & (1u << LEX_SPEECH)) || (d->toks[t].flags & T_IN_QUOTE))
            continue;
        const lex_entry *sv = tok_lex(d, t, LEX_SPEECH, NULL);
        if (sv && sv->value == SPEECH_VERB)
            inside = 1;
    }
    return inside;
}

/* The speaker mention of statement prev (from recent_voice_draft()), or -1
 * when there is none or it is an unnamed group or unresolved. */
static int draft_voice(const doc *d, const ev_draft *prev)
{
    if (!prev)
        return -1;
    const mention *pm = &d->ments[prev->speaker_mention];
    return pm->kind == M_GROUP_DESC || pm->entity < 0 ? -1 : prev->speaker_mention;
}

static int recent_voice(const doc *d, const ev_list *out, uint32_t here, int skip)
{
    return draft_voice(d, recent_voice_draft(out, here, skip));
}

/* Did statement prev speak through a thing of its person speaker, a
 * possessive before a lower-case document noun (words.tsv paper, value 0)
 * or "office" right before its cue ("Mr Crosby's statement said", "The
 * prime minister's office said")?  A following "It added" is that thing
 * again, so the same person's (GUIDE: a statement or office speaks for its
 * author). */
static int person_thing_voiced(const doc *d, const ev_draft *prev)
{
    if (!prev || prev->speaker_mention < 0 || prev->speaker_ent < 0 ||
        d->ents[prev->speaker_ent].kind != NSV_KIND_PERSON)
        return 0;
    const sentence *ps = &d->sents[prev->sent];
    uint32_t t = verb_group_start(d, prev->cue_tok, ps->tok_start);
    if (t < ps->tok_start + 2)
        return 0;
    const token *n = &d->toks[t - 1];
    if (!(n->flags & T_WORD) || (n->flags & (T_CAP | T_IN_QUOTE)) ||
        !(d->toks[t - 2].flags & T_POSS) || !(tok_is(n, "office") || paper_value(d, t - 1) == 0))
        return 0;
    int m = mention_ending_at(d, t - 2, ps->tok_start);
    return m >= 0 && d->ments[m].entity == prev->speaker_ent;
}

/* "Zimmer Corp said it reached an agreement ... the sale of its Black Fin
 * Yacht Corp unit. It said the sale is expected to relieve its liquidity
 * problems": an "it" or "the company" opening its sentence that resolved
 * to a business named only in narration, one that has not spoken, stands
 * for the body that spoke last in the six sentences before (Reuters keeps
 * one voice past the three sentences recent_voice_draft looks at).  That
 * voice's mention, or -1 (a bounded look back over drafts). */
static int older_body_voice(const doc *d, const ev_list *out, int m)
{
    const mention *x = &d->ments[m];
    const sentence *s = &d->sents[x->sent];
    uint32_t open = s->tok_start;
    if (open < s->tok_end && tok_is(&d->toks[open], "the"))
        open++;
    if (x->entity < 0 || (x->tok_start != open && x->tok_start != s->tok_start) ||
        !business_entity(d, x->entity))
        return -1;
    /* (nor the item's subject, the first body of its lead: "Taft
     * Broadcasting Co stock rose ... It said") */
    for (size_t j = 0; j < d->nments && j < LEAD_SUBJECT_MENTIONS && d->ments[j].sent == 0; j++)
        if (d->ments[j].kind == M_ORG && d->ments[j].entity >= 0) {
            if (d->ments[j].entity == x->entity)
                return -1;
            break;
        }
    const entity *xe = &d->ents[x->entity];
    int v = -1;
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));) {
        if (prev->dropped)
            continue;
        /* (the body itself spoke, under its whole name or a short one) */
        if (prev->speaker_ent == x->entity ||
            (prev->speaker_ent >= 0 && d->ents[prev->speaker_ent].name && xe->name &&
             (name_has_word(d->ents[prev->speaker_ent].name, xe->name) ||
              name_has_word(xe->name, d->ents[prev->speaker_ent].name))))
            return -1;
        if (prev->sent + 6 < x->sent)
            break;
        int pv = draft_voice(d, prev);
        if (v < 0 && pv >= 0 && prev->speaker_ent == d->ments[pv].entity &&
            business_entity(d, prev->speaker_ent) && !outlet_mention(d, pv))
            v = pv;
    }
    /* ("the bank" is a bank: not a voice whose name lacks the noun) */
    if (v >= 0 && x->kind == M_DESC && !(d->toks[x->tok_end - 1].word_bits & W_FIRM) &&
        !name_has_word(d->ents[d->ments[v].entity].name, x->name))
        return -1;
    return v;
}

/* "Wells Fargo will lend ..., the partnership said. Shearson Lehman will
 * act as dealer manager, it said": is body anaphor m (resolved) a trailing
 * attribution whose body is named only in its own content before it, a
 * body that has not spoken in the item while another body has?  Reuters'
 * "it said" then stands for the item's voice, not the firm named in passing
 * (a bounded look back over mentions and drafts). */
static int anaphor_named_in_content(const doc *d, const ev_list *out, int m)
{
    const mention *x = &d->ments[m];
    if (x->entity < 0 || d->ents[x->entity].kind != NSV_KIND_ORGANIZATION)
        return 0;
    const sentence *s = &d->sents[x->sent];
    /* (only ", it said" and ", the company said": "X wants ..., but it
     * said" is X's own second clause) */
    uint32_t at = x->tok_start;
    if (at > s->tok_start && tok_is(&d->toks[at - 1], "the"))
        at--;
    if (at <= s->tok_start + 1 || !is_char(d, at - 1, ','))
        return 0;
    int named = 0;
    for (int j = m; j-- > 0 && m - j <= CONTENT_NAMED_MENTIONS && d->ments[j].sent == x->sent;)
        if (d->ments[j].entity == x->entity && d->ments[j].tok_end <= at &&
            d->ments[j].kind != M_PRONOUN && d->ments[j].kind != M_DESC)
            named = 1;
    if (!named)
        return 0;
    int other = 0;
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));) {
        if (prev->dropped)
            continue;
        if (prev->speaker_ent == x->entity)
            return 0;
        if (prev->speaker_ent >= 0 && d->ents[prev->speaker_ent].kind == NSV_KIND_ORGANIZATION)
            other = 1;
    }
    return other;
}

/* Is mention m a lone capitalised word opening sentence s whose entity's
 * name is that one word ("Bankers ... but urged", "Total estimated output"):
 * no evidence of a name? */
static int lone_opening_word(const doc *d, int m, const sentence *s)
{
    const mention *x = &d->ments[m];
    return x->tok_start == s->tok_start && x->tok_end == s->tok_start + 1 && x->entity >= 0 &&
           !strchr(d->ents[x->entity].name, ' ');
}

/* "McAndrews and Forbes said" after "McAndrews and Forbes Holdings Inc
 * said": is the one-word conjunct a, with "and", the first word of b's
 * firm?  So when a is a bare name read as a person and b ends in a legal
 * form, or the item wrote a with "and" right before an earlier mention of
 * b's body (the firm's whole name, cut since; a bounded look back). */
static int written_as_one_firm(const doc *d, int a, int b)
{
    const mention *x = &d->ments[a], *y = &d->ments[b];
    if (x->tok_end != x->tok_start + 1 || y->entity < 0)
        return 0;
    /* ("McAndrews and Forbes Holdings Inc said": a bare surname read as a
     * person before a body written with its legal form) */
    if (firm_as_person(d, a) && (d->toks[y->tok_end - 1].word_bits & W_COMPANY))
        return 1;
    const token *w = &d->toks[x->tok_start];
    for (int k = b - 1; k >= 0 && k + ONE_FIRM_MENTIONS > b; k--) {
        const mention *z = &d->ments[k];
        if (z->entity != y->entity || z->tok_start < 2 ||
            !tok_is(&d->toks[z->tok_start - 1], "and"))
            continue;
        const token *v = &d->toks[z->tok_start - 2];
        if (v->end - v->start == w->end - w->start &&
            !strncasecmp(d->text + v->start, d->text + w->start, w->end - w->start))
            return 1;
    }
    return 0;
}

/* The token after the last comma among tokens [open, c), or open when
 * there is none: where the phrase ending at c begins. */
static uint32_t past_last_comma(const doc *d, uint32_t open, uint32_t c)
{
    uint32_t from = open;
    for (uint32_t k = open; k < c; k++)
        if (is_char(d, k, ','))
            from = k + 1;
    return from;
}

/* "GM and Ford blamed", "The United States and EU welcomed", "Dudley Taft
 * and Narragansett Capital Inc said": may a conjoined subject whose parties
 * are of different kinds (a body and a person or a country) speak jointly?
 * ms holds the conjuncts, the speaker first (coordinated() walks back).
 * Only when the list opens its clause (the sentence's start, after
 * fronted phrases or an opening subordinator: "As FDA and CDC announced"), so a clause's object is
 * no party ("discussed Gaza and the West Bank and the President emphasized", "with NATO, the
 * President ... stated"); and not a firm named by a surname and a body ("McAndrews and Forbes
 * said", "C. Itoh and Co Ltd said"). */
static int mixed_kinds_joint(const doc *d, const sentence *s, const int *ms, int n)
{
    const mention *first = &d->ments[ms[n - 1]], *last = &d->ments[ms[0]];
    if ((d->toks[last->tok_start].word_bits & (W_COMPANY | W_FIRM_TAIL)) ||
        written_as_one_firm(d, ms[n - 1], ms[0]))
        return 0;
    uint32_t t = first->tok_start, open = body_tok(d, s->tok_start, s->tok_end);
    if (t > open && tok_is(&d->toks[t - 1], "the"))
        t--;
    if (t > open && tok_is(&d->toks[t - 1], "both")) /* "But both A and the B said" */
        t--;
    if (t == open)
        return 1;
    if (t == open + 1 && (d->toks[open].word_bits & (W_SUBORD | W_CONJ | W_OPENER)))
        return 1;
    /* "Today, A and B said", "Today, on the margins of the G20 in India, A
     * and B welcomed": commas close fronted phrases (one word, or a
     * preposition's phrase), not a list the parties end ("Haiti, Sudan,
     * and Ukraine and X") */
    if (t < open + 2 || t > open + 30 || !is_char(d, t - 1, ','))
        return 0;
    for (uint32_t c = t - 1;;) {
        uint32_t from = past_last_comma(d, open, c);
        if (!(c == from + 1 && (d->toks[from].flags & T_WORD) && mention_at(d, from) < 0) &&
            !fronted_phrase(d, from, c))
            return 0;
        if (from == open)
            return 1;
        c = from - 1;
    }
}

/* Does cue i follow the words said, so that its speaker may come after it
 * ('"...," said Lavrov', '..., observed Mr X'): a closing quotation mark or
 * a comma right before it, or a quotation mark after a comma (',"' is a
 * closing mark even when its opening one was lost)? */
static int after_the_words(const doc *d, uint32_t i, const sentence *s)
{
    if (i <= s->tok_start)
        return 0;
    const token *p = &d->toks[i - 1];
    return (p->flags & T_QUOTE_CLOSE) || is_char(d, i - 1, ',') ||
           ((p->flags & T_QUOTE) && i >= s->tok_start + 2 && is_char(d, i - 2, ','));
}

/* Is token k a participle set off by a comma after token `from` ('," said
 * one banker, noting that', "sent greetings, emphasising"): a clause of the
 * verb before it, no cue of its own? */
static int participle_after_comma(const doc *d, uint32_t k, uint32_t from)
{
    return ing_form(&d->toks[k]) && k > from && is_char(d, k - 1, ',');
}

/* '..., said one official.', '..., said a senior dealer.': does the
 * inverted cue at k follow a comma and end the sentence within three
 * lower-case words (no name: '..., said a Bear Stearns officer'; no
 * content: ", suggests a degree of caution.")? */
static int inverted_voice_ends(const doc *d, uint32_t k, const sentence *ks)
{
    if (k == ks->tok_start || !is_char(d, k - 1, ','))
        return 0;
    for (uint32_t q = k + 1; q < ks->tok_end && q < k + 5; q++) {
        if (is_char(d, q, '.'))
            return 1;
        if (!(d->toks[q].flags & T_WORD) || (d->toks[q].flags & T_CAP))
            return 0;
    }
    return 0;
}

/* "an aide to Chirac told reporters", "an aide to USDA undersecretary
 * Daniel Amstutz said": is person mention m the object of "to" after a
 * lower-case noun that an indefinite word makes one of many (past a few
 * title words before the name)?  The one who spoke is then that unnamed
 * aide, not the person named. */
static int aide_of(const doc *d, int m)
{
    const mention *x = &d->ments[m];
    if (x->kind != M_PERSON || x->entity < 0 || d->ents[x->entity].kind != NSV_KIND_PERSON)
        return 0;
    uint32_t from = d->sents[x->sent].tok_start, t = x->tok_start;
    /* (back over up to four title words or initials: "USDA undersecretary",
     * "Rep.") */
    while (t > from && t + 4 > x->tok_start && !tok_is(&d->toks[t - 1], "to") &&
           ((d->toks[t - 1].flags & T_CAP) || (d->toks[t - 1].cats & (1u << LEX_TITLE)) ||
            is_char(d, t - 1, '.')) &&
           !(d->toks[t - 1].flags & T_IN_QUOTE))
        t--;
    if (t <= from + 2 || !tok_is(&d->toks[t - 1], "to"))
        return 0;
    /* a lower-case title word ("aide", "adviser": titles.tsv) right before
     * "to", itself a plain word, after "a", "an", "one" or "another" and at
     * most one more plain lower-case word ("a senior aide to") */
    const token *h = &d->toks[t - 2];
    if (!(h->cats & (1u << LEX_TITLE)) || (h->flags & T_CAP))
        return 0;
    for (uint32_t q = t - 1, n = 0; q > from && n < 3; q--, n++) {
        const token *w = &d->toks[q - 1];
        if (one_of_many_word(w))
            return n > 0;
        if (!(w->flags & T_WORD) || (w->flags & T_CAP) || w->word_bits)
            return 0;
    }
    return 0;
}

/* "A central bank official, who declined to be named, said", '"...," said a
 * Japanese banker who declined to be named': does the subject of the cue at
 * k (a few words either side, outside quotations) ask not to be named or
 * identified, a voice the item keeps unnamed on purpose? */
static int anonymous_voice(const doc *d, uint32_t k, const sentence *ks)
{
    uint32_t from = k > ks->tok_start + 14 ? k - 14 : ks->tok_start;
    uint32_t to = k + 12 < ks->tok_end ? k + 12 : ks->tok_end;
    /* (the clause ends there, at a comma, a stop or the cue: "expects to
     * be named chairman" is no wish to stay unnamed) */
    for (uint32_t q = from + 1; q + 1 < to; q++)
        if (tok_is(&d->toks[q - 1], "to") && tok_is(&d->toks[q], "be") &&
            (tok_is(&d->toks[q + 1], "named") || tok_is(&d->toks[q + 1], "identified")) &&
            !(d->toks[q].flags & T_IN_QUOTE) &&
            (q + 2 >= ks->tok_end || (d->toks[q + 2].flags & T_PUNCT) ||
             (d->toks[q + 2].cats & (1u << LEX_SPEECH))))
            return 1;
    return 0;
}

/* The statement draft whose cue is token k, among the last 256 drafts (the
 * statements of the sentences just read; an item of thousands of drafts
 * must not make every look-back scan them all), or NULL. */
static const ev_draft *statement_cued_at(const ev_list *out, uint32_t k)
{
    for (size_t q = out->n, steps = 0; q-- > 0 && steps < 256; steps++)
        if (out->v[q].ev.type == NSV_EV_STATEMENT && out->v[q].cue_tok == k)
            return &out->v[q];
    return NULL;
}

/* '"...," said a sterling analyst. "...," he added.': "he" or "she" after
 * an unnamed voice of a quotation is that voice, no one the item names.
 * Is the nearest speech verb before cue i (this sentence and the one
 * before, outside quotations) one that made no statement and follows a
 * quotation with an unnamed speaker ('," said a trader', '," the senior
 * dealer added'), one whose subject asked not to be named
 * (anonymous_voice), an aide to someone named (aide_of: its statement, if
 * any, dropped), or a "he" after such a voice (depth: how many "he"s
 * back)? */
static int unnamed_voice_before(const doc *d, const ev_list *out, const sentence *s, uint32_t i,
                                int depth)
{
    size_t si = (size_t)(s - d->sents), fs = si >= 1 ? si - 1 : 0;
    /* ('"A. B," he said.': a quotation of several sentences ends in the
     * cue's; the sentence before the one it opens in is "the one before") */
    int oq = d->toks[s->tok_start].quote;
    if (oq >= 0 && d->toks[d->quotes[oq].open_tok].sent < si) {
        size_t os = d->toks[d->quotes[oq].open_tok].sent;
        fs = os >= 1 ? os - 1 : 0;
    }
    uint32_t floor = d->sents[fs].tok_start;
    for (uint32_t k = i; k-- > floor && i - k <= 256;) {
        const token *t = &d->toks[k];
        if ((t->flags & (T_IN_QUOTE | T_QUOTE)) || !(t->cats & (1u << LEX_SPEECH)))
            continue;
        const lex_entry *c = tok_lex(d, k, LEX_SPEECH, NULL);
        if (!c || c->value != SPEECH_VERB)
            continue;
        /* ('," said one banker, noting that ...': the verb before it
         * decides) */
        if (participle_after_comma(d, k, floor))
            continue;
        const ev_draft *said = statement_cued_at(out, k);
        if (said)
            /* a voice the item named (not "an aide to X": an aide it
             * left unnamed) */
            return said->dropped && said->speaker_mention >= 0 && aide_of(d, said->speaker_mention);
        const sentence *ks = &d->sents[t->sent];
        if (anonymous_voice(d, k, ks))
            return 1;
        /* '," said a trader at a Japanese house' (not '," said a spokesman
         * for Goldman': he speaks for the firm) */
        if (k + 2 < ks->tok_end &&
            (quote_closing_before(d, k, ks->tok_start) >= 0 || inverted_voice_ends(d, k, ks))) {
            const token *a = &d->toks[k + 1], *w = &d->toks[k + 2];
            if (!one_of_many_word(a) || !(w->flags & T_WORD) || (w->flags & T_CAP))
                return 0;
            for (uint32_t q = k + 2; q < ks->tok_end && q < k + 6; q++)
                if (spokes_word(d, q))
                    return 0;
            return 1;
        }
        if (k == ks->tok_start)
            return 0;
        const token *b = &d->toks[k - 1];
        int m = mention_at(d, k - 1);
        /* '"...," he added' after such a voice: the same voice */
        if (m >= 0 && he_or_she(&d->ments[m]))
            return depth > 0 && unnamed_voice_before(d, out, ks, k, depth - 1);
        /* ('"...," an aide to Chirac told reporters') */
        if (m >= 0 && d->ments[m].tok_end == k && aide_of(d, m))
            return 1;
        /* '," the senior trader added': a lower-case singular noun after
         * an article that follows the quotation */
        if (!(b->flags & T_WORD) || (b->flags & T_CAP) || d->text[b->end - 1] == 's' ||
            (m >= 0 && d->ments[m].entity >= 0))
            return 0;
        /* (a definite one with a title word may be a named holder: '," the
         * presidential spokesman added', '," the White House budget chief
         * said'; an indefinite one never is) */
        int titled = 0, plain = 1;
        for (uint32_t q = k - 1; q > ks->tok_start && q + 5 > k; q--) {
            const token *x = &d->toks[q - 1];
            titled |= (d->toks[q].cats & (1u << LEX_TITLE)) != 0 || spokes_word(d, q);
            plain &= !(d->toks[q].flags & T_CAP) && !spokes_word(d, q);
            if (tok_is(x, "the"))
                return !titled && quote_closing_before(d, q - 1, ks->tok_start) >= 0;
            /* (and with no quotation: "..., one official said.", "One
             * trader said ...", "While one arbitrager acknowledged ...",
             * plain lower-case words only: "A Bear Stearns officer" is a
             * named firm's, "A spokesman later said" speaks for someone) */
            if (one_of_many_word(x))
                return !spokes_word(d, k - 1) &&
                       (quote_closing_before(d, q - 1, ks->tok_start) >= 0 ||
                        (plain && (q - 1 == ks->tok_start || is_char(d, q - 2, ',') ||
                                   (d->toks[q - 2].word_bits & W_SUBORD))));
            if (!(x->flags & T_WORD))
                return 0;
        }
        return 0;
    }
    return 0;
}

/* Is token t a plural noun of unnamed people ("sources", "officials",
 * "dealers": words.tsv unnamed and people), capitalised or not?  (The
 * unnamed words hold singulars too, "source", "official": "a source said"
 * is one voice, whom a "they" after it does not mean.) */
static int open_group_word(const token *t)
{
    return (t->flags & T_WORD) && t->lower_len > 1 &&
           ((t->word_bits & W_PEOPLE) ||
            ((t->word_bits & W_UNNAMED) && t->lower[t->lower_len - 1] == 's'));
}

/* "producer delegates told reporters", "delegates said": a plural of the
 * side words (delegates, negotiators, delegations) at token t, the subject
 * of a speech verb, that no article, number, "both", name or demonym
 * before it ties to a side the item names ("the delegates", "the two
 * delegations", "Russian delegates" may be a meeting's parties): an open
 * group.  Sentence start at `from`. */
static int side_group_unnamed(const doc *d, uint32_t t, uint32_t from)
{
    const token *w = &d->toks[t];
    if (!(w->flags & T_WORD) || !(w->word_bits & W_SIDE_GROUP) || w->lower_len < 2 ||
        w->lower[w->lower_len - 1] != 's')
        return 0;
    if (t == from)
        return 1;
    const token *b = &d->toks[t - 1];
    if (!(b->flags & T_WORD) || (b->flags & (T_CAP | T_POSS)) || mention_at(d, t - 1) >= 0 ||
        (b->word_bits & (W_NUMBER_WORD | W_POSSESSIVE)) || tok_is(b, "the") ||
        tok_lex(d, t - 1, LEX_DEMONYM, NULL))
        return 0;
    return 1;
}

/* "..., monetary sources said. The U.S. will also try ..., they said": a
 * "they" right after an open group that spoke (GUIDE: unnamed groups are
 * skipped) is that group, not the parties of a meeting named before.  Is
 * the nearest speech verb before token i (this sentence and the one before,
 * outside quotations) one that made no statement, after a plural noun of
 * unnamed people ("U.S. officials said", "the sources said") or before one
 * ("..., said sources close to"), or a "they" after such a voice (depth:
 * how many "they"s back)? */
static int unnamed_group_before(const doc *d, const ev_list *out, const sentence *s, uint32_t i,
                                int depth)
{
    size_t si = (size_t)(s - d->sents), fs = si >= 1 ? si - 1 : 0;
    uint32_t floor = d->sents[fs].tok_start;
    for (uint32_t k = i; k-- > floor && i - k <= 256;) {
        const token *t = &d->toks[k];
        if ((t->flags & (T_IN_QUOTE | T_QUOTE)) || !(t->cats & (1u << LEX_SPEECH)))
            continue;
        if (statement_cued_at(out, k))
            return 0; /* a voice the item named ("The participants
                       * underscored") */
        const lex_entry *c = tok_lex(d, k, LEX_SPEECH, NULL);
        if (!c || c->value != SPEECH_VERB || participle_after_comma(d, k, floor))
            continue;
        const sentence *ks = &d->sents[t->sent];
        /* '..., said sources close to the talks', '..., said the sources' */
        if (k > ks->tok_start && is_char(d, k - 1, ',') && k + 1 < ks->tok_end) {
            uint32_t a = k + 1;
            if (tok_is(&d->toks[a], "the") && a + 1 < ks->tok_end)
                a++;
            if (open_group_word(&d->toks[a]) && mention_at(d, a) < 0)
                return 1;
        }
        uint32_t v = verb_group_start(d, k, ks->tok_start);
        /* ("Britain and China were also asked": a passive reports no one) */
        int passive = 0;
        for (uint32_t q = v; q < k && !passive; q++)
            passive = (d->toks[q].word_bits & W_BE) != 0;
        if (passive)
            continue;
        if (v <= ks->tok_start)
            return 0;
        int m = mention_at(d, v - 1);
        if (m >= 0 && d->ments[m].kind == M_PRONOUN && (d->ments[m].pronoun_bits & W_PRONOUN_PL) &&
            tok_is(&d->toks[v - 1], "they"))
            return depth > 0 && unnamed_group_before(d, out, ks, v - 1, depth - 1);
        /* (not a named body's people: "Finance Ministry officials said"
         * made a statement above; a mention here is someone's; nor "The
         * officials reaffirmed", "The participants underscored" after a
         * meeting: its parties, whom the article points back to) */
        const token *w = &d->toks[v - 1];
        if (v - 1 > ks->tok_start && tok_is(&d->toks[v - 2], "the") &&
            (staff_word(w) || (w->word_bits & W_ATTENDEE)))
            return 0;
        if (m < 0 && side_group_unnamed(d, v - 1, ks->tok_start))
            return 1;
        return open_group_word(w) && (m < 0 || d->ments[m].entity < 0);
    }
    /* "Participants discussed the violence they face. They noted ...": no
     * speech verb, but the sentence before opens with the open group as its
     * subject (no article: "The participants" may be a meeting's named
     * parties; "Officials from both governments" are the two sides') */
    if (fs < si) {
        uint32_t a = body_tok(d, d->sents[fs].tok_start, d->sents[fs].tok_end);
        if (a + 1 < d->sents[fs].tok_end && (d->toks[a].flags & T_CAP) &&
            open_group_word(&d->toks[a]) && mention_at(d, a) < 0 &&
            (d->toks[a + 1].flags & T_WORD) && !(d->toks[a + 1].flags & T_CAP) &&
            !(d->toks[a + 1].word_bits & W_PREP))
            return 1;
    }
    return 0;
}

/* A mention of person entity ent in sentence sent, outside quotation
 * marks: a name or description, not a pronoun nor a possessor ("Mr
 * Llwyd's theory"); or -1. */
static int person_named_in(const doc *d, uint32_t sent, int ent)
{
    const sentence *s = &d->sents[sent];
    for (uint32_t t = s->tok_start; t < s->tok_end; t++) {
        int m = mention_at(d, t);
        if (m < 0 || d->ments[m].tok_start != t || d->ments[m].entity != ent)
            continue;
        const mention *x = &d->ments[m];
        if ((x->kind != M_PERSON && x->kind != M_DESC) || (d->toks[t].flags & T_IN_QUOTE) ||
            (x->tok_end < s->tok_end && (d->toks[x->tok_end].flags & T_POSS)))
            continue;
        return m;
    }
    return -1;
}

/* "Rover confirmed X. Union leader Tony Woodley repeated his view ... He
 * said": a full-named person opening a narrated sentence after the last
 * voice's sentence is the newer subject a "he"/"she" points back to.  The
 * newest such mention in sentences (after, here), or -1; with `bare`, a
 * surname alone will do (the pronoun's own sentence named the person). */
static int newer_subject(const doc *d, uint32_t after, uint32_t here, uint32_t pron_bits, int bare,
                         int pron_ent)
{
    for (uint32_t k = here; k-- > after + 1;) {
        const sentence *s = &d->sents[k];
        if (s->tok_start >= s->tok_end || d->toks[s->tok_start].quote >= 0 ||
            is_char(d, s->tok_start, '"'))
            continue; /* a quotation paragraph names people, it has no subject of ours */
        /* the subject opens the sentence, after at most a linking word ("But",
         * "Earlier") and words of a title ("Union general secretary") */
        uint32_t t = s->tok_start;
        int m = -1;
        /* ("For his part, Charles Michel is convinced": past the turn) */
        t = turn_opener_end(d, t, s->tok_end);
        uint32_t opened = t;
        for (; t < s->tok_end && t < opened + 8; t++) {
            m = mention_at(d, t);
            if (m >= 0 && d->ments[m].tok_start == t) {
                mention_kind mk = d->ments[m].kind;
                uint32_t e = d->ments[m].tok_end;
                /* "Union general secretary Tony Woodley": a body and then a
                 * title is the person's affiliation; the person is the subject */
                if ((mk == M_ORG || mk == M_COUNTRY) && e < s->tok_end &&
                    (d->toks[e].cats & (1u << LEX_TITLE)) && !(d->toks[e].flags & T_CAP) &&
                    t < s->tok_start + 8) {
                    t = e - 1;
                    m = -1;
                    continue;
                }
                break;
            }
            m = -1;
            const token *x = &d->toks[t];
            if (x->word_bits & W_DET)
                break; /* "The Chase economist": a description, not the name */
            if (!((t == s->tok_start && (x->word_bits & (W_CONJ | W_ADVERB)) &&
                   !(x->word_bits & W_SUBORD)) ||
                  ((x->flags & T_CAP) && !(x->word_bits & ~(uint64_t)(W_NONNAME | W_OPENER))) ||
                  (x->flags & T_POSS) || (x->cats & (1u << LEX_TITLE)) || is_char(d, t, '&')))
                break;
        }
        {
            if (m < 0)
                continue;
            const mention *x = &d->ments[m];
            if (x->kind == M_PRONOUN)
                return -1; /* "But he added": the chain of the old voice goes on */
            /* (an office resolved to its holder after the opening phrase: "For
             * his part, the President of Ukraine recalled") */
            int office = x->kind == M_DESC && x->role && opened > s->tok_start;
            if ((x->kind != M_PERSON && !office) || x->entity < 0 ||
                d->ents[x->entity].kind != NSV_KIND_PERSON || d->ents[x->entity].unnamed ||
                !d->ents[x->entity].name || (!bare && !strchr(d->ents[x->entity].name, ' ')))
                continue;
            if (x->tok_end < s->tok_end && tok_is(&d->toks[x->tok_end], "and"))
                continue; /* "Macron and the EU are ...": a joint subject, no one "he" */
            /* "Mr Llwyd's theory has also been questioned by Plaid Cymru's
             * former President, Dafydd Wigley. He accepted ...": a possessor
             * opening the sentence is not its subject; the person the
             * pronoun itself resolved to, named there, is */
            if (x->tok_end < s->tok_end && (d->toks[x->tok_end].flags & T_POSS) && pron_ent >= 0 &&
                pron_ent != x->entity) {
                int named = person_named_in(d, k, pron_ent);
                if (named >= 0)
                    return named;
            }
            uint32_t g = mention_gender(d, m);
            if (g && !(g & pron_bits))
                continue;
            return m;
        }
    }
    return -1;
}

/* '... John Snow said a strong dollar was "in America's interest". But that
 * was not enough for Mr Sarkozy. "If the Americans ...," he said': a
 * narrated sentence right before the pronoun's, with no speech cue, that
 * names one person of the pronoun's gender, and one who spoke before in the
 * item, turns "he" to that person.  His mention, or -1 (two such people, or
 * none: the last voice stays). */
static int sole_named_before(const doc *d, const ev_list *out, uint32_t here, uint32_t pron_bits)
{
    if (here == 0)
        return -1;
    const sentence *b = &d->sents[here - 1];
    if (b->tok_start >= b->tok_end || d->toks[b->tok_start].quote >= 0 ||
        is_char(d, b->tok_start, '"') || b->tok_end - b->tok_start > 40)
        return -1;
    int found = -1;
    for (uint32_t t = b->tok_start; t < b->tok_end; t++) {
        const token *x = &d->toks[t];
        if ((x->flags & T_IN_QUOTE) || (x->flags & T_QUOTE))
            return -1; /* (a quotation's words are someone's) */
        if (x->cats & (1u << LEX_SPEECH))
            return -1;
        int m = mention_at(d, t);
        if (m < 0 || d->ments[m].tok_start != t || d->ments[m].entity < 0)
            continue;
        const mention *pm = &d->ments[m];
        if (d->ents[pm->entity].kind != NSV_KIND_PERSON)
            continue;
        uint32_t g = pm->kind == M_PRONOUN ? pm->pronoun_bits : mention_gender(d, m);
        if (g && !(g & pron_bits))
            continue;
        if (pm->kind == M_PRONOUN || (found >= 0 && d->ments[found].entity != pm->entity))
            return -1;
        found = m;
    }
    if (found < 0)
        return -1;
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));)
        if (!prev->dropped && prev->speaker_ent == d->ments[found].entity)
            return found;
    return -1;
}

/* Did an earlier statement of entity ent already take quotation q as its
 * content after its own cue ('X added: "...," she said')?  A direct
 * quotation and its "he said" are one event (GUIDE): the closing cue is
 * no second one. */
static int quote_taken_by(const ev_list *out, const quote_span *q, int ent, const ev_draft *self)
{
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; ent >= 0 && (prev = statement_before(out, &k, &steps));) {
        if (prev == self || prev->dropped)
            continue;
        if (prev->content_start == q->start && prev->speaker_ent == ent &&
            prev->cue_tok < q->open_tok)
            return 1;
    }
    return 0;
}

/* Does a mention of entity ent start within the six tokens after token t
 * (the cue's object or content subject)?  A name or description, never a
 * pronoun ("He told reporters he was angry" names no one); with
 * `person_only`, a person's name only, not a description, which may be
 * misread. */
static int mentioned_after_cue(const doc *d, int ent, uint32_t t, uint32_t limit, int person_only)
{
    for (uint32_t k = t; k < limit && k < t + 6; k++) {
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].tok_start == k && d->ments[m].entity == ent &&
            (person_only ? d->ments[m].kind == M_PERSON : d->ments[m].kind != M_PRONOUN))
            return 1;
    }
    return 0;
}

/* The speaker mention of the last statement within four sentences before
 * `here` whose person is not entity `not`, or -1. */
static int other_recent_voice(const doc *d, const ev_list *out, uint32_t here, int not )
{
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));) {
        if (prev->speaker_mention < 0 || prev->dropped)
            continue;
        if (here - prev->sent > 4)
            return -1;
        const mention *pm = &d->ments[prev->speaker_mention];
        if (pm->entity < 0 || pm->entity == not || pm->kind == M_GROUP_DESC ||
            d->ents[pm->entity].kind != NSV_KIND_PERSON)
            continue;
        return prev->speaker_mention;
    }
    return -1;
}

/* "In Mr Putin's opinion, Russia could ...", "In the President's view,":
 * the possessor's view, given as "according to X" gives it.  Token i is the
 * noun after the possessive; the clause must open the sentence (or follow a
 * comma) with "in" and end with a comma. */
static nsv_code opinion_of(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t cue_end,
                           nsv_error *err)
{
    if (i < s->tok_start + 2 || !is_char(d, cue_end, ','))
        return NSV_OK;
    int m = -1, voice = -1;
    if (d->toks[i - 1].flags & T_POSS) {
        m = mention_ending_at(d, i - 1, s->tok_start + 1);
        if (m < 0 || !party_mention(d, m) || d->ments[m].kind == M_PRONOUN)
            return NSV_OK;
        voice = m;
    } else {
        /* "Mr Putin said ... In his opinion, ...": "his" is the last
         * voice of that gender, as "he said" would be, else whom the
         * pronoun stands for */
        m = mention_at(d, i - 1);
        if (m < 0 || d->ments[m].tok_start != i - 1 || !possessive_pronoun(d, m) ||
            !he_or_she(&d->ments[m]))
            return NSV_OK;
        /* (not "The Kazakh President proposed that Russia, which, in his
         * opinion, had ...": a person before it in the sentence is "his") */
        for (int q = m; q-- > 0 && d->ments[q].sent == d->ments[m].sent;)
            if (d->ments[q].kind == M_PERSON || d->ments[q].kind == M_DESC ||
                d->ments[q].kind == M_PRONOUN)
                return NSV_OK;
        int pv = recent_voice(d, out, (uint32_t)(s - d->sents), SKIP_SUBORDINATE);
        if (pv >= 0) {
            const entity *pe = &d->ents[d->ments[pv].entity];
            uint32_t g = mention_gender(d, pv);
            if (pe->kind == NSV_KIND_PERSON && !(g && !(g & d->ments[m].pronoun_bits)))
                voice = pv;
        }
        if (voice < 0 && d->ments[m].entity >= 0 &&
            d->ents[d->ments[m].entity].kind == NSV_KIND_PERSON)
            voice = m;
        if (voice < 0 || !party_mention(d, voice))
            return NSV_OK;
    }
    uint32_t k = d->ments[m].tok_start;
    if (k > s->tok_start && tok_is(&d->toks[k - 1], "the"))
        k--;
    if (k == s->tok_start || !tok_is(&d->toks[k - 1], "in") ||
        (k - 1 > s->tok_start && !is_char(d, k - 2, ',')))
        return NSV_OK;
    ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, "statement.according_to");
    if (!e)
        return out_of_memory(d->limits, err);
    set_speaker_voice(d, e, m, voice);
    e->ev.evidence_start = d->toks[k - 1].start;
    e->ev.modality = clause_modality(d, i, s->tok_start);
    /* "The ties, in Mr Putin's opinion, were good": the whole sentence */
    if (k - 1 > s->tok_start)
        set_content(d, e, s->start, s->end, 0);
    else if (cue_end + 1 < s->tok_end)
        set_content(d, e, d->toks[cue_end + 1].start, s->end, 0);
    return NSV_OK;
}

/* "Prices will rise, the Finance Ministry states.": a body or person
 * mention ends right before cue token i, a comma (and "the") comes
 * before it, and the sentence ends after the cue. */
static int content_before_body(const doc *d, uint32_t i, uint32_t cue_end, const sentence *s)
{
    int m = mention_ending_at(d, i, s->tok_start);
    if (m < 0 || !(d->ments[m].kind == M_ORG || d->ments[m].kind == M_PERSON) ||
        !(cue_end >= s->tok_end || is_char(d, cue_end, '.')))
        return 0;
    uint32_t k = d->ments[m].tok_start;
    if (k > s->tok_start && tok_is(&d->toks[k - 1], "the"))
        k--;
    return k > s->tok_start + 1 && is_char(d, k - 1, ',');
}

/* Did statement prev, a body's, speak through a "he" or "she" right before
 * its cue ("She said ...", "..., she said")?  Only a body's spokesperson or
 * staff member gives a body a "he" or "she" (spokes_voice), so such a
 * statement goes on in that person's voice.  The pronoun's mention, or -1. */
static int staff_pronoun_voiced(const doc *d, const ev_draft *prev)
{
    if (prev->speaker_ent < 0 || d->ents[prev->speaker_ent].kind != NSV_KIND_ORGANIZATION)
        return -1;
    const sentence *ps = &d->sents[prev->sent];
    uint32_t t = verb_group_start(d, prev->cue_tok, ps->tok_start);
    if (t <= ps->tok_start || (d->toks[t - 1].flags & T_IN_QUOTE))
        return -1;
    int m = mention_ending_at(d, t, ps->tok_start);
    return m >= 0 && he_or_she(&d->ments[m]) && d->ments[m].tok_start + 1 == t ? m : -1;
}

/* How many sentences a body's spokesperson's "he" or "she" may reach back
 * over, past sentences with no unread speaker ("She said ... She gave no
 * figures.  ..., she said") */
#define STAFF_PRONOUN_SENTENCES 2

/* "A government spokeswoman said ... She said", "The executive spokeswoman
 * said ... She said:": a pronoun opening the sentence right after a body's
 * spokesperson spoke continues that body's voice (the title's gender
 * agreeing with the pronoun's).  The body's mention, or -1. */
static int spokes_voice(const doc *d, const ev_list *out, const sentence *s, int pron)
{
    const mention *p = &d->ments[pron];
    uint32_t here = (uint32_t)(s - d->sents);
    /* (opening the sentence, or closing what was said: "..., he said"
     * after "an association official said") */
    if (!he_or_she(p) || !opens_clause_or_quote(d, p->tok_start, s->tok_start) || here == 0)
        return -1;
    size_t k = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &k, &steps));) {
        if (prev->sent >= here || prev->sent + STAFF_PRONOUN_SENTENCES < here || prev->dropped ||
            body_voice_mention(d, prev) < 0)
            return -1;
        /* "A Mint official told reporters ... She said ... She gave no
         * figures.  ..., she said": the spokesperson's own "he" or "she"
         * (the same one) goes on, over a sentence with no other speaker */
        int pp = staff_pronoun_voiced(d, prev);
        if (pp >= 0)
            return (d->ments[pp].pronoun_bits & p->pronoun_bits & (W_PRONOUN_M | W_PRONOUN_F)) &&
                           !unread_speaker_between(d, prev->sent, here)
                       ? prev->speaker_mention
                       : -1;
        if (prev->sent + 1 != here)
            return -1;
        /* the title right before the earlier cue */
        uint32_t t = prev->cue_tok;
        const sentence *ps = &d->sents[prev->sent];
        t = verb_group_start(d, t, ps->tok_start);
        if (t <= ps->tok_start ||
            !(staff_cue(d, prev) ||
              (p->tok_start == s->tok_start && title_role_is(d, t - 1, "Spokesperson"))))
            return -1;
        uint32_t g = title_word_gender(&d->toks[t - 1]);
        if (g && !(g & p->pronoun_bits))
            return -1;
        return prev->speaker_mention;
    }
    return -1;
}

/* "Manaspas Xuto of Thailand said", "L.M. Ericsson of Sweden said",
 * "Lloyds of London told": a named person or body "of" a country or place
 * speaks, not the place that ends the phrase.  The mention that speaks for
 * speaker mention m, in sentence s. */
static int name_of_place(const doc *d, int m, const sentence *s)
{
    const mention *x = &d->ments[m];
    if (x->kind != M_COUNTRY && x->kind != M_PLACE)
        return m;
    uint32_t k = x->tok_start;
    if (k > s->tok_start && tok_is(&d->toks[k - 1], "the"))
        k--;
    if (k < s->tok_start + 2 || !tok_is(&d->toks[k - 1], "of"))
        return m;
    int n = mention_ending_at(d, k - 1, 0);
    if (n < 0 || d->ments[n].entity < 0 ||
        !(d->ments[n].kind == M_PERSON || d->ments[n].kind == M_ORG) || !party_mention(d, n) ||
        (d->toks[d->ments[n].tok_start].flags & T_IN_QUOTE))
        return m;
    /* (not a title's portfolio: "the Minister of Digital Transformation of
     * Ukraine spoke"; "a spokesman for the United Steelworkers of America"
     * is the union's) */
    uint32_t b = d->ments[n].tok_start;
    if (b > s->tok_start && tok_is(&d->toks[b - 1], "the"))
        b--;
    if (b > s->tok_start + 1 && (tok_is(&d->toks[b - 1], "of") || tok_is(&d->toks[b - 1], "for")) &&
        (d->toks[b - 2].flags & T_CAP))
        return m;
    return n;
}

/* "William Rhodes of Citibank said", "John Smith of Shearson, said on
 * Friday": a firm of one to three capitalised words the lexicon does not
 * know (so no mention) after a named person and "of", "at" or "from";
 * the person speaks.  The person mention, or -1.  (A firm the mention
 * finder does read is handled by party_left_speaker.) */
static int person_of_unknown_firm(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t t = verb_group_start(d, i, s->tok_start);
    if (t > s->tok_start && is_char(d, t - 1, ','))
        t--;
    uint32_t k = t;
    while (k > s->tok_start && t - k < 3 && (d->toks[k - 1].flags & T_WORD) &&
           (d->toks[k - 1].flags & T_CAP) && !(d->toks[k - 1].flags & T_IN_QUOTE) &&
           mention_at(d, k - 1) < 0)
        k--;
    if (k == t || k < s->tok_start + 3)
        return -1;
    const token *prep = &d->toks[k - 1];
    if (!tok_is(prep, "of") && !tok_is(prep, "at") && !tok_is(prep, "from"))
        return -1;
    uint32_t e = k - 1;
    if (is_char(d, e - 1, ','))
        e--;
    int p = mention_ending_at(d, e, 0);
    if (p < 0 || d->ments[p].kind != M_PERSON || !has_given_name(d, p) || !party_mention(d, p) ||
        (d->toks[d->ments[p].tok_start].flags & T_IN_QUOTE))
        return -1;
    return p;
}

/* "McDonnell Douglas said it signed ...", "Banca Nazionale Del Lavoro said
 * ...": a voice read as a person only because capitalised words spoke, with
 * no first name we know, honorific, office or country.  "It said" or "the
 * company said" after it shows it to be a body.  Is voice mention v one? */
static int unknown_name_body(const doc *d, int v)
{
    const mention *p = &d->ments[v];
    const char *name = bare_person_name(d, p);
    if (!name || !strchr(name, ' ') || p->tok_end < p->tok_start + 2 ||
        tok_lex(d, p->tok_start, LEX_GIVEN_NAME, NULL))
        return 0;
    /* the voice spoke of itself as "it": "X said it signed", "X said its
     * profits rose" (people do not) */
    uint32_t t = p->tok_end, end = d->sents[p->sent].tok_end;
    while (t < end && t < p->tok_end + 3 && !(d->toks[t].cats & (1u << LEX_SPEECH)))
        t++;
    /* (not "said it is estimated that": an empty subject) */
    return t + 2 < end && (d->toks[t].cats & (1u << LEX_SPEECH)) &&
           (tok_is(&d->toks[t + 1], "it") || tok_is(&d->toks[t + 1], "its")) &&
           !(d->toks[t + 2].word_bits & W_BE);
}

/* "Hyundai Motor said profits rose. ... It said the new plant would ...":
 * a voice outside quotation marks that firm_like_name (mentions.c, which
 * "the company" also asks) takes for a firm read as a person, right before
 * its speech cue past auxiliaries ("Deutsche Boerse has said").  An "it"
 * or "the company" that found no body of its own stands for it.  Is voice
 * mention v one? */
static int unknown_firm_voice(const doc *d, int v)
{
    const mention *p = &d->ments[v];
    return !(d->toks[p->tok_start].flags & T_IN_QUOTE) && firm_like_name(d, (size_t)v) &&
           speech_follows(d, p->tok_end, d->sents[p->sent].tok_end);
}

/* Is entity ent's last mention before mention m (with `names`, its last
 * name: "the company" resolved to it is no mention of the firm) after a
 * speech cue of its own sentence (inside what someone said), not opening
 * a sentence?  No when it is not among the VOICE_NEAR_MENTIONS before m. */
static int named_in_speech(const doc *d, int m, int ent, int names)
{
    for (int j = m; j-- > 0 && m - j <= VOICE_NEAR_MENTIONS;) {
        const mention *p = &d->ments[j];
        if (p->entity != ent || (names && (p->kind == M_PRONOUN || p->kind == M_DESC)))
            continue;
        const sentence *ps = &d->sents[p->sent];
        for (uint32_t t = ps->tok_start; t < p->tok_start; t++)
            if ((d->toks[t].cats & (1u << LEX_SPEECH)) && !(d->toks[t].flags & T_IN_QUOTE))
                return 1;
        return 0;
    }
    return 0;
}

/* "Gencorp said its unit agreed to sell KHJ-TV to Walt Disney Co. The
 * company said": a voice read as a person only because one capitalised word
 * spoke (no first name, honorific, office or country) is the business "the
 * company" or "it" (mention m) continues, not the firm its content named.
 * Is voice mention v one? */
static int lone_name_voice(const doc *d, int v, int m)
{
    /* (only over a body "the company" found named inside what was said:
     * "Shares in Borel fell. The firm said" is Borel) */
    int found = d->ments[m].entity;
    if (found >= 0 && !named_in_speech(d, m, found, 1))
        return 0;
    const mention *p = &d->ments[v];
    const char *name = bare_person_name(d, p);
    if (!name || p->tok_end != p->tok_start + 1 || mention_gender(d, v))
        return 0;
    /* (a body is shortened to its first word, "Halcyon" for Halcyon
     * Investments; a person to the last, "Hair" for Jay Hair) */
    const token *w0 = &d->toks[p->tok_start];
    size_t wl = w0->end - w0->start;
    if (strncasecmp(name, d->text + w0->start, wl) || (name[wl] && name[wl] != ' '))
        return 0;
    /* (not a person named in full before: "Investor Paul Bilzerian") */
    for (const char *w = name; *w;) {
        size_t n = strcspn(w, " ");
        if (lex_find_folded(d->lex, w, n, LEX_GIVEN_NAME))
            return 0;
        w += n;
        w += *w == ' ';
    }
    /* (nor a lone word of the body found: "National Data said" is
     * National Data Corp, "Diageo said" Diageo) */
    if (found < 0 || !d->ents[found].name)
        return 1;
    char word[64];
    if (wl >= sizeof word)
        return 0;
    memcpy(word, d->text + w0->start, wl);
    word[wl] = '\0';
    return !name_has_word(d->ents[found].name, d->ents[p->entity].name) &&
           !name_has_word(d->ents[found].name, word);
}

/* "BNL said it signed an accord with the State Bank. The bank said ...":
 * a firm description whose name match (State Bank) was last named only
 * inside what another business said, after that speech cue, is that
 * speaker's partner, not the voice Reuters keeps: the business that spoke
 * last is "the bank".  Is that so for description mention m, pv being the
 * voice that spoke last (recent_voice(), or -1)? */
static int reported_partner(const doc *d, int m, int pv)
{
    const mention *sm = &d->ments[m];
    if (sm->kind != M_DESC || !(d->toks[sm->tok_end - 1].word_bits & W_FIRM))
        return 0;
    if (pv < 0 || d->ments[pv].entity == sm->entity ||
        !(unknown_name_body(d, pv) ||
          (business_entity(d, d->ments[pv].entity) && !outlet_mention(d, pv))))
        return 0;
    return named_in_speech(d, m, sm->entity, 0);
}

/* The two businesses "the companies" at token k stands for (companies_speak):
 * the pair that last spoke together, else the lead sentence's first two.
 * 1 with ents[2] filled, else 0. */
static int companies_named(const doc *d, const ev_list *out, uint32_t k, const sentence *s,
                           int ents[2])
{
    uint32_t here = (uint32_t)(s - d->sents);
    size_t q = out->n, steps = 0;
    for (const ev_draft *prev; (prev = statement_before(out, &q, &steps));) {
        /* (the window first: drafts are in text order) */
        if (prev->sent + 8 < here)
            break;
        if (prev->dropped || prev->ev.speaker.kind != NSV_KIND_GROUP || prev->nents != 2)
            continue;
        if (business_entity(d, prev->ents[0]) && business_entity(d, prev->ents[1]) &&
            prev->ents[0] != prev->ents[1]) {
            ents[0] = prev->ents[0];
            ents[1] = prev->ents[1];
            return 1;
        }
    }
    /* the lead sentence of the item's body */
    int lead[2];
    if (lead_businesses(d, k, lead, 2) < 2)
        return 0;
    ents[0] = d->ments[lead[0]].entity;
    ents[1] = d->ments[lead[1]].entity;
    return 1;
}

/* "..., the companies said", "Both companies said", "The two companies
 * announced": the businesses that last spoke together ("A and B said they
 * agreed to merge"), else the first two the lead sentence names ("A agreed
 * to acquire B, both companies said"): one joint statement (GUIDE: a group
 * the item resolves to named parties).  Token i is the cue; the entities go
 * to ents[2].  The token that opens the phrase, or UINT32_MAX. */
static uint32_t companies_speak(const doc *d, const ev_list *out, uint32_t i, const sentence *s,
                                int ents[2])
{
    uint32_t t = verb_group_start(d, i, s->tok_start);
    if (t < s->tok_start + 2 || !tok_is(&d->toks[t - 1], "companies") ||
        (d->toks[t - 1].flags & T_IN_QUOTE))
        return UINT32_MAX;
    uint32_t k = t - 2;
    if (tok_is(&d->toks[k], "two") && k > s->tok_start && tok_is(&d->toks[k - 1], "the"))
        k--;
    else if (!tok_is(&d->toks[k], "the") && !tok_is(&d->toks[k], "both"))
        return UINT32_MAX;
    /* (not "An agreement between the two companies calls for": the object
     * of a preposition is no subject) */
    if (k > s->tok_start && (d->toks[k - 1].word_bits & (W_PREP | W_PLACE_PREP)))
        return UINT32_MAX;
    return companies_named(d, out, k, s, ents) ? k : UINT32_MAX;
}

/* "According to the companies, ...", "according to the two companies":
 * the phrase at token a (after "according to"), closed by a comma or the
 * sentence's end, stands for the two businesses companies_named() finds. */
static int according_companies(const doc *d, const ev_list *out, uint32_t a, const sentence *s,
                               int ents[2])
{
    uint32_t k = a;
    if (k >= s->tok_end || !tok_is(&d->toks[k], "the"))
        return 0;
    if (k + 1 < s->tok_end && tok_is(&d->toks[k + 1], "two"))
        k++;
    if (k + 1 >= s->tok_end || !tok_is(&d->toks[k + 1], "companies") ||
        (d->toks[k + 1].flags & T_IN_QUOTE))
        return 0;
    uint32_t e = k + 2;
    if (e < s->tok_end && !is_char(d, e, ',') && !is_char(d, e, '.'))
        return 0;
    return companies_named(d, out, a, s, ents);
}

/* Can token k be a first word of a company's name before its known part: a
 * plain capitalised word outside quotation marks (no article, conjunction,
 * sentence opener, weekday, possessive, title, first name or demonym)? */
static int company_name_word(const doc *d, uint32_t k)
{
    /* (a business noun opens names too: "Bank Negara Malaysia", "Energy
     * Resources Corp") */
    const uint64_t plain =
        W_NONNAME | W_ORG_HEAD | W_PUBLIC_BODY | W_POLITY | W_COMPANY | W_FIRM | W_FIRM_TAIL;
    const token *p = &d->toks[k];
    return (p->flags & T_WORD) && (p->flags & T_CAP) && !(p->flags & (T_IN_QUOTE | T_POSS)) &&
           !(p->word_bits & (~plain | W_OPENER)) && !tok_lex(d, k, LEX_TITLE, NULL) &&
           !tok_lex(d, k, LEX_GIVEN_NAME, NULL) && !tok_lex(d, k, LEX_DEMONYM, NULL);
}

/* "Air Canada said", "Munich Re said", "Union Carbide said", "Bank Negara
 * Malaysia said": capitalised words right before a one-word speaker (a
 * country, or a lone name) are the first words of a company's name, not
 * noise before the name: the whole run is the body that speaks.  Only plain
 * words or places (no article, conjunction, sentence opener, weekday, title,
 * demonym or first name: "When Ukraine said", "But Cairn said", "Friday TWA
 * said", "Chancellor Brown said").
 * The body's entity, -1 when the speaker stays as it is, -2 when memory
 * ran out naming the body. */
static int company_before_speaker(doc *d, int m, const sentence *s, uint32_t *from)
{
    const mention *x = &d->ments[m];
    /* "Cable and Wireless Plc said", "the National Security and Defense
     * Council said", "Procter and Gamble Co said": a body's name that holds
     * "and" was cut there; the capitalised words before "and" (no name of
     * their own: not "Nationwide and Halifax said") are its first words */
    if (x->kind == M_ORG && x->entity >= 0 && x->tok_start >= s->tok_start + 2 &&
        tok_is(&d->toks[x->tok_start - 1], "and") && !(d->toks[x->tok_start].flags & T_IN_QUOTE)) {
        uint32_t a = x->tok_start - 1;
        /* (an acronym names a body of its own: "EADS and BAE Systems" are
         * two; "S and W Berisford Plc" one.  A word that is a mention of
         * the body itself is no other name: "Johnson and Johnson said"
         * after "Johnson and Johnson Inc", whose first "Johnson" the body's
         * short name claims, as whole_name_of() reads it) */
        while (
            a > s->tok_start && a + 5 > x->tok_start && company_name_word(d, a - 1) &&
            (mention_at(d, a - 1) < 0 || d->ments[mention_at(d, a - 1)].entity == x->entity) &&
            !((d->toks[a - 1].flags & T_ALLCAPS) && d->toks[a - 1].end - d->toks[a - 1].start > 1))
            a--;
        if (a + 1 < x->tok_start && d->ents[x->entity].name) {
            *from = a;
            /* the words before, then the body's own name (its ticker left
             * out: "Cable and Wireless Plc <CAWL.L>") */
            const char *head = span_text(d, a, x->tok_start);
            const char *tail = d->ents[x->entity].name;
            size_t hl = head ? strlen(head) : 0, tl = strlen(tail);
            char *name = head ? arena_alloc(d->mem, hl + 1 + tl + 1) : NULL;
            if (!name)
                return -2;
            memcpy(name, head, hl);
            name[hl] = ' ';
            memcpy(name + hl + 1, tail, tl + 1);
            int ent = body_entity(d, name);
            return ent >= 0 ? ent : -2;
        }
        return -1;
    }
    if (x->tok_end != x->tok_start + 1 || x->tok_start <= s->tok_start || x->entity < 0 ||
        (d->toks[x->tok_start].flags & T_IN_QUOTE))
        return -1;
    if (!(x->kind == M_COUNTRY ||
          ((x->kind == M_ORG || x->kind == M_PERSON) && d->ents[x->entity].name &&
           !strchr(d->ents[x->entity].name, ' ') && !x->role)))
        return -1;
    uint32_t a = x->tok_start;
    while (a > s->tok_start && a + 3 > x->tok_start) {
        if (!company_name_word(d, a - 1) || tok_is(&d->toks[a - 1], "new") ||
            rank_before_staff(d, a - 1))
            break;
        int pm = mention_at(d, a - 1);
        if (pm >= 0 && d->ments[pm].kind != M_PLACE && d->ments[pm].kind != M_COUNTRY)
            break;
        a--;
    }
    if (a == x->tok_start)
        return -1;
    *from = a;
    const char *name = span_text(d, a, x->tok_end);
    int ent = name ? body_entity(d, name) : -1;
    return ent >= 0 ? ent : -2;
}

/* "the Ford notes were rated", "GMAC notes are selling", "dlrs of
 * Borg-Warner Corp <BOR> notes", "Treasury notes and bonds": is the cue word
 * at i, a plural noun too (speech_cues.tsv plural_noun), that noun after
 * the name ending right before it?  It is when a verb follows it (an
 * auxiliary, "be" or a modal), when "and"/"or" joins it to no speech verb,
 * or when an article or preposition stands before the name and no content
 * ("that", a colon, a quotation) follows ("Putin notes that", "Mr Putin
 * notes the dynamic" stay speech). */
static int plural_noun_reading(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t e = i;
    /* (past a Reuters ticker the name did not take: "Borg-Warner Corp
     * <BOR> notes") */
    if (mention_ending_at(d, e, s->tok_start) < 0 && e > s->tok_start + 2 && is_char(d, e - 1, '>'))
        for (uint32_t k = e - 1; k > s->tok_start && k + 6 > e; k--)
            if (is_char(d, k - 1, '<')) {
                e = k - 1;
                break;
            }
    int m = mention_ending_at(d, e, s->tok_start);
    if (m < 0 || d->ments[m].kind == M_PRONOUN || d->ments[m].kind == M_DESC)
        return 0;
    const token *n = i + 1 < s->tok_end ? &d->toks[i + 1] : NULL;
    if (n && (n->flags & T_WORD) && !(n->flags & T_IN_QUOTE)) {
        if ((n->word_bits & (W_AUX | W_BE)) || modal_word(d, i + 1))
            return 1;
        if ((n->word_bits & W_CONJ) && i + 2 < s->tok_end &&
            !(d->toks[i + 2].cats & (1u << LEX_SPEECH)) && !(d->toks[i + 2].word_bits & W_ADVERB))
            return 1;
    }
    /* (past capitalised words the name left out, or into the article it
     * took: "the General Electric notes", "General" read as a rank) */
    uint32_t a = d->ments[m].tok_start;
    if (d->toks[a].word_bits & W_DET)
        a++;
    while (a > s->tok_start && a + 3 > d->ments[m].tok_start && (d->toks[a - 1].flags & T_CAP) &&
           (d->toks[a - 1].flags & T_WORD) &&
           !(d->toks[a - 1].word_bits & (W_DET | W_PREP | W_PLACE_PREP)))
        a--;
    if (a == s->tok_start || !(d->toks[a - 1].word_bits & (W_DET | W_PREP | W_PLACE_PREP)))
        return 0;
    return !(n && (tok_is(n, "that") || is_char(d, i + 1, ':') || (n->flags & T_QUOTE)));
}

/* Does the token before the participle at i end a verb's object that a
 * participle clause may follow with no comma ("defended the move saying it
 * would", "derided Tory claims of \"wasteful spending\" saying")?  A
 * lower-case word of no other class, or a closing quotation mark; not a
 * document ("issued a report saying" is the report's words) nor a name
 * ("e-mailed Mr X pointing out" may be X). */
static int bare_object_end(const doc *d, uint32_t i)
{
    /* only the participles marked no_comma in speech_cues.tsv: not "a
     * proposal calling for", "a profits warning", "struck demanding" */
    const lex_entry *cue = tok_lex(d, i, LEX_SPEECH, NULL);
    if (!cue || !(cue->bits & SPEECH_NO_COMMA))
        return 0;
    uint32_t k = i - 1;
    const token *w = &d->toks[k];
    /* ("quoted in the paper as saying": the relayed words, read elsewhere) */
    if (tok_is(w, "as"))
        return 0;
    if (w->flags & T_QUOTE_CLOSE)
        return 1;
    return (w->flags & T_WORD) && !(w->flags & (T_CAP | T_IN_QUOTE | T_POSS)) && !ing_form(w) &&
           !(w->word_bits &
             (W_PREP | W_DET | W_CONJ | W_SUBORD | W_AUX | W_ADVERB | W_PAPER | W_POSSESSIVE)) &&
           mention_at(d, k) < 0;
}

/* "dismissed the offer as inadequate" characterises, as "described X as Y"
 * does; is the one-word cue at token i whose shape is "as" (speech_cues.tsv:
 * "dismissed") none: no "as" close after it ("dismissed the figures,
 * insisting", "was dismissed"), a post after the "as" or a person as the
 * whole object ("dismissed him as chairman", "dismissed Tom Smith as
 * manager": fired)?  ("dismissed claims" is a cue of its own.) */
static int idle_dismissal(const doc *d, uint32_t i, const sentence *s)
{
    unsigned nw = 0;
    const lex_entry *c = tok_lex(d, i, LEX_SPEECH, &nw);
    if (!c || nw != 1 || !(c->bits & SPEECH_AS))
        return 0;
    uint32_t k = i + 1;
    while (k < s->tok_end && k < i + 9 && !tok_is(&d->toks[k], "as") && !is_char(d, k, ',') &&
           !is_char(d, k, ';'))
        k++;
    if (k >= s->tok_end || !tok_is(&d->toks[k], "as"))
        return 1;
    uint32_t a = k + 1;
    if (a < s->tok_end && (indefinite_article(&d->toks[a]) || tok_is(&d->toks[a], "the")))
        a++;
    if (a >= s->tok_end || lower_title_word(d, a) || (d->toks[a].word_bits & W_PERSON_NOUN))
        return 1;
    int pm = party_right(d, i + 1, k);
    return (pm >= 0 && d->ments[pm].kind == M_PERSON && d->ments[pm].tok_end == k) ||
           (k == i + 2 && (tok_is(&d->toks[i + 1], "him") || tok_is(&d->toks[i + 1], "her") ||
                           tok_is(&d->toks[i + 1], "them")));
}

/* "The President concluded the call by reiterating": a verb that ends or
 * opens a meeting (words.tsv phase), then its object and "by" right before
 * the participle at i: no speech of its own ("concluded" speaks only
 * before "that" or a quotation), the participle is the speech. */
static int ends_or_opens_event(const doc *d, uint32_t t, uint32_t i)
{
    if (!(d->toks[t].word_bits & W_PHASE) || !tok_is(&d->toks[i - 1], "by") || i > t + 6)
        return 0;
    for (uint32_t k = t + 1; k + 1 < i; k++)
        if (!(d->toks[k].flags & T_WORD) || (d->toks[k].flags & T_IN_QUOTE) ||
            tok_is(&d->toks[k], "that"))
            return 0;
    return 1;
}

/* The most tokens a quoted phrase inside narration may hold and still be
 * the narrator's borrowing ("his \"warmest congratulations\"", "a \"fading\"
 * force"), not a quotation of someone's words. */
#define SHORT_QUOTED_PHRASE_TOKENS 5

static inline unsigned split_cue_phrase(const doc *d, const sentence *s, uint32_t i, int *cls);

/* Did a speech cue before token i in sentence s give a statement of its
 * own ("X denied that ..., saying": one event)?  The drafts of the
 * sentence being read come last in out. */
static int cue_spoke_before(const doc *d, const ev_list *out, const sentence *s, uint32_t i)
{
    uint32_t here = (uint32_t)(s - d->sents);
    for (size_t x = out->n; x-- > 0;) {
        const ev_draft *e = &out->v[x];
        if (e->sent != here)
            break;
        if (e->ev.type == NSV_EV_STATEMENT && !e->dropped && e->cue_tok < i)
            return 1;
    }
    return 0;
}

/* A word that heads or names a post: a title, a body noun, a person noun
 * or a calling ("president", "bank", "host", "economist"). */
static int post_word(const doc *d, uint32_t k)
{
    return tok_lex(d, k, LEX_TITLE, NULL) || tok_lex(d, k, LEX_BODY_NOUN, NULL) ||
           (d->toks[k].word_bits & (W_PERSON_NOUN | W_PROFESSION));
}

/* Does mention m head the subject of the clause opening at token t: right
 * at t (past an article), or after at most five words that only qualify
 * its post ("Central bank president Wim Duisenberg", "USDA secretary
 * Richard Lyng", "Ex-chatshow host Robert Kilroy-Silk", "Internet service
 * provider (ISP) Plus.net")?  Capitalised words ("and" between two of
 * them), a parenthesised abbreviation, and lower-case words only as post
 * words or right before one ("economics minister Martin Bangemann"); no
 * preposition, clause word or other verb ("Talks with X ended", "Critics
 * attack President Bush"). */
static int heads_subject(const doc *d, int m, uint32_t t)
{
    uint32_t a = d->ments[m].tok_start;
    if (a < t)
        return 0;
    uint32_t k = t;
    if (k < a && (d->toks[k].word_bits & W_DET) && !(d->toks[k].word_bits & W_POSSESSIVE))
        k++;
    if (a > k + 5)
        return 0;
    for (; k < a; k++) {
        const token *w = &d->toks[k];
        if (is_char(d, k, '-') && k > t && !(w->flags & T_SPACE_BEFORE))
            continue;
        /* "(ISP)": capitalised words only, closed before the mention */
        if (is_char(d, k, '(')) {
            uint32_t c = k + 1;
            while (c < a && c < k + 4 && (d->toks[c].flags & T_CAP) && (d->toks[c].flags & T_WORD))
                c++;
            if (c == k + 1 || c >= a || !is_char(d, c, ')'))
                return 0;
            k = c;
            continue;
        }
        if (!(w->flags & T_WORD) || (w->flags & T_IN_QUOTE) || ing_form(w))
            return 0;
        if (w->word_bits & (W_PREP | W_PLACE_PREP | W_CONJ | W_SUBORD | W_AUX | W_DET |
                            W_POSSESSIVE | W_PRONOUN_ANY)) {
            /* (inside a post's name, not between two parties: "A and B
             * touched upon") */
            if (tok_is(w, "and") && k > t && (d->toks[k - 1].flags & T_CAP) &&
                (d->toks[k + 1].flags & T_CAP) && mention_at(d, k - 1) < 0)
                continue;
            return 0;
        }
        if ((w->flags & T_CAP) || post_word(d, k))
            continue;
        /* (a modifier of the lower-case post word after it) */
        if (!(d->toks[k + 1].flags & T_CAP) && (d->toks[k + 1].flags & T_WORD) &&
            post_word(d, k + 1))
            continue;
        return 0;
    }
    return 1;
}

/* Can mention m be the subject that speaks in a participle clause: a
 * party's mention of a named person, body or country, a description of no
 * body's voice, or a resolved "he" or "she" ("He refused to comment,
 * saying"; not "they" nor "it", whose antecedent is less sure)? */
static int speaking_subject(const doc *d, int m)
{
    const mention *x = &d->ments[m];
    return party_mention(d, m) && x->entity >= 0 && !d->ents[x->entity].unnamed &&
           (x->kind == M_PERSON || x->kind == M_ORG || x->kind == M_COUNTRY || he_or_she(x) ||
            (x->kind == M_DESC && !x->body_voice));
}

/* participle_subject's second reading, when no name right at the clause's
 * start is followed by its verb: the first lower-case word before the
 * participle at i that party_left_speaker (as for "X said") reads as a verb
 * of a party heading the clause's subject (heads_subject), past an
 * appositive, a relative clause, adverbs or a time phrase ("Warren
 * Lavorel, a U.S. Trade official, defended", "Mr Blair this week
 * defended", "The Greek government later withdrew").  The party's
 * mention, and its verb in *verb; or -1. */
static int subject_of_verb_before(const doc *d, uint32_t t, uint32_t i, uint32_t *verb)
{
    for (uint32_t v = t + 1; v < i && v < t + 40; v++) {
        const token *w = &d->toks[v];
        if (!(w->flags & T_WORD) || (w->flags & (T_CAP | T_IN_QUOTE | T_POSS)) || ing_form(w) ||
            (w->word_bits & (W_PREP | W_PLACE_PREP | W_DET | W_CONJ | W_SUBORD | W_AUX | W_ADVERB |
                             W_POSSESSIVE | W_PRONOUN_ANY)) ||
            mention_at(d, v) >= 0 || tok_lex(d, v, LEX_TITLE, NULL))
            continue;
        int m = party_left_speaker(d, v, t);
        if (m < 0 || d->ments[m].tok_end > v || !speaking_subject(d, m))
            continue;
        const token *last = &d->toks[d->ments[m].tok_end - 1];
        if ((last->flags & T_POSS) || !heads_subject(d, m, t))
            continue;
        /* (a participle read as a name's first word: "Recalling United
         * Nations General Assembly resolutions"; not a body's own word,
         * "Downing Street") */
        uint32_t f = d->ments[m].tok_start;
        if (ing_form(&d->toks[f]) && !tok_lex(d, f, LEX_ORG, NULL))
            continue;
        /* (a meeting's or signing's verb, past a time word read as the
         * verb: "Dayton Hudson Thursday night met with X, appealing") */
        for (uint32_t k = d->ments[m].tok_end; k < i && k <= v + 1; k++)
            if ((tok_lex(d, k, LEX_MEETING, NULL) || tok_lex(d, k, LEX_SIGNING, NULL)) &&
                !ends_or_opens_event(d, k, i))
                return -1;
        *verb = v;
        return m;
    }
    return -1;
}

/* participle_subject's plain reading: a name (or a resolved description,
 * "he" or "she") right at the clause's start at t, then its verb before
 * the participle at i.  The subject's mention, its verb in *verb; or -1. */
static int plain_subject(const doc *d, uint32_t t, uint32_t i, uint32_t *verb)
{
    int m = t < i ? mention_at(d, t) : -1;
    if (m < 0 || !speaking_subject(d, m))
        return -1;
    /* (the description's own first word may be an article: "The Tory
     * leader brands ...") */
    if (d->ments[m].tok_start > t &&
        !(tok_is(&d->toks[t], "the") && d->ments[m].tok_start == t + 1))
        return -1;
    /* "Conservative co-chairman Liam Fox derided": a body, then title words
     * and the person, who is the subject */
    if (d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY)
        for (uint32_t k = d->ments[m].tok_end; k < i && k < d->ments[m].tok_end + 5; k++) {
            int pm = mention_at(d, k);
            if (pm >= 0 && d->ments[pm].tok_start == k && d->ments[pm].kind == M_PERSON &&
                party_mention(d, pm)) {
                m = pm;
                break;
            }
            if (!(d->toks[k].flags & T_WORD) && !is_char(d, k, '-'))
                break;
        }
    /* (not a resolution's "Recalling United Nations General Assembly
     * resolutions ...": a participle read as the first word of a name) */
    const token *f = &d->toks[d->ments[m].tok_start];
    if (ing_form(f))
        return -1;
    uint32_t v = d->ments[m].tok_end;
    v = skip_aux(d, v, i);
    /* the verb: a lower-case word of no name or title ("Conservative
     * co-chairman Liam Fox derided" is Fox's, not the party's) */
    if (v >= i || !(d->toks[v].flags & T_WORD) || (d->toks[v].flags & (T_CAP | T_IN_QUOTE)) ||
        (d->toks[v].word_bits & (W_PREP | W_DET | W_CONJ | W_SUBORD)) ||
        (d->toks[v].flags & T_POSS) || mention_at(d, v) >= 0 || tok_lex(d, v, LEX_TITLE, NULL))
        return -1;
    *verb = v;
    return m;
}

/* "Michael Howard has backed stem cell research, saying it is important
 * ...", "Treasury Secretary John Snow put a brave face on the news, saying":
 * a participle clause after a comma belongs to its main verb's event, but
 * when no speech cue comes before it in the sentence, it is the only speech
 * there and the sentence's subject speaks: a name or a body (or a
 * description resolved to one) opening the sentence, past linking words,
 * and followed by its verb.  The subject's mention, or -1. */
static int participle_subject(const doc *d, const ev_list *out, uint32_t i, const sentence *s)
{
    /* ("Chirac reacted to his warning by saying": the manner of a verb
     * that is no speech, so the same) */
    if (i < s->tok_start + 3 ||
        !(is_char(d, i - 1, ',') || tok_is(&d->toks[i - 1], "by") || bare_object_end(d, i)) ||
        (d->toks[i].flags & T_IN_QUOTE))
        return -1;
    /* ("left, saying nothing": no content, no claim) */
    if (i + 1 < s->tok_end && tok_is(&d->toks[i + 1], "nothing"))
        return -1;
    /* ("moved closer to an agreement, with many delegates saying": an
     * absolute clause of its own subject, no part of the main verb's event;
     * with_subject reads a named one) */
    if (!is_char(d, i - 1, ',') && !tok_is(&d->toks[i - 1], "by"))
        for (uint32_t k = i - 1; k > s->tok_start && k + 4 > i; k--) {
            if (tok_is(&d->toks[k - 1], "with"))
                return -1;
            if (!(d->toks[k - 1].flags & T_WORD) || (d->toks[k - 1].flags & T_CAP))
                break;
        }
    /* (an -ing word after an article or "his" is a noun: "reacted to his
     * warning by saying") */
    for (uint32_t t = s->tok_start; t < i; t++) {
        if ((d->toks[t].cats & (1u << LEX_SPEECH)) &&
            !(ing_form(&d->toks[t]) && t > s->tok_start &&
              (d->toks[t - 1].word_bits & (W_DET | W_POSSESSIVE))) &&
            !ends_or_opens_event(d, t, i) && !idle_dismissal(d, t, s) &&
            cue_spoke_before(d, out, s, i))
            return -1;
        /* ("gave an extensive update ..., noting": a cue phrase split by
         * modifiers is the main verb's cue as well) */
        int scls = 0;
        if (!(d->toks[t].cats & (1u << LEX_SPEECH)) && split_cue_phrase(d, s, t, &scls))
            return -1;
        /* a short quoted phrase inside the narration ("sent Mr Bush his
         * \"warmest congratulations\", saying:") is no quotation of its own;
         * a longer one, or one opening the sentence, may be someone's words */
        if (d->toks[t].flags & T_QUOTE) {
            uint32_t u = t + 1;
            while (u < i && !(d->toks[u].flags & T_QUOTE))
                u++;
            if (t == s->tok_start || !(d->toks[t].flags & T_QUOTE_OPEN) || u >= i ||
                u - t - 1 > SHORT_QUOTED_PHRASE_TOKENS)
                return -1;
            t = u;
        }
    }
    uint32_t t = body_tok(d, s->tok_start, i);
    /* (past an opening phrase: "In his pre-Budget report, Mr Brown") */
    if (t < i && (d->toks[t].word_bits & W_PREP))
        for (uint32_t k = t + 1; k < i && k < t + 8; k++)
            if (is_char(d, k, ',')) {
                t = k + 1;
                break;
            }
    while (t < i && ((d->toks[t].word_bits & (W_CONJ | W_ADVERB | W_OPENER)) || is_char(d, t, ',')))
        t++;
    uint32_t v = 0;
    int m = plain_subject(d, t, i, &v);
    if (m < 0)
        m = subject_of_verb_before(d, t, i, &v);
    if (m < 0)
        return -1;
    /* "Tory delegates are gathering ..., declaring": a plural noun heads
     * the subject when an auxiliary follows it, and the name only modifies
     * it (a document still speaks: "The Bank report was critical") */
    if (v + 1 < i && (d->toks[v + 1].word_bits & W_AUX) && d->text[d->toks[v].end - 1] == 's' &&
        !(d->toks[v].word_bits & W_PAPER))
        return -1;
    /* "met X, underscoring", "signed the decree, saying": the participle
     * belongs to the meeting's or signing's event (GUIDE) */
    if ((tok_lex(d, v, LEX_MEETING, NULL) || tok_lex(d, v, LEX_SIGNING, NULL)) &&
        !ends_or_opens_event(d, v, i))
        return -1;
    /* "by saying" modifies the subject's own verb: not across a comma
     * ("Washington was stunned, with Reagan speaking ... by admitting") nor
     * after a modal word ("is expected to win them over by saying") */
    if (tok_is(&d->toks[i - 1], "by"))
        for (uint32_t k = d->ments[m].tok_end; k + 1 < i; k++)
            if (is_char(d, k, ',') || tok_lex(d, k, LEX_MODALITY, NULL))
                return -1;
    return m;
}

/* ", with Mr Kennedy stressing that ...", ", with the Tories claiming
 * ...", ", with Mr Dixon quoted as saying ...": an absolute clause after a
 * comma (or opening the sentence) whose own subject speaks; unlike a
 * participle clause it is no part of the main verb's event.  The -ing
 * cue at i; the subject mention, or -1. */
static int with_subject(const doc *d, uint32_t i, const sentence *s)
{
    if (d->toks[i].flags & T_IN_QUOTE)
        return -1;
    uint32_t k = i;
    /* "quoted as saying": the subject stands before "quoted" */
    if (tok_is(&d->toks[i], "saying") && k >= s->tok_start + 2 && tok_is(&d->toks[k - 1], "as") &&
        relaying_verb(&d->toks[k - 2]))
        k -= 2;
    k = before_adverbs(d, k, s->tok_start);
    int m = mention_ending_at(d, k, s->tok_start);
    if (m < 0 || !party_mention(d, m) ||
        !(d->ments[m].kind == M_PERSON || d->ments[m].kind == M_ORG ||
          d->ments[m].kind == M_COUNTRY))
        return -1;
    uint32_t a = d->ments[m].tok_start;
    if (a > s->tok_start && tok_is(&d->toks[a - 1], "the"))
        a--;
    if (a == s->tok_start || !tok_is(&d->toks[a - 1], "with") ||
        (d->toks[a - 1].flags & T_IN_QUOTE))
        return -1;
    /* (", with" or "With" opening the sentence: not "talks with X
     * stressing", where X is the partner) */
    if (!(a - 1 == s->tok_start || is_char(d, a - 2, ',')))
        return -1;
    return m;
}

/* "drew the Governor's attention to", "drew President Macron's attention
 * to": "drew attention to" (a cue of the lexicon) with its addressee's
 * possessive inside.  The number of words from the verb at i through
 * "to", or 0. */
static unsigned drew_attention_of(const doc *d, uint32_t i, const sentence *s)
{
    if (!(tok_is(&d->toks[i], "drew") || tok_is(&d->toks[i], "draws")))
        return 0;
    uint32_t k = i + 1;
    if (k < s->tok_end && tok_is(&d->toks[k], "the"))
        k++;
    uint32_t name = k;
    while (k < s->tok_end && k < name + 5 && (d->toks[k].flags & T_CAP) &&
           (d->toks[k].flags & T_WORD) && !(d->toks[k].flags & (T_IN_QUOTE | T_POSS)))
        k++;
    if (k == name || k + 2 >= s->tok_end || !(d->toks[k].flags & T_POSS))
        return 0;
    k++;
    if (k + 1 < s->tok_end && (tok_is(&d->toks[k], "particular") || tok_is(&d->toks[k], "special")))
        k++;
    if (k + 1 >= s->tok_end || !tok_is(&d->toks[k], "attention") || !tok_is(&d->toks[k + 1], "to"))
        return 0;
    return k + 2 - i;
}

/* Is the bare "called" at i a cue?  "called the plan \"reckless\"",
 * "called it a \"bribes budget\"": naming something in quoted words takes a
 * position; "called it a big provocation", "called such behavior of the
 * aggressor an act of genocide", "called Texas a major US state": "called"
 * with an object and then "a"/"an" and a lower-case word characterises, as
 * "branded" does.  Otherwise "called" names ("a firm called X") or phones
 * ("called him to congratulate", "called a meeting", "called it a day",
 * "called in a mediator" are no cues). */
static int called_characterises(const doc *d, uint32_t i, const sentence *s)
{
    /* ("has been called \"reckless\" by the Tories": a passive before
     * quoted words is read with "branded" and "described" below, where only
     * a party named after "by" speaks: "was called \"Ocean\" by its
     * builders" names) */
    if (i > s->tok_start && i + 1 < s->tok_end && (d->toks[i - 1].word_bits & W_BE) &&
        (d->toks[i + 1].flags & T_QUOTE_OPEN))
        return 1;
    /* (the quotation within eight words, not right after "called") */
    for (uint32_t k = i + 1; k < s->tok_end && k < i + 9; k++) {
        if (d->toks[k].flags & T_QUOTE_OPEN) {
            if (k > i + 1)
                return 1;
            break;
        }
        if ((d->toks[k].flags & (T_PUNCT | T_QUOTE)) ||
            (d->toks[k].word_bits & (W_PREP | W_SUBORD | W_CONJ)))
            break;
    }
    uint32_t k = i + 1;
    /* (nor "called in a conciliator", "called off a strike": a particle
     * makes another verb) */
    if (k >= s->tok_end || indefinite_article(&d->toks[k]) || !(d->toks[k].flags & T_WORD) ||
        (d->toks[k].word_bits & (W_PREP | W_PLACE_PREP)) || tok_is(&d->toks[k], "off") ||
        tok_is(&d->toks[k], "up") || tok_is(&d->toks[k], "out") || tok_is(&d->toks[k], "back"))
        return 0;
    for (uint32_t n = k + 1; n + 1 < s->tok_end && n < k + 14; n++) {
        const token *w = &d->toks[n];
        if (!(w->flags & T_WORD) || (w->flags & (T_QUOTE | T_IN_QUOTE)) ||
            (w->word_bits & (W_SUBORD | W_CONJ)) || tok_lex(d, n, LEX_SPEECH, NULL))
            return 0;
        /* ("called him to congratulate": a call) */
        if (n == k + 1 && tok_is(w, "to"))
            return 0;
        if (indefinite_article(w)) {
            const token *x = &d->toks[n + 1];
            return (x->flags & T_WORD) && !(x->flags & (T_CAP | T_NUM)) && !tok_is(x, "day") &&
                   !(x->word_bits & (W_BACKGROUND | W_NUMBER_WORD));
        }
    }
    return 0;
}

/* Is token i a verb of a label ("dubbed", "labelled": speech_cues.tsv shape
 * label)?  Speech only where it characterises in quoted words
 * (labels_in_quotes, characterisation_agent). */
static int label_verb(const doc *d, uint32_t i)
{
    const lex_entry *c = tok_lex(d, i, LEX_SPEECH, NULL);
    return c && (c->bits & SPEECH_LABEL);
}

/* "The Law Society dubbed Mr Clarke's new proposals an \"abuse of power\"",
 * "Turner labelled changes to the federal sales tax \"a money machine\"",
 * "were labelled a \"big misjudgement\" by": "dubbed" and "labelled"
 * characterise only in quoted words after their object (or an article in
 * the passive); right after the verb the quotation is a name ("a service
 * dubbed \"Otoku\""), and with none the label is a thing's ("coffee falsely
 * labelled").  Is cue i one that characterises? */
static int labels_in_quotes(const doc *d, uint32_t i, const sentence *s)
{
    if (i + 1 < s->tok_end && (d->toks[i + 1].flags & T_QUOTE))
        return 0;
    for (uint32_t k = i + 2; k < s->tok_end && k < i + 14; k++) {
        if (d->toks[k].flags & T_QUOTE_OPEN)
            return 1;
        if (is_char(d, k, '.') || is_char(d, k, ';') || is_char(d, k, ':') || is_char(d, k, ',') ||
            tok_lex(d, k, LEX_SPEECH, NULL))
            return 0;
    }
    return 0;
}

/* "On the question of ..., Tory MP Michael Mates, who is a member of the
 * committee and was part of the Butler inquiry, told the BBC": a person
 * set off by a "who" clause too long for party_left_speaker's appositive,
 * with a comma right before the cue (past adverbs and auxiliaries) and no
 * quotation, semicolon or other speech cue between.  The mention, or -1. */
static int long_who_appositive(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t k = verb_group_start(d, i, s->tok_start);
    if (k < s->tok_start + 4 || !is_char(d, k - 1, ','))
        return -1;
    for (uint32_t w = k - 1; w > s->tok_start + 1 && w + 40 > k; w--) {
        const token *t = &d->toks[w - 1];
        if ((t->flags & (T_QUOTE | T_IN_QUOTE)) || is_char(d, w - 1, ';') ||
            tok_lex(d, w - 1, LEX_SPEECH, NULL))
            return -1;
        if (!tok_is(t, "who"))
            continue;
        if (w - 1 < s->tok_start + 2 || !is_char(d, w - 2, ','))
            return -1;
        int m = mention_ending_at(d, w - 2, 0);
        if (m < 0 || d->ments[m].kind != M_PERSON || !party_mention(d, m))
            return -1;
        return m;
    }
    return -1;
}

/* "One of the bidders who lost out, steel giant LNM, told", "another major
 * shareholder, Cincinnati, Ohio, financier Carl Lindner, has also said": the
 * name that closes an appositive set off by commas right before the cue,
 * after lower-case description words (a name right after the comma is
 * appositive_name's).  The mention, or -1. */
static int name_closing_appositive(const doc *d, uint32_t i, const sentence *s)
{
    /* (words of these classes make no description: "the", "of", "has") */
    const uint64_t NOT_A_NOUN =
        W_PREP | W_DET | W_CONJ | W_SUBORD | W_AUX | W_ADVERB | W_POSSESSIVE | W_BE;
    uint32_t k = verb_group_start(d, i, s->tok_start);
    if (k < s->tok_start + 4 || !is_char(d, k - 1, ','))
        return -1;
    uint32_t e = k - 1;
    /* (past a bracketed acronym: "Corp (ONGC),") */
    if (is_char(d, e - 1, ')') && e >= s->tok_start + 4 && is_char(d, e - 3, '('))
        e -= 3;
    int m = mention_ending_at(d, e, 0);
    if (m < 0 || !party_mention(d, m) ||
        !(d->ments[m].kind == M_ORG ||
          (d->ments[m].kind == M_PERSON && d->ments[m].tok_end - d->ments[m].tok_start >= 2)) ||
        (d->toks[d->ments[m].tok_start].flags & T_IN_QUOTE))
        return -1;
    uint32_t a = name_start(d, m, s->tok_start);
    uint32_t c = a;
    while (c > s->tok_start && a - c < 4 && (d->toks[c - 1].flags & T_WORD) &&
           !(d->toks[c - 1].flags & (T_CAP | T_IN_QUOTE | T_NUM)) &&
           !(d->toks[c - 1].word_bits & NOT_A_NOUN) && !(d->toks[c - 1].cats & (1u << LEX_SPEECH)))
        c--;
    /* (no description words: appositive_name's "firm, X, said") */
    if (c == a || c == s->tok_start || !is_char(d, c - 1, ','))
        return -1;
    return m;
}

/* "The men's solicitor Matthew Knight, said that", "shop owner Hayriye
 * Evren, told AP", "..., Kuwait oil minister Sheikh Ali al-Sabah, said.":
 * a stray comma between a named person (an "MP" may follow the name) and
 * the cue, with no comma opening an appositive.  The words before the name
 * are the subject's title words (no verb, clause word, pronoun or list),
 * back to the sentence's start, a quotation, or a comma when the cue ends
 * the sentence (the content came first: "a spokesman for the prosecutor,
 * Comptroller X, said no ..." is an appositive, not X's words).  The
 * person, or -1. */
static int stray_comma_subject(const doc *d, uint32_t i, uint32_t cue_end, const sentence *s,
                               uint32_t *from)
{
    const uint64_t NOT_A_TITLE =
        W_CONJ | W_SUBORD | W_AUX | W_BE | W_ADVERB | W_PRONOUN_ANY | W_POSSESSIVE;
    if (i < s->tok_start + 2 || !is_char(d, i - 1, ',') || tok_is(&d->toks[i], "asked"))
        return -1; /* ("X, asked about it, replied": a passive participle) */
    /* "The new Code, said the committee head, would": an inverted
     * parenthesis names the speaker after the cue */
    if (cue_end < s->tok_end && (d->toks[cue_end].word_bits & W_DET))
        for (uint32_t k = cue_end + 1; k < s->tok_end && k < cue_end + 7; k++) {
            if (is_char(d, k, ','))
                return -1;
            if (d->toks[k].flags & T_PUNCT)
                break;
        }
    uint32_t e = i - 1;
    if (e > s->tok_start + 1 && (d->toks[e - 1].word_bits & W_SEAT) &&
        (d->toks[e - 1].flags & T_CAP))
        e--; /* "Peter Ainsworth MP," */
    int m = mention_ending_at(d, e, s->tok_start);
    if (m < 0 || d->ments[m].kind != M_PERSON || !party_mention(d, m) ||
        (d->toks[d->ments[m].tok_start].flags & T_IN_QUOTE))
        return -1;
    uint32_t c = d->ments[m].tok_start;
    for (uint32_t n = 0; c > s->tok_start; c--, n++) {
        const token *t = &d->toks[c - 1];
        if (!(t->flags & T_WORD) || (t->flags & T_IN_QUOTE))
            break;
        if (n >= 8 || (t->word_bits & NOT_A_TITLE) || ing_form(t) ||
            tok_lex(d, c - 1, LEX_SPEECH, NULL) ||
            ((t->word_bits & (W_PREP | W_PLACE_PREP)) && !tok_is(t, "of")))
            return -1;
        /* (a lower-case participle: "The guidance published on Tuesday,") */
        if (!(t->flags & T_CAP) && t->lower_len > 3 && ed_ending(t))
            return -1;
    }
    *from = c; /* the title words open the speaker */
    if (c == s->tok_start || (d->toks[c - 1].flags & T_QUOTE_CLOSE))
        return m;
    int ends = cue_end >= s->tok_end || is_char(d, cue_end, '.');
    if (is_char(d, c - 1, ',') &&
        (ends || (c >= s->tok_start + 2 && (d->toks[c - 2].flags & T_QUOTE_CLOSE))))
        return m;
    return -1;
}

/* "sent a message of congratulations, which reads in particular:": a
 * message noun (message, telegram, letter) at most four words before ",
 * which" and "reads" or "says" at i.  Is i such a cue? */
static int message_which_reads(const doc *d, uint32_t i, const sentence *s)
{
    if (!(tok_is(&d->toks[i], "reads") || tok_is(&d->toks[i], "says")) || i < s->tok_start + 4 ||
        !tok_is(&d->toks[i - 1], "which") || !is_char(d, i - 2, ','))
        return 0;
    for (uint32_t k = i - 2; k-- > s->tok_start && k + 7 > i;)
        if (message_noun(&d->toks[k]))
            return 1;
    return 0;
}

/* "The message underlined the need to", "The telegram also said", "The
 * greetings say, in part:": a message noun (phrases.tsv message_noun) at i,
 * at most two adverbs or auxiliaries (no form of "be": "The message was
 * delivered by") and a speech verb of the verb class, or a message's own
 * (message_reads: "reads").  The cue's length in tokens from i, the noun's
 * noun_verb cue; 0 when the shape is not there. */
static unsigned message_speaks(const doc *d, uint32_t i, const sentence *s)
{
    if (!phrase_at(d, i, s->tok_end, PHRASE_MESSAGE_NOUN))
        return 0;
    uint32_t v = i + 1;
    while (v < s->tok_end && v < i + 3 && (d->toks[v].word_bits & (W_ADVERB | W_AUX)) &&
           !(d->toks[v].word_bits & W_BE) && (d->toks[v].flags & T_WORD))
        v++;
    /* (a participle is no verb of the message's: "sent a message wishing
     * him a happy birthday") */
    if (v >= s->tok_end || (d->toks[v].flags & (T_CAP | T_IN_QUOTE | T_QUOTE)) ||
        !(d->toks[v].flags & T_WORD) || ing_form(&d->toks[v]))
        return 0;
    if (phrase_at(d, v, s->tok_end, PHRASE_MESSAGE_READS))
        return v + 1 - i;
    unsigned nw = 0;
    const lex_entry *c = tok_lex(d, v, LEX_SPEECH, &nw);
    return c && c->value == SPEECH_VERB ? v + nw - i : 0;
}

/* After country mention m, before token i: "UK advertising giant WPP has":
 * one to three lower-case words of no closed class (a business noun may be
 * one), the last no past tense and no speech cue, then up to five
 * capitalised words before an auxiliary.  The mention of those words when it
 * is a party, -2 when they are none, -1 when the shape is not there. */
static int firm_after_country(const doc *d, int m, uint32_t i)
{
    uint32_t a = d->ments[m].tok_end, c = a;
    while (c < i && c < a + 3 && (d->toks[c].flags & T_WORD) &&
           !(d->toks[c].flags & (T_CAP | T_POSS | T_IN_QUOTE | T_NUM)) &&
           !(d->toks[c].word_bits & ~(uint64_t)(W_FIRM | W_ORG_HEAD | W_PUBLIC_BODY)) &&
           !tok_lex(d, c, LEX_SPEECH, NULL))
        c++;
    if (c == a || c >= i || !(d->toks[c].flags & T_CAP) || !(d->toks[c].flags & T_WORD))
        return -1;
    const token *last = &d->toks[c - 1];
    if (last->lower_len > 2 && ed_ending(last))
        return -1;
    uint32_t e = c;
    while (e < i && e < c + 5 && (d->toks[e].flags & T_CAP) && (d->toks[e].flags & T_WORD) &&
           !(d->toks[e].flags & T_POSS))
        e++;
    if (e >= i || !(d->toks[e].word_bits & W_AUX))
        return -1;
    int fm = mention_at(d, c);
    if (fm < 0 || d->ments[fm].tok_start != c || !party_mention(d, fm))
        return -2;
    return fm;
}

/* "Japan is faced with a crisis and recognizes that it must act, a senior
 * official said.": an attribution after a comma closes the sentence
 * (at most six words before its speech verb and the stop) after token i;
 * what stands before it, the cue at i included, is that speaker's content. */
static int inverted_attribution_after(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t e = s->tok_end;
    while (e > i + 1 && (d->toks[e - 1].flags & T_PUNCT) && !is_char(d, e - 1, ','))
        e--;
    if (e <= i + 2 || !(d->toks[e - 1].flags & T_WORD) || (d->toks[e - 1].flags & T_IN_QUOTE))
        return 0;
    const lex_entry *v = tok_lex(d, e - 1, LEX_SPEECH, NULL);
    if (!v || v->value != SPEECH_VERB || (d->toks[e - 1].flags & T_CAP))
        return 0;
    for (uint32_t c = e - 1; c-- > i + 1 && c + 8 > e;) {
        if (is_char(d, c, ','))
            return 1;
        if (!(d->toks[c].flags & T_WORD))
            return 0;
    }
    return 0;
}

/* Is mention m an office the item gives a holder, a person ("The
 * President" of an item that names him)? */
static int held_office(const doc *d, int m)
{
    const mention *x = &d->ments[m];
    return x->kind == M_DESC && x->role && x->entity >= 0 &&
           d->ents[x->entity].kind == NSV_KIND_PERSON;
}

/* The subject of a coordinated cue at i (coordinated_subject) looked for
 * in the four tokens from `from`, the clause's start: the sentence's body
 * (past a wire dateline "WASHINGTON, June 18 - ") or, when `fronted`, the
 * clause after a fronted phrase (a person only, below).  The mention, or
 * -1. */
static int coordinated_subject_from(const doc *d, uint32_t i, const sentence *s, uint32_t from,
                                    int fronted)
{
    for (uint32_t k = from; k < i && k < from + 4; k++) {
        /* "Calls on the IAEA to act and explains": a name after a cue is
         * its object, not the subject */
        if (tok_lex(d, k, LEX_SPEECH, NULL))
            return -1;
        int m = mention_at(d, k);
        /* "They discussed the U.S.-Japan alliance and affirmed", "They
         * have endangered U.S. personnel ... and threatened": a pronoun
         * no party stands for is the subject; a name after it is the
         * object */
        if (m >= 0 && d->ments[m].tok_start == k && d->ments[m].kind == M_PRONOUN &&
            !party_mention(d, m))
            return -1;
        if (m < 0 || d->ments[m].tok_start != k || !party_mention(d, m))
            continue;
        /* "many Labour backbenchers are said to be ... and have said", "The
         * OPEC member has ... but has asked": a body's members are other
         * people than its voice, an open group (GUIDE); a body's officials
         * speak for it ("White House officials ... and said"), a country's
         * stay unnamed ("Senior U.S. Officials have accused ... and have
         * threatened", as body_officials reads them before a plain cue) */
        uint32_t he = d->ments[m].tok_end;
        if (he < i &&
            (member_word(&d->toks[he]) || (staff_word(&d->toks[he]) && d->ments[m].kind != M_ORG)))
            return -1;
        /* "Russia's energy coercion has put pressure ... and threatened",
         * "Russia's Lavrov arrived and said": a possessive only modifies
         * the subject after it, which speaks only when it is a person named
         * right there */
        uint32_t pe = d->ments[m].tok_end;
        if (pe < i && (d->toks[pe].flags & T_POSS)) {
            int pm = mention_at(d, pe + 1);
            if (pm < 0 || d->ments[pm].tok_start != pe + 1 || d->ments[pm].kind != M_PERSON ||
                !party_mention(d, pm))
                return -1;
            m = pm;
        }
        /* "UK advertising giant WPP has posted ... and predicted", "US
         * behemoth General Electric has posted ...": a country before one to
         * three lower-case nouns (no closed class, no past tense: not
         * "Ukraine invited Poland") and a capitalised name before an
         * auxiliary only says where the firm is from; the firm speaks, or
         * no one when the name is no mention */
        if (d->ments[m].kind == M_COUNTRY) {
            int fm = firm_after_country(d, m, i);
            if (fm == -2)
                return -1;
            if (fm >= 0)
                m = fm;
            /* "U.K. Bankers ... lauded X but expressed", "U.S. sugar
             * growers said ... and said": the country only places an open
             * group of people (GUIDE: unnamed groups are skipped) */
            else if (modifier_country(d, m, i))
                return -1;
        }
        /* "Conservative Michael Fallon asked ... and said": a party or
         * country word before the person who speaks (a spokesman still
         * speaks for the body) */
        if (d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY) {
            int pm = mention_at(d, d->ments[m].tok_end);
            if (pm >= 0 && d->ments[pm].tok_start == d->ments[m].tok_end &&
                d->ments[pm].kind == M_PERSON && party_mention(d, pm) &&
                !body_voice_title(d, d->ments[pm].role))
                m = pm;
        }
        /* "Mr Putin and Mr Berlusconi discussed ... and expressed": a
         * conjoined subject, its last party (whom the joint reading below
         * walks back from); names, or an office the item gives its holder
         * before a name ("The President and King Abdullah II discussed ...
         * and affirmed") or before a second such office of another holder */
        int office = held_office(d, m);
        int m0 = m;
        for (uint32_t a = past_name_suffix(d, d->ments[m].tok_end, i);
             a + 1 < i && tok_is(&d->toks[a], "and") && (d->ments[m].kind != M_DESC || office);) {
            int nm = mention_at(d, a + 1);
            /* (after "the" too: "The Russian President and the Malaysian
             * Prime Minister reached ... and said", two offices the item
             * gives two holders) */
            if (office && a + 2 < i && tok_is(&d->toks[a + 1], "the")) {
                nm = mention_at(d, a + 2);
                if (nm >= 0 && d->ments[nm].tok_start > a + 2)
                    nm = -1;
            }
            if (nm < 0 || (d->ments[nm].tok_start != a + 1 && d->ments[nm].tok_start != a + 2) ||
                !party_mention(d, nm) || d->ments[nm].tok_end >= i)
                break;
            /* (or an office of another holder: "the Malaysian Prime
             * Minister" after "The Russian President and") */
            if (d->ments[nm].kind != (office ? M_PERSON : d->ments[m].kind) &&
                !(office && held_office(d, nm) && d->ments[nm].entity != d->ments[m].entity))
                break;
            office = 0;
            m = nm;
            a = past_name_suffix(d, d->ments[nm].tok_end, i);
        }
        /* ("The First Lady and Ambassador X attended a dinner, where she
         * met with and congratulated Y": a "he" or "she" of a clause
         * between is the one who speaks, not the pair) */
        for (uint32_t b = d->ments[m].tok_end; m != m0 && b < i; b++) {
            int pm = mention_at(d, b);
            if (pm >= 0 && d->ments[pm].tok_start == b && he_or_she(&d->ments[pm]))
                m = m0;
        }
        /* "Bankers ... but urged": a lone capitalised plural opening the
         * sentence is no evidence of a name */
        const mention *sm = &d->ments[m];
        if (sm->kind == M_PERSON && lone_opening_word(d, m, s) && third_person_s(&d->toks[k]))
            return -1;
        /* "X is in prison, having been charged and denied bail": the verb
         * shares a passive, X is acted on */
        for (uint32_t b = sm->tok_end; b + 1 < i; b++)
            if (tok_is(&d->toks[b], "having") && tok_is(&d->toks[b + 1], "been"))
                return -1;
        /* "X facilitated a discussion with mayors who shared ... and
         * described": a relative clause still open at the cue (no comma
         * or dash closes it, as in "X, who arrived, met Y and said") has
         * its own subject, the unnamed group */
        int open_rel = 0;
        for (uint32_t b = sm->tok_end; b < i; b++) {
            if (tok_is(&d->toks[b], "who"))
                open_rel = 1;
            else if (is_char(d, b, ',') || is_char(d, b, ')') || spaced_hyphen_or_dash(d, b))
                open_rel = 0;
        }
        if (open_rel)
            return -1;
        /* (after a fronted phrase, only a person the item names with a
         * first name, an honorific or an office ("In discussing Iraq, Mr
         * Putin and Mr Prodi exchanged opinions ... and admitted": an
         * honorific or a first name the item gave the person tells its
         * gender, mention_gender), or "he"/"she": a body or a group there
         * is as often the object of a treaty's or a speech's words) */
        if (fronted && !((sm->kind == M_PERSON &&
                          (sm->role || has_given_name(d, m) || mention_gender(d, m))) ||
                         (sm->kind == M_DESC && sm->role) || he_or_she(sm)))
            return -1;
        /* ("X will also meet A, B and invited guests": a planned verb's
         * list, not a second verb of X's) */
        for (uint32_t b = sm->tok_end; fronted && b < i && b < sm->tok_end + 4; b++)
            if (tok_is(&d->toks[b], "will") || tok_is(&d->toks[b], "shall") ||
                tok_is(&d->toks[b], "would"))
                return -1;
        return m;
    }
    return -1;
}

/* "He was advised to ... and said he had done nothing wrong": the subject
 * that opens the sentence (or the clause after a fronted phrase) of the
 * coordinated cue at i.  The mention, or -1. */
static int coordinated_subject(const doc *d, uint32_t i, const sentence *s)
{
    /* (past a wire dateline: "WASHINGTON, June 18 - Sen. Tom Harkin
     * defended his bill and said ...") */
    const uint32_t open = body_tok(d, s->tok_start, i);
    if (inverted_attribution_after(d, i, s))
        return -1;
    int m = coordinated_subject_from(d, i, s, open, 0);
    if (m >= 0)
        return m;
    /* "Asked about the yen, Finance Minister Kiichi Miyazawa declined to
     * give figures and said ...": the subject opens the clause after a
     * fronted phrase of three words or more ("During the ceremony, X paid
     * tribute ... and expressed") */
    for (uint32_t c = open + 1; c < i && c < open + 25; c++)
        if (is_char(d, c, ',')) {
            if (c + 1 > open + 3 && fronted_phrase(d, open, c))
                return coordinated_subject_from(d, i, s, c + 1, 1);
            break;
        }
    return -1;
}

/* "has been branded \"deeply irresponsible\" by the Liberal Democrats",
 * "been described as \"idle speculation\" by Downing Street", "were
 * labelled a \"big misjudgement\" by the Conservatives": after the passive
 * cue at i (ending at cue_end), a characterisation in quoted words (an
 * article may open it), then its agent.  The agent's mention, its "by" at
 * *by; else -1. */
static int characterisation_agent(const doc *d, uint32_t i, uint32_t cue_end, const sentence *s,
                                  uint32_t *by)
{
    if (!(tok_is(&d->toks[i], "branded") || tok_is(&d->toks[i], "described") ||
          tok_is(&d->toks[i], "called") || label_verb(d, i)))
        return -1;
    uint32_t k = cue_end;
    if (k < s->tok_end && tok_is(&d->toks[k], "as"))
        k++;
    if (k + 1 < s->tok_end && (d->toks[k].word_bits & W_DET) && (d->toks[k + 1].flags & T_QUOTE))
        k++;
    int quoted = 0;
    while (
        k < s->tok_end && k < cue_end + 16 &&
        ((d->toks[k].flags & (T_QUOTE | T_IN_QUOTE)) || (quoted && tok_is(&d->toks[k], "and")))) {
        quoted |= (d->toks[k].flags & T_IN_QUOTE) != 0;
        k++;
    }
    if (!quoted || k + 1 >= s->tok_end || !tok_is(&d->toks[k], "by"))
        return -1;
    *by = k;
    return party_right_the(d, k + 1, s->tok_end);
}

/* "me", "him", "her", "us", "you", "them": an object pronoun, which before
 * "to"/"at" (welcomes_guests asks only there: "her" is also a possessive)
 * is a guest received, never a thing praised */
static int guest_pronoun(const token *t)
{
    return tok_is(t, "me") || tok_is(t, "him") || tok_is(t, "her") || tok_is(t, "them") ||
           tok_is(t, "us") || tok_is(t, "you");
}

/* "welcomed participants to the discussion, providing updates on ...": a
 * participle clause after the guests says what the host told them, which
 * keeps the statement. */
static int says_more_after(const doc *d, uint32_t from, const sentence *s)
{
    for (uint32_t t = from; t + 1 < s->tok_end && t < from + 20; t++)
        if (is_char(d, t, ',') && (d->toks[t + 1].flags & T_WORD) && ing_form(&d->toks[t + 1]))
            return 1;
    return 0;
}

/* "welcomed representatives from countries across the Western Hemisphere",
 * "welcomed small business owners and local business leaders from
 * Illinois", "welcomed participants to the discussion": a few lower-case
 * words ending in a plural noun of people (not of states), then where they
 * come from or are received ("from", "to", "at", "for", "of").  The token
 * of that preposition (where the guests end), or 0 when none. */
static uint32_t guests_named_by_kind(const doc *d, uint32_t k, const sentence *s)
{
    const uint64_t people = W_UNNAMED | W_GROUP | W_PEOPLE | W_SIDE_GROUP | W_ROSTER;
    for (uint32_t n = k; n + 1 < s->tok_end && n < k + 8; n++) {
        const token *t = &d->toks[n];
        if (!(t->flags & (T_WORD | T_NUM)) || ((t->flags & T_CAP) && n > k) ||
            (t->flags & (T_POSS | T_QUOTE | T_IN_QUOTE)) || apostrophe(d, n))
            return 0;
        if ((t->word_bits & people) && !(t->word_bits & W_STATES)) {
            const token *x = &d->toks[n + 1];
            if (apostrophe(d, n + 1) || (x->flags & T_POSS))
                return 0;
            if (tok_is(x, "from") || tok_is(x, "to") || tok_is(x, "at") || tok_is(x, "for") ||
                tok_is(x, "of"))
                return n + 1;
            /* "owners and local business leaders from": the last noun decides */
            if (!tok_is(x, "and"))
                return 0;
            n++;
            continue;
        }
        /* a people noun heads the object (or its last conjunct: "small
         * business owners and local business leaders"), not one after "of"
         * ("welcomed the efforts of leaders from ...") */
        if (t->word_bits & (W_PREP | W_SUBORD | W_POSSESSIVE))
            return 0;
    }
    return 0;
}

/* "welcomed Prime Minister X to the Ukrainian capital", "welcomed more than
 * 2,000 refugees to the United States", "welcomed 20 university leaders for
 * a round table": the verb at i receives guests (a person or a number of
 * them, then "to"/"at" a place or "for" a meeting; a named guest also "on"
 * a place, or "to"/"at" in lower case close by), no speech.  So do an
 * object pronoun before "to"/"at" ("welcomed me to the Caucus") and guests
 * named by kind (guests_named_by_kind) unless a participle clause tells
 * them something (says_more_after).  Not "welcomed X's decision", nor
 * praise of a country ("welcomed Sweden to NATO" keeps its reading). */
static int welcomes_guests(const doc *d, uint32_t i, uint32_t cue_end, const sentence *s)
{
    unsigned nw = 0;
    const lex_entry *w = tok_lex(d, i, LEX_MEETING, &nw);
    if (!w || w->value != MEET_WELCOME || nw != 1 || cue_end >= s->tok_end)
        return 0;
    uint32_t obj_end = 0, k = cue_end;
    int person = 0; /* a named guest or an object pronoun */
    int m = mention_at(d, k);
    if (m >= 0 && d->ments[m].tok_start == k && d->ments[m].entity >= 0 &&
        (d->ments[m].kind == M_PERSON || d->ments[m].kind == M_DESC) &&
        d->ents[d->ments[m].entity].kind == NSV_KIND_PERSON) {
        obj_end = d->ments[m].tok_end;
        person = 1;
    } else if (k + 1 < s->tok_end && guest_pronoun(&d->toks[k]) &&
               (tok_is(&d->toks[k + 1], "to") || tok_is(&d->toks[k + 1], "at")))
        /* "welcomed me to the Congressional Black Caucus" */
        return 1;
    else if ((obj_end = guests_named_by_kind(d, k, s)) != 0)
        return !says_more_after(d, obj_end, s);
    else
        /* "20 leaders", "more than 90 state legislators": a count (after
         * lower-case words only: not "the August 1 arrival"), then who */
        for (uint32_t n = k; n < s->tok_end && n < k + 3 && !obj_end; n++) {
            if (d->toks[n].flags & T_NUM)
                obj_end = n + 1;
            else if (!(d->toks[n].flags & T_WORD) || (d->toks[n].flags & T_CAP) ||
                     (d->toks[n].word_bits & W_DET))
                break;
        }
    /* (not "welcomed X's decision", "President Marcos' announcement") */
    if (!obj_end || obj_end >= s->tok_end || (d->toks[obj_end].flags & T_POSS) ||
        apostrophe(d, obj_end))
        return 0;
    for (uint32_t t = obj_end; t + 1 < s->tok_end && t < obj_end + 16; t++) {
        if (is_char(d, t, ';') || (d->toks[t].flags & T_QUOTE) ||
            (d->toks[t].cats & (1u << LEX_SPEECH)))
            return 0;
        uint32_t u = t + 1;
        if (u + 1 < s->tok_end && (d->toks[u].word_bits & W_DET))
            u++;
        if ((tok_is(&d->toks[t], "to") || tok_is(&d->toks[t], "at") ||
             (person && tok_is(&d->toks[t], "on"))) &&
            (d->toks[u].flags & T_CAP))
            return 1;
        /* "welcomed George W. Bush and his spouse at the entrance", "for
         * warmly welcoming X and the delegation to her inauguration": a
         * named guest received close by, whatever the place's case */
        if (person && t <= obj_end + 4 &&
            (tok_is(&d->toks[t], "to") || tok_is(&d->toks[t], "at")) &&
            (d->toks[u].flags & T_WORD) && !(d->toks[t + 1].word_bits & W_LIGHT_VERB))
            return 1;
        if (person && is_char(d, t, ','))
            person = 0;
        if (tok_is(&d->toks[t], "for") &&
            (tok_lex(d, u, LEX_MEETING, NULL) ||
             (u + 1 < s->tok_end && tok_lex(d, u + 1, LEX_MEETING, NULL)) ||
             (u + 2 < s->tok_end && tok_lex(d, u + 2, LEX_MEETING, NULL))))
            return 1;
    }
    return 0;
}

/* "X sent greetings to Y ... The message reads, in part:": the greeting
 * and its message are one statement, which the message's cue records.  Is
 * the cue at token i, nw tokens, a greeting sent ("sent his greetings",
 * "sent a message of greetings") with, after it in its sentence or the
 * next two, a message cue, another speech cue ("and congratulated X"), or
 * the message named ("said in his message:", "in a video address")? */
static int greeting_with_message(const doc *d, const sentence *s, uint32_t i, unsigned nw)
{
    /* ("extended his greetings", "extended warm wishes", "offered his
     * condolences": as "sent") */
    const token *last = &d->toks[i + nw - 1];
    if (nw < 2 ||
        !(tok_is(&d->toks[i], "sent") || tok_is(&d->toks[i], "extended") ||
          tok_is(&d->toks[i], "extends") || tok_is(&d->toks[i], "offered")) ||
        !(tok_is(last, "greetings") || tok_is(last, "greeting") || tok_is(last, "wishes") ||
          tok_is(last, "condolences") || tok_is(last, "congratulations") ||
          tok_is(last, "sympathy")))
        return 0;
    size_t si = (size_t)(s - d->sents);
    uint32_t end = d->sents[si + 2 < d->nsents ? si + 2 : d->nsents - 1].tok_end;
    for (uint32_t t = i + nw; t < end; t++) {
        const token *k = &d->toks[t];
        if (k->flags & (T_IN_QUOTE | T_QUOTE))
            continue;
        const lex_entry *c = tok_lex(d, t, LEX_SPEECH, NULL);
        /* (", emphasising the ...": the greeting's own clause) */
        if (c && participle_after_comma(d, t, i + nw))
            continue;
        if (c && (t < s->tok_end || c->value == SPEECH_NOUN_VERB))
            return 1;
        if (tok_is(k, "message") || tok_is(k, "messages") || tok_is(k, "telegram") ||
            tok_is(k, "address") || tok_is(k, "letter"))
            return 1;
    }
    return 0;
}

/* "according to oil industry analysts Douglas-Westwood", "according to
 * tourism minister X", "according to our General Staff": after "according
 * to", a few lower-case words describing the source (or "our"), then the
 * named source, which ends the clause ("of", "and" may follow).  The
 * source's mention, or -1. */
static int according_to_described(const doc *d, uint32_t k, const sentence *s)
{
    uint32_t from = k;
    if (k < s->tok_end && tok_is(&d->toks[k], "our"))
        k++;
    for (; k < s->tok_end && k < from + 4; k++) {
        const token *t = &d->toks[k];
        if (!(t->flags & T_WORD) || (t->flags & (T_CAP | T_IN_QUOTE)) ||
            (t->word_bits & (W_PREP | W_DET | W_CONJ | W_SUBORD | W_AUX | W_POSSESSIVE)) ||
            tok_lex(d, k, LEX_SPEECH, NULL))
            break;
    }
    if (k == from || k >= s->tok_end)
        return -1;
    /* (the mention may open with the title words: "tourism minister X") */
    int m = mention_at(d, k);
    if (m < 0 || d->ments[m].tok_start < from || d->ments[m].tok_start > k ||
        !party_mention(d, m) || d->ments[m].kind == M_PRONOUN)
        return -1;
    uint32_t a = d->ments[m].tok_end;
    if (a < s->tok_end && !(d->toks[a].flags & T_PUNCT) && !(d->toks[a].word_bits & W_CONJ) &&
        !tok_is(&d->toks[a], "of"))
        return -1;
    return m;
}

/* Does a person or a personal pronoun end right before token be (the
 * "was" of "Mr Putin was welcomed by")? A guest, not what was welcomed. */
static int welcomed_guest_before(const doc *d, uint32_t be)
{
    int m = mention_at(d, be - 1);
    if (m < 0 || d->ments[m].tok_end != be)
        return 0;
    const mention *g = &d->ments[m];
    if (g->kind == M_PRONOUN)
        return !tok_is(&d->toks[g->tok_start], "it");
    return g->entity >= 0 && d->ents[g->entity].kind == NSV_KIND_PERSON;
}

/* Is the cue at i in the passive, after a form of "be" (is, was, were,
 * are, be, been, being) and at most one adverb ("was announced by", "X was
 * also asked")?  The token after the "be" (the adverb or i), or 0. */
static uint32_t after_be(const doc *d, uint32_t i, const sentence *s)
{
    uint32_t a = i;
    if (a > s->tok_start + 1 &&
        ((d->toks[a - 1].word_bits & W_ADVERB) || ly_adverb(&d->toks[a - 1])))
        a--;
    return a > s->tok_start && (d->toks[a - 1].word_bits & W_BE) ? a : 0;
}

/* The subject ending at token t, mention gm, of a cue: "They expressed
 * concern", "the leaders reaffirmed" (a plural pronoun, not "them" nor
 * "their", or a group of no office), outside quotations.  0 when it is no
 * such subject; -1 when it is a "they" after an open group that spoke
 * ("..., U.S. officials said. ..., they added": the group again, no one to
 * name); else 1, with *mt the meeting last reported before it, whose
 * parties speak, or NULL. */
static int plural_subject(doc *d, const ev_list *out, const sentence *s, int gm, uint32_t t,
                          const ev_draft **mt)
{
    const mention *g = &d->ments[gm];
    const token *u = &d->toks[t];
    *mt = NULL;
    if (!((g->kind == M_PRONOUN && (g->pronoun_bits & W_PRONOUN_PL) && !tok_is(u, "them") &&
           !tok_is(u, "their")) ||
          (g->kind == M_GROUP_DESC && !g->role)) ||
        (u->flags & T_IN_QUOTE))
        return 0;
    if (tok_is(u, "they") && unnamed_group_before(d, out, s, t, 2))
        return -1;
    *mt = last_meeting(d, out, (uint32_t)(s - d->sents), u->start);
    return 1;
}

/* A joint statement at cue i (ending at cue_end) by the parties of draft
 * src, a meeting or an earlier joint statement the coordinated cue goes on
 * from, with the rest of sentence s as its content.  The new draft, or
 * NULL when memory ran out. */
static ev_draft *joint_again(doc *d, ev_list *out, const ev_draft *src, uint32_t i,
                             uint32_t cue_end, const sentence *s)
{
    /* (copied first: ev_new may move the list src lies in) */
    int ents[MAX_PARTIES], n = src->nents;
    for (int p = 0; p < n; p++)
        ents[p] = src->ents[p];
    ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, "statement.joint");
    if (!e)
        return NULL;
    set_joint_speaker(d, e, ents, n);
    e->ev.modality = clause_modality(d, i, s->tok_start);
    if (cue_end < s->tok_end)
        set_content(d, e, d->toks[cue_end].start, s->end, 0);
    return e;
}

/* "the concern expressed by Mario Draghi about ...", "In response to
 * interest expressed by the Prime Minister of Japan": a speech noun and the
 * participle of its speech verb (speech_cues.tsv class agent, the phrase
 * ending in "by"); the party right after it, or the person after an office
 * ("by the Prime Minister of Japan X"), expressed it.  No named agent ("the
 * views expressed by Russian citizens", "expressed by him") gives nothing. */
static nsv_code agent_statement(doc *d, ev_list *out, const sentence *s, uint32_t i,
                                uint32_t cue_end, nsv_error *err)
{
    if (cue_end >= s->tok_end)
        return NSV_OK;
    int speaker = party_right_the(d, cue_end, s->tok_end);
    if (speaker < 0)
        speaker = person_after_office(d, cue_end, s->tok_end);
    /* (not a group: "the views expressed by both backbenchers and peers") */
    if (speaker < 0 || d->ments[speaker].kind == M_PRONOUN ||
        d->ments[speaker].kind == M_GROUP_DESC || tok_is(&d->toks[cue_end], "both") ||
        possessive_pronoun(d, speaker))
        return NSV_OK;
    ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, "statement.passive_by");
    if (!e)
        return out_of_memory(d->limits, err);
    set_speaker(d, e, speaker);
    /* (the object of a preposition, "In response to interest expressed
     * by X": no "to" of an infinitive; the phrase's own words rule) */
    uint32_t a = i > s->tok_start && tok_is(&d->toks[i - 1], "the") ? i - 1 : i;
    int in_pp = a > s->tok_start && (d->toks[a - 1].word_bits & W_PREP);
    e->ev.modality = clause_modality(d, i, in_pp ? a : s->tok_start);
    /* the content: the noun and what it is about, to the clause's comma */
    uint32_t k = d->ments[speaker].tok_end;
    while (k < s->tok_end && !is_char(d, k, ',') && !is_char(d, k, ';'))
        k++;
    set_content(d, e, d->toks[i].start, k < s->tok_end ? d->toks[k].start : s->end, 0);
    return NSV_OK;
}

/* One speech cue at token i with its phrase length nw. */
static nsv_code statement_at(doc *d, ev_list *out, const sentence *s, uint32_t i, unsigned nw,
                             int cls, nsv_error *err)
{
    uint32_t cue_end = i + nw;
    if (greeting_with_message(d, s, i, nw))
        return NSV_OK;
    /* "Haitham bin Tariq Al Said, the Sultan", "Oil Minister Mana Said
     * al-Oteiba": a capitalised "Said" of the body (not the headline's title
     * case) between a capitalised word or a particle and punctuation, a
     * capitalised word or a particle is a name's word, no speech verb (not
     * "The U.S. Said it intended") */
    if (nw == 1 && i > s->tok_start && cue_end < s->tok_end && tok_is(&d->toks[i], "said") &&
        (d->toks[i].flags & T_CAP) && !(d->toks[i].flags & T_ALLCAPS) &&
        d->toks[i].start >= d->title_len && (d->toks[i - 1].flags & T_WORD) &&
        ((d->toks[i - 1].flags & T_CAP) || (d->toks[i - 1].word_bits & W_PARTICLE)) &&
        ((d->toks[cue_end].flags & (T_PUNCT | T_CAP)) || (d->toks[cue_end].word_bits & W_PARTICLE)))
        return NSV_OK;
    if (cls == SPEECH_OPINION)
        return opinion_of(d, out, s, i, cue_end, err);
    if (cls == SPEECH_AGENT)
        return agent_statement(d, out, s, i, cue_end, err);
    if (cls == SPEECH_STANCE) {
        /* "convinced of its impunity", "convinced by the plan": a state of
         * mind, no content; "said he was convinced that": the content of
         * the earlier cue, one event */
        if (cue_end < s->tok_end &&
            (tok_is(&d->toks[cue_end], "of") || tok_is(&d->toks[cue_end], "by")))
            return NSV_OK;
        for (uint32_t k = s->tok_start; k < i; k++)
            if (!(d->toks[k].flags & (T_IN_QUOTE | T_QUOTE)) && tok_lex(d, k, LEX_SPEECH, NULL))
                return NSV_OK;
        /* "X is convinced that ...": a belief, as "believes" (GUIDE: no
         * cue); only the words before it ('"...," the President is
         * convinced') or a quotation after a colon are the speaker's own */
        if (cue_end < s->tok_end && !is_char(d, cue_end, '.') && !is_char(d, cue_end, '!') &&
            !(is_char(d, cue_end, ':') && cue_end + 1 < s->tok_end &&
              (d->toks[cue_end + 1].flags & T_QUOTE_OPEN)) &&
            !(d->toks[cue_end].flags & T_QUOTE_OPEN))
            return NSV_OK;
        cls = SPEECH_VERB;
    }
    int speaker = -1, inverted = 0, continued = 0, appos = 0;
    uint32_t inv_paper = 0;            /* the document noun of an inverted cue, or 0 */
    uint32_t quoted_from = UINT32_MAX; /* "the paper quoted X as saying" */
    uint32_t desc_from = UINT32_MAX;   /* "..., the state oil company, X, said": "the" */
    int lone = -1;                     /* a bare spokesperson's body (lone_spokesperson) */
    uint32_t cont_from = UINT32_MAX;   /* "the official" continuing a body (staff_continues) */
    uint32_t staff_from = UINT32_MAX;  /* "a Bear Stearns officer said": its first token */
    uint32_t paper_end = 0;            /* "according to the report": the noun's end */
    uint32_t paper_from = UINT32_MAX;  /* '"...," the message said': its determiner */
    if (cls == SPEECH_ACCORDING) {
        speaker = party_right(d, cue_end, s->tok_end);
        /* "according to the Nationwide": a body named after the article */
        if (speaker < 0 && cue_end + 1 < s->tok_end && tok_is(&d->toks[cue_end], "the")) {
            speaker = party_right(d, cue_end + 1, s->tok_end);
            if (speaker >= 0 && d->ments[speaker].kind != M_ORG)
                speaker = -1;
        }
        /* "according to AMR chairman Robert Crandall", "according to
         * PHLCORP's secretary and general counsel Bob Beber": a body, then
         * a few lower-case title words and the named person, who ends the
         * clause, is the source, not the body */
        if (speaker >= 0 && d->ments[speaker].kind == M_ORG) {
            uint32_t k = d->ments[speaker].tok_end, from;
            if (k < s->tok_end && (d->toks[k].flags & T_POSS))
                k++;
            from = k;
            while (k < s->tok_end && k < from + 5 && (d->toks[k].flags & T_WORD) &&
                   !(d->toks[k].flags & (T_CAP | T_IN_QUOTE)) &&
                   !(d->toks[k].word_bits & (W_PREP | W_DET | W_SUBORD | W_AUX)) &&
                   !tok_lex(d, k, LEX_SPEECH, NULL))
                k++;
            /* (the mention may open with the title words; title words
             * that run to the sentence's end name no one: the mention at
             * its end token is the next sentence's) */
            int p = k > from && k < s->tok_end ? mention_at(d, k) : -1;
            if (p >= 0 && d->ments[p].tok_start >= from && d->ments[p].tok_start <= k &&
                d->ments[p].kind == M_PERSON && party_mention(d, p) &&
                (d->ments[p].tok_end >= s->tok_end ||
                 (d->toks[d->ments[p].tok_end].flags & T_PUNCT)))
                speaker = p;
        }
        /* "According to the companies, ...": the businesses that spoke
         * together, as for "the companies said" */
        int both[2];
        if (speaker < 0 && according_companies(d, out, cue_end, s, both)) {
            ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, "statement.according_to");
            if (!e)
                goto nomem;
            e->ev.evidence_start = d->toks[i].start;
            e->ev.evidence_end = s->end;
            set_joint_speaker(d, e, both, 2);
            e->ev.modality = clause_modality(d, i, s->tok_start);
            uint32_t c = cue_end;
            while (c < s->tok_end && !is_char(d, c, ','))
                c++;
            if (c + 1 < s->tok_end)
                set_content(d, e, d->toks[c + 1].start, s->end, 0);
            else if (i > s->tok_start) /* "..., according to the companies." */
                set_content(d, e, s->start, d->toks[i - 1].start, 0);
            return NSV_OK;
        }
        /* "according to a Pentagon spokesman", "according to a CFTC
         * spokeswoman": the body its spokesperson speaks for, as in "a
         * Pentagon spokesman said" */
        if (speaker < 0 && cue_end + 1 < s->tok_end && indefinite_article(&d->toks[cue_end])) {
            int m = mention_at(d, cue_end + 1);
            if (m >= 0 && d->ments[m].tok_start == cue_end + 1 && d->ments[m].entity >= 0) {
                /* (the body, then a spokesperson's title: "a CFTC
                 * spokeswoman") */
                uint32_t k = d->ments[m].tok_end;
                const lex_entry *ti = k < s->tok_end ? tok_lex(d, k, LEX_TITLE, NULL) : NULL;
                if (d->ments[m].body_voice || (ti && body_voice_title(d, ti->canon) &&
                                               party_mention(d, m) && d->ments[m].kind != M_PERSON))
                    speaker = m;
            }
        }
        if (speaker < 0)
            speaker = outlet_after_noun(d, cue_end, s->tok_end);
        if (speaker < 0)
            speaker = author_after_work(d, cue_end, s->tok_end);
        if (speaker < 0)
            speaker = according_to_described(d, cue_end, s);
        if (speaker < 0) {
            /* "According to the Minister,": an office resolved below */
            int m = mention_at(d, cue_end);
            if (m >= 0 && d->ments[m].tok_start == cue_end && d->ments[m].kind == M_DESC &&
                d->ments[m].entity < 0 && d->ments[m].role)
                speaker = m;
        }
        /* "According to the Executive Order, ...": what a document says
         * is no statement ("Executive" read as a title names no one) */
        for (uint32_t t = speaker >= 0 ? d->ments[speaker].tok_start : 0;
             speaker >= 0 && d->ments[speaker].kind == M_DESC && t <= d->ments[speaker].tok_end &&
             t < s->tok_end;
             t++)
            if (tok_lex(d, t, LEX_DOCUMENT, NULL))
                speaker = -1;
        /* "according to a report by the CBI", "According to the statement,"
         * after "X issued a statement": the document's issuer */
        for (uint32_t t = cue_end; speaker < 0 && t < s->tok_end && t < cue_end + 5; t++) {
            if (d->toks[t].flags & T_PUNCT)
                break;
            if (paper_value(d, t) == 0) {
                speaker = paper_speaker(d, out, t, cue_end, s);
                paper_end = t + 1;
                break;
            }
        }
        if (speaker < 0)
            return NSV_OK;
    } else {
        if (welcomes_guests(d, i, cue_end, s))
            return NSV_OK;
        /* "said to be", "said to have": not speech ("threatened to" is;
         * "continued to work", "vowed to sue" are the cue's shape not_to) */
        if (cue_end + 1 < s->tok_end && tok_is(&d->toks[cue_end], "to") &&
            (tok_is(&d->toks[cue_end + 1], "be") || tok_is(&d->toks[cue_end + 1], "have")))
            return NSV_OK;
        /* "Arab states", "EU member states": "states" is the noun unless
         * what it states follows ("states that", "states:", a quotation),
         * or came before a body that ends the sentence with it ("Prices
         * will rise, the Finance Ministry states."), or a manner adverb
         * marks the verb ("openly states") */
        if (nw == 1 && tok_is(&d->toks[i], "states") &&
            !(cue_end < s->tok_end &&
              (tok_is(&d->toks[cue_end], "that") || is_char(d, cue_end, ':') ||
               (d->toks[cue_end].flags & T_QUOTE_OPEN))) &&
            !(i > s->tok_start &&
              ((d->toks[i - 1].word_bits & W_ADVERB) || ly_adverb(&d->toks[i - 1]))) &&
            !content_before_body(d, i, cue_end, s))
            return NSV_OK;
        /* "Putin concluded his visit", "negotiations concluded in a
         * memorandum", "talks concluded with the World Bank": "concluded" is
         * speech only before "that", a colon or quotation, or after what was
         * said ('"...," he concluded.', "Losses are real, observed Mr X");
         * "observed the exercises" is sight; the cue's shapes: speech_cues.tsv */
        unsigned cw = 0;
        const lex_entry *cue = tok_lex(d, i, LEX_SPEECH, &cw);
        /* (a phrase split by modifiers, split_cue_phrase's "dismissed the
         * latest claims", is no shape of its first word's own cue) */
        uint64_t shape = cue && cw >= nw ? cue->bits : 0;
        if (nw == 1 && (shape & SPEECH_NEEDS_CONTENT) && cue_end < s->tok_end &&
            (d->toks[cue_end].flags & T_WORD) && !(d->toks[cue_end].flags & T_QUOTE) &&
            !tok_is(&d->toks[cue_end], "that") && !after_the_words(d, i, s))
            return NSV_OK;
        /* "wished to visit", "wishing to leave": the speaker's own wish */
        if ((shape & SPEECH_NOT_TO) && cue_end < s->tok_end && tok_is(&d->toks[cue_end], "to"))
            return NSV_OK;
        /* "updated President Zelenskyy on his plan": a person told of
         * something; "updated the guidance", "updated Mr Ivo's team" are
         * no briefing (the cue's shape "briefing") */
        if (shape & SPEECH_BRIEFING) {
            int m = mention_at(d, cue_end);
            if (m < 0 || d->ments[m].tok_start != cue_end || d->ments[m].tok_end >= s->tok_end ||
                !(d->ments[m].kind == M_PERSON || d->ments[m].kind == M_PRONOUN ||
                  (d->ments[m].kind == M_DESC && d->ments[m].role)) ||
                !(tok_is(&d->toks[d->ments[m].tok_end], "on") ||
                  tok_is(&d->toks[d->ments[m].tok_end], "about")))
                return NSV_OK;
        }
        /* "has now written to the watchdog", "had also written to": speech
         * only in the perfect, its auxiliary before the cue past adverbs
         * ("a letter written to", "has been written to" are no speech) */
        if (shape & SPEECH_PERFECT) {
            uint32_t b = i;
            while (b > s->tok_start && (d->toks[b - 1].word_bits & W_ADVERB))
                b--;
            if (b == s->tok_start || !perfect_aux(&d->toks[b - 1]))
                return NSV_OK;
        }
        if ((shape & SPEECH_PLURAL_NOUN) && nw == 1 && plural_noun_reading(d, i, s))
            return NSV_OK;
        /* "Daiwa added 5.3%", "Orange added more than five million new
         * customers": a quantity, no words said (a few lower-case words may
         * come first; a clause word, "added that 30 ...", ends the look) */
        if (shape & SPEECH_QUANTITY) {
            for (uint32_t k = cue_end; k < s->tok_end && k < cue_end + 4; k++) {
                const token *w = &d->toks[k];
                if ((w->flags & T_NUM) || (w->word_bits & W_NUMERAL) || is_currency(d, k))
                    return NSV_OK;
                if (!(w->flags & T_WORD) || (w->flags & (T_CAP | T_QUOTE | T_IN_QUOTE)) ||
                    (w->word_bits & (W_SUBORD | W_PRONOUN_ANY)))
                    break;
            }
        }
        /* "who asked not to be identified": a source's wish, no speech */
        if (cue_end + 2 < s->tok_end && tok_is(&d->toks[cue_end], "not") &&
            tok_is(&d->toks[cue_end + 1], "to") && tok_is(&d->toks[cue_end + 2], "be"))
            return NSV_OK;
        /* "the claims", "a remark": after an article a cue word is a noun
         * (after a possessive, "his remarks", see the speaker check below) */
        if (i > s->tok_start && cls != SPEECH_NOUN_VERB &&
            (tok_is(&d->toks[i - 1], "the") || indefinite_article(&d->toks[i - 1])))
            return NSV_OK;
        /* "the Ethics Council recommended by the judges", "the figure
         * estimated by the ministry": a participle after a noun, not the
         * noun's speech (the passive "was announced by X" is read below: X
         * speaks) */
        if (cue_end < s->tok_end && tok_is(&d->toks[cue_end], "by") &&
            (shape & SPEECH_PARTICIPLE) && !after_be(d, i, s))
            return NSV_OK;
        /* "deny the Yonhap forecast, saying": a noun before punctuation;
         * "Brunswick's estimated 500 workers", "gas estimated at $3bn", the
         * "Analysis and Forecast System": an adjective, a participle, a
         * word of a name */
        if ((shape & SPEECH_MODIFIER) &&
            (cue_end >= s->tok_end || (d->toks[cue_end].flags & T_PUNCT) ||
             tok_is(&d->toks[cue_end], "at") || (d->toks[i].flags & T_CAP) ||
             (i > s->tok_start && (d->toks[i - 1].flags & T_POSS))))
            return NSV_OK;
        /* a bare "called" names or phones unless it characterises */
        if (nw == 1 && tok_is(&d->toks[i], "called") && !called_characterises(d, i, s))
            return NSV_OK;
        if (nw == 1 && (shape & SPEECH_LABEL) && !labels_in_quotes(d, i, s))
            return NSV_OK;
        /* "asked them about their living conditions": a question on a
         * topic, no request (GUIDE: asked someone to do something); "asked
         * them to", "asked for information about", "asked about 30 firms
         * to", "asked: \"...\"" stay (and "asked many questions about",
         * which other cues may continue) */
        if (nw == 1 && (tok_is(&d->toks[i], "asked") || tok_is(&d->toks[i], "asks"))) {
            for (uint32_t k = cue_end; k < s->tok_end && k < cue_end + 8; k++) {
                const token *w = &d->toks[k];
                if ((w->flags & (T_PUNCT | T_QUOTE)) || tok_is(w, "to") || tok_is(w, "that") ||
                    tok_is(w, "for") || tok_is(w, "question") || tok_is(w, "questions") ||
                    tok_lex(d, k, LEX_SPEECH, NULL))
                    break;
                if (tok_is(w, "about") &&
                    !(k + 1 < s->tok_end && ((d->toks[k + 1].flags & T_NUM) ||
                                             (d->toks[k + 1].word_bits & W_NUMBER_WORD))))
                    return NSV_OK;
                /* "asked people if they would be happy to": a question */
                if (tok_is(w, "if") || tok_is(w, "whether"))
                    return NSV_OK;
            }
        }
        /* "described X as Y" takes a position; "described the process"
         * only reports a topic; "described how the Corps has prepositioned
         * experts" reports what was said, as "explained how" */
        int describes = tok_is(&d->toks[i], "described") || tok_is(&d->toks[i], "describes");
        int described_how = describes && cue_end < s->tok_end && tok_is(&d->toks[cue_end], "how");
        if (!described_how &&
            (describes || tok_is(&d->toks[i], "referred") || tok_is(&d->toks[i], "refers"))) {
            uint32_t k = cue_end;
            while (k < s->tok_end && k < cue_end + 24 && !tok_is(&d->toks[k], "as"))
                k++;
            if (k >= s->tok_end || k >= cue_end + 24)
                return NSV_OK;
        }
        /* "dismissed the figures" reports no words (idle_dismissal) */
        if (nw == 1 && idle_dismissal(d, i, s))
            return NSV_OK;
        /* "spoke on Monday", "spoke on 3 May": a time, not a topic */
        if (cls == SPEECH_VERB_ABOUT && cue_end < s->tok_end &&
            ((d->toks[cue_end].word_bits & (W_WEEKDAY | W_MONTH | W_RELDAY)) ||
             (d->toks[cue_end].flags & T_NUM)))
            return NSV_OK;
        /* "lasted longer than planned and continued": a coordinated
         * "continued" goes on with an action, not with speech */
        if (coordinated_cue(d, i, s->tok_start) &&
            (tok_is(&d->toks[i], "continued") || tok_is(&d->toks[i], "continues")) &&
            !is_char(d, cue_end, ':') && !is_char(d, cue_end, ','))
            return NSV_OK;
        /* "allowed that" concedes a point; "will not allow that to happen"
         * and "allowed that." are no speech ("conceded that, in hindsight,"
         * and "conceded that \"..." are) */
        if (tok_is(&d->toks[cue_end - 1], "that") && nw > 1 &&
            (cue_end >= s->tok_end || tok_is(&d->toks[cue_end], "to") || is_char(d, cue_end, '.') ||
             is_char(d, cue_end, ';') || is_char(d, cue_end, '!') || is_char(d, cue_end, '?')))
            return NSV_OK;
        if (tok_lex(d, i, LEX_SIGNING, NULL) && cue_end < s->tok_end &&
            ((d->toks[cue_end].word_bits & (W_DET | W_NUMBER_WORD)) ||
             (d->toks[cue_end].flags & T_NUM)))
            return NSV_OK;
        /* a present participle is a cue only in the progressive ("the Lib
         * Dems are asking the watchdog to"); "..., saying that" belongs to
         * the event of its main verb.  A noun_verb cue opens with its noun,
         * no participle however it ends: "The greeting reads, in
         * particular:" */
        const token *cv = &d->toks[i];
        int ing = cls != SPEECH_NOUN_VERB && ing_form(cv);
        /* "X was quoted (by Interfax) as saying": X speaks */
        int quoted_subj = ing ? quoted_as_saying(d, i, s, &quoted_from) : -1;
        if (ing && quoted_subj < 0) {
            uint32_t b = before_adverbs(d, i, s->tok_start);
            int progressive =
                b > s->tok_start && (be_tense(d, b - 1) || tok_is(&d->toks[b - 1], "been"));
            /* ", with X stressing": an absolute clause of its own subject,
             * whatever the verb before it */
            int subj = with_subject(d, i, s);
            /* ", with analysts saying": an absolute clause whose own
             * subject is an open group, no one's words (not the clause
             * before: "Phytopharm shares jumped, with analysts saying") */
            if (subj < 0 && !progressive && b >= s->tok_start + 2 &&
                (d->toks[b - 1].word_bits & (W_UNNAMED | W_PEOPLE)) &&
                tok_is(&d->toks[b - 2], "with"))
                return NSV_OK;
            if (subj < 0 && !progressive) {
                subj = participle_subject(d, out, i, s);
                if (subj < 0)
                    return NSV_OK;
                /* ('," said the official. He declined ..., saying': a "he"
                 * after an unnamed voice is that voice, as for "he said") */
                if (d->ments[subj].kind == M_PRONOUN && unnamed_voice_before(d, out, s, i, 2))
                    return NSV_OK;
            }
            if (subj >= 0) {
                ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, "statement.participle");
                if (!e)
                    goto nomem;
                set_speaker(d, e, subj);
                e->ev.evidence_start = d->toks[d->ments[subj].tok_start].start;
                e->ev.modality = clause_modality(d, i, s->tok_start);
                if (cue_end < s->tok_end)
                    set_content(d, e, d->toks[cue_end].start, s->end, 0);
                return NSV_OK;
            }
        }
        /* "X was (also) asked", "was briefed", "Ukraine and Moldova are
         * mentioned": X is spoken to, not a speaker */
        uint32_t a = ing ? 0 : after_be(d, i, s);
        if (a) {
            const lex_entry *greet = word_entry(d, i, LEX_MEETING);
            int greeting = greet && greet->value == MEET_WELCOME;
            /* "Mr Putin was warmly welcomed by President Chirac", "They were
             * welcomed by Dr X": a guest greeted, no words ("the plan was
             * welcomed by the IMF" speaks) */
            if (greeting && cue_end < s->tok_end && tok_is(&d->toks[cue_end], "by") &&
                a >= s->tok_start + 2 && welcomed_guest_before(d, a - 1))
                return NSV_OK;
            /* "This was stated by President X": the agent speaks; "it was
             * said" has no speaker */
            if (cue_end < s->tok_end && tok_is(&d->toks[cue_end], "by")) {
                speaker = party_right(d, cue_end + 1, s->tok_end);
                if (speaker < 0)
                    speaker = person_after_office(d, cue_end + 1, s->tok_end);
            }
            /* "This was stated during a briefing by Deputy Head ... X", "was
             * announced at a press conference by X" (not "was welcomed at
             * the airport by X": a greeting, meeting_cues.tsv class welcome) */
            for (uint32_t k = cue_end + 1;
                 speaker < 0 && !greeting && k + 1 < s->tok_end && k < cue_end + 8; k++) {
                if (is_char(d, k, ',') || (d->toks[k].flags & T_QUOTE))
                    break;
                if (tok_is(&d->toks[k], "by") &&
                    (tok_is(&d->toks[cue_end], "during") || tok_is(&d->toks[cue_end], "at") ||
                     tok_is(&d->toks[cue_end], "in")))
                    speaker = party_right(d, k + 1, s->tok_end);
            }
            uint32_t char_end = 0; /* a characterisation's end ("by") */
            if (speaker < 0)
                speaker = characterisation_agent(d, i, cue_end, s, &char_end);
            /* "briefed by his national security team": not by him */
            if (speaker < 0 || possessive_pronoun(d, speaker))
                return NSV_OK;
            ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, "statement.passive_by");
            if (!e)
                goto nomem;
            set_speaker(d, e, speaker);
            e->ev.modality = clause_modality(d, i, s->tok_start);
            /* "This was stated": the content is the sentence before (a
             * characterisation's is its own quoted words) */
            if (char_end)
                set_content(d, e, d->toks[cue_end].start, d->toks[char_end - 1].end, 0);
            else if (s > d->sents && (d->sents + (s - d->sents) - 1)->para == s->para)
                set_content(d, e, (s - 1)->start, (s - 1)->end, 0);
            return NSV_OK;
        }
        int both[2];
        uint32_t cs = cls == SPEECH_VERB ? companies_speak(d, out, i, s, both) : UINT32_MAX;
        if (cs != UINT32_MAX) {
            ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, "statement.speaker_said");
            if (!e)
                goto nomem;
            e->ev.evidence_start = d->toks[cs].start;
            e->ev.evidence_end = d->toks[cue_end - 1].end;
            set_joint_speaker(d, e, both, 2);
            e->ev.modality = clause_modality(d, i, s->tok_start);
            /* "..., the companies said": what comes before; else after */
            if (cs > s->tok_start + 1 && is_char(d, cs - 1, ',') &&
                !scene_before(d, s, cs - 1, cue_end))
                set_content(d, e, s->start, d->toks[cs - 1].start, 0);
            else if (cue_end < s->tok_end)
                set_content(d, e, d->toks[cue_end].start, s->end, 0);
            return NSV_OK;
        }
        if (cls == SPEECH_NOUN_VERB) {
            /* "Herrington told Reuters that the new report shows ...": a
             * document in what someone else said is part of his words (a
             * cue at most eleven tokens before the "that") */
            uint32_t det = paper_det(d, i, s->tok_start, 4); /* "the", "its" */
            paper_from = det;
            if (det > s->tok_start + 1 && tok_is(&d->toks[det - 1], "that"))
                for (uint32_t k = det - 1; k-- > s->tok_start && k + 13 > det;)
                    if (!(d->toks[k].flags & T_IN_QUOTE) && tok_lex(d, k, LEX_SPEECH, NULL))
                        return NSV_OK;
            speaker = message_sender(d, i, s);
            /* "The Bank's minutes said", "the minutes added" after them */
            if (speaker < 0 && det != i)
                speaker = paper_speaker(d, out, i, det, s);
            /* "Vladimir Putin congratulated X on his birthday. The message
             * reads, in part:": the person who just spoke sent it */
            uint32_t here = (uint32_t)(s - d->sents);
            /* (a survey is no message the last speaker sent: "Customers are
             * impatient, a survey suggests" after "Mr Smith said" names no one) */
            const ev_draft *voiced =
                speaker < 0 && !paper_run_by_body(d, i) ? recent_voice_draft(out, here, 0) : NULL;
            if (voiced && voiced->sent + 2 >= here) {
                int pv = draft_voice(d, voiced);
                if (pv >= 0 && d->ents[d->ments[pv].entity].kind == NSV_KIND_PERSON &&
                    !(d->toks[d->ments[pv].tok_start].flags & T_IN_QUOTE))
                    speaker = pv;
            }
            if (speaker < 0)
                return NSV_OK;
        } else {
            speaker = party_left_speaker(d, i, s->tok_start);
            if (speaker >= 0)
                speaker = name_of_place(d, speaker, s);
            if (speaker < 0)
                speaker = person_of_unknown_firm(d, i, s);
            /* "sources close to X said": unnamed; "a letter sent to X said":
             * X only received it */
            uint32_t message = UINT32_MAX;
            int to = speaker >= 0 ? object_of_to(d, speaker, s->tok_start, &message) : 0;
            if (to == 1)
                return NSV_OK;
            /* (a message speaks for its sender: "Mr Putin's message to X said") */
            if (to == 2)
                speaker = message != UINT32_MAX ? message_sender(d, message, s) : -1;
            if (to == 2 && speaker < 0 && message != UINT32_MAX && message > s->tok_start &&
                tok_is(&d->toks[message - 1], "the"))
                speaker = last_message_sender(d, out, s);
            if (speaker >= 0 && (d->ments[speaker].kind == M_ORG || firm_as_person(d, speaker))) {
                int po = person_of_body(d, speaker, s);
                if (po >= 0)
                    speaker = po;
            }
            /* "some Republican leaders in Congress have suggested", "health
             * officials in Powys said": a group of people placed in the
             * body or place speaks, unnamed (GUIDE), not the body */
            if (speaker >= 0 && d->ments[speaker].kind != M_PRONOUN) {
                uint32_t t = d->ments[speaker].tok_start;
                if (t > s->tok_start && tok_is(&d->toks[t - 1], "the"))
                    t--;
                if (t >= s->tok_start + 2 && tok_is(&d->toks[t - 1], "in") &&
                    !(d->toks[t - 2].flags & T_CAP) &&
                    (d->toks[t - 2].word_bits & (W_UNNAMED | W_GROUP | W_PEOPLE)))
                    return NSV_OK;
            }
            if (speaker < 0 || (d->ments[speaker].kind == M_DESC && d->ments[speaker].entity < 0)) {
                int oa = outlet_anaphor(d, i, s);
                if (oa >= 0)
                    speaker = oa;
            }
            /* "a firm based in Mountain View, California, reported": a name
             * after "in" is a place the mention finder read as a person */
            if (speaker >= 0 && d->ments[speaker].kind == M_PERSON && !d->ments[speaker].role &&
                d->ments[speaker].tok_start > s->tok_start &&
                (d->toks[d->ments[speaker].tok_start].flags & T_SPACE_BEFORE) &&
                tok_is(&d->toks[d->ments[speaker].tok_start - 1], "in"))
                speaker = -1;
            /* "His comments come after", "its previously announced sale": a
             * possessive stands before a noun, so the cue word is that noun */
            if (speaker >= 0 && possessive_pronoun(d, speaker))
                return NSV_OK;
            /* "amid Tory claims the ads were", "denied Conservative claims
             * that", "The agreement with Dixons Group calls for": a cue in
             * -s right after a name that is the object of a preposition or
             * of another verb is a plural noun the name qualifies */
            if (speaker >= 0 && nw == 1 && d->ments[speaker].tok_end == i &&
                present_s_ending(&d->toks[i]) && name_as_object(d, speaker, s))
                return NSV_OK;
            if (speaker >= 0 && !ing &&
                d->ments[speaker].tok_end == verb_group_start(d, i, s->tok_start) &&
                name_after_noun_prep(d, speaker, s))
                return NSV_OK;
            if (speaker >= 0 && d->ments[speaker].tok_end == i) {
                int ap = appositive_body_tail(d, speaker, s);
                if (ap >= 0) {
                    speaker = ap;
                    appos = 1; /* the description before is no content */
                }
            }
            /* "The executive spokeswoman said", read as a titled description,
             * and "a Scottish Labour Party spokesman said", whose title
             * took the last spokesperson's body: the body named with the
             * title speaks */
            if (speaker >= 0 && d->ments[speaker].kind == M_DESC) {
                int b = spokesperson_body(d, i, s);
                if (b >= 0)
                    speaker = b;
            }
        }
        uint32_t desc;
        int ap = appositive_name(d, i, s->tok_start, &desc);
        if (ap >= 0 && (speaker < 0 || d->ments[speaker].kind != M_PERSON)) {
            speaker = ap;
            /* the description before is no content; words before its
             * comma may be */
            appos = desc == UINT32_MAX;
            desc_from = desc;
        }
        if (speaker < 0 || (d->ments[speaker].kind != M_PERSON && d->ments[speaker].tok_end == i)) {
            ap = appositive_open_end(d, i, s);
            if (ap >= 0) {
                speaker = ap;
                /* (the words before a person who follows the reported
                 * clause are the content: "..., X, a Congressman told") */
                appos = d->ments[ap].tok_start == body_tok(d, s->tok_start, d->ments[ap].tok_start);
            }
        }
        /* "Specialists are saying": a lone capitalised word opening the
         * sentence is no evidence of a name; the progressive asks for one */
        if (ing && speaker >= 0 && d->ments[speaker].kind == M_PERSON &&
            d->ments[speaker].tok_start == s->tok_start &&
            d->ments[speaker].tok_end == s->tok_start + 1 && quoted_subj < 0)
            return NSV_OK;
        /* "Total estimated output would be": "estimated" and "forecast" are
         * adjectives too; right after a lone capitalised word opening the
         * sentence that names nothing longer ("Henderson estimated" after
         * "Richard Henderson" stays) they are not read as a cue */
        if ((shape & SPEECH_MODIFIER) && speaker >= 0 && d->ments[speaker].tok_end == i &&
            lone_opening_word(d, speaker, s))
            return NSV_OK;
        if (quoted_subj >= 0)
            speaker = quoted_subj;
        if (speaker < 0 || d->ments[speaker].kind != M_PERSON) {
            uint32_t th_from = UINT32_MAX;
            int th = title_of_holder(d, i, s, &th_from);
            if (th >= 0) {
                speaker = th;
                /* '"...!" the Deputy Prime Minister ... stressed': the title
                 * opens the speaker, so the quotation closing before it is
                 * the content ("Discussing ways ..., the President of
                 * Ukraine stressed the importance": the words after) */
                if (quote_closing_before(d, th_from, s->tok_start) >= 0)
                    desc_from = th_from;
            }
        }
        if (speaker < 0)
            speaker = spokesperson_body(d, i, s);
        if (speaker < 0)
            speaker = person_office(d, i, s);
        if (speaker < 0)
            speaker = body_officials(d, i, s, &staff_from);
        if (speaker < 0)
            speaker = outlet_before_noun(d, i, s);
        if (speaker < 0)
            speaker = body_before_firm_noun(d, i, s);
        if (speaker < 0)
            speaker = statement_author(d, out, i, s);
        if (speaker < 0) {
            /* "The Treasury issued a statement ... The statement said" */
            uint32_t t = verb_group_start(d, i, s->tok_start);
            if (t > s->tok_start)
                speaker = paper_speaker(d, out, t - 1, paper_det(d, t - 1, s->tok_start, 3), s);
        }
        if (speaker < 0) {
            /* "The official said", "But the official said", '"...," the
             * spokesman added': the subject opens its clause */
            uint32_t t = verb_group_start(d, i, s->tok_start);
            uint32_t a = t >= s->tok_start + 2 ? t - 2 : t;
            if (a < t && (opens_clause_or_quote(d, a, s->tok_start) ||
                          (a == s->tok_start + 1 &&
                           (d->toks[s->tok_start].word_bits & (W_CONJ | W_OPENER))))) {
                int b = staff_continues(d, out, t - 1, s, &speaker);
                if (b >= 0) {
                    lone = b;
                    cont_from = a;
                }
            }
        }
        if (speaker < 0) {
            lone = lone_spokesperson(d, out, i, s);
            if (lone >= 0)
                speaker = mention_at(d, verb_group_start(d, i, s->tok_start) - 1);
        }
        if (speaker < 0)
            speaker = relative_who(d, i, s->tok_start);
        /* the subject past a long appositive, modifier or "who" clause
         * between it and the cue, else a lede's title the next sentence
         * names: the first of these rules that finds one */
        static int (*const past_between[])(const doc *, uint32_t, const sentence *) = {
            long_appositive_subject, subject_before_modifier, subject_before_who_clause,
            long_who_appositive,     name_closing_appositive, lede_title_person,
        };
        for (size_t r = 0; speaker < 0 && r < sizeof past_between / sizeof past_between[0]; r++)
            speaker = past_between[r](d, i, s);
        /* "She said:" that no person resolves, right after a body's
         * spokeswoman spoke: that body */
        if (speaker < 0 && i > s->tok_start) {
            int pm = mention_ending_at(d, i, 0);
            int sv = pm >= 0 ? spokes_voice(d, out, s, pm) : -1;
            if (sv >= 0) {
                speaker = pm;
                lone = sv;
            }
        }
        /* "It said" that no body nearby resolves: kept while a body spoke
         * just before (below), dropped otherwise */
        if (speaker < 0)
            speaker = body_anaphor_left(d, i, s->tok_start);
        if (speaker < 0 && i > s->tok_start) {
            /* inversion after the content: '..., said Lavrov' / '"...," said he'
             * (not after a verb whose object is its addressee: "..., called
             * on Japan" is no "said Japan") */
            const token *p = &d->toks[i - 1];
            const lex_entry *ce = tok_lex(d, i, LEX_SPEECH, NULL);
            if (after_the_words(d, i, s) && !(ce && (ce->bits & SPEECH_ADDRESSEE))) {
                speaker = its_office_holder(d, cue_end, s);
                if (speaker < 0)
                    speaker = party_right(d, cue_end, s->tok_end);
                if (speaker < 0)
                    speaker = inverted_spokesperson_body(d, cue_end, s);
                if (speaker < 0)
                    speaker = outlet_after_noun(d, cue_end, s->tok_end);
                /* '..., said the Foreign Office.': a body after the article
                 * that ends the clause ("told the SEC it had", "asked the
                 * SEC to" and "said the Fed and the Bank were" name an
                 * object or the content's subject) */
                if (speaker < 0 && cue_end + 1 < s->tok_end && tok_is(&d->toks[cue_end], "the")) {
                    int b = party_right(d, cue_end + 1, s->tok_end);
                    uint32_t a = b >= 0 ? d->ments[b].tok_end : 0;
                    const token *n = b >= 0 && a < s->tok_end ? &d->toks[a] : NULL;
                    int ends = !n || ((n->flags & T_PUNCT) && !is_char(d, a, ',')) ||
                               ((n->word_bits & (W_PREP | W_RELDAY | W_WEEKDAY)) &&
                                !tok_is(n, "to") && !tok_is(n, "of") && !(n->word_bits & W_CONJ));
                    /* "said the Federal Criminal Office in Wiesbaden had
                     * joined": a verb after the place phrase */
                    for (uint32_t k = a + 1; ends && n && !(n->flags & T_PUNCT) && k < s->tok_end &&
                                             k < a + 5 && !(d->toks[k].flags & T_PUNCT);
                         k++)
                        if ((d->toks[k].word_bits & W_AUX) || tok_lex(d, k, LEX_MODALITY, NULL))
                            ends = 0;
                    if (b >= 0 && d->ments[b].kind == M_ORG && ends)
                        speaker = b;
                }
                /* '"...," said a spokesman.': a bare spokesperson that ends
                 * the sentence speaks for the body, as before the cue (even
                 * when its_office_holder read it as an office no one holds) */
                /* '"...," said the official.' after a body's official
                 * spoke (staff_continues) */
                if (speaker < 0 && cue_end + 2 < s->tok_end && tok_is(&d->toks[cue_end], "the") &&
                    (is_char(d, cue_end + 2, '.') || is_char(d, cue_end + 2, ','))) {
                    int b = staff_continues(d, out, cue_end + 1, s, &speaker);
                    if (b >= 0) {
                        lone = b;
                        inv_paper = cue_end + 1; /* evidence ends at the title */
                    }
                }
                int bm = cue_end + 2 < s->tok_end ? mention_ending_at(d, cue_end + 2, 0) : -1;
                if (bm >= 0 && lone < 0 && (speaker < 0 || speaker == bm) &&
                    d->ments[bm].entity < 0 &&
                    (tok_is(&d->toks[cue_end], "a") || tok_is(&d->toks[cue_end], "the")) &&
                    (is_char(d, cue_end + 2, '.') || (d->toks[cue_end + 2].flags & T_QUOTE))) {
                    lone = lone_spokesperson_at(d, out, bm, s);
                    if (lone >= 0)
                        speaker = bm;
                }
                int staff = speaker >= 0 ? staff_of_body(d, speaker, s->tok_end)
                                         : staff_of_unknown(d, cue_end, s->tok_end);
                /* '..., said Russian oil official Sergei Oganesyan': a
                 * demonym, lower-case title words, then the person;
                 * '..., said retail analyst Nick Bubb': title words the
                 * lexicon does not hold; after a quotation any title words
                 * ('"...," said accountant Jose Lopez.') */
                unsigned dw = 0;
                int lower_title = cue_end < s->tok_end && (d->toks[cue_end].flags & T_WORD) &&
                                  !(d->toks[cue_end].flags & (T_CAP | T_IN_QUOTE)) &&
                                  !d->toks[cue_end].word_bits;
                int after_quote = (p->flags & (T_QUOTE_CLOSE | T_QUOTE)) != 0;
                if (staff < 0 && speaker < 0 &&
                    (tok_lex(d, cue_end, LEX_DEMONYM, &dw) || lower_title || after_quote)) {
                    staff = person_after_title_words(d, cue_end + dw, s->tok_end);
                    if (staff < 0 && dw && after_quote)
                        staff = person_after_title_words(d, cue_end, s->tok_end);
                    /* (the clause ends with the name: "said Iranian arms
                     * merchant X, who ..., deposited" names the content's
                     * subject; after a quotation the person may be placed
                     * at the body: "Nick Bubb of X", a comma) */
                    uint32_t a = staff >= 0 ? d->ments[staff].tok_end : 0;
                    int placed = after_quote && a < s->tok_end &&
                                 (is_char(d, a, ',') || employer_prep(&d->toks[a]));
                    if (staff >= 0 && a < s->tok_end && !is_char(d, a, '.') &&
                        !is_char(d, a, ';') && !(d->toks[a].flags & T_QUOTE) && !placed)
                        staff = -1;
                    /* (not "said burlington lawyer Humphrey": a lawyer or
                     * spokesperson speaks for a body, here not named) */
                    if (lower_title && !after_quote && staff >= 0 &&
                        body_voice_title(d, d->ments[staff].role))
                        staff = -1;
                }
                if (staff >= 0)
                    speaker = staff;
                /* "Atlas, the biggest producer, said it had been hit":
                 * "it" after the verb is the content's subject; only a
                 * person pronoun inverts ('"...," said he') */
                if (speaker >= 0 && d->ments[speaker].kind == M_PRONOUN &&
                    !he_or_she(&d->ments[speaker]))
                    speaker = -1;
                /* "The firm, reporting results, said the UK market had
                 * grown", "..., said the ministry had": the content's
                 * subject, not an inverted speaker, when the clause goes on
                 * with an auxiliary, or after a country or description with
                 * a lower-case word or a possessive ('..., said Lavrov.',
                 * '..., said Lavrov on Friday', '..., said the US Agriculture
                 * Department' stay; "said he" resolves as before) */
                if (speaker >= 0 && d->ments[speaker].kind != M_PRONOUN) {
                    const mention *sp = &d->ments[speaker];
                    uint32_t a = sp->tok_end;
                    const token *n = a < s->tok_end ? &d->toks[a] : NULL;
                    int goes_on =
                        n && ((n->word_bits & W_AUX) || tok_lex(d, a, LEX_MODALITY, NULL) ||
                              ((sp->kind == M_COUNTRY || sp->kind == M_DESC) &&
                               ((n->flags & T_POSS) ||
                                ((n->flags & T_WORD) && !(n->flags & T_CAP) &&
                                 !(n->word_bits & (W_PREP | W_PLACE_PREP | W_RELDAY | W_WEEKDAY |
                                                   W_SUBORD | W_CONJ | W_ADVERB)) &&
                                 /* "said the president as he opened",
                                  * "..., said X addressing the forum" */
                                 !tok_is(n, "as") && !ing_form(n)))));
                    if (goes_on)
                        speaker = -1;
                }
                /* '"...," said the report.', "..., says its report.": the
                 * document that ends the clause speaks for its issuer, as
                 * before the cue ("The report said") */
                if (speaker < 0) {
                    speaker = inverted_paper(d, out, cue_end, s);
                    if (speaker >= 0)
                        inv_paper = cue_end + 1;
                }
                inverted = speaker >= 0;
            }
        }
        uint32_t stray_from = UINT32_MAX;
        if (speaker < 0 && (speaker = stray_comma_subject(d, i, cue_end, s, &stray_from)) >= 0)
            desc_from = stray_from;
        if (speaker < 0) {
            /* "They expressed concern", "the parties reaffirmed": the
             * parties of the meeting the item reports */
            uint32_t k = verb_group_start(d, i, s->tok_start);
            /* "They both stressed", "they have both noted" */
            if (k > s->tok_start + 1 && tok_is(&d->toks[k - 1], "both"))
                k = verb_group_start(d, k - 1, s->tok_start);
            /* "The Vice President and the state leaders reaffirmed": the
             * person, with the people of the meeting just reported when
             * it holds that person (GUIDE: a group the item resolves to
             * named parties is one joint statement) */
            int pg = cls != SPEECH_VERB_ABOUT ? person_and_group(d, s, k) : -1;
            if (pg >= 0) {
                int ents[MAX_PARTIES], who = d->ments[pg].entity;
                int n = meeting_people(d, out, s, k - 1, who, ents);
                if (n < 2) {
                    ents[0] = who;
                    n = 1;
                }
                ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, "statement.joint");
                if (!e)
                    goto nomem;
                if (n == 1)
                    set_speaker(d, e, pg);
                else
                    set_joint_speaker(d, e, ents, n);
                e->speaker_mention = pg;
                evidence_from(d, e, d->ments[pg].tok_start);
                e->ev.modality = clause_modality(d, i, s->tok_start);
                /* "..., Naylor and farm credit system officials have
                 * said.": the content came before */
                uint32_t b = d->ments[pg].tok_start;
                if (b > s->tok_start && tok_is(&d->toks[b - 1], "the"))
                    b--;
                content_beside_subject(d, e, s, b, cue_end);
                return NSV_OK;
            }
            int gm = mention_ending_at(d, k, s->tok_start);
            /* (not the idiom "business as usual, as they say") */
            const ev_draft *mt = NULL;
            int they = gm >= 0 && !(k - 1 > s->tok_start && tok_is(&d->toks[k - 2], "as") &&
                                    tok_is(&d->toks[i], "say"))
                           ? plural_subject(d, out, s, gm, k - 1, &mt)
                           : 0;
            if (they < 0)
                return NSV_OK;
            uint32_t gm_at = they ? d->toks[k - 1].start : 0;
            /* "the two leaders spoke about X": what they discussed, part of
             * their meeting */
            if (mt && cls == SPEECH_VERB_ABOUT)
                return NSV_OK;
            /* (else a readout's officials: the people of the meeting just
             * reported) */
            int ents[MAX_PARTIES], body_m = -1;
            int n = mt || cls == SPEECH_VERB_ABOUT ? 0 : readout_officials(d, out, s, k, ents);
            /* (or the named body whose officials spoke last: its subject
             * opens at "the") */
            uint32_t subj = k - 1;
            if (!n && !mt && cls != SPEECH_VERB_ABOUT &&
                (n = officials_of_body_before(d, out, s, k, ents, &body_m)) != 0)
                subj = k - 2;
            size_t rm = 0;
            if (they && !mt && !n && cls != SPEECH_VERB_ABOUT) {
                n = they_named_subject(d, out, s, k, ents, &body_m);
                if (!n && (rm = roster_call(d, out, s, gm, gm_at)) != 0) {
                    /* (the host for now: the roster names the rest) */
                    ents[0] = out->v[rm - 1].ents[0];
                    n = 1;
                }
            }
            if (mt || n) {
                ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, "statement.joint");
                if (!e)
                    goto nomem;
                if (mt) {
                    /* re-read the meeting: ev_new may have moved the list */
                    mt = last_meeting(d, out, (uint32_t)(s - d->sents), gm_at);
                    n = mt ? mt->nents : 0;
                    for (int p = 0; p < n; p++)
                        ents[p] = mt->ents[p];
                    e->speaker_mention = gm;
                }
                if (rm) {
                    set_joint_speaker(d, e, ents, 1);
                    e->roster_meet = rm;
                } else if (n == 1) {
                    /* they_named_subject's body whose officials spoke: the
                     * body speaks, no group */
                    set_speaker_entity(d, e, ents[0]);
                    /* (the officials' mention: a next "they said" goes on) */
                    if (body_m >= 0)
                        e->speaker_mention = body_m;
                } else {
                    set_joint_speaker(d, e, ents, n);
                }
                e->ev.modality = clause_modality(d, i, s->tok_start);
                /* '"...," they said', "..., they said" */
                content_beside_subject(d, e, s, subj, cue_end);
                return NSV_OK;
            }
        }
        uint32_t cj = coordinated_cue(d, i, s->tok_start);
        /* (not after a cue of the same sentence: "They discussed X and
         * the Vice President underscored Y and welcomed Z" is hers) */
        int cue_before = out->n && out->v[out->n - 1].sent == (uint32_t)(s - d->sents) &&
                         out->v[out->n - 1].ev.type == NSV_EV_STATEMENT;
        /* "The leaders discussed X, reaffirmed Y, and reiterated Z": the
         * middle verb of a series after a verb of no cue has the subject
         * that opens the sentence, as its last verb has (GUIDE: one event
         * per finite speech verb); after a cue in its sentence it goes on
         * with that cue's speaker (below) */
        if (speaker < 0 && !cj)
            cj = series_cue(d, i, s->tok_start, s->tok_end);
        if (speaker < 0 && cj && !cue_before)
            speaker = coordinated_subject(d, i, s);
        /* "They discussed X and expressed Y": the coordinated cue's "they"
         * are the parties of the meeting the item reports, as for "They
         * expressed Y" above (what they spoke about stays the meeting's) */
        int tm = speaker < 0 && cj && !cue_before ? mention_at(d, s->tok_start) : -1;
        const ev_draft *mt = NULL;
        /* ("The two discussed X and reaffirmed Y": a bare "the two" is
         * such a pair, as mentions.c leaves it unresolved) */
        int the_two = tm >= 0 && d->ments[tm].entity < 0 && bare_two(d, &d->ments[tm]);
        if (tm >= 0 && cls != SPEECH_VERB_ABOUT && d->ments[tm].tok_start == s->tok_start &&
            (the_two || (d->ments[tm].kind == M_PRONOUN && d->ments[tm].entity < 0 &&
                         tok_is(&d->toks[s->tok_start], "they"))) &&
            plural_subject(d, out, s, tm, s->tok_start, &mt) > 0 && mt && mt->nents >= 2) {
            ev_draft *e = joint_again(d, out, mt, i, cue_end, s);
            if (!e)
                goto nomem;
            e->speaker_mention = tm;
            return NSV_OK;
        }
        if (speaker < 0 && cj) {
            /* "thanked X ... and wished Y": the same speaker again; 'Ms
             * Jowell insisted: "..." And continued: "..."': a sentence that
             * opens with the coordinator and quotes after a colon or comma
             * goes on with the speaker of the sentence before */
            uint32_t here = (uint32_t)(s - d->sents);
            int opens = cj == s->tok_start + 1 && here > 0 && s[-1].para == s->para &&
                        cue_end + 1 < s->tok_end &&
                        (is_char(d, cue_end, ':') || is_char(d, cue_end, ',')) &&
                        (d->toks[cue_end + 1].flags & T_QUOTE_OPEN);
            for (size_t k = out->n, seen = 0; k-- > 0 && seen++ < CONTINUED_DRAFTS_BACK;) {
                const ev_draft *prev = &out->v[k];
                if (prev->sent != here && !(opens && prev->sent + 1 == here))
                    break;
                if (prev->ev.type == NSV_EV_STATEMENT && prev->speaker_mention >= 0) {
                    /* "said it will submit plans and reports": a present
                     * form after a past one is a plural noun, not the
                     * speaker's second verb ("says X and adds Y" agree;
                     * "says" is never a noun) */
                    if (third_person_s(&d->toks[i]) && !tok_is(&d->toks[i], "says") &&
                        !third_person_s(&d->toks[prev->cue_tok]))
                        break;
                    if (party_mention(d, prev->speaker_mention)) {
                        speaker = prev->speaker_mention;
                        continued = 1;
                        break;
                    }
                    /* a joint statement's "they" has no entity of its own:
                     * the same parties speak again */
                    if (prev->ev.speaker.kind == NSV_KIND_GROUP && prev->nents >= 2) {
                        if (!joint_again(d, out, prev, i, cue_end, s))
                            goto nomem;
                        return NSV_OK;
                    }
                    break;
                }
            }
        }
        if (speaker < 0)
            return NSV_OK;
    }
    /* "The Holy Qur'an urges": a verse quoted, no speaker */
    if (scripture_mention(d, speaker))
        return NSV_OK;
    /* "he said" continues the last speaker of the last few sentences: news
     * prose keeps one voice while naming others in between */
    int voice = lone >= 0 ? lone : speaker;
    const mention *sm = &d->ments[speaker];
    if (lone < 0 && he_or_she(sm) && unnamed_voice_before(d, out, s, i, 2))
        return NSV_OK;
    if (lone < 0 && cls == SPEECH_ACCORDING && sm->kind == M_DESC && sm->entity < 0) {
        /* "Khristenko told the President about X. According to the
         * Minister, ...": an office the item gave no one by that name is
         * the person who has just been speaking */
        int pv = recent_voice(d, out, (uint32_t)(s - d->sents), SKIP_SUBORDINATE);
        if (pv < 0 || d->ents[d->ments[pv].entity].kind != NSV_KIND_PERSON ||
            !d->ents[d->ments[pv].entity].role)
            return NSV_OK;
        voice = pv;
    }
    /* the statement that spoke last, for "it said" (once: reported_partner
     * reads it too) */
    int last = lone < 0 && body_anaphor(d, speaker)
                   ? recent_voice(d, out, (uint32_t)(s - d->sents), SKIP_EMBEDDED)
                   : -1;
    if (lone >= 0) {
        /* the body is known: no "he said" or "it said" continuation */
    } else if (body_anaphor(d, speaker) && !(sm->kind == M_DESC && sm->entity >= 0 &&
                                             name_has_word(d->ents[sm->entity].name, sm->name) &&
                                             !reported_partner(d, speaker, last))) {
        /* "It said", "The company said": Reuters keeps the body that spoke
         * last as its voice, while naming others (a predecessor, a
         * country) in between */
        int pv = last;
        uint32_t here = (uint32_t)(s - d->sents);
        /* "it" (of the neuter pronouns) and, for it, the last voice */
        int it = sm->kind == M_PRONOUN && (sm->pronoun_bits & W_PRONOUN_N);
        const ev_draft *pd = pv >= 0 && it ? recent_voice_draft(out, here, SKIP_EMBEDDED) : NULL;
        /* '"...," said Yukos chief executive Steven Theede. It has also
         * threatened': "it" is the body its staff member spoke for */
        if (pv >= 0 && it) {
            int sb = staff_body(d, pv);
            if (sb >= 0)
                pv = sb;
        }
        /* "The ODPM attributed the fall to X. It said ...": the body that
         * opens the narrated sentence right before, which "it" resolved
         * to, is the newer subject, not the voice of sentences before */
        if (pv >= 0 && it && opening_body_before(d, speaker, d->ments[pv].entity, pd))
            pv = -1;
        /* "Mr Crosby's statement said: ... It added:", "The prime
         * minister's office said X. It added": "it" is the person's
         * statement or office that spoke in this sentence or the one
         * before */
        if (pv >= 0 && it && sm->entity < 0 && pd && pd->speaker_mention == pv &&
            pd->sent + 1 >= here && person_thing_voiced(d, pd))
            voice = pv;
        if (pv >= 0) {
            /* a body, or a bare unknown name ("Umbro said") that "it" now
             * shows to be one */
            const entity *pe = &d->ents[d->ments[pv].entity];
            /* (not an outlet that spoke last: "the government said" after
             * "..., the People's Daily said" is not the paper) */
            /* (nor a regulator that spoke last: "the SEC, which said ...
             * the company said" is the business) */
            int firm = sm->kind == M_DESC && (d->toks[sm->tok_end - 1].word_bits & W_FIRM);
            if ((pe->kind == NSV_KIND_ORGANIZATION &&
                 !(firm && pe->name && public_body(d, pe->name)) &&
                 (!outlet_mention(d, pv) || sm->kind == M_PRONOUN ||
                  (d->toks[sm->tok_end - 1].word_bits & W_OUTLET))) ||
                (pe->kind == NSV_KIND_PERSON && !pe->role && pe->name && !strchr(pe->name, ' ') &&
                 d->ments[speaker].kind == M_PRONOUN) ||
                /* (a name read as a person that "it" or "the company" shows
                 * to be a business) */
                ((firm || sm->kind == M_PRONOUN) &&
                 (lone_name_voice(d, pv, speaker) || unknown_name_body(d, pv) ||
                  (sm->entity < 0 && unknown_firm_voice(d, pv)))))
                voice = pv;
        }
        if (d->ments[voice].entity < 0)
            return NSV_OK;
        if (voice == speaker && anaphor_named_in_content(d, out, speaker))
            return NSV_OK;
        if (voice == speaker) {
            int ov = older_body_voice(d, out, speaker);
            if (ov >= 0)
                voice = ov;
        }
    } else if (he_or_she(&d->ments[speaker])) {
        /* "... when the Soviet leader insisted": a subordinate clause's
         * speaker is not the voice */
        uint32_t here = (uint32_t)(s - d->sents);
        const ev_draft *voiced = recent_voice_draft(out, here, SKIP_SUBORDINATE);
        int pv = draft_voice(d, voiced);
        /* (not a voice of the other gender: "Anna Berg said ... He said") */
        uint32_t g = pv < 0 ? 0 : mention_gender(d, pv); /* a "spokeswoman" too */
        /* (or the body one of its officials spoke for: "a senior energy
         * ministry official said ... He also said") */
        int staff_one = pv >= 0 && staff_cue(d, voiced);
        if (pv >= 0 &&
            (d->ents[d->ments[pv].entity].kind == NSV_KIND_PERSON || d->ments[pv].body_voice ||
             staff_one) &&
            !(g && !(g & d->ments[speaker].pronoun_bits)))
            voice = pv;
        int sv = spokes_voice(d, out, s, speaker);
        if (sv >= 0)
            voice = sv;
        if (pv >= 0) {
            int ns = newer_subject(d, voiced->sent, here, d->ments[speaker].pronoun_bits, 0,
                                   d->ments[speaker].entity);
            /* (not when the clause names that person: "He thanked the Italian
             * Prime Minister" after "Mr Berlusconi proposed"; a pronoun, as
             * in "He told reporters he was angry", names no one) */
            if (ns >= 0 && d->ments[ns].entity != d->ments[voice].entity &&
                !mentioned_after_cue(d, d->ments[ns].entity, cue_end, s->tok_end, 0))
                voice = ns;
            /* (a person only named in the narrated sentence right before,
             * when the last voice spoke earlier) */
            int so = ns < 0 && voiced->sent + 1 < here
                         ? sole_named_before(d, out, here, d->ments[speaker].pronoun_bits)
                         : -1;
            if (so >= 0 && d->ments[so].entity != d->ments[voice].entity &&
                !mentioned_after_cue(d, d->ments[so].entity, cue_end, s->tok_end, 0))
                voice = so;
        }
        /* "Reagan blocked a bill he branded as protectionist": a pronoun
         * right after a noun, in a relative clause, is the subject opening
         * its own sentence (not after a comma or a quotation: "Reagan is
         * wrong, he said"; nor after a speech verb or "that", of the
         * subord class: "X said he told") */
        uint32_t pt = d->ments[speaker].tok_start;
        const token *pw = pt > s->tok_start + 2 ? &d->toks[pt - 1] : NULL;
        if (pw && (pw->flags & T_WORD) && !(pw->flags & (T_CAP | T_IN_QUOTE)) &&
            !(pw->word_bits & (W_CONJ | W_SUBORD | W_PREP | W_AUX | W_ADVERB)) &&
            !(pw->cats & (1u << LEX_SPEECH))) {
            /* (sentences (here - 1, here + 1): this one only) */
            int cs = here > 0 ? newer_subject(d, here - 1, here + 1, d->ments[speaker].pronoun_bits,
                                              1, -1)
                              : -1;
            if (cs >= 0 && d->ments[cs].tok_start < pt)
                voice = cs;
        }
        /* "Chirac's spokesman, Denis Baudouin, on Monday sparked
         * speculation when he said": after "when" or "while", a pronoun
         * whose own antecedent this sentence names before it is that
         * person, whoever spoke in the sentences before */
        int ent = d->ments[speaker].entity;
        if (pt > s->tok_start && ent >= 0 &&
            (tok_is(&d->toks[pt - 1], "when") || tok_is(&d->toks[pt - 1], "while")))
            for (uint32_t k = s->tok_start; k + 1 < pt; k++) {
                int nm = mention_at(d, k);
                if (nm >= 0 && d->ments[nm].tok_start == k && d->ments[nm].entity == ent &&
                    d->ments[nm].kind == M_PERSON) {
                    voice = speaker;
                    break;
                }
            }
    }
    /* "He told Mr Putin that ...", "he insisted he still trusted Mr Blair":
     * a pronoun is not the person its own clause names right after the
     * cue; the last other person who spoke is, else no one known */
    if (he_or_she(&d->ments[speaker]) && !inverted && cls != SPEECH_ACCORDING &&
        d->ments[voice].entity >= 0 &&
        mentioned_after_cue(d, d->ments[voice].entity, cue_end, s->tok_end, 1)) {
        int other = other_recent_voice(d, out, (uint32_t)(s - d->sents), d->ments[voice].entity);
        if (other < 0)
            return NSV_OK;
        voice = other;
    }
    if (cls == SPEECH_VERB_ABOUT && d->ments[voice].kind == M_GROUP_DESC)
        return NSV_OK; /* the leaders "spoke of" a topic: they discussed it */
    /* "an Indian official said ... he said": an unnamed source throughout;
     * the event stays in the list, dropped, so "he said" keeps that voice */
    int unnamed = d->ments[voice].entity >= 0 && d->ents[d->ments[voice].entity].unnamed;
    /* "an aide to Chirac told reporters": the aide, whom no one names */
    if (voice == speaker && aide_of(d, speaker))
        unnamed = 1;
    /* "a manager at a Japanese bank said", "A Colombian group announced": a
     * body only described, after the indefinite article and ending in a
     * common noun, is one left unnamed (named, "a Treasury spokesman", it
     * ends in its name; a country's public body, "a French foreign
     * ministry statement", is its one ministry) */
    const mention *vx = &d->ments[voice];
    const token *vh = &d->toks[vx->tok_end - 1];
    if (vx->kind == M_ORG && !vx->body_voice && vx->tok_start > d->sents[vx->sent].tok_start &&
        indefinite_article(&d->toks[vx->tok_start - 1]) && (vh->flags & T_WORD) &&
        !(vh->flags & T_CAP) && !(vh->word_bits & W_PUBLIC_BODY))
        unnamed = 1;
    {
        /* "The Forum reaffirmed", "the meeting stressed": a meeting,
         * forum or convening is never a speaker (its members are); a
         * legislature named "Congress" is a body */
        const mention *vm = &d->ments[voice];
        const lex_entry *mc = vm->kind == M_ORG || vm->kind == M_DESC
                                  ? tok_lex(d, vm->tok_end - 1, LEX_MEETING, NULL)
                                  : NULL;
        if (mc && (mc->value == MEET_MULTI || mc->value == MEET_NOUN) &&
            !tok_is(&d->toks[vm->tok_end - 1], "congress"))
            return NSV_OK;
    }
    /* "Russia and China reaffirmed", "Biden and Kishida welcomed": a
     * conjoined subject speaks jointly (one event, the parties as
     * alternatives); only "and" right before the speaker, so "After talks
     * with Biden, Kishida said" stays Kishida's */
    int joint[MAX_PARTIES], njoint = 0, joint_first = -1;
    uint32_t sp0 = d->ments[speaker].tok_start;
    /* (past the wire's mark: "Security Pacific Corp and <Users Inc>") */
    int marked = sp0 > s->tok_start + 2 && is_char(d, sp0 - 1, '<');
    if (marked)
        sp0--;
    /* ("The CBI and the TUC said": an article after "and") */
    int article = !marked && sp0 > s->tok_start + 2 && tok_is(&d->toks[sp0 - 1], "the") &&
                  tok_is(&d->toks[sp0 - 2], "and");
    if (article)
        sp0--;
    if (!inverted && cls != SPEECH_ACCORDING && voice == speaker && sp0 > s->tok_start + 1 &&
        tok_is(&d->toks[sp0 - 1], "and")) {
        int ms[MAX_PARTIES], n = 0;
        if (!article) {
            n = coordinated(d, speaker, -1, s->tok_start, s->tok_end, ms, MAX_PARTIES);
        } else {
            /* (the parties before "and the": the speaker, then them) */
            int l = mention_ending_at(d, sp0 - 1, 0);
            if (l >= 0 && party_mention(d, l)) {
                ms[0] = speaker;
                n = 1 + coordinated(d, l, -1, s->tok_start, s->tok_end, ms + 1, MAX_PARTIES - 1);
            }
        }
        const mention *x = &d->ments[speaker];
        /* the longest run of conjuncts back from the speaker that may
         * speak together: "When discussing cooperation with NATO, A and B
         * stated" leaves NATO, the fronted phrase's object, out */
        for (int nn = n; nn >= 2 && njoint < 2; nn--) {
            int mixed = mixed_kinds_joint(d, s, ms, nn);
            njoint = 0;
            for (int k = 0; k < nn; k++) {
                const mention *y = &d->ments[ms[k]];
                /* "Forstmann Little and Co said" is one company */
                /* ("The President and Secretary Buttigieg shared": an office
                 * the item gives its holder is a person named) */
                int same = y->entity >= 0 && x->entity >= 0 &&
                           (mixed || d->ents[y->entity].kind == d->ents[x->entity].kind) &&
                           (y->kind == M_PERSON || y->kind == M_COUNTRY || y->kind == M_ORG ||
                            (y->kind == M_DESC && y->role &&
                             d->ents[y->entity].kind == NSV_KIND_PERSON)) &&
                           !(d->ents[x->entity].kind == NSV_KIND_ORGANIZATION &&
                             x->tok_end == x->tok_start + 1 &&
                             (d->toks[x->tok_start].word_bits &
                              (W_COMPANY | W_FIRM_TAIL | W_FIRM | W_ORG_HEAD | W_NONNAME)));
                for (int q = nn - njoint; q < nn && same; q++)
                    same = joint[q] != y->entity;
                if (!same) {
                    njoint = 0;
                    break;
                }
                /* (in text order: coordinated() walked back from the last
                 * conjunct) */
                joint[nn - 1 - njoint++] = y->entity;
                joint_first = ms[k];
            }
        }
    }
    /* "Russia recalled its ambassador", "Ford recalls its trucks": a body
     * or a state withdraws; only people recall in words (speech_cues.tsv
     * "person") */
    if (nw == 1 && d->ments[voice].entity >= 0 &&
        (d->ents[d->ments[voice].entity].kind == NSV_KIND_ORGANIZATION ||
         d->ents[d->ments[voice].entity].kind == NSV_KIND_COUNTRY ||
         /* (a lone name read as a person: "BMW recalled its cars") */
         (cue_end < s->tok_end && tok_is(&d->toks[cue_end], "its")))) {
        const lex_entry *pc = tok_lex(d, i, LEX_SPEECH, NULL);
        if (pc && (pc->bits & SPEECH_PERSON))
            return NSV_OK;
    }
    /* ("First Southern Federal Savings and Loan Association said ... The
     * company said", "UK Coal said ... a spokesman said": the whole name
     * the voice's statement gave its body, not the tail its mention was cut
     * to (whole_name_of); also when "it" or "the company" itself resolved
     * to the cut tail; the statement looked up as "it said" looks up its
     * voice, past one named inside its words) */
    int anaphor = voice == speaker && body_anaphor(d, speaker);
    const ev_draft *vd = voice != speaker || anaphor
                             ? recent_voice_draft(out, (uint32_t)(s - d->sents), SKIP_EMBEDDED)
                             : NULL;
    int whole = vd && (vd->speaker_mention == voice || anaphor) && vd->speaker_ent >= 0 &&
                        whole_name_of(d, vd->speaker_ent, d->ments[voice].entity)
                    ? vd->speaker_ent
                    : -1;
    /* "... the proposal, which, it said, was subject to approval": a
     * pronoun's cue set off by commas inside a relative clause repeats the
     * attribution of its sentence's statement by the same voice */
    if (lone < 0 && sm->kind == M_PRONOUN && sm->tok_start >= s->tok_start + 2 &&
        is_char(d, sm->tok_start - 1, ',') && is_char(d, cue_end, ',') &&
        (tok_is(&d->toks[sm->tok_start - 2], "which") ||
         tok_is(&d->toks[sm->tok_start - 2], "who")) &&
        d->ments[voice].entity >= 0) {
        int ve = whole >= 0 ? whole : d->ments[voice].entity;
        size_t k = out->n, steps = 0;
        for (const ev_draft *prev;
             (prev = statement_before(out, &k, &steps)) && prev->sent == (uint32_t)(s - d->sents);)
            if (!prev->dropped && prev->speaker_ent == ve)
                return NSV_OK;
    }
    if (lone < 0 && object_relative_cue(d, s, sm->tok_start, cue_end))
        return NSV_OK;
    if (lone < 0 && sm->kind == M_PRONOUN && !inverted &&
        attitude_in_own_speech(d, out, s, i, sm->tok_start,
                               whole >= 0 ? whole : d->ments[voice].entity))
        return NSV_OK;
    ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, NULL);
    if (!e)
        goto nomem;
    e->dropped = unnamed;
    e->ev.evidence_end = d->toks[cue_end - 1].end;
    set_speaker_voice(d, e, speaker, voice);
    if (whole >= 0)
        set_speaker_entity(d, e, whole);
    if (inv_paper)
        e->ev.evidence_end = d->toks[inv_paper].end; /* '..." said the report' */
    if (voice == speaker && !inverted && njoint < 2 &&
        d->ments[speaker].sent == (uint32_t)(s - d->sents)) {
        uint32_t from = 0;
        int co = company_before_speaker(d, speaker, s, &from);
        if (co == -2)
            goto nomem;
        if (co >= 0) {
            set_speaker_entity(d, e, co);
            evidence_from(d, e, from);
        }
    }
    if (d->ments[speaker].sent != (uint32_t)(s - d->sents)) {
        /* a body named sentences before ("An executive spokesman said"):
         * the evidence still opens with the words naming the speaker */
        uint32_t k = i;
        while (k > s->tok_start && k + 5 > i && (d->toks[k - 1].flags & T_WORD) &&
               !(d->toks[k - 1].flags & (T_QUOTE | T_IN_QUOTE)))
            k--;
        evidence_from(d, e, k);
    }
    if (njoint >= 2) {
        set_joint_speaker(d, e, joint, njoint);
        e->speaker_mention = speaker;
        if (joint_first >= 0)
            evidence_from(d, e, d->ments[joint_first].tok_start);
    }
    if (continued) {
        /* "X said A and added B": the second event's evidence is its own
         * clause, so the two get different ids */
        e->ev.evidence_start = d->toks[i].start;
        e->ev.evidence_end = d->toks[cue_end - 1].end;
    }
    /* "USAir said it and Piedmont again requested": a speaker named in
     * this sentence inside another's reported words (a later "the company
     * said" skips it) */
    if (d->ments[speaker].sent == (uint32_t)(s - d->sents) && d->ments[speaker].tok_start < i &&
        speaker_inside_speech(d, speaker))
        e->embedded = 1;
    /* "... when the Soviet leader insisted": a subordinating word of the
     * attribution clause makes the speech subordinate (a later "he said"
     * skips it); one in content before it does not ("The programme, which
     * was formulated in 2017, is ahead of schedule, the Governor noted"), nor
     * one of a clause before a comma ("Asked whether ..., Mr Howard told").
     * A quotation mark ends no clause here: quoted words are skipped */
    uint32_t sub_end = d->ments[speaker].tok_start < i ? d->ments[speaker].tok_start : i;
    for (uint32_t k = attribution_start(d, sub_end, s->tok_start, 0); k < sub_end; k++)
        if ((d->toks[k].word_bits & W_SUBORD) && !tok_is(&d->toks[k], "that") &&
            !(d->toks[k].flags & T_IN_QUOTE))
            e->subordinate = 1;
    /* a second verb's own clause: "rejected the offer but said ..." is not
     * negated by the first verb */
    uint32_t mod_from = d->ments[speaker].tok_start < i ? coordinated_cue(d, i, s->tok_start) : 0;
    if (!mod_from)
        mod_from = s->tok_start;
    e->ev.modality = speech_modality(
        d, i, continued || inverted || cls == SPEECH_ACCORDING ? i : d->ments[speaker].tok_start,
        mod_from);
    const mention *sp = &d->ments[speaker];
    /* (after an inverted document: past its noun; its issuer may be named
     * sentences before) */
    uint32_t after = inv_paper ? inv_paper + 1 : inverted ? sp->tok_end : cue_end;
    uint32_t before = inverted ? i : sp->tok_start;
    /* '"...," the message said' with its sender named sentences before:
     * the document's noun phrase stands where the speaker would, so a
     * quotation closing right before it is the content */
    if (paper_from < i && sp->sent != (uint32_t)(s - d->sents))
        before = paper_from;
    if (quoted_from != UINT32_MAX && sp->tok_start > quoted_from && sp->tok_start < i) {
        /* the relaying outlet's clause opens the evidence, and the content
         * stands before it or after "as saying" */
        before = quoted_from;
        evidence_from(d, e, before);
    }
    if (!inverted && lone < 0 && before > s->tok_start + 1 && before == sp->tok_start &&
        tok_is(&d->toks[before - 1], "the") && is_char(d, before - 2, ','))
        before--; /* "Prices rose, the Foreign Ministry said" */
    if (desc_from != UINT32_MAX && !inverted && before == sp->tok_start) {
        before = desc_from; /* the description opens the speaker */
        evidence_from(d, e, before);
    }
    if (staff_from != UINT32_MAX && !inverted && before == sp->tok_start) {
        /* '"...," the Prudential-Bache officer admitted', "..., an
         * association official said": the article opens the speaker (the
         * body may be named sentences before), so what came before is the
         * content */
        before = staff_from;
        evidence_from(d, e, before);
    }
    if (cont_from != UINT32_MAX && !inverted) {
        /* "But the official said ...": the article opens the speaker */
        before = cont_from;
        evidence_from(d, e, before);
    } else if (lone >= 0 && sp->kind == M_DESC && !inverted) {
        /* "..., a spokesman said": the article opens the speaker */
        before = sp->tok_start - 1;
        evidence_from(d, e, before);
    }
    if (cls == SPEECH_ACCORDING) {
        /* "According to X, ..." or "..., according to X" */
        e->ev.rule = "statement.according_to";
        /* (a document's issuer may be named sentences before) */
        uint32_t rest = paper_end && sp->sent != (uint32_t)(s - d->sents) ? paper_end : sp->tok_end;
        if (is_char(d, rest, ','))
            rest++;
        uint32_t left_len = d->toks[i].start - s->start;
        uint32_t right_len = rest < s->tok_end ? s->end - d->toks[rest].start : 0;
        if (right_len >= left_len && rest < s->tok_end)
            set_content(d, e, d->toks[rest].start, s->end, 0);
        else if (i > s->tok_start)
            set_content(d, e, s->start, d->toks[i - 1].start, 0);
        return NSV_OK;
    }
    int q = quote_closing_before(d, before, s->tok_start);
    if (q < 0 && before < s->tok_end && lower_title_word(d, before)) {
        /* '"...," Ways and Means chairman X said': the body the title heads
         * stands between the quotation and the speaker */
        uint32_t t = titled_body_start(d, before, s);
        if (t < before)
            q = quote_closing_before(d, t, s->tok_start);
    }
    /* '"... talking." Atlas said.': the quote ended the previous sentence,
     * but only when nothing is said after the cue ("He said nothing had
     * changed" has its own content) */
    if (q < 0 && before == s->tok_start && s->tok_start > 0 &&
        (d->toks[s->tok_start - 1].flags & T_QUOTE_CLOSE) &&
        (after >= s->tok_end || (d->toks[after].flags & T_PUNCT)) &&
        /* (not a headline's quoted name: a headline is no one's speech;
         * nor before a colon, which points on: "The greeting reads:") */
        d->toks[s->tok_start - 1].start >= d->title_len &&
        !(after < s->tok_end && is_char(d, after, ':')) &&
        quote_opening_after(d, after, s->tok_end) < 0) /* 'She added: "..."' */
        q = d->toks[s->tok_start - 1].quote;
    if (q >= 0) {
        if (quote_taken_by(out, &d->quotes[q], e->speaker_ent, e)) {
            e->dropped = 1;
            return NSV_OK;
        }
        e->ev.rule = inverted ? "statement.quote_said_speaker" : "statement.quote_speaker_said";
        if (quote_ends_clause(d, s, q))
            /* 'The trend was "stupid", he said': the quotation closes a
             * clause the sentence opened; the clause is the content, and
             * most of it may not be verbatim */
            set_content(d, e, s->start, d->quotes[q].end, 0);
        else
            quote_content(d, e, q);
        return NSV_OK;
    }
    q = quote_opening_after(d, after, s->tok_end);
    if (q >= 0) {
        e->ev.rule = "statement.speaker_said_quote";
        if (quoted_phrase_in_clause(d, s, q))
            /* 'Sir John said "substantial progress" had been made': the
             * quoted words are a phrase of the reported clause, which is
             * the content; most of it is not verbatim */
            set_content(d, e, d->toks[d->quotes[q].open_tok].start,
                        clause_run_end(d, s, d->quotes[q].close_tok + 1), 0);
        else
            quote_content(d, e, q);
        return NSV_OK;
    }
    /* Indirect speech: the content is the rest of the sentence ("X said
     * that ..."), or what came before the speaker ("..., X said on Friday"). */
    uint32_t c = after;
    while (c < s->tok_end && adverb_after_verb(&d->toks[c]))
        c++;
    /* a cue of several words may end in it: "recalled that in 1996 ..." */
    int that = c < s->tok_end && tok_is(&d->toks[c], "that");
    if (!that && c == after && after > i && tok_is(&d->toks[after - 1], "that")) {
        that = 1;
        c--; /* stepped over below */
    }
    if (!that && c < s->tok_end) {
        /* "said in a brief televised appearance ... that X", "told reporters
         * on Friday that X" */
        for (uint32_t k = c + 1; k < s->tok_end && k < c + 16; k++) {
            if (is_char(d, k, ',') || is_char(d, k, ';') || (d->toks[k].flags & T_QUOTE) ||
                tok_lex(d, k, LEX_SPEECH, NULL))
                break;
            if (tok_is(&d->toks[k], "that")) {
                c = k;
                that = 1;
                break;
            }
        }
    }
    if (that)
        c++;
    int comma_after = is_char(d, c, ',');
    if (comma_after)
        c++;
    int right_ok = c < s->tok_end && !is_char(d, c, '.') &&
                   (that || !(d->toks[c].word_bits & (W_PREP | W_PLACE_PREP)));
    int left_ok = !appos && before > s->tok_start + 2 &&
                  (is_char(d, before - 1, ',') || (d->toks[before - 1].flags & T_QUOTE_CLOSE));
    size_t left_len = left_ok ? d->toks[before - 1].start - s->start : 0;
    size_t right_len = right_ok ? s->end - d->toks[c].start : 0;
    /* "Under the proposed sale, the companies said Aloha would acquire ...":
     * one fronted phrase (a preposition or subordinating word opens it, no
     * comma inside) sets the scene; the words after the cue are the content */
    if (left_ok && right_ok && !that && scene_before(d, s, before - 1, c))
        left_ok = 0;
    if (left_ok && !that && (!right_ok || left_len > right_len)) {
        e->ev.rule = "statement.content_speaker_said";
        set_content(d, e, s->start, d->toks[before - 1].start, 0);
        return NSV_OK;
    }
    /* "The greeting reads:" closing its sentence, the message unquoted
     * in the next paragraph ("I welcome the organizers ..."): the content
     * is the next sentence, as a quotation there would be */
    if (c + 1 == s->tok_end && is_char(d, c, ':') && s + 1 < d->sents + d->nsents &&
        (s + 1)->tok_start < (s + 1)->tok_end &&
        !(d->toks[(s + 1)->tok_start].flags & (T_QUOTE | T_IN_QUOTE))) {
        e->ev.rule = "statement.speaker_said";
        set_content(d, e, (s + 1)->start, (s + 1)->end, 0);
        return NSV_OK;
    }
    if (right_ok) {
        e->ev.rule = cls == SPEECH_VERB_ABOUT ? "statement.spoke_about" : "statement.speaker_said";
        /* the content ends where "and added ..." starts another statement */
        uint32_t stop = s->end;
        for (uint32_t k = c + 1; k + 1 < s->tok_end; k++)
            if (!(d->toks[k].flags & T_IN_QUOTE) &&
                ((d->toks[k].word_bits & W_CONJ) || tok_is(&d->toks[k], "but")) &&
                (tok_lex(d, k + 1, LEX_SPEECH, NULL) ||
                 (k + 2 < s->tok_end && tok_is(&d->toks[k + 1], "also") &&
                  tok_lex(d, k + 2, LEX_SPEECH, NULL)) ||
                 /* ("but on Wednesday said") */
                 speech_after_day(d, k, s->tok_end))) {
                stop = d->toks[k].start;
                if (k > c && is_char(d, k - 1, ','))
                    stop = d->toks[k - 1].start;
                break;
            }
        set_content(d, e, d->toks[c].start, stop, 0);
        return NSV_OK;
    }
    e->ev.rule = "statement.speaker_said";
    return NSV_OK;
nomem:
    return out_of_memory(d->limits, err);
}

/* The words of the item's people's names (split at spaces, as
 * name_has_word reads them, case folded), each with the lowest person whose
 * name holds it: built on the first glued speaker line that asks
 * (person_with_word), so that a transcript of thousands of turns does not
 * pass every entity per turn.  The statements pass adds no people. */
typedef struct {
    const char *w; /* the word, inside the entity's name; NULL: a free slot */
    size_t n;
    int ent;
} name_word;

typedef struct {
    name_word *slots; /* NULL until built */
    size_t mask;
    int failed; /* out of memory: person_with_word scans the entities */
} person_words;

static size_t folded_hash(const char *w, size_t n)
{
    size_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)tolower((unsigned char)w[i])) * 1099511628211u;
    return h;
}

/* The slot of word w[0..n) in the table: its own, or the free one it would
 * take. */
static name_word *name_word_slot(const person_words *pw, const char *w, size_t n)
{
    for (size_t i = folded_hash(w, n) & pw->mask;; i = (i + 1) & pw->mask) {
        name_word *x = &pw->slots[i];
        if (!x->w || (x->n == n && !strncasecmp(x->w, w, n)))
            return x;
    }
}

static int build_person_words(doc *d, person_words *pw)
{
    size_t words = 0;
    for (size_t k = 0; k < d->nents; k++)
        if (d->ents[k].kind == NSV_KIND_PERSON && d->ents[k].name)
            for (const char *c = d->ents[k].name; *c; c++)
                words += *c != ' ' && (c[1] == ' ' || !c[1]);
    size_t cap = 16;
    while (cap < 2 * words + 2)
        cap *= 2;
    pw->slots = arena_alloc(d->mem, cap * sizeof *pw->slots);
    if (!pw->slots)
        return -1;
    pw->mask = cap - 1;
    for (size_t k = 0; k < d->nents; k++) {
        const char *c = d->ents[k].kind == NSV_KIND_PERSON ? d->ents[k].name : NULL;
        while (c && *c) {
            size_t n = strcspn(c, " ");
            if (n) {
                name_word *x = name_word_slot(pw, c, n);
                if (!x->w) /* (the lowest person keeps the word) */
                    *x = (name_word){c, n, (int)k};
            }
            c += n;
            c += *c == ' ';
        }
    }
    return 0;
}

/* The lowest person whose name holds the word w (name_has_word), or -1. */
static int person_with_word(doc *d, person_words *pw, const char *w)
{
    size_t n = strlen(w);
    if (!n)
        return -1;
    if (!pw->slots && !pw->failed && build_person_words(d, pw) != 0)
        pw->failed = 1;
    if (pw->failed) {
        for (size_t k = 0; k < d->nents; k++) {
            const entity *e = &d->ents[k];
            if (e->kind == NSV_KIND_PERSON && e->name && name_has_word(e->name, w))
                return (int)k;
        }
        return -1;
    }
    const name_word *x = name_word_slot(pw, w, n);
    return x->w ? x->ent : -1;
}

/* A transcript turn whose speaker line a page glued together: "Kassym-Jomart
 * Tokayev Tokayev Kassym-JomartPresident of the Republic of Kazakhstan:"
 * (the surname doubled, the title glued to the given name) or
 * "VladimirPutin:" (a named person's words run together).  The person's
 * entity, or -1. */
static int glued_turn_speaker(doc *d, person_words *pw, const sentence *s, uint32_t c)
{
    const token *p = &d->toks[c - 1];
    if ((p->flags & T_WORD) && (p->flags & T_CAP) && p->end - p->start < 64) {
        /* "VladimirPutin": a person named in the item, spaces dropped */
        int k = glued_person(d, d->text + p->start, p->end - p->start);
        if (k >= 0)
            return k;
    }
    for (uint32_t t = s->tok_start + 1; t + 1 < c && t < s->tok_start + 24; t++) {
        const token *x = &d->toks[t], *y = &d->toks[t - 1];
        if (!(x->flags & T_CAP) || !(x->flags & T_WORD) || x->lower_len != y->lower_len ||
            strcmp(x->lower, y->lower))
            continue;
        /* the doubled word is the surname of a person the item names (the
         * glued line itself may have been read as one long name) */
        int k = person_with_word(d, pw, x->lower);
        if (k >= 0)
            return k;
    }
    return -1;
}

int turn_speaker(const doc *d, const sentence *s, uint32_t c, uint32_t *name_end)
{
    /* "President of China Xi Jinping (retranslated):": a short parenthesis
     * between the name and the colon */
    uint32_t ne = c;
    if (is_char(d, c - 1, ')'))
        for (uint32_t k = c - 1; k > s->tok_start + 1 && k + 5 > c; k--)
            if (is_char(d, k - 1, '(')) {
                ne = k - 1;
                break;
            }
    if (name_end)
        *name_end = ne;
    int m = mention_ending_at(d, ne, 0);
    if (m < 0 || (d->ments[m].kind != M_PERSON && d->ments[m].kind != M_DESC))
        return -1;
    return m;
}

/* Does a preposition govern the titled name before a colon, mid-sentence
 * ("The following ambassadors presented their credentials to the President
 * of Russia: Ricardo Lagorio ...", "a question for President Putin: Do
 * you ...")?  Then the colon opens a list or someone else's words, not
 * the person's turn. */
int governed_turn_label(const doc *d, const sentence *s, const mention *x)
{
    uint32_t t = x->tok_start;
    if (t > s->tok_start && tok_is(&d->toks[t - 1], "the"))
        t--;
    /* (not "of": "Address at the meeting of the Supreme Eurasian Economic
     * Council President of Russia Vladimir Putin:", a heading glued to the
     * turn) */
    return t > s->tok_start && (d->toks[t - 1].word_bits & W_PREP) &&
           !tok_is(&d->toks[t - 1], "of");
}

/* "Vladimir Putin: Good afternoon..." - a transcript turn: a person or a
 * title ("Prime Minister of the Republic of Armenia:") and a colon opening a
 * sentence, or glued to what came before where a page lost its breaks.
 * Called only in an item with a colon (d->has_colon). */
static nsv_code transcript_turns(doc *d, ev_list *out, person_words *pw, const sentence *s,
                                 nsv_error *err)
{
    if (s->tok_end < s->tok_start + 3)
        return NSV_OK;
    const token *toks = d->toks;
    /* (most sentences of an item with a colon have none: one byte search
     * of the tokens' text asks that before the walk over the tokens) */
    uint32_t from = toks[s->tok_start + 1].start, to = toks[s->tok_end - 2].end;
    if (to <= from || !memchr(d->text + from, ':', to - from))
        return NSV_OK;
    for (uint32_t c = s->tok_start + 1; c + 1 < s->tok_end; c++) {
        if (!(toks[c].flags & T_PUNCT) || !is_char(d, c, ':') || (toks[c].flags & T_IN_QUOTE))
            continue;
        uint32_t ne; /* where the name ends */
        int m = turn_speaker(d, s, c, &ne);
        int named = m >= 0 && party_mention(d, m);
        int glued = -1; /* the entity of a glued speaker line */
        if (!named && (d->toks[c + 1].flags & T_CAP)) {
            glued = glued_turn_speaker(d, pw, s, ne);
            if (glued < 0)
                continue;
        } else {
            if (!named)
                continue;
            const mention *x = &d->ments[m];
            int opens =
                x->tok_start == s->tok_start ||
                (x->role && (d->toks[c + 1].flags & T_CAP) && !governed_turn_label(d, s, x));
            /* (a heading in capitals is no speaker: "FACT SHEET: Biden-Harris
             * Administration's ...") */
            int caps = 1;
            for (uint32_t t = x->tok_start; t < x->tok_end && caps; t++)
                caps = !(d->toks[t].flags & T_WORD) || (d->toks[t].flags & T_ALLCAPS);
            if (!opens || caps || !(d->toks[c + 1].flags & (T_CAP | T_QUOTE)))
                continue;
        }
        ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, c, "statement.transcript_turn");
        if (!e)
            goto nomem;
        e->transcript_turn = 1;
        if (glued >= 0) {
            set_speaker_entity(d, e, glued);
            e->ev.evidence_start = d->toks[ne - 1].start;
        } else {
            set_speaker(d, e, m);
        }
        set_content(d, e, d->toks[c + 1].start, s->end, 0);
        e->ev.direct = 1;
    }
    return NSV_OK;
nomem:
    err->code = NSV_ERR_NOMEM;
    err->offset = (size_t)-1;
    snprintf(err->message, sizeof err->message, "out of working memory");
    return NSV_ERR_NOMEM;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* The cue tokens of the meetings read from a hosting verb ("welcomed Y to
 * the White House") among the first n events, sorted, in *out_v (arena;
 * NULL when none): such a verb is no speech cue (hosting_verb).  Collected
 * once, so that an item of many meetings and many cues costs no product of
 * the two.  -1 on no memory, else the count. */
static long hosting_cues(doc *d, const ev_list *out, size_t n, uint32_t **out_v)
{
    size_t c = 0;
    *out_v = NULL;
    for (size_t k = 0; k < n; k++)
        c += out->v[k].ev.type == NSV_EV_MEETING && !strcmp(out->v[k].ev.rule, "meeting.welcome");
    if (!c)
        return 0;
    uint32_t *v = arena_alloc_raw(d->mem, c * sizeof *v);
    if (!v)
        return -1;
    c = 0;
    for (size_t k = 0; k < n; k++)
        if (out->v[k].ev.type == NSV_EV_MEETING && !strcmp(out->v[k].ev.rule, "meeting.welcome"))
            v[c++] = out->v[k].cue_tok;
    qsort(v, c, sizeof *v, cmp_u32);
    *out_v = v;
    return (long)c;
}

/* Did the meeting rules already read the verb at token t as hosting
 * (hosting_cues)?  Then it is no speech cue. */
static int hosting_verb(const uint32_t *hosting, size_t n, uint32_t t)
{
    return n && bsearch(&t, hosting, n, sizeof *hosting, cmp_u32) != NULL;
}

/* Is the "joint" at token t (t + 1 < d->ntoks) a joint statement,
 * declaration or communique: a LEX_DOCUMENT phrase of that canon after it,
 * or one that takes it in ("joint statement" as one phrase)? */
static int joint_document_at(const doc *d, uint32_t t)
{
    const lex_entry *dn = tok_lex(d, t + 1, LEX_DOCUMENT, NULL);
    if (!dn)
        dn = tok_lex(d, t, LEX_DOCUMENT, NULL);
    return dn && dn->canon &&
           (!strcmp(dn->canon, "declaration") || !strcmp(dn->canon, "communique"));
}

/* Does the item's text hold "joint" in any case anywhere?  A token folds
 * to "joint" (tok_is) only where its bytes are those five letters, upper
 * or lower case: an item without them names no joint document, and its
 * sentences need no walk.  ('j' is a rare letter: memchr skips to each.) */
static int text_holds_joint(const doc *d)
{
    for (int upper = 0; upper < 2; upper++) {
        const char *end = d->text + d->len;
        for (const char *p = memchr(d->text, upper ? 'J' : 'j', d->len); p;
             p = memchr(p + 1, upper ? 'J' : 'j', (size_t)(end - p - 1))) {
            if (end - p >= 5 && (p[1] | 0x20) == 'o' && (p[2] | 0x20) == 'i' &&
                (p[3] | 0x20) == 'n' && (p[4] | 0x20) == 't')
                return 1;
        }
    }
    return 0;
}

/* Does sentence s name a joint statement, declaration or communique
 * ("joint" before a declaration-kind document noun) outside quotations? */
static int names_joint_document(const doc *d, const sentence *s)
{
    const token *toks = d->toks;
    /* the document noun is a LEX_DOCUMENT phrase at "joint" or after it:
     * most items and tokens have none, which the category bits tell at once */
    const uint32_t doc_cat = 1u << LEX_DOCUMENT;
    if (!(d->any_cats & doc_cat))
        return 0;
    /* (each token's bits are loaded once, as the next one's and then its own) */
    uint32_t next_cats = s->tok_start < s->tok_end ? toks[s->tok_start].cats : 0;
    for (uint32_t t = s->tok_start; t + 1 < s->tok_end; t++) {
        uint32_t cats = next_cats;
        next_cats = toks[t + 1].cats;
        if (!((cats | next_cats) & doc_cat) || !tok_is(&toks[t], "joint") ||
            (toks[t].flags & T_IN_QUOTE))
            continue;
        if (!joint_document_at(d, t))
            continue;
        /* issued here: "a joint statement was issued", "adopted a Moscow Joint
         * Statement"; "the joint statement of March" refers to an old one */
        for (uint32_t k = t; k > s->tok_start && k + 3 > t; k--) {
            if (indefinite_article(&d->toks[k - 1]))
                return 1;
            if (d->toks[k - 1].word_bits & W_DET)
                break;
        }
    }
    return 0;
}

/* Was a document signed in sentence k?  The signing rules ran first. */
static int signed_in(const ev_list *out, size_t upto, uint32_t k)
{
    for (size_t i = 0; i < upto; i++)
        if (out->v[i].ev.type == NSV_EV_SIGNING && out->v[i].sent == k &&
            out->v[i].ev.modality == NSV_MOD_ACTUAL)
            return 1;
    return 0;
}

/* signed_in() for every sentence at once (a flag per sentence), so that
 * the walk over the sentences does not scan the drafts once per sentence:
 * NULL when out of memory. */
static unsigned char *signed_sentences(doc *d, const ev_list *out, size_t upto)
{
    unsigned char *is = arena_alloc(d->mem, d->nsents ? d->nsents : 1);
    if (!is)
        return NULL;
    for (size_t i = 0; i < upto; i++)
        if (out->v[i].ev.type == NSV_EV_SIGNING && out->v[i].sent < d->nsents &&
            out->v[i].ev.modality == NSV_MOD_ACTUAL)
            is[out->v[i].sent] = 1;
    return is;
}

/* "In the document, the sides ...", "In the international section of the
 * declaration, they ...": the clause before the speaker places the cue in a
 * document.  "which" after a document ("the Declaration, in which they
 * confirmed") does the same. */
static int inside_document(const doc *d, const ev_draft *e)
{
    const sentence *s = &d->sents[e->sent];
    uint32_t stop = e->cue_tok;
    if (e->speaker_mention >= 0 && d->ments[e->speaker_mention].sent == e->sent &&
        d->ments[e->speaker_mention].tok_start < stop)
        stop = d->ments[e->speaker_mention].tok_start;
    /* "In the document": not "In a statement, X said" nor "In his
     * statement" (the speaker's own words), nor a bare "statement" */
    int opens_in = s->tok_start + 2 < s->tok_end && tok_is(&d->toks[s->tok_start], "in") &&
                   tok_is(&d->toks[s->tok_start + 1], "the");
    for (uint32_t t = s->tok_start; t < stop; t++) {
        if (d->toks[t].flags & T_IN_QUOTE)
            continue;
        if (opens_in && t < s->tok_start + 8 && tok_lex(d, t, LEX_DOCUMENT, NULL) &&
            !(tok_is(&d->toks[t], "statement") && !tok_is(&d->toks[t - 1], "joint")))
            return 1;
        if (tok_is(&d->toks[t], "which") && t > s->tok_start + 1 &&
            (tok_is(&d->toks[t - 1], "in") || is_char(d, t - 1, ',')) &&
            (tok_lex(d, t - 2, LEX_DOCUMENT, NULL) ||
             (t > s->tok_start + 2 && tok_lex(d, t - 3, LEX_DOCUMENT, NULL))))
            return 1;
    }
    return 0;
}

/* "X and Y adopted a joint statement" (speech_cues.tsv): a joint
 * document is the statement of its parties together, or of a body that
 * adopts it ("The Supreme Council adopted a joint statement"); one person or
 * country read alone as its subject ("Orvalia and Kestria adopted ...",
 * where only Kestria is a known name) is no speaker of it. */
static void drop_lone_joint_adopters(const doc *d, ev_list *out, size_t first)
{
    for (size_t i = first; i < out->n; i++) {
        ev_draft *e = &out->v[i];
        uint32_t c = e->cue_tok;
        unsigned nw = 0;
        /* (the cue phrase itself ends in the joint document: not "said
         * the joint committee") */
        if (e->ev.type != NSV_EV_STATEMENT || e->dropped || c + 2 >= d->ntoks ||
            !tok_is(&d->toks[c + 2], "joint") || !tok_lex(d, c, LEX_SPEECH, &nw) || nw < 4)
            continue;
        if (e->ev.speaker.kind == NSV_KIND_PERSON || e->ev.speaker.kind == NSV_KIND_COUNTRY)
            e->dropped = 1;
    }
}

/* A joint statement that is adopted or issued is one statement of its
 * parties: what "the sides" then say, and what "the document" says, folds
 * into the first such statement.  What a signed document says is no
 * statement at all (the guide's rulings). */
static void fold_document_statements(doc *d, ev_list *out, size_t first, size_t body)
{
    long joint = -1, signd = -1; /* last sentence naming each, or -1 */
    uint32_t seen = 0;
    long head = -1;
    const unsigned char *signs = NULL;
    int joint_word = -1; /* text_holds_joint, asked at the first sentence */
    for (size_t i = first; i < out->n; i++) {
        ev_draft *e = &out->v[i];
        if (e->ev.type != NSV_EV_STATEMENT)
            continue;
        if (seen <= e->sent && seen < d->nsents) {
            if (!signs)
                signs = signed_sentences(d, out, first);
            if (joint_word < 0)
                joint_word = text_holds_joint(d);
        }
        for (; seen <= e->sent && seen < d->nsents; seen++) {
            if (signs ? signs[seen] : signed_in(out, first, seen))
                signd = seen;
            else if (joint_word && d->sents[seen].end > body &&
                     names_joint_document(d, &d->sents[seen])) {
                /* in the body: a title "Joint Statement ..." is the text itself */
                joint = seen;
                head = -1;
            }
        }
        if (e->ev.modality != NSV_MOD_ACTUAL)
            continue;
        int in_doc = inside_document(d, e);
        if (in_doc && signd >= 0 && signd >= joint) {
            e->dropped = 1;
            continue;
        }
        if (joint < 0 || signd > joint || (!in_doc && e->ev.speaker.kind != NSV_KIND_GROUP))
            continue;
        if (head < 0)
            head = (long)i;
        else
            e->dropped = 1;
    }
}

/* Is the item itself a joint statement: its title opens with "Joint
 * Statement", "Joint Declaration" or "Joint Communique" (after an optional
 * "The"), and says nothing of a signing ("The Joint Declaration ... was
 * signed" heads a signed document: GUIDE, a signing only)? */
static int joint_statement_title(const doc *d)
{
    uint32_t t = 0;
    if (!d->title_len || d->ntoks < 2)
        return 0;
    if (tok_is(&d->toks[0], "the"))
        t = 1;
    if (t + 1 >= d->ntoks || d->toks[t + 1].start >= d->title_len || !tok_is(&d->toks[t], "joint"))
        return 0;
    if (!joint_document_at(d, t))
        return 0;
    for (uint32_t k = t + 2; k < d->ntoks && d->toks[k].start < d->title_len; k++)
        if (tok_lex(d, k, LEX_SIGNING, NULL))
            return 0;
    return 1;
}

/* The parties of a joint statement item, at most JOINT_PARTIES: the
 * members of its body's joint speakers and the countries and people its
 * title names ("Joint Statement from India and the United States"). */
#define JOINT_PARTIES 24

static int add_party(int *v, int n, int ent)
{
    if (ent < 0 || n >= JOINT_PARTIES)
        return n;
    for (int i = 0; i < n; i++)
        if (v[i] == ent)
            return n;
    v[n] = ent;
    return n + 1;
}

/* Is title token k a hyphen or dash joining two names ("U.S.-China",
 * "United States – Bangladesh")? */
static int title_dash(const doc *d, uint32_t k)
{
    return k < d->ntoks && hyphen_or_dash(d, k);
}

/* The entity of title mention m, or of the first later mention spelled
 * as it is, among the next VOICE_NEAR_MENTIONS, when the title's own is
 * unresolved (a name opening the title after "from" is read as a headline
 * word: "Joint Statement from France and Germany"); -1 for none.  (A title
 * of thousands of unresolved names must not make each scan the item.) */
static int title_mention_entity(const doc *d, size_t m)
{
    const mention *x = &d->ments[m];
    if (x->entity >= 0)
        return x->entity;
    size_t a = d->toks[x->tok_start].start, len = d->toks[x->tok_end - 1].end - a;
    for (size_t k = m + 1; k < d->nments && k <= m + VOICE_NEAR_MENTIONS; k++) {
        const mention *y = &d->ments[k];
        size_t b = d->toks[y->tok_start].start;
        if (y->entity >= 0 && d->toks[y->tok_end - 1].end - b == len &&
            !memcmp(d->text + a, d->text + b, len))
            return y->entity;
    }
    return -1;
}

/* The parties a joint statement's title names, in v (at most
 * JOINT_PARTIES), and their count: the countries, people and bodies after
 * its "by", "from", "between" (or an "of" right after the document noun)
 * up to the topic (a lower-case word other than "and", "the", "of", or a
 * capitalised "-ing" word: "on Shared Efforts", "Following the Meeting",
 * "to Protect"); with none of those, the countries a dash joins ("on
 * United States-Indonesia Agreement").  A topic's names ("on Iran") are
 * no party.  -1 when memory ran out. */
static int title_parties(doc *d, int *v)
{
    uint32_t t = tok_is(&d->toks[0], "the") ? 1 : 0, end = t;
    while (end < d->ntoks && d->toks[end].start < d->title_len)
        end++;
    uint32_t from = 0;
    for (uint32_t k = t + 2; k < end && !from; k++)
        if (tok_is(&d->toks[k], "by") || tok_is(&d->toks[k], "from") ||
            tok_is(&d->toks[k], "between") || (k == t + 2 && tok_is(&d->toks[k], "of")))
            from = k + 1;
    uint32_t to = end;
    for (uint32_t k = from; from && k < end; k++) {
        const token *w = &d->toks[k];
        if (!(w->flags & T_WORD) || tok_is(w, "and") || tok_is(w, "the") || tok_is(w, "of"))
            continue;
        if (!(w->flags & T_CAP) || ing_form(w)) {
            to = k;
            break;
        }
    }
    int n = 0;
    /* (where a mention stands is tested before its entity is looked up) */
    for (size_t m = 0; m < d->nments && d->ments[m].tok_start < end && n < JOINT_PARTIES; m++) {
        const mention *x = &d->ments[m];
        if (from
                ? x->tok_start < from || x->tok_start >= to
                : !(title_dash(d, x->tok_end) || (x->tok_start && title_dash(d, x->tok_start - 1))))
            continue;
        int ent = title_mention_entity(d, m);
        /* "by the President of Ukraine, the President of the Republic of
         * Lithuania and ...": an office the item names no holder of is
         * the outlet's own office holder, if of that office's country, else
         * its country's party */
        if (ent < 0 && from && x->kind == M_DESC && x->role && x->country) {
            const lex_entry *own = outlet_office(d);
            if (own && own->extra2 && !strcmp(own->extra2, x->country) &&
                role_marked(d->lex, x->role, TITLE_OFFICE_HOLDER, 1)) {
                if (outlet_office_person(d, &ent) < 0)
                    return -1;
            } else if ((ent = country_entity(d, x->country)) < 0)
                return -1;
        }
        if (ent < 0)
            continue;
        nsv_kind kind = d->ents[ent].kind;
        if (from ? kind != NSV_KIND_COUNTRY && kind != NSV_KIND_PERSON &&
                       kind != NSV_KIND_ORGANIZATION
                 : kind != NSV_KIND_COUNTRY)
            continue;
        n = add_party(v, n, ent);
    }
    return n;
}

/* Does statement e speak for the parties v[0..n): its speaker is a group,
 * one of the parties, or someone or something of a party's country
 * ("President Biden reiterated" in the joint statement of the United
 * States and Japan)? */
static int speaks_for_parties(const doc *d, const ev_draft *e, const int *v, int n)
{
    if (e->ev.speaker.kind == NSV_KIND_GROUP)
        return 1;
    if (e->speaker_ent < 0)
        return 0;
    const entity *x = &d->ents[e->speaker_ent];
    for (int p = 0; p < n; p++) {
        const entity *y = &d->ents[v[p]];
        if (v[p] == e->speaker_ent)
            return 1;
        const char *yc = y->kind == NSV_KIND_COUNTRY ? y->name : y->country;
        if (!yc)
            continue;
        if ((x->kind == NSV_KIND_COUNTRY && x->name && !strcmp(x->name, yc)) ||
            (x->country && !strcmp(x->country, yc)))
            return 1;
    }
    return 0;
}

/* The first sentence that starts at or after byte `body` (the item's
 * title and dateline end there: body_offset), or nsents. */
static uint32_t first_body_sentence(const doc *d, size_t body)
{
    uint32_t k = 0;
    while (k < d->nsents && d->sents[k].start < body)
        k++;
    return k;
}

static int speaks_in_body(const ev_draft *e, size_t body)
{
    return e->ev.type == NSV_EV_STATEMENT && !e->dropped && e->ev.modality == NSV_MOD_ACTUAL &&
           e->ev.evidence_start >= body;
}

/* An item that is a joint statement (joint_statement_title): its body is
 * the statement's text, one statement of its parties, into which what the
 * parties say there folds ("The leaders reaffirmed ...", "President Biden
 * reiterated ...", "The United States and Japan also reaffirm ..."), as a
 * communique's extracts are one statement of its issuer (GUIDE: a joint
 * statement that is issued is one statement of its parties).  The first
 * statement of the body with a group as speaker stands for it; with none
 * ("We, the leaders of ... condemn", "Canada, Mexico, and the United States
 * condemn": a plural present no cue reads), the parties the title names
 * speak in the body's first sentence.  Another speaker the text quotes
 * keeps its own. */
static nsv_code joint_statement_item(doc *d, ev_list *out, size_t first, size_t body,
                                     nsv_error *err)
{
    if (!joint_statement_title(d))
        return NSV_OK;
    long head = -1;
    int parties[JOINT_PARTIES], n = 0;
    for (size_t i = first; i < out->n; i++) {
        const ev_draft *e = &out->v[i];
        if (!speaks_in_body(e, body) || e->ev.speaker.kind != NSV_KIND_GROUP || e->nents < 2)
            continue;
        if (head < 0)
            head = (long)i;
        for (int p = 0; p < e->nents; p++)
            n = add_party(parties, n, e->ents[p]);
    }
    int named[JOINT_PARTIES];
    int nn = title_parties(d, named);
    if (nn < 0)
        return out_of_memory(d->limits, err);
    for (int p = 0; p < nn; p++)
        n = add_party(parties, n, named[p]);
    if (head < 0) {
        uint32_t fs = first_body_sentence(d, body);
        if (nn < 2 || fs >= d->nsents)
            return NSV_OK;
        const sentence *s = &d->sents[fs];
        ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, s->tok_start, "statement.joint_text");
        if (!e)
            return out_of_memory(d->limits, err);
        set_joint_speaker(d, e, named, nn);
        e->ev.modality = NSV_MOD_ACTUAL;
        e->ev.evidence_start = s->start;
        e->ev.evidence_end = s->end;
        set_content(d, e, s->start, s->end, 0);
        e->ev.direct = 0;
        head = (long)(out->n - 1);
    }
    for (size_t i = first; i < out->n; i++) {
        ev_draft *e = &out->v[i];
        if ((long)i != head && speaks_in_body(e, body) && speaks_for_parties(d, e, parties, n))
            e->dropped = 1;
    }
    return NSV_OK;
}

/* How many sentences into its body an address may go before its first "I"
 * or "we" (address_statement): a speech may open with a row of salutations
 * ("Mr. Speaker! Mr. Prime Minister! ..."), a wartime address with a dozen
 * short lines of news ("Europeans! Ukrainians! ... Buildings are
 * destroyed."); twelve missed six such addresses in the corpus. */
#define ADDRESS_FIRST_PERSON_REACH 40

/* The outlet's own office holder (outlet_office_person), -1 when it has
 * none, -2 when memory ran out. */
static int office_person(doc *d)
{
    int holder;
    return outlet_office_person(d, &holder) < 0 ? -2 : holder;
}

/* The person a headline token at a speaks for ("the President", "President
 * of Ukraine Volodymyr Zelenskyy": the outlet's own office holder for a bare
 * "President"), or -1; -2 when memory ran out. */
static int headline_person(doc *d, uint32_t a)
{
    if (a < d->ntoks && tok_is(&d->toks[a], "the"))
        a++;
    if (a >= d->ntoks || d->toks[a].start >= d->title_len)
        return -1;
    int m = mention_at(d, a);
    if (m >= 0 && d->ments[m].entity >= 0 && d->ents[d->ments[m].entity].kind == NSV_KIND_PERSON &&
        (d->ments[m].kind == M_PERSON || d->ments[m].kind == M_DESC))
        return d->ments[m].entity;
    if (tok_is(&d->toks[a], "president"))
        return office_person(d);
    return -1;
}

/* Who a headline names as the author of the address below it, or -1:
 * "... - address by|of the President of Ukraine", "Easter congratulations by
 * X", "... - President Volodymyr Zelenskyy's address".  A headline that only
 * closes on its speaker ("... - President Volodymyr Zelenskyy") heads
 * narrated news as often as a speech: *salutation asks the caller for a
 * body that opens by hailing its audience ("Ukrainians!"). */
int address_author(doc *d, int *salutation)
{
    *salutation = 0;
    uint32_t n = 0;
    while (n < d->ntoks && d->toks[n].start < d->title_len)
        n++;
    for (uint32_t k = 0; k + 1 < n; k++) {
        const token *t = &d->toks[k];
        if (!(tok_is(t, "address") || tok_is(t, "speech") || tok_is(t, "congratulations")))
            continue;
        if (tok_is(&d->toks[k + 1], "by") || tok_is(&d->toks[k + 1], "of"))
            return headline_person(d, k + 2);
    }
    /* "X's address", "the President's speech" */
    for (uint32_t k = 2; k < n; k++)
        if ((tok_is(&d->toks[k], "address") || tok_is(&d->toks[k], "speech")) &&
            (d->toks[k - 1].flags & T_POSS)) {
            int m = mention_ending_at(d, k - 1, 0);
            if (m >= 0)
                return headline_person(d, d->ments[m].tok_start);
            return tok_is(&d->toks[k - 2], "president") ? office_person(d) : -1;
        }
    *salutation = 1;
    for (uint32_t k = n; k-- > 1;)
        if (spaced_hyphen_or_dash(d, k))
            return headline_person(d, k + 1);
    return -1;
}

/* A headline naming its author (address_author) over a body in the first
 * person with no quotation marks ("Ukrainians! Our defenders! Today I ..."):
 * the address as a whole is one direct statement of its speaker, as a
 * transcript's turn is (GUIDE: a quotation with its speaker).  Not when the
 * body narrates him (names him in its first sentence) or never says "I",
 * "we", "our", "my" or "us" in its first ADDRESS_FIRST_PERSON_REACH
 * sentences. */
static nsv_code address_statement(doc *d, ev_list *out, size_t body, nsv_error *err)
{
    if (!d->title_len)
        return NSV_OK;
    int salutation = 0;
    int ent = address_author(d, &salutation);
    if (ent == -2)
        return out_of_memory(d->limits, err);
    if (ent < 0)
        return NSV_OK;
    /* the body's first sentence, and the first person within reach */
    uint32_t first = first_body_sentence(d, body);
    if (first >= d->nsents)
        return NSV_OK;
    const sentence *fs = &d->sents[first];
    if (salutation && !(fs->tok_end > fs->tok_start && is_char(d, fs->tok_end - 1, '!')))
        return NSV_OK;
    int own = 0;
    for (uint32_t si = first; si < d->nsents && si < first + ADDRESS_FIRST_PERSON_REACH && !own;
         si++)
        for (uint32_t t = d->sents[si].tok_start; t < d->sents[si].tok_end && !own; t++)
            own = !(d->toks[t].flags & T_IN_QUOTE) && (d->toks[t].word_bits & W_FIRST_PERSON) &&
                  (d->toks[t].flags & T_WORD);
    if (!own)
        return NSV_OK;
    for (uint32_t t = fs->tok_start; t < fs->tok_end; t++) {
        int x = mention_at(d, t);
        if (x >= 0 && d->ments[x].entity == ent)
            return NSV_OK;
        if (d->toks[t].flags & T_QUOTE)
            return NSV_OK; /* a quotation: someone narrates */
    }
    ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, fs->tok_start, "statement.address");
    if (!e)
        return out_of_memory(d->limits, err);
    set_speaker_entity(d, e, ent);
    e->ev.evidence_start = fs->start;
    e->ev.evidence_end = fs->end;
    set_content(d, e, fs->start, fs->end, 1);
    e->ev.direct = 1;
    return NSV_OK;
}

/* Does statement e's cue point back at words already reported ("The Head
 * of State said this during a meeting", "He stated this, speaking to the
 * media", "spoke about this in an interview", "This was stated by X")?
 * Not "said this week", "said this is", "said this:" (content follows). */
static int points_back(const doc *d, const ev_draft *e)
{
    const sentence *s = &d->sents[e->sent];
    uint32_t c = e->cue_tok;
    if (c < s->tok_start || c >= s->tok_end)
        return 0;
    if (c == s->tok_start + 2 && tok_is(&d->toks[s->tok_start], "this") &&
        (d->toks[c - 1].word_bits & W_BE) && c + 1 < s->tok_end && tok_is(&d->toks[c + 1], "by"))
        return 1;
    /* (a speech verb's own object: a transcript turn's "So ..." is its content) */
    unsigned nw = 0;
    if (!tok_lex(d, c, LEX_SPEECH, &nw) || !nw)
        return 0;
    uint32_t k = c + nw;
    if (k < s->tok_end && tok_is(&d->toks[k], "about"))
        k++;
    if (k >= s->tok_end || !(tok_is(&d->toks[k], "this") || tok_is(&d->toks[k], "so")) ||
        (d->toks[k].flags & T_IN_QUOTE))
        return 0;
    if (k + 1 >= s->tok_end)
        return 1;
    return is_char(d, k + 1, ',') || is_char(d, k + 1, '.') ||
           (d->toks[k + 1].word_bits & W_OCCASION) != 0;
}

/* "Zelenskyy emphasizes that ... The Head of State said this during a
 * meeting": the second sentence places the same attribution, no new event
 * (GUIDE: one event per attribution; pointing back at one's own words is
 * none).  It folds into the same speaker's statement of the one or two
 * sentences before; with none there ("X is ready. This was stated by Y")
 * it is the event. */
static void drop_repeated_attributions(const doc *d, ev_list *out, size_t first)
{
    for (size_t i = first; i < out->n; i++) {
        ev_draft *e = &out->v[i];
        if (e->ev.type != NSV_EV_STATEMENT || e->dropped || e->speaker_ent < 0 ||
            e->ev.modality != NSV_MOD_ACTUAL || !points_back(d, e))
            continue;
        for (size_t j = i; j-- > first;) {
            const ev_draft *p = &out->v[j];
            if (p->sent + 2 < e->sent) /* (drafts are in text order) */
                break;
            if (p->ev.type != NSV_EV_STATEMENT || p->dropped || p->sent >= e->sent)
                continue;
            if (p->speaker_ent == e->speaker_ent && p->ev.modality == NSV_MOD_ACTUAL) {
                e->dropped = 1;
                break;
            }
        }
    }
}

/* Is statement e's cue in a relative clause whose subject stands right
 * before it, "which he said was", "what it described as", "whom she says"
 * (the speaker's mention after "which", "what" or "whom")? */
static int relative_attribution(const doc *d, const ev_draft *e)
{
    const sentence *s = &d->sents[e->sent];
    if (e->cue_tok < s->tok_start || e->cue_tok >= s->tok_end)
        return 0;
    uint32_t k = verb_group_start(d, e->cue_tok, s->tok_start);
    int m = mention_ending_at(d, k, s->tok_start);
    if (m < 0 || d->ments[m].tok_start <= s->tok_start)
        return 0;
    const token *r = &d->toks[d->ments[m].tok_start - 1];
    return !(r->flags & T_IN_QUOTE) &&
           (tok_is(r, "which") || tok_is(r, "what") || tok_is(r, "whom"));
}

/* "Brazil would not repeat the measures, which he said had provoked a
 * recession, he added", "Dole said the talks, which she said would be
 * monitored, were open": the relative clause attributes part of what the
 * same speaker says in that sentence, no event of its own (GUIDE: one event
 * per attribution).  Dropped where the same speaker's other statement of the
 * sentence stands; alone ("prices fell after the move, which he said was a
 * mistake") it is the event. */
static void drop_relative_attributions(const doc *d, ev_list *out, size_t first)
{
    for (size_t i = first; i < out->n; i++) {
        ev_draft *e = &out->v[i];
        if (e->ev.type != NSV_EV_STATEMENT || e->dropped || e->speaker_ent < 0 ||
            e->transcript_turn || !relative_attribution(d, e))
            continue;
        /* (drafts are in text order: the sentence's others are near) */
        for (size_t j = i > first + 16 ? i - 16 : first; j < out->n && j <= i + 16; j++) {
            const ev_draft *p = &out->v[j];
            if (j == i || p->ev.type != NSV_EV_STATEMENT || p->dropped || p->sent != e->sent ||
                p->speaker_ent != e->speaker_ent || p->ev.modality != e->ev.modality ||
                relative_attribution(d, p))
                continue;
            e->dropped = 1;
            break;
        }
    }
}

/* "The Soviet government said results were unsatisfactory, the official
 * news agency Tass said.", "Lawson has told Funaro that ..., a Treasury
 * spokesman said.", "SAIC says none of its money will be paid ..., the FT
 * reports": an outlet or a body's spokesperson closing a sentence whose
 * main clause already holds a statement only relays it (GUIDE: one event,
 * the relayed speaker's).  Is statement draft i such a relay?  Either its
 * speaker is an outlet (or a name ending in an outlet word) read as
 * speaking after its content ("..., the FT reports"), and a statement of
 * another speaker, among the RELAYED_DRAFTS_BACK drafts before it in its
 * sentence, opens before that content ends; or a statement whose cue comes
 * before the relay's speaker, among the 16 drafts either side in its
 * sentence, runs through the relay's cue, which ends the sentence (three
 * tokens at most after it, its full stop among them: "said on Monday."). */
static int closing_relay(const doc *d, const ev_list *out, size_t first, size_t i)
{
    const ev_draft *e = &out->v[i];
    const mention *sm = &d->ments[e->speaker_mention];
    const sentence *s = &d->sents[e->sent];
    int outlet = outlet_mention(d, e->speaker_mention);
    if (e->ev.rule && !strcmp(e->ev.rule, "statement.content_speaker_said") &&
        (outlet || (d->toks[sm->tok_end - 1].word_bits & W_OUTLET)))
        for (size_t k = i, steps = 0; k-- > first && steps < RELAYED_DRAFTS_BACK; steps++) {
            const ev_draft *p = &out->v[k];
            if (p->sent != e->sent)
                break;
            if (p->ev.type == NSV_EV_STATEMENT && !p->dropped && p->speaker_ent != e->speaker_ent &&
                p->speaker_ent >= 0 && p->ev.evidence_start < e->content_end)
                return 1;
        }
    /* (a lawyer or spokesperson named: "Burlington lawyer Hubert
     * Humphrey said") */
    int relay = outlet || sm->body_voice || (sm->role && body_voice_title(d, sm->role));
    if (!relay || sm->sent != e->sent || sm->tok_start >= e->cue_tok || e->cue_tok + 4 < s->tok_end)
        return 0;
    /* (past its article and up to five lower-case words or a body's
     * name before it: "the official news agency Tass", "Burlington
     * lawyer") */
    uint32_t a = sm->tok_start;
    for (int n = 0; a > s->tok_start && n < 5; n++) {
        const token *w = &d->toks[a - 1];
        int bm = mention_ending_at(d, a, 0);
        if (bm >= 0 && d->ments[bm].kind == M_ORG && d->ments[bm].tok_start > s->tok_start) {
            a = d->ments[bm].tok_start;
            continue;
        }
        if (!(w->flags & T_WORD) || (w->flags & (T_CAP | T_IN_QUOTE)) ||
            (w->word_bits & (W_AUX | W_SUBORD | W_CONJ | W_PREP)) ||
            tok_lex(d, a - 1, LEX_SPEECH, NULL))
            break;
        a--;
    }
    if (a <= s->tok_start || !is_char(d, a - 1, ','))
        return 0;
    size_t cue_end = d->toks[e->cue_tok].end;
    for (size_t j = i > first + 16 ? i - 16 : first; j < out->n && j <= i + 16; j++) {
        const ev_draft *p = &out->v[j];
        if (j != i && p->ev.type == NSV_EV_STATEMENT && !p->dropped && p->sent == e->sent &&
            p->cue_tok < a && p->ev.modality == e->ev.modality && p->speaker_ent >= 0 &&
            p->ev.evidence_end >= cue_end)
            return 1;
    }
    return 0;
}

static void drop_closing_relays(const doc *d, ev_list *out, size_t first)
{
    for (size_t i = first; i < out->n; i++) {
        ev_draft *e = &out->v[i];
        if (e->ev.type == NSV_EV_STATEMENT && !e->dropped && !e->transcript_turn &&
            e->speaker_mention >= 0 && closing_relay(d, out, first, i))
            e->dropped = 1;
    }
}

/* "The company said it has obtained waivers ..." twice in one item: wire
 * copy that repeats its paragraphs repeats the attribution, one event
 * (GUIDE).  The same speaker's narrated sentence, byte for byte (40 bytes
 * at least), among the 64 statements before; not a transcript's turns,
 * where "Thank you." may well be said twice. */
static void drop_repeated_sentences(const doc *d, ev_list *out, size_t first)
{
    for (size_t i = first; i < out->n; i++) {
        ev_draft *e = &out->v[i];
        if (e->ev.type != NSV_EV_STATEMENT || e->dropped || e->speaker_ent < 0 ||
            e->transcript_turn)
            continue;
        const sentence *se = &d->sents[e->sent];
        size_t len = se->end - se->start;
        if (len < 40)
            continue;
        for (size_t j = i, seen = 0; j-- > first && seen < 64;) {
            const ev_draft *p = &out->v[j];
            if (p->ev.type != NSV_EV_STATEMENT)
                continue;
            seen++;
            const sentence *sp = &d->sents[p->sent];
            if (p->dropped || p->sent == e->sent || p->speaker_ent != e->speaker_ent ||
                p->ev.modality != e->ev.modality || sp->end - sp->start != len ||
                memcmp(d->text + sp->start, d->text + se->start, len))
                continue;
            e->dropped = 1;
            break;
        }
    }
}

/* Does sentence k open "This was stated by", "This has been announced by"
 * (its subject pointing at the sentence before)? */
static int opens_this_said_by(const doc *d, size_t k)
{
    const sentence *s = &d->sents[k];
    uint32_t t = s->tok_start;
    if (t + 3 >= s->tok_end || !(tok_is(&d->toks[t], "this") || tok_is(&d->toks[t], "that")) ||
        (d->toks[t].flags & T_IN_QUOTE))
        return 0;
    t++;
    if (tok_is(&d->toks[t], "has") || tok_is(&d->toks[t], "had"))
        t++;
    if (!(d->toks[t].word_bits & W_BE))
        return 0;
    t++;
    unsigned nw = 0;
    if (t >= s->tok_end || !tok_lex(d, t, LEX_SPEECH, &nw) || !nw)
        return 0;
    return t + nw < s->tok_end && tok_is(&d->toks[t + nw], "by");
}

/* "Ukraine calls on its partners to close the sky. This was stated by
 * Adviser X": the sentence before is X's words, the position X states in
 * the present tense, not a statement of the country or body its narration
 * names (GUIDE: one event per attribution; the passive names the speaker).
 * A past act it reports ("Ukraine has appealed to Erdogan and Biden",
 * "the delegations clarified") is a specific event of its own, and a
 * person there keeps their event. */
static void drop_content_of_passive(const doc *d, ev_list *out, size_t first)
{
    for (size_t i = first; i < out->n; i++) {
        ev_draft *e = &out->v[i];
        if (e->ev.type != NSV_EV_STATEMENT || e->dropped || e->ev.modality != NSV_MOD_ACTUAL ||
            e->ev.speaker.kind == NSV_KIND_PERSON || e->cue_tok >= d->ntoks ||
            e->sent + 1 >= d->nsents || d->sents[e->sent + 1].para != d->sents[e->sent].para ||
            (d->toks[e->cue_tok].flags & T_IN_QUOTE) || !opens_this_said_by(d, e->sent + 1))
            continue;
        if (simple_present_cue(d, e->cue_tok))
            e->dropped = 1;
    }
}

/* Is entity ent the outlet's own office: a body organizations.tsv marks
 * "presidency" ("the Administration", "the White House") of the country
 * whose presidency publishes the item, or that country itself ("The United
 * States welcomes ..." in a White House release speaks for it)? */
static int own_office_body(const doc *d, const lex_entry *office, int ent)
{
    if (!office || !office->extra2 || ent < 0 || !d->ents[ent].name)
        return 0;
    if (d->ents[ent].kind == NSV_KIND_COUNTRY)
        return !strcmp(d->ents[ent].name, office->extra2);
    if (d->ents[ent].kind != NSV_KIND_ORGANIZATION)
        return 0;
    char key[128];
    size_t kl = 0;
    for (const char *p = d->ents[ent].name; *p;) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        if (p == w)
            break;
        char buf[64];
        if ((size_t)(p - w) >= sizeof buf)
            return 0;
        size_t l = lex_fold(w, (size_t)(p - w), buf, sizeof buf);
        if (kl + l + 2 >= sizeof key)
            return 0;
        if (kl)
            key[kl++] = ' ';
        memcpy(key + kl, buf, l);
        kl += l;
    }
    return kl && presidency_row(lex_lookup(d->lex, key, kl), office->extra2) != NULL;
}

/* "The Biden-Harris Administration recognizes this challenge", "The
 * Administration applauds the states" in a White House release: the office
 * publishing the item speaks in its own voice in the present tense, which
 * is narration, never a speaker (GUIDE).  Its acts ("the Administration
 * announced new actions", "has called on", "White House officials
 * thanked") stay statements. */
static void drop_own_office_present(const doc *d, ev_list *out, size_t first)
{
    const lex_entry *office = outlet_office(d);
    if (!office)
        return;
    for (size_t i = first; i < out->n; i++) {
        ev_draft *e = &out->v[i];
        if (e->ev.type != NSV_EV_STATEMENT || e->dropped || e->cue_tok >= d->ntoks ||
            !own_office_body(d, office, e->speaker_ent))
            continue;
        if (simple_present_cue(d, e->cue_tok))
            e->dropped = 1;
    }
}

/* "..., the UK elections watchdog has said.", "..., the UK's public
 * spending watchdog has said.": a lede that closes on a body's description
 * (a body_nouns.tsv noun, or a words.tsv org_head or firm word, after an
 * article or a possessive that a comma opens, at most five words before it) and a speech cue, which
 * the copy names in the next two sentences as the first body to speak, as a paper's author.  The
 * noun's token, or 0. */
static uint32_t lede_body_noun(const doc *d, const sentence *s)
{
    uint32_t end = s->tok_end;
    if (end < s->tok_start + 4 || !is_char(d, end - 1, '.'))
        return 0;
    uint32_t v = end - 2; /* the cue, before the full stop */
    if (!tok_lex(d, v, LEX_SPEECH, NULL) || (d->toks[v].flags & T_IN_QUOTE))
        return 0;
    uint32_t k = v - 1;
    if (k > s->tok_start && (d->toks[k].word_bits & W_AUX))
        k--;
    /* (or a word that ends a body's name or describes a business: "a
     * leading business-backed organization said", "a charity has warned") */
    if ((!tok_lex(d, k, LEX_BODY_NOUN, NULL) && !(d->toks[k].word_bits & (W_ORG_HEAD | W_FIRM))) ||
        (d->toks[k].flags & T_CAP))
        return 0;
    for (uint32_t a = k; a > s->tok_start + 1 && a + 6 > k; a--) {
        const token *t = &d->toks[a - 1];
        /* (a hyphen inside a word: "business-backed", "anti-fraud") */
        if (is_char(d, a - 1, '-') && a - 1 > s->tok_start + 1 && (d->toks[a - 2].flags & T_WORD) &&
            !(t->flags & T_SPACE_BEFORE))
            continue;
        if (!(t->flags & (T_WORD | T_POSS)) || (t->flags & T_IN_QUOTE))
            return 0;
        if ((t->word_bits & (W_DET | W_POSSESSIVE)) && !(t->flags & T_POSS))
            return is_char(d, a - 2, ',') ? k : 0;
    }
    return 0;
}

/* Is "<the noun at k> <the verb at v>" a noun_verb cue of speech_cues.tsv,
 * a finding a paper reports ("survey found", "report shows"), with any
 * auxiliary between them left out ("a survey has found")? */
static int paper_finding(const doc *d, uint32_t k, uint32_t v)
{
    const token *n = &d->toks[k], *w = &d->toks[v];
    char key[64];
    size_t len = (size_t)n->lower_len + 1 + w->lower_len;
    if (len > sizeof key)
        return 0;
    memcpy(key, n->lower, n->lower_len);
    key[n->lower_len] = ' ';
    memcpy(key + n->lower_len + 1, w->lower, w->lower_len);
    for (const lex_entry *e = lex_lookup(d->lex, key, len); e; e = e->next)
        if (e->cat == LEX_SPEECH && e->value == SPEECH_NOUN_VERB)
            return 1;
    return 0;
}

/* A lede (BBC copy's; a wire story's past its dateline) that closes on an
 * unnamed paper (a document noun of words.tsv class paper, paper_value 0):
 * "..., a report says.", "..., a survey has found.", "..., according to a
 * new report."  The paper speaks for its authors (GUIDE), whom the copy
 * names in the next two sentences as the first body to speak ("The
 * National Audit Office praised ...", "the British Retail Consortium and
 * accountants KPMG said"): the lede is that body's statement.  A person
 * speaking first (a quoted analyst) names no author.  The paper noun's
 * token; else a body's description closing the lede (lede_body_noun), or
 * 0. */
static uint32_t lede_paper_noun(const doc *d, const sentence *s)
{
    for (uint32_t k = s->tok_start + 2; k + 1 < s->tok_end; k++) {
        if (paper_value(d, k) != 0)
            continue;
        uint32_t a = k - 1;
        if (word_class_value(&d->toks[a], W_NONNAME, NONNAME_FRESH)) /* "a new report" */
            a--;
        if (a <= s->tok_start || !indefinite_article(&d->toks[a]))
            continue;
        /* ", according to a report." / ", a report says." closing the
         * sentence */
        uint32_t v = k + 1;
        if (v < s->tok_end && (d->toks[v].word_bits & W_AUX))
            v++;
        int according = a >= s->tok_start + 3 && according_to_before(d, a) &&
                        is_char(d, a - 3, ',') && k + 2 == s->tok_end;
        int says = is_char(d, a - 1, ',') && v + 2 == s->tok_end &&
                   (tok_lex(d, v, LEX_SPEECH, NULL) || paper_finding(d, k, v));
        if (according || says)
            return k;
    }
    return lede_body_noun(d, s);
}

static nsv_code lede_paper_statement(doc *d, ev_list *out, size_t first, size_t body,
                                     nsv_error *err)
{
    /* the body's first sentence as the walk over the sentences reads it:
     * one that a wire dateline opens ("LONDON, March 3 - Sales fell, a
     * survey has found.") is the lede, past its dateline (body_tok) */
    uint32_t lede = 0;
    while (lede < d->nsents && d->sents[lede].end <= body)
        lede++;
    if (lede >= d->nsents)
        return NSV_OK;
    const sentence *s = &d->sents[lede];
    uint32_t from = body_tok(d, s->tok_start, s->tok_end);
    uint32_t noun = from < s->tok_end ? lede_paper_noun(d, s) : 0;
    if (!noun)
        return NSV_OK;
    const ev_draft *author = NULL;
    size_t at = 0; /* the author's index on the list */
    for (size_t k = first; k < out->n; k++) {
        const ev_draft *e = &out->v[k];
        if (e->ev.type != NSV_EV_STATEMENT || e->dropped)
            continue;
        if (e->sent == lede)
            return NSV_OK; /* the lede has its speaker */
        if (e->sent > lede + 2)
            break;
        if (e->sent > lede) {
            author = e;
            at = k;
            break;
        }
    }
    if (!author || author->nents < 1)
        return NSV_OK;
    /* (or a body's acronym read as a person) */
    int acronym = author->nents == 1 && author->speaker_mention >= 0 &&
                  acronym_as_person(d, author->speaker_mention);
    for (int p = 0; p < author->nents; p++)
        if (author->ents[p] < 0 ||
            (d->ents[author->ents[p]].kind != NSV_KIND_ORGANIZATION && !acronym))
            return NSV_OK;
    int ents[MAX_PARTIES], n = author->nents, one = author->speaker_ent;
    for (int p = 0; p < n; p++)
        ents[p] = author->ents[p];
    ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, noun, "statement.lede_paper");
    if (!e)
        return out_of_memory(d->limits, err);
    e->sent = lede;
    if (n == 1 && one >= 0)
        set_speaker_entity(d, e, one);
    else
        set_joint_speaker(d, e, ents, n);
    e->ev.evidence_start = d->toks[from].start;
    e->ev.evidence_end = s->end;
    /* (the content ends at the comma before the attribution) */
    uint32_t c = noun;
    while (c > from && !is_char(d, c, ','))
        c--;
    set_content(d, e, d->toks[from].start, d->toks[c].start, 0);
    /* (the passes after it read the statements in text order: the lede's
     * goes before its author's, not after the item's last) */
    ev_draft lede_draft = *e;
    memmove(&out->v[at + 1], &out->v[at], (out->n - 1 - at) * sizeof *out->v);
    out->v[at] = lede_draft;
    return NSV_OK;
}

/* Is every one of the n entities among the people of meeting m? */
static int people_of_meeting(const doc *d, const ev_draft *m, const int *ents, int n)
{
    for (int q = 0; q < n; q++)
        if (!ev_has_party(m, ents[q]) || d->ents[ents[q]].kind != NSV_KIND_PERSON)
            return 0;
    return 1;
}

/* The parties a group statement e, of group mention sm, speaks for
 * instead (into ents, at most MAX_PARTIES): their number, or 0 to keep
 * its own. */
typedef int (*group_parties_fn)(doc *d, const ev_list *out, const ev_draft *e, int sm, int *ents);

/* Rewrites each group statement from `first` whose group mention (counted,
 * "the two leaders", or not, "the leaders", as `counted` says) was
 * resolved to its n_members parties and for which `parties` names others;
 * a "they" that goes on with that group's statement (a joint statement of
 * the same parties next) speaks as the new parties too. */
static void regroup_speakers(doc *d, ev_list *out, size_t first, int counted,
                             group_parties_fn parties)
{
    int was[MAX_PARTIES], nwas = 0, now[MAX_PARTIES], nnow = 0;
    for (size_t k = first; k < out->n; k++) {
        ev_draft *e = &out->v[k];
        if (e->ev.type != NSV_EV_STATEMENT || e->dropped || e->ev.speaker.kind != NSV_KIND_GROUP ||
            e->nents < 2)
            continue;
        int sm = e->speaker_mention;
        int group = sm >= 0 && d->ments[sm].kind == M_GROUP_DESC &&
                    !counted_group(d, sm) == !counted && d->ments[sm].n_members == e->nents;
        /* (the same parties as the group statement rewritten just before) */
        int same = !group && nwas == e->nents && !strcmp(e->ev.rule, "statement.joint");
        for (int q = 0; same && q < nwas; q++)
            same = was[q] == e->ents[q];
        if (same) {
            e->nents = 0;
            set_joint_speaker(d, e, now, nnow);
            continue;
        }
        if (!group)
            continue;
        nwas = 0;
        int ents[MAX_PARTIES], n = parties(d, out, e, sm, ents);
        if (!n)
            continue;
        nwas = e->nents;
        memcpy(was, e->ents, (size_t)nwas * sizeof *was);
        nnow = n;
        memcpy(now, ents, (size_t)nnow * sizeof *now);
        e->nents = 0;
        set_joint_speaker(d, e, now, nnow);
    }
}

/* "This meeting was part of efforts ..., as discussed by President Biden and
 * President Xi at the Woodside Summit. Both sides welcomed ...": a counted
 * group ("both sides", "the two delegations") resolved to the two people
 * named last, who are the parties of a meeting named in passing, is the
 * parties of the readout's own meeting before it (regroup_speakers). */
static int readout_meeting_parties(doc *d, const ev_list *out, const ev_draft *e, int sm, int *ents)
{
    uint32_t at = d->toks[d->ments[sm].tok_start].start;
    long last = meet_last(d, out, MEET_THEY, e->sent, at);
    int common;
    if (last < 0 || !meet_in_passing(d, &out->v[last]) || !same_set(&out->v[last], e, &common))
        return 0;
    long main = meet_last(d, out, MEET_THEY_MAIN, e->sent, at);
    /* (never `last` itself, which is named in passing; a readout's
     * meeting that holds the pair already: they are its two sides) */
    if (main < 0 || people_of_meeting(d, &out->v[main], e->ents, e->nents))
        return 0;
    const ev_draft *m = &out->v[main];
    memcpy(ents, m->ents, (size_t)m->nents * sizeof *ents);
    return m->nents;
}

/* "Putin took part in a conference with Cameron, Hollande, Merkel and Renzi.
 * The leaders expressed ...": a group of no number ("the leaders", "the
 * sides") was resolved to the two people named last; after a meeting of
 * more people that holds both, it is all of that meeting's people (GUIDE: a
 * group the item resolves to named parties; regroup_speakers).  "The two
 * leaders" keeps its two. */
static int wider_meeting_people(doc *d, const ev_list *out, const ev_draft *e, int sm, int *ents)
{
    /* the meeting just before, or the last bilateral one held when
     * that one is a group's ("The leaders of the Normandy Four
     * reaffirmed") */
    static const int kinds[] = {MEET_ACTUAL, MEET_THEY};
    const char *office = group_office(d, sm);
    for (size_t q = 0; q < sizeof kinds / sizeof *kinds; q++) {
        long last = meet_last(d, out, kinds[q], e->sent, d->toks[d->ments[sm].tok_start].start);
        if (last < 0)
            continue;
        const ev_draft *m = &out->v[last];
        /* ("The ministers expressed" after the President met three
         * ministers: the group's office holders, not the host) */
        int n = 0;
        for (int p = 0; p < m->nents; p++) {
            const entity *x = &d->ents[m->ents[p]];
            if (x->kind == NSV_KIND_PERSON && (!office || ev_has_party(e, m->ents[p]) ||
                                               (x->role && strcasestr(x->role, office))))
                ents[n++] = m->ents[p];
        }
        if (n > e->nents && people_of_meeting(d, m, e->ents, e->nents))
            return n;
    }
    return 0;
}

/* "Sullivan held a trilateral call with X of Japan and Y of the
 * Philippines ... The three NSAs underscored ...": a counted group of three
 * or more people ("the three leaders", "the four ministers") whose members
 * were read as the people named last speaks, by GUIDE, as the named parties
 * the item resolves it to: the people of the meeting reported last before
 * it when they are as many as the group counts; its members as read when
 * that meeting holds them all; else the group is unresolved ("Second Thomas
 * Shoal", or the two leaders of a summit named in passing, are none of the
 * three) and its statement is skipped.  An item that reports no meeting
 * keeps the members as read. */
static void counted_group_speakers(doc *d, ev_list *out, size_t first)
{
    for (size_t k = first; k < out->n; k++) {
        ev_draft *e = &out->v[k];
        int sm = e->speaker_mention;
        if (e->ev.type != NSV_EV_STATEMENT || e->dropped || e->ev.speaker.kind != NSV_KIND_GROUP ||
            sm < 0 || d->ments[sm].kind != M_GROUP_DESC || d->ments[sm].count < 3 ||
            d->ments[sm].n_members != e->nents)
            continue;
        int persons = 1;
        for (int q = 0; q < e->nents && persons; q++)
            persons = e->ents[q] >= 0 && d->ents[e->ents[q]].kind == NSV_KIND_PERSON &&
                      d->ments[sm].members[q] == e->ents[q];
        if (!persons)
            continue;
        /* (the latest actual meeting before the group that holds two
         * people or more: not "their June meeting" of no names) */
        uint32_t at = d->toks[d->ments[sm].tok_start].start;
        const ev_draft *m = NULL;
        int ents[MAX_PARTIES], n = 0;
        for (size_t q = 0; q < out->n; q++) {
            const ev_draft *c = &out->v[q];
            if (c->ev.type != NSV_EV_MEETING || c->dropped || c->ev.modality != NSV_MOD_ACTUAL ||
                c->sent > e->sent || (c->sent == e->sent && c->ev.evidence_start >= at) ||
                (m && (c->sent < m->sent ||
                       (c->sent == m->sent && c->ev.evidence_start < m->ev.evidence_start))))
                continue;
            int people[MAX_PARTIES], np = 0;
            /* (a party left unresolved is -1: no entity to ask) */
            for (int p = 0; p < c->nents && np < MAX_PARTIES; p++)
                if (c->ents[p] >= 0 && d->ents[c->ents[p]].kind == NSV_KIND_PERSON)
                    people[np++] = c->ents[p];
            if (np < 2)
                continue;
            m = c;
            n = np;
            memcpy(ents, people, (size_t)np * sizeof *ents);
        }
        if (!m)
            continue;
        if (n == d->ments[sm].count) {
            e->nents = 0;
            set_joint_speaker(d, e, ents, n);
        } else if (!people_of_meeting(d, m, e->ents, e->nents)) {
            e->dropped = 1;
        }
    }
}

/* Is there an actual meeting among the earlier stages' drafts (the last
 * PURPOSE_MEETING_DRAFTS)
 * that holds entity ent (anywhere: a readout's call the headline named first
 * holds the body's "spoke today with")? */
static int actual_meeting_of(const ev_list *out, size_t first, int ent)
{
    for (size_t q = first; q-- > 0 && first - q <= PURPOSE_MEETING_DRAFTS;) {
        const ev_draft *m = &out->v[q];
        if (m->ev.type == NSV_EV_MEETING && !m->dropped && m->ev.modality == NSV_MOD_ACTUAL &&
            ev_has_party(m, ent))
            return 1;
    }
    return 0;
}

/* The mention ending right before token t, or right before a name's suffix
 * that ends there ("President Joseph R. Biden, Jr. spoke", "Biden, Jr. and
 * President X met": the mention finder leaves the suffix after a comma out
 * of the name), at or past token `from`; else -1. */
static int name_ending_at(const doc *d, uint32_t t, uint32_t from)
{
    int m = mention_ending_at(d, t, from);
    if (m >= 0)
        return m;
    uint32_t j = skip_name_suffix(d, t, from);
    return j < t ? mention_ending_at(d, j, from) : -1;
}

/* "President Biden spoke with Prime Minister X today to congratulate him on
 * ...", "Sullivan met with Y to reaffirm our partnership": a readout's call or
 * meeting held to say something; its subject speaks what the purpose states
 * (speech_cues.tsv class purpose, cue at token i).  The meeting verb ("met",
 * "spoke with", "called") stands in this sentence before i (at most
 * PURPOSE_REACH tokens), in no planned or negated clause, its subject a
 * named person, and the item reports that person's meeting as actual. */
#define PURPOSE_REACH 40
static nsv_code purpose_statement(doc *d, ev_list *out, const sentence *s, uint32_t i, unsigned nw,
                                  size_t first, nsv_error *err)
{
    uint32_t from = i > s->tok_start + PURPOSE_REACH ? i - PURPOSE_REACH : s->tok_start;
    for (uint32_t t = from; t < i; t++) {
        const lex_entry *mc = tok_lex(d, t, LEX_MEETING, NULL);
        if (!mc || (mc->value != MEET_VERB && mc->value != MEET_WITH) ||
            (d->toks[t].flags & T_IN_QUOTE))
            continue;
        int sm = name_ending_at(d, verb_group_start(d, t, s->tok_start), s->tok_start);
        if (sm < 0 || d->ments[sm].entity < 0 || !party_mention(d, sm) ||
            d->ents[d->ments[sm].entity].kind != NSV_KIND_PERSON ||
            clause_modality(d, t, s->tok_start) != NSV_MOD_ACTUAL ||
            !actual_meeting_of(out, first, d->ments[sm].entity))
            continue;
        /* "President Biden and President Bolsonaro met today to
         * reaffirm": the pair speaks jointly */
        uint32_t b = d->ments[sm].tok_start;
        int pm = b > s->tok_start && tok_is(&d->toks[b - 1], "and")
                     ? name_ending_at(d, b - 1, s->tok_start)
                     : -1;
        if (pm >= 0 && (d->ments[pm].entity < 0 || !party_mention(d, pm) ||
                        d->ents[d->ments[pm].entity].kind != NSV_KIND_PERSON ||
                        d->ments[pm].entity == d->ments[sm].entity))
            pm = -1;
        ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, i, "statement.purpose");
        if (!e)
            return out_of_memory(d->limits, err);
        set_speaker(d, e, sm);
        if (pm >= 0) {
            int both[2] = {d->ments[pm].entity, d->ments[sm].entity};
            e->nents = 0;
            set_joint_speaker(d, e, both, 2);
            evidence_from(d, e, d->ments[pm].tok_start);
        }
        e->ev.modality = NSV_MOD_ACTUAL;
        uint32_t c = i + nw;
        if (c < s->tok_end && tok_is(&d->toks[c], "that"))
            c++;
        evidence_from(d, e, i);
        if (c < s->tok_end)
            set_content(d, e, d->toks[c].start, s->end, 0);
        if (e->ev.evidence_end < s->end)
            e->ev.evidence_end = s->end;
        return NSV_OK;
    }
    return NSV_OK;
}

void roster_joint_statements(doc *d, ev_list *out)
{
    for (size_t k = 0; k < out->n; k++) {
        ev_draft *e = &out->v[k];
        if (!e->roster_meet || e->dropped)
            continue;
        const ev_draft *m = &out->v[e->roster_meet - 1];
        /* (people with an office each: heads of state and government, not
         * a list of advocates) */
        int ents[MAX_PARTIES], n = 0, titled = 1;
        for (int p = 0; p < m->nents; p++) {
            const entity *x = &d->ents[m->ents[p]];
            if (x->kind != NSV_KIND_PERSON)
                continue;
            titled &= x->role != NULL;
            ents[n++] = m->ents[p];
        }
        if (n < 3 || !titled) {
            e->dropped = 1;
            continue;
        }
        e->nents = 0;
        set_joint_speaker(d, e, ents, n);
    }
}

/* Is the item a signed statement: does its title open with its paper and
 * "from", "by" or "of" ("Statement from President Joe Biden on ...",
 * "Statement by Vice President Kamala Harris on ...")? */
static int signed_title(const doc *d)
{
    return d->title_len && d->ntoks >= 3 && (d->toks[0].word_bits & W_PAPER) &&
           (tok_is(&d->toks[1], "from") || tok_is(&d->toks[1], "by") || tok_is(&d->toks[1], "of"));
}

/* The one person a signed statement's title (signed_title) names as its
 * author, the name after its "from", "by" or "of".  -1 for none and for
 * joint authors ("... and First Lady Jill Biden"), whose "I" is one of
 * two; -2 when memory ran out. */
static int signed_author(doc *d)
{
    if (!signed_title(d))
        return -1;
    /* (the name may follow a few title words: "NSC Spokesperson Adam Hodge") */
    for (uint32_t t = 2; t < d->ntoks && t < 8 && d->toks[t].start < d->title_len; t++) {
        int m = mention_at(d, t);
        if (m < 0)
            continue;
        const mention *x = &d->ments[m];
        if (x->kind != M_PERSON || x->entity < 0 || d->ents[x->entity].kind != NSV_KIND_PERSON)
            return -1;
        if (x->tok_end < d->ntoks && tok_is(&d->toks[x->tok_end], "and"))
            return -1;
        /* a name the title ran on into a word ("Joe Biden Recognizing
         * ...") is the outlet's principal when it holds his surname */
        int h = office_person(d);
        if (h == -2)
            return -2;
        if (h >= 0 && h != x->entity && d->ents[h].surname &&
            name_has_word(d->ents[x->entity].name, d->ents[h].surname))
            return h;
        return x->entity;
    }
    return -1;
}

/* "When I welcomed X last month, I told them that ...", "I made clear
 * then to the people of Israel: ...": in a
 * signed statement (signed_author) the author's "I" before a past speech
 * verb recalls words he said before, an indirect statement of his (as "As
 * he had relayed to Israeli leaders" in a readout).  Only a past form
 * ("told", "-ed", "made clear"), over at most two adverbs: the
 * statement's own present ("I congratulate", "I call on") or perfect ("I
 * have instructed") is the paper itself, no event.  Not "I" after "and" ("President Obama
 * and I announced": two speakers) nor after a plain noun ("the people I
 * asked", "measures I have proposed": a clause on the noun). */
static nsv_code recalled_own_words(doc *d, ev_list *out, const sentence *s, int *author,
                                   nsv_error *err)
{
    for (uint32_t i = s->tok_start; i + 1 < s->tok_end; i++) {
        const token *t = &d->toks[i];
        if (!(t->flags & T_CAP) || (t->flags & (T_IN_QUOTE | T_QUOTE)) || !tok_is(t, "i"))
            continue;
        /* (a lower-case word before "I" opens its clause only as an
         * occasion or adverb: "when I", "then I"; "the relief that I
         * requested", "the people I asked" are clauses on a noun; "as I
         * said", "As I told X when we met" point back at his own words, no
         * new event: GUIDE) */
        if (i > s->tok_start) {
            const token *p = &d->toks[i - 1];
            if (tok_is(p, "as"))
                continue;
            if ((p->flags & T_WORD) && !(p->flags & T_CAP) &&
                (!(p->word_bits & (W_OCCASION | W_ADVERB)) ||
                 ((p->word_bits & W_SUBORD) && !(p->word_bits & W_OCCASION))))
                continue;
        }
        uint32_t c = i + 1;
        int perfect = 0;
        while (c < s->tok_end && c < i + 3 &&
               ((d->toks[c].word_bits & W_ADVERB) || perfect_aux(&d->toks[c]))) {
            perfect |= perfect_aux(&d->toks[c]);
            c++;
        }
        /* "I have instructed", "I have requested $670 million": the
         * statement's own act, as its present is */
        if (perfect)
            continue;
        unsigned nw = 0;
        const lex_entry *cue = c < s->tok_end ? tok_lex(d, c, LEX_SPEECH, &nw) : NULL;
        if (!cue || cue->value != SPEECH_VERB || (d->toks[c].flags & T_IN_QUOTE) ||
            (cue->bits & ~SPEECH_ADDRESSEE))
            continue;
        const token *v = &d->toks[c];
        int past = (ed_ending(v) && v->lower_len > 3) || tok_is(v, "told") || tok_is(v, "said") ||
                   (nw > 1 && tok_is(v, "made"));
        /* "When I welcomed X to the White House", "When I called
         * Congresswoman X": a visit or a call, the occasion of what
         * follows */
        if (!past || welcomes_guests(d, c, c + nw, s) || (nw == 1 && tok_is(v, "called")))
            continue;
        /* (resolved at the first such "I" only: naming the principal
         * settles his entity's name for the whole item) */
        if (*author == -2 && (*author = signed_author(d)) == -2)
            return out_of_memory(d->limits, err);
        if (*author < 0)
            return NSV_OK;
        ev_draft *e = ev_new(d, out, NSV_EV_STATEMENT, c, "statement.recalled");
        if (!e)
            return out_of_memory(d->limits, err);
        set_speaker_entity(d, e, *author);
        e->ev.evidence_start = s->start;
        e->ev.evidence_end = s->end;
        /* the content: after "that" or the colon in the cue's clause */
        uint32_t from = c + nw, k;
        for (k = from; k < s->tok_end && k < from + 20; k++)
            if (tok_is(&d->toks[k], "that") || is_char(d, k, ':'))
                break;
        if (k < s->tok_end && k < from + 20)
            from = k + 1;
        if (from < s->tok_end)
            set_content(d, e, d->toks[from].start, s->end, 0);
        e->ev.direct = 0;
        return NSV_OK; /* one recalled attribution a sentence */
    }
    return NSV_OK;
}

/* '"... for the UK economy," Mr Bootle.': a sentence whose quotation
 * ends on a comma and whose last words are only an honorific and a named
 * person, the cue verb left out, is that person's direct statement (the
 * honorific asks for a person: '"...," Carnival.' stays narration).
 * Sentence s added no statement of its own. */
static nsv_code bare_closing_attribution(doc *d, ev_list *out, const sentence *s, nsv_error *err)
{
    uint32_t e = s->tok_end;
    if (e < s->tok_start + 4 || !is_char(d, e - 1, '.'))
        return NSV_OK;
    e--;
    int m = mention_ending_at(d, e, s->tok_start);
    if (m < 0 || d->ments[m].kind != M_PERSON || d->ments[m].entity < 0 ||
        d->ents[d->ments[m].entity].kind != NSV_KIND_PERSON)
        return NSV_OK;
    uint32_t a = d->ments[m].tok_start;
    const lex_entry *h = tok_lex(d, a, LEX_TITLE, NULL);
    if (!(h && h->value == TITLE_HONORIFIC) && a > s->tok_start) {
        a--;
        h = tok_lex(d, a, LEX_TITLE, NULL);
    }
    if (!h || h->value != TITLE_HONORIFIC || a < s->tok_start + 2 ||
        (d->toks[a].flags & T_IN_QUOTE))
        return NSV_OK;
    /* the name after the quotation alone, the quotation ending on a comma */
    uint32_t c = a - 1;
    if (!(d->toks[c].flags & T_QUOTE_CLOSE) || !is_char(d, c - 1, ','))
        return NSV_OK;
    int q = d->toks[c].quote;
    if (q < 0 || d->quotes[q].open_tok < s->tok_start)
        return NSV_OK;
    ev_draft *ev = ev_new(d, out, NSV_EV_STATEMENT, a, "statement.quote_speaker_said");
    if (!ev)
        return out_of_memory(d->limits, err);
    set_speaker(d, ev, m);
    ev->ev.evidence_start = d->quotes[q].start;
    ev->ev.evidence_end = d->toks[e - 1].end;
    quote_content(d, ev, q);
    return NSV_OK;
}

/* Words that may stand between a cue phrase's verb and its last word. */
#define SPLIT_CUE_GAP 2

/* "brushed off Labour suggestions", "rejected newspaper speculation",
 * "dismissed the latest claims": a speech cue phrase of a verb and a noun
 * (speech_cues.tsv: "brushed off suggestions", "dismissed the claims") with
 * one or two modifier words before its noun: an owner's capitalised name,
 * "the" and an adjective or a noun.  The verb part (one or two words) opens
 * at i; the phrase's last word is a lower-case noun (no preposition,
 * article or particle: "called him for" is no "called for").  The span's
 * length in tokens, its class in *cls, or 0. */
static unsigned split_cue_phrase_at(const doc *d, const sentence *s, uint32_t i, int *cls);

/* bit n-1 of a token's speech_heads: a speech cue phrase of n tokens starts
 * with its word; the phrases split_cue_phrase asks for have 2 to 4.  It is
 * asked of every word, and almost none heads such a phrase: the test stays
 * inline, before any call. */
static inline unsigned split_cue_phrase(const doc *d, const sentence *s, uint32_t i, int *cls)
{
    if (!(d->toks[i].speech_heads & 0xEu))
        return 0;
    return split_cue_phrase_at(d, s, i, cls);
}

static unsigned split_cue_phrase_at(const doc *d, const sentence *s, uint32_t i, int *cls)
{
    const token *t = &d->toks[i];
    uint32_t lens = t->speech_heads; /* (split_cue_phrase: some bit of 0xE) */
    if (!(t->flags & T_WORD) || (t->flags & (T_CAP | T_IN_QUOTE | T_QUOTE)) || !t->lower_len)
        return 0;
    /* (a verb that is a cue alone, "expressed", stays that cue: its
     * content opens after it) */
    unsigned ow = 0;
    const lex_entry *own = tok_lex(d, i, LEX_SPEECH, &ow);
    if (own && ow == 1 && !own->bits)
        return 0;
    const uint64_t NOT_A_MODIFIER = W_PREP | W_CONJ | W_SUBORD | W_AUX | W_BE | W_PRONOUN_ANY |
                                    W_ADVERB | W_NUMBER_WORD | W_PASSIVE_BY;
    for (unsigned vw = 1; vw <= 2; vw++) {
        /* (a phrase of the verb part and one more word, or "the" and it) */
        if (!(lens & ((1u << vw) | (1u << (vw + 1)))) || i + vw + 2 > s->tok_end)
            continue;
        int the = tok_is(&d->toks[i + vw], "the");
        /* ("the" and one word is the phrase itself, no gap) */
        for (unsigned gap = the ? 2 : 1; gap <= SPLIT_CUE_GAP; gap++) {
            uint32_t n = i + vw + gap;
            if (n >= s->tok_end)
                break;
            int ok = 1;
            for (uint32_t k = i + 1; k < n && ok; k++) {
                const token *w = &d->toks[k];
                ok = (w->flags & T_WORD) && !(w->flags & (T_IN_QUOTE | T_QUOTE | T_NUM)) &&
                     (k < i + vw || !(w->word_bits & NOT_A_MODIFIER)) &&
                     /* (an article only as the phrase's own: "made a clear
                      * promise" is no "made clear") */
                     (k < i + vw || !(w->word_bits & W_DET) || (k == i + vw && tok_is(w, "the"))) &&
                     !(w->cats & ((1u << LEX_SPEECH) | (1u << LEX_MODALITY))) && !ly_adverb(w);
            }
            const token *nt = &d->toks[n];
            if (!ok || !(nt->flags & T_WORD) || (nt->flags & (T_CAP | T_IN_QUOTE | T_QUOTE)) ||
                (nt->word_bits & (NOT_A_MODIFIER | W_DET | W_PARTICLE)) || nt->lower_len < 4)
                continue;
            /* the verb part, then "the" when the gap opens with it, then
             * the noun */
            char key[64];
            size_t kl = 0;
            for (uint32_t k = i; k <= n; k++) {
                if (k >= i + vw && k < n && !(the && k == i + vw))
                    continue;
                const token *w = &d->toks[k];
                if (kl + w->lower_len + 1 >= sizeof key)
                    return 0;
                if (kl)
                    key[kl++] = ' ';
                memcpy(key + kl, w->lower, w->lower_len);
                kl += w->lower_len;
            }
            const lex_entry *ce = lex_find_folded(d->lex, key, kl, LEX_SPEECH);
            if (ce && ce->value == SPEECH_VERB && !ce->bits) {
                *cls = ce->value;
                return n + 1 - i;
            }
        }
    }
    return 0;
}

nsv_code extract_statements(doc *d, ev_list *out, nsv_error *err)
{
    size_t first = out->n;
    size_t body = body_offset(d);
    int speech = (d->any_cats & (1u << LEX_SPEECH)) != 0; /* some token is a speech cue */
    const token *toks = d->toks;
    uint32_t *hosting;
    long nhosting = hosting_cues(d, out, first, &hosting);
    if (nhosting < 0)
        return out_of_memory(d->limits, err);
    nsv_code arc = address_statement(d, out, body, err);
    if (arc)
        return arc;
    /* the body is one address in the speaker's own words: the cue verbs
     * inside it are no new events, as inside a transcript's turn (GUIDE) */
    int in_turns = out->n > first; /* (or a transcript's first turn has begun) */
    /* The meetings and signings it narrates as fact ("Today I met in Kyiv
     * with X", "I signed a decree") stay events of the speaker: a published
     * address is the office's own text, not a quotation, and GUIDE counts a
     * specific event with named parties inside narration (the meeting and
     * signing stages already read its "I" as the speaker and its plans as
     * planned).  Only one mentioned inside quotation marks within the
     * address is someone's quoted words, no event of its own (the earlier
     * stages ran before the address was known). */
    for (size_t i = 0; in_turns && i < first; i++) {
        ev_draft *e = &out->v[i];
        if (e->ev.evidence_start >= out->v[first].ev.evidence_start && e->cue_tok < d->ntoks &&
            (d->toks[e->cue_tok].flags & T_IN_QUOTE))
            e->dropped = 1;
    }
    person_words people = {0}; /* glued speaker lines' doubled words */
    /* a signed statement's author, -2 until a recalled "I" asks for him */
    int author = signed_title(d) ? -2 : -1;
    for (size_t k = 0; k < d->nsents; k++) {
        const sentence *s = &d->sents[k];
        if (s->end <= body)
            continue; /* headlines and datelines are not events of their own */
        size_t before = out->n;
        /* (an item with no colon has no turn: no call per sentence) */
        nsv_code rc = d->has_colon ? transcript_turns(d, out, &people, s, err) : NSV_OK;
        if (rc)
            return rc;
        /* "Vladimir Putin: ... Mr Bokarev said that he wanted to invest":
         * the cue verbs inside a turn are no new events (GUIDE); a
         * transcript's turns run on to its end (transcript_turns adds
         * nothing but turns) */
        in_turns |= out->n > before;
        if (in_turns)
            continue;
        for (uint32_t i = s->tok_start; i < s->tok_end; i++) {
            const token *t = &toks[i];
            /* shapes of no cue of the lexicon: "drew X's attention to",
             * ", which reads:" after a message noun, a cue phrase split by
             * modifiers ("dismissed the latest claims") */
            if (!(t->flags & (T_IN_QUOTE | T_QUOTE)) && t->start >= body) {
                unsigned dw = drew_attention_of(d, i, s);
                if (dw) {
                    rc = statement_at(d, out, s, i, dw, SPEECH_VERB, err);
                    if (rc)
                        return rc;
                    i += dw - 1;
                    continue;
                }
                if (message_which_reads(d, i, s)) {
                    rc = statement_at(d, out, s, i, 1, SPEECH_NOUN_VERB, err);
                    if (rc)
                        return rc;
                    continue;
                }
                unsigned mn = message_speaks(d, i, s);
                if (mn) {
                    rc = statement_at(d, out, s, i, mn, SPEECH_NOUN_VERB, err);
                    if (rc)
                        return rc;
                    i += mn - 1;
                    continue;
                }
                /* (split_cue_phrase tests the token's case itself) */
                int scls = 0;
                unsigned sw = split_cue_phrase(d, s, i, &scls);
                if (sw && !hosting_verb(hosting, (size_t)nhosting, i)) {
                    rc = statement_at(d, out, s, i, sw, scls, err);
                    if (rc)
                        return rc;
                    i += sw - 1;
                    continue;
                }
            }
            if (!speech)
                continue;
            /* "In his view, ...": as "in his opinion" (a lower-case "view"
             * only, never a cue of the lexicon, which would cut "Grand View
             * Research" in two) */
            if (i > s->tok_start && !(t->flags & (T_CAP | T_IN_QUOTE | T_QUOTE)) &&
                t->start >= body && tok_is(t, "view") &&
                ((toks[i - 1].flags & T_POSS) || (toks[i - 1].word_bits & W_POSSESSIVE))) {
                rc = opinion_of(d, out, s, i, i + 1, err);
                if (rc)
                    return rc;
                continue;
            }
            /* the cue's category first: it rules out most tokens */
            if (!(t->cats & (1u << LEX_SPEECH)) || t->flags & (T_IN_QUOTE | T_QUOTE) ||
                t->start < body)
                continue;
            unsigned nw = 0;
            const lex_entry *cue = tok_lex(d, i, LEX_SPEECH, &nw);
            if (!cue || hosting_verb(hosting, (size_t)nhosting, i))
                continue;
            /* "spoke on the phone with": a longer meeting phrase holds the
             * speech cue ("spoke on"); it is a call, not speech */
            unsigned mw = 0;
            if (tok_lex(d, i, LEX_MEETING, &mw) && mw > nw) {
                i += mw - 1;
                continue;
            }
            rc = cue->value == SPEECH_PURPOSE ? purpose_statement(d, out, s, i, nw, first, err)
                                              : statement_at(d, out, s, i, nw, cue->value, err);
            if (rc)
                return rc;
            i += nw - 1;
        }
        if (speech && out->n == before && s->start >= body &&
            (rc = bare_closing_attribution(d, out, s, err)))
            return rc;
        /* a signed statement's own "I told them that ...", where no cue
         * above found a speaker */
        if (author != -1 && s->start >= body) {
            int found = 0;
            for (size_t x = before; x < out->n && !found; x++)
                found = out->v[x].ev.type == NSV_EV_STATEMENT && !out->v[x].dropped;
            if (!found && (rc = recalled_own_words(d, out, s, &author, err)))
                return rc;
        }
    }
    nsv_code lrc = lede_paper_statement(d, out, first, body, err);
    if (lrc)
        return lrc;
    drop_lone_joint_adopters(d, out, first);
    fold_document_statements(d, out, first, body);
    regroup_speakers(d, out, first, 1, readout_meeting_parties);
    regroup_speakers(d, out, first, 0, wider_meeting_people);
    counted_group_speakers(d, out, first);
    drop_repeated_attributions(d, out, first);
    drop_relative_attributions(d, out, first);
    drop_closing_relays(d, out, first);
    drop_content_of_passive(d, out, first);
    drop_repeated_sentences(d, out, first);
    drop_own_office_present(d, out, first);
    return joint_statement_item(d, out, first, body, err);
}
