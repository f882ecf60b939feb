/* test_lexicon.c - loading the rule data (nsv_lexicon_add / _finish errors)
 * and matching it against tokens: short acronyms only as written, phrases of
 * several words as one match. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "lexicon.h"
#include "nsv_test_util.h"

static nsv_code add_str(nsv_lexicon *lex, const char *name, const char *data, nsv_error *err)
{
    memset(err, 0, sizeof *err);
    return nsv_lexicon_add(lex, name, data, strlen(data), err);
}

static void test_add_errors(void **state)
{
    (void)state;
    nsv_error err;
    nsv_lexicon *lex = nsv_lexicon_new();
    assert_non_null(lex);
    /* a file name this version does not know */
    assert_int_equal(add_str(lex, "verbs.tsv", "said\tverb\n", &err), NSV_ERR_CONFIG);
    assert_int_equal(err.code, NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, "verbs.tsv"));
    /* a bad class names file and line (comments count as lines) */
    assert_int_equal(add_str(lex, "speech_cues.tsv", "# cues\nsaid\tverb\nsays\tnoun\n", &err),
                     NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, "speech_cues.tsv:3:"));
    assert_int_equal(add_str(lex, "meeting_cues.tsv", "met\tverb\tsometimes\n", &err),
                     NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, "meeting_cues.tsv:1:"));
    assert_int_equal(add_str(lex, "words.tsv", "he\tpronoun_m\nshe\tpronoun_x\n", &err),
                     NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, "words.tsv:2:"));
    /* a number word counts a group's members: at most MAX_GROUP (16) */
    assert_int_equal(add_str(lex, "words.tsv", "sixteen\tnumber\t16\n", &err), NSV_OK);
    assert_int_equal(add_str(lex, "words.tsv", "seventeen\tnumber\t17\n", &err), NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, "words.tsv:1:"));
    /* a missing column */
    assert_int_equal(add_str(lex, "titles.tsv", "President\n", &err), NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, "titles.tsv:1:"));
    /* an office holder with an empty source or name */
    assert_int_equal(
        add_str(lex, "office_holders.tsv", "President\t\t2020-01-01\t-\tAnna Berg\tNorway\n", &err),
        NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, "office_holders.tsv:1:"));
    /* a capital's former state until a day: a real day the lexicon's
     * 16-bit day numbers hold */
    assert_int_equal(
        add_str(lex, "countries.tsv", "Russia\tRussian\tMoscow\tSoviet Union<1991-12-26\n", &err),
        NSV_OK);
    assert_int_equal(
        add_str(lex, "countries.tsv", "Russia\tRussian\tMoscow\tSoviet Union<2059-12-31\n", &err),
        NSV_ERR_CONFIG);
    assert_int_equal(
        add_str(lex, "countries.tsv", "Russia\tRussian\tMoscow\tSoviet Union<1991-02-30\n", &err),
        NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, "countries.tsv:1:"));
    /* NULL arguments are API misuse */
    assert_int_equal(nsv_lexicon_add(NULL, "words.tsv", "", 0, &err), NSV_ERR_ARG);
    assert_int_equal(nsv_lexicon_add(lex, "words.tsv", NULL, 5, &err), NSV_ERR_ARG);
    nsv_lexicon_free(lex);
}

static void test_finish_needs_every_file(void **state)
{
    (void)state;
    nsv_error err;
    nsv_lexicon *lex = nsv_lexicon_new();
    assert_non_null(lex);
    const char *const *files = nsv_lexicon_files();
    size_t nfiles = 0;
    while (files[nfiles])
        nfiles++;
    assert_true(nfiles >= 10);
    /* every file but the last one */
    for (size_t i = 0; i + 1 < nfiles; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/lexicon/%s", NSV_TEST_CONFIG_DIR, files[i]);
        size_t len = 0;
        char *data = nt_read_file(path, &len);
        assert_non_null(data);
        assert_int_equal(nsv_lexicon_add(lex, files[i], data, len, &err), NSV_OK);
        free(data);
    }
    memset(&err, 0, sizeof err);
    assert_int_equal(nsv_lexicon_finish(lex, &err), NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, files[nfiles - 1]));
    assert_non_null(strstr(err.message, "missing"));
    /* an unfinished lexicon makes no normalizer */
    assert_null(nsv_normalizer_new(lex, NULL));
    /* an empty file is still the file */
    assert_int_equal(add_str(lex, files[nfiles - 1], "# nothing here\n", &err), NSV_OK);
    assert_int_equal(nsv_lexicon_finish(lex, &err), NSV_OK);
    /* once finished, nothing more can be added */
    assert_int_not_equal(add_str(lex, "words.tsv", "he\tpronoun_m\n", &err), NSV_OK);
    nsv_lexicon_free(lex);
}

/* Tokenize and annotate a text against the real lexicon. */
static arena scratch;
static doc d;

static void annotate(const char *text)
{
    arena_reset(&scratch);
    memset(&d, 0, sizeof d);
    d.mem = &scratch;
    d.lex = nt.lex;
    d.text = text;
    d.len = strlen(text);
    assert_int_equal(tokenize(d.mem, d.text, d.len, &d.toks, &d.ntoks), 0);
    assert_int_equal(annotate_lexicon(&d), 0);
}

/* The token that starts with `word` (first occurrence). */
static uint32_t tok_of(const char *word)
{
    size_t wl = strlen(word);
    for (uint32_t i = 0; i < d.ntoks; i++)
        if (d.toks[i].end - d.toks[i].start == wl && !memcmp(d.text + d.toks[i].start, word, wl))
            return i;
    fail_msg("no token \"%s\" in \"%s\"", word, d.text);
    return 0;
}

static void test_short_acronyms_only_in_capitals(void **state)
{
    (void)state;
    unsigned nw = 0;
    annotate("The US told us that the UK would act.");
    const lex_entry *e = tok_lex(&d, tok_of("US"), LEX_COUNTRY, &nw);
    assert_non_null(e);
    assert_string_equal(e->canon, "United States");
    assert_null(tok_lex(&d, tok_of("us"), LEX_COUNTRY, &nw));
    assert_null(tok_lex(&d, tok_of("us"), LEX_DEMONYM, &nw));
    e = tok_lex(&d, tok_of("UK"), LEX_COUNTRY, &nw);
    assert_non_null(e);
    assert_string_equal(e->canon, "United Kingdom");
    /* "Us" at the start of a sentence is not the country either */
    annotate("Us and them, he said.");
    assert_null(tok_lex(&d, tok_of("Us"), LEX_COUNTRY, &nw));
    /* longer names fold case as usual */
    annotate("the talks in RUSSIA and in russia");
    assert_non_null(tok_lex(&d, tok_of("RUSSIA"), LEX_COUNTRY, &nw));
    assert_non_null(tok_lex(&d, tok_of("russia"), LEX_COUNTRY, &nw));
}

/* A word of several meanings (a chain of entries behind one match) gives
 * each asked category its own entry, whichever the chain holds first, and
 * none of a category it lacks. */
static void test_each_meaning_of_a_word(void **state)
{
    (void)state;
    unsigned nw = 0;
    /* "German" is a demonym and a given name ("German Gref") */
    annotate("German Gref said the plan may work.");
    const lex_entry *e = tok_lex(&d, tok_of("German"), LEX_DEMONYM, &nw);
    assert_non_null(e);
    assert_int_equal(e->cat, LEX_DEMONYM);
    assert_int_equal(nw, 1);
    e = tok_lex(&d, tok_of("German"), LEX_GIVEN_NAME, &nw);
    assert_non_null(e);
    assert_int_equal(e->cat, LEX_GIVEN_NAME);
    assert_null(tok_lex(&d, tok_of("German"), LEX_SIGNING, &nw));
    /* "may" is a modal and a month's word: each asked gets its own */
    e = tok_lex(&d, tok_of("may"), LEX_MODALITY, &nw);
    assert_non_null(e);
    assert_int_equal(e->cat, LEX_MODALITY);
    e = tok_lex(&d, tok_of("may"), LEX_WORD, &nw);
    assert_non_null(e);
    assert_int_equal(e->cat, LEX_WORD);
    assert_true(e->bits & W_MONTH);
    /* hard negative: a word of one meaning answers no other category */
    e = tok_lex(&d, tok_of("said"), LEX_SPEECH, &nw);
    assert_non_null(e);
    assert_int_equal(e->cat, LEX_SPEECH);
    assert_null(tok_lex(&d, tok_of("said"), LEX_COUNTRY, &nw));
}

static void test_multi_word_phrases(void **state)
{
    (void)state;
    unsigned nw = 0;
    annotate("Prime Minister Anna Berg met Secretary of State Tom Reyes.");
    const lex_entry *e = tok_lex(&d, tok_of("Prime"), LEX_TITLE, &nw);
    assert_non_null(e);
    assert_int_equal(nw, 2);
    assert_string_equal(e->canon, "Prime Minister");
    e = tok_lex(&d, tok_of("Secretary"), LEX_TITLE, &nw);
    assert_non_null(e);
    assert_int_equal(nw, 3);
    assert_string_equal(e->canon, "Secretary of State");
    /* the longest phrase wins: "Deputy Foreign Minister", not "Deputy" or "Foreign" */
    annotate("Deputy Foreign Minister Oleg Sirin said so.");
    e = tok_lex(&d, tok_of("Deputy"), LEX_TITLE, &nw);
    assert_non_null(e);
    assert_int_equal(nw, 3);
    assert_string_equal(e->canon, "Deputy Minister");
    /* a phrase broken by other words is no phrase */
    annotate("the Prime of his life; Minister Berg");
    e = tok_lex(&d, tok_of("Prime"), LEX_TITLE, &nw);
    assert_true(e == NULL || nw == 1);
    /* speech cues of several words */
    annotate("He pointed out that the talks went well.");
    e = tok_lex(&d, tok_of("pointed"), LEX_SPEECH, &nw);
    assert_non_null(e);
    assert_int_equal(nw, 2);
}

/* modality.tsv's "modal" mark: the auxiliaries a meeting or signing noun
 * takes as its own verb ("the talks will resume") */
static void test_modal_words(void **state)
{
    (void)state;
    annotate("Talks will resume and may end; he would like to go.");
    assert_true(modal_word(&d, tok_of("will")));
    assert_true(modal_word(&d, tok_of("may")));
    /* the word alone, not the longer phrase it opens ("would like to") */
    assert_true(modal_word(&d, tok_of("would")));
    unsigned nw = 0;
    assert_non_null(tok_lex(&d, tok_of("would"), LEX_MODALITY, &nw));
    assert_int_equal(nw, 3);
    /* hard negatives: other modality cues are no auxiliaries */
    annotate("The planned talks were not held, possibly never.");
    assert_false(modal_word(&d, tok_of("planned")));
    assert_false(modal_word(&d, tok_of("not")));
    assert_false(modal_word(&d, tok_of("possibly")));
    assert_false(modal_word(&d, tok_of("talks")));
    /* a bad mark is a config error */
    nsv_error err;
    nsv_lexicon *lex = nsv_lexicon_new();
    assert_non_null(lex);
    assert_int_equal(add_str(lex, "modality.tsv", "will\tplanned\tsometimes\n", &err),
                     NSV_ERR_CONFIG);
    /* "bare" is a mark of its own */
    assert_int_equal(add_str(lex, "modality.tsv", "importance of\tplanned\tbare\n", &err), NSV_OK);
    nsv_lexicon_free(lex);
}

/* the be class's values: "the meeting was held" (a past "be") */
static void test_be_tense(void **state)
{
    (void)state;
    annotate("Talks were held; it was signed, is done and they are here.");
    assert_int_equal(be_tense(&d, tok_of("were")), BE_PAST);
    assert_int_equal(be_tense(&d, tok_of("was")), BE_PAST);
    assert_int_equal(be_tense(&d, tok_of("is")), BE_PRESENT);
    assert_int_equal(be_tense(&d, tok_of("are")), BE_PRESENT);
    /* hard negatives: no finite "be", or no "be" at all */
    annotate("It has been signed and will be; being there, he was.");
    assert_int_equal(be_tense(&d, tok_of("been")), 0);
    assert_int_equal(be_tense(&d, tok_of("be")), 0);
    assert_int_equal(be_tense(&d, tok_of("being")), 0);
    assert_int_equal(be_tense(&d, tok_of("has")), 0);
    assert_int_equal(be_tense(&d, tok_of("signed")), 0);
    assert_true(d.toks[tok_of("been")].word_bits & W_BE);
}

/* speech_cues.tsv's third column: the shapes in which a cue is no speech */
static void test_speech_shapes(void **state)
{
    (void)state;
    annotate("He estimated and forecast it, recommended it, concluded and said it.");
    const lex_entry *e = tok_lex(&d, tok_of("estimated"), LEX_SPEECH, NULL);
    assert_non_null(e);
    assert_int_equal(e->value, SPEECH_VERB);
    assert_true((e->bits & SPEECH_PARTICIPLE) && (e->bits & SPEECH_MODIFIER));
    e = tok_lex(&d, tok_of("forecast"), LEX_SPEECH, NULL);
    assert_true((e->bits & SPEECH_PARTICIPLE) && (e->bits & SPEECH_MODIFIER));
    e = tok_lex(&d, tok_of("recommended"), LEX_SPEECH, NULL);
    assert_int_equal(e->bits, SPEECH_PARTICIPLE);
    e = tok_lex(&d, tok_of("concluded"), LEX_SPEECH, NULL);
    assert_int_equal(e->bits, SPEECH_NEEDS_CONTENT);
    /* hard negative: a plain cue has no shape that unmakes it */
    e = tok_lex(&d, tok_of("said"), LEX_SPEECH, NULL);
    assert_non_null(e);
    assert_int_equal(e->bits, 0);
    nsv_error err;
    nsv_lexicon *lex = nsv_lexicon_new();
    assert_non_null(lex);
    assert_int_equal(add_str(lex, "speech_cues.tsv", "said\tverb\tadverb\n", &err), NSV_ERR_CONFIG);
    nsv_lexicon_free(lex);
}

/* the first_person class: an address in the speaker's own voice */
static void test_first_person(void **state)
{
    (void)state;
    annotate("Today I thank our heroes: we and my people, all of us, told him and you.");
    assert_true(d.toks[tok_of("I")].word_bits & W_FIRST_PERSON);
    assert_true(d.toks[tok_of("our")].word_bits & W_FIRST_PERSON);
    assert_true(d.toks[tok_of("we")].word_bits & W_FIRST_PERSON);
    assert_true(d.toks[tok_of("my")].word_bits & W_FIRST_PERSON);
    assert_true(d.toks[tok_of("us")].word_bits & W_FIRST_PERSON);
    /* hard negatives: other persons */
    assert_false(d.toks[tok_of("him")].word_bits & W_FIRST_PERSON);
    assert_false(d.toks[tok_of("you")].word_bits & W_FIRST_PERSON);
    assert_false(d.toks[tok_of("heroes")].word_bits & W_FIRST_PERSON);
}

/* the nonname class's value NONNAME_LESSER: words of a holder less than
 * the office ("the mayor" is not the deputy mayor) */
static void test_lesser_words(void **state)
{
    (void)state;
    annotate("Vice, Deputy, former, elect and designate; acting chief President.");
    const char *lesser[] = {"Vice", "Deputy", "former", "elect", "designate"};
    for (size_t k = 0; k < sizeof lesser / sizeof *lesser; k++) {
        uint32_t t = tok_of(lesser[k]);
        assert_true(d.toks[t].word_bits & W_NONNAME);
        const lex_entry *e = word_entry(&d, t, LEX_WORD);
        assert_non_null(e);
        assert_int_equal(e->value, NONNAME_LESSER);
    }
    /* hard negatives: an acting head holds the office; other title words */
    const char *full[] = {"acting", "chief", "President"};
    for (size_t k = 0; k < sizeof full / sizeof *full; k++) {
        const lex_entry *e = word_entry(&d, tok_of(full[k]), LEX_WORD);
        assert_true(e == NULL || e->value != NONNAME_LESSER);
    }
}

/* the states class: "the two countries" are states, not people, in the
 * group descriptions of mentions.c and the pairs of signings.c */
static void test_states_class(void **state)
{
    (void)state;
    annotate("The two countries, both nations and the states; the leaders and companies.");
    assert_true(d.toks[tok_of("countries")].word_bits & W_STATES);
    assert_true(d.toks[tok_of("nations")].word_bits & W_STATES);
    assert_true(d.toks[tok_of("states")].word_bits & W_STATES);
    /* hard negatives: groups of people or firms */
    assert_false(d.toks[tok_of("leaders")].word_bits & W_STATES);
    assert_false(d.toks[tok_of("companies")].word_bits & W_STATES);
}

/* the suffix class: after a person's name, never the surname */
static void test_suffix_class(void **state)
{
    (void)state;
    annotate("Martin Luther King Jr. met John Sr and Pope John Paul II; Henry VIII was absent.");
    assert_true(d.toks[tok_of("Jr")].word_bits & W_SUFFIX);
    assert_true(d.toks[tok_of("Sr")].word_bits & W_SUFFIX);
    assert_true(d.toks[tok_of("II")].word_bits & W_SUFFIX);
    /* hard negatives: a surname, a numeral the list lacks */
    assert_false(d.toks[tok_of("King")].word_bits & W_SUFFIX);
    assert_false(d.toks[tok_of("VIII")].word_bits & W_SUFFIX);
}

/* speech_cues.tsv's shape perfect and words.tsv's aux value AUX_PERFECT:
 * "written to" is speech only after "has", "have" or "had" */
static void test_perfect_shape(void **state)
{
    (void)state;
    annotate("She has written to him; they have now written to us; he had been written to; it is "
             "written; it was written.");
    const lex_entry *e = tok_lex(&d, tok_of("written"), LEX_SPEECH, NULL);
    assert_non_null(e);
    assert_int_equal(e->value, SPEECH_VERB);
    assert_int_equal(e->bits, SPEECH_PERFECT);
    assert_true(perfect_aux(&d.toks[tok_of("has")]));
    assert_true(perfect_aux(&d.toks[tok_of("have")]));
    assert_true(perfect_aux(&d.toks[tok_of("had")]));
    /* hard negatives: the passive's auxiliary, an adverb, the cue itself */
    assert_false(perfect_aux(&d.toks[tok_of("been")]));
    /* (the finite forms of "be" are aux too: their tense values are no perfect) */
    assert_false(perfect_aux(&d.toks[tok_of("is")]));
    assert_false(perfect_aux(&d.toks[tok_of("was")]));
    assert_true(be_tense(&d, tok_of("is")) == BE_PRESENT);
    assert_true(be_tense(&d, tok_of("was")) == BE_PAST);
    assert_false(perfect_aux(&d.toks[tok_of("now")]));
    assert_false(perfect_aux(&d.toks[tok_of("written")]));
}

/* the det class's value DET_INDEFINITE: "a" and "an", whatever their case,
 * and never the nonname value NONNAME_LESSER both words also carry */
static void test_indefinite_article(void **state)
{
    (void)state;
    annotate("A minister met an envoy and the aides; another deal, one plan, any talks.");
    assert_true(indefinite_article(&d.toks[tok_of("A")]));
    assert_true(indefinite_article(&d.toks[tok_of("an")]));
    const lex_entry *e = word_entry(&d, tok_of("an"), LEX_WORD);
    assert_true(e && (e->bits & W_NONNAME) && e->value != NONNAME_LESSER);
    /* hard negatives: other determiners, a number word, a plain noun */
    assert_false(indefinite_article(&d.toks[tok_of("the")]));
    assert_false(indefinite_article(&d.toks[tok_of("another")]));
    assert_false(indefinite_article(&d.toks[tok_of("one")]));
    assert_false(indefinite_article(&d.toks[tok_of("any")]));
    assert_false(indefinite_article(&d.toks[tok_of("deal")]));
}

/* the unnamed class's value UNNAMED_STAFF: "White House officials said"
 * speaks for the body, "sources said" for no one */
static void test_staff_words(void **state)
{
    (void)state;
    annotate("Treasury officials and Ford executives met experts, sources and an official.");
    assert_true(staff_word(&d.toks[tok_of("officials")]));
    assert_true(staff_word(&d.toks[tok_of("executives")]));
    /* hard negatives: unnamed speakers of no body, one official */
    assert_true(d.toks[tok_of("sources")].word_bits & W_UNNAMED);
    assert_false(staff_word(&d.toks[tok_of("sources")]));
    assert_false(staff_word(&d.toks[tok_of("experts")]));
    assert_false(staff_word(&d.toks[tok_of("official")]));
    assert_false(staff_word(&d.toks[tok_of("Ford")]));
    /* "officials", a side_group word too, is no headed party ("delegation") */
    assert_true(d.toks[tok_of("officials")].word_bits & W_SIDE_GROUP);
    assert_false(word_class_value(&d.toks[tok_of("officials")], W_SIDE_GROUP, SIDE_HEADED));
}

/* the unnamed class's value UNNAMED_MEMBERS and nonname NONNAME_MEMBER: a
 * body's members, backers or one member, who are not its voice */
static void test_member_words(void **state)
{
    (void)state;
    annotate("Labour backbenchers, Tory MPs, rebels, supporters and members met a member, "
             "officials and a spokesman.");
    const char *members[] = {"backbenchers", "MPs", "rebels", "supporters", "members", "member"};
    for (size_t k = 0; k < sizeof members / sizeof *members; k++)
        assert_true(member_word(&d.toks[tok_of(members[k])]));
    /* the plurals stay unnamed groups; "member" no unnamed word */
    assert_true(d.toks[tok_of("backbenchers")].word_bits & W_UNNAMED);
    assert_false(d.toks[tok_of("member")].word_bits & W_UNNAMED);
    /* hard negatives: a body's staff and spokesman speak for it */
    assert_false(member_word(&d.toks[tok_of("officials")]));
    assert_false(member_word(&d.toks[tok_of("spokesman")]));
    assert_false(member_word(&d.toks[tok_of("Labour")]));
    assert_false(staff_word(&d.toks[tok_of("members")]));
}

/* documents.tsv's mark decree: an act only its office holder signs, of
 * the law kind */
static void test_decree_mark(void **state)
{
    (void)state;
    annotate("The decree and the Executive Order, a law, an order and a bill.");
    const char *decree[] = {"decree", "Executive"};
    for (size_t k = 0; k < sizeof decree / sizeof *decree; k++) {
        const lex_entry *e = tok_lex(&d, tok_of(decree[k]), LEX_DOCUMENT, NULL);
        assert_non_null(e);
        assert_string_equal(e->canon, "law");
        assert_true(e->bits & DOC_DECREE);
    }
    /* hard negatives: other acts of the law kind; a bare "order" */
    const char *plain[] = {"law", "order", "bill"};
    for (size_t k = 0; k < sizeof plain / sizeof *plain; k++) {
        const lex_entry *e = tok_lex(&d, tok_of(plain[k]), LEX_DOCUMENT, NULL);
        assert_non_null(e);
        assert_string_equal(e->canon, "law");
        assert_false(e->bits & DOC_DECREE);
    }
    nsv_error err;
    nsv_lexicon *lex = nsv_lexicon_new();
    assert_non_null(lex);
    assert_int_equal(add_str(lex, "documents.tsv", "ukase\tlaw\tedict\n", &err), NSV_ERR_CONFIG);
    nsv_lexicon_free(lex);
}

/* titles.tsv's marks column: the roles a country's leader holds, the
 * catch-all role, the head words for any office, the words for anyone's,
 * the roles that speak for a body, an outlet's principal and office holder */
static void test_title_marks(void **state)
{
    (void)state;
    annotate("President and Vice President, the leader, Head of State and Director; an "
             "official counterpart, counterparts; a spokesman, lawyer and adviser; the acting "
             "President.");
    const struct {
        const char *word;
        uint64_t bits;
    } want[] = {
        {"President", TITLE_TOP | TITLE_PRINCIPAL | TITLE_OFFICE_HOLDER},
        {"acting", TITLE_OFFICE_HOLDER},
        {"leader", TITLE_TOP | TITLE_CATCH_ALL | TITLE_GENERIC},
        {"Head", TITLE_TOP | TITLE_GENERIC | TITLE_PRINCIPAL | TITLE_OFFICE_HOLDER},
        {"official", TITLE_ANYONE},
        {"counterpart", TITLE_ANYONE},
        {"spokesman", TITLE_VOICE},
        {"lawyer", TITLE_VOICE},
        /* hard negatives: a lesser office, a named one, a plural */
        {"Vice", 0},
        {"Director", 0},
        {"counterparts", 0},
        {"adviser", 0},
    };
    for (size_t k = 0; k < sizeof want / sizeof *want; k++) {
        const lex_entry *e = tok_lex(&d, tok_of(want[k].word), LEX_TITLE, NULL);
        assert_non_null(e);
        assert_int_equal(e->bits, want[k].bits);
    }
    nsv_error err;
    nsv_lexicon *lex = nsv_lexicon_new();
    assert_non_null(lex);
    assert_int_equal(add_str(lex, "titles.tsv", "Doge\trole\tMonarch\tsupreme\n", &err),
                     NSV_ERR_CONFIG);
    nsv_lexicon_free(lex);
}

/* words.tsv values that name the words meetings.c, mentions.c and
 * signings.c ask for: the sidelines nouns, the adverbs of another
 * meeting, a noun of time, the headed party, the phrases of examples and
 * of heading */
static void test_rule_word_values(void **state)
{
    (void)state;
    annotate("On the sidelines of the margins, in the presence of the framework, "
             "the sides also met separately this year with a delegation led by X, "
             "firms such as Y, including Z, headed by W; the side said it once.");
    assert_true(word_class_value(&d.toks[tok_of("sidelines")], W_SETTING, SETTING_SIDELINES));
    assert_true(word_class_value(&d.toks[tok_of("margins")], W_SETTING, SETTING_SIDELINES));
    assert_true(word_class_value(&d.toks[tok_of("presence")], W_SETTING, SETTING_NOUN));
    assert_true(word_class_value(&d.toks[tok_of("framework")], W_SETTING, SETTING_NOUN));
    assert_true(word_class_value(&d.toks[tok_of("also")], W_ADVERB, ADVERB_ANOTHER));
    assert_true(word_class_value(&d.toks[tok_of("separately")], W_ADVERB, ADVERB_ANOTHER));
    assert_true(word_class_value(&d.toks[tok_of("year")], W_NONNAME, NONNAME_TIME));
    assert_true(word_class_value(&d.toks[tok_of("delegation")], W_SIDE_GROUP, SIDE_HEADED));
    assert_true(word_class_value(&d.toks[tok_of("including")], W_ROSTER_VERB, ROSTER_EXAMPLE));
    unsigned nw = 0;
    const lex_entry *e = tok_lex(&d, tok_of("such"), LEX_WORD, &nw);
    assert_true(e && nw == 2 && (e->bits & W_ROSTER_VERB) && e->value == ROSTER_EXAMPLE);
    assert_true(headed_by(&d, tok_of("led")));
    assert_true(headed_by(&d, tok_of("headed")));
    /* "also" keeps its other classes, none of whose values it takes */
    assert_true(d.toks[tok_of("also")].word_bits & W_AUX);
    assert_false(perfect_aux(&d.toks[tok_of("also")]));
    /* hard negatives: other setting words, adverbs, side groups, a "by" */
    assert_false(word_class_value(&d.toks[tok_of("On")], W_SETTING, SETTING_SIDELINES));
    assert_false(word_class_value(&d.toks[tok_of("once")], W_ADVERB, ADVERB_ANOTHER));
    assert_false(word_class_value(&d.toks[tok_of("sides")], W_SIDE_GROUP, SIDE_HEADED));
    assert_false(word_class_value(&d.toks[tok_of("firms")], W_ROSTER_VERB, ROSTER_EXAMPLE));
    assert_false(headed_by(&d, tok_of("met")));
    assert_false(headed_by(&d, tok_of("said")));
}

/* speech_heads: the lengths of the plain speech verb phrases a word starts
 * ("brushed off suggestions": 3 tokens), and none for a word that starts
 * only other phrases ("the United States") or a cue of another class */
static void test_speech_heads(void **state)
{
    (void)state;
    annotate("He brushed off the suggestions of the United States, to congratulate them.");
    assert_true(d.toks[tok_of("brushed")].speech_heads & (1u << 2));
    assert_int_equal(d.toks[tok_of("the")].speech_heads, 0);
    assert_int_equal(d.toks[tok_of("of")].speech_heads, 0);
    /* "to congratulate" is a purpose cue, no plain verb */
    assert_int_equal(d.toks[tok_of("to")].speech_heads, 0);
}

/* phrase_roles_at: one walk of a token's matches gives the asked roles whose
 * phrase starts there and fits before the end, as phrase_at would per role;
 * a role not asked for, or a phrase the end cuts, is not in the mask */
static void test_phrase_roles_at(void **state)
{
    (void)state;
    annotate("Minister Ivanov presented a report with the participation of Mr Petrov.");
    uint32_t end = (uint32_t)d.ntoks;
    const uint64_t want = PHRASE_BIT(PHRASE_PARTICIPATION) | PHRASE_BIT(PHRASE_REPORT_GIVE) |
                          PHRASE_BIT(PHRASE_REPORT_TOPIC);
    assert_int_equal(phrase_roles_at(&d, tok_of("presented"), end, want),
                     PHRASE_BIT(PHRASE_REPORT_GIVE));
    assert_int_equal(phrase_roles_at(&d, tok_of("with"), end, want),
                     PHRASE_BIT(PHRASE_PARTICIPATION));
    assert_int_equal(phrase_at(&d, tok_of("with"), end, PHRASE_PARTICIPATION), 4);
    /* hard negatives: a role not asked for, a phrase cut by the end, a word
     * that starts no phrase of the roles, a token past the end */
    assert_int_equal(
        phrase_roles_at(&d, tok_of("presented"), end, PHRASE_BIT(PHRASE_PARTICIPATION)), 0);
    assert_int_equal(phrase_roles_at(&d, tok_of("with"), tok_of("of"), want), 0);
    assert_int_equal(phrase_roles_at(&d, tok_of("report"), end, want), 0);
    assert_int_equal(phrase_roles_at(&d, end, end, want), 0);
    /* the roles past the 32nd answer too: the mask is 64 bits wide */
    _Static_assert(PHRASE_TITLE_TOPIC >= 32, "a role past bit 31 exists to test");
    annotate("Readout of the President's Travel to India");
    assert_true(phrase_roles_at(&d, tok_of("Readout"), (uint32_t)d.ntoks,
                                PHRASE_BIT(PHRASE_TITLE_TOPIC)) == PHRASE_BIT(PHRASE_TITLE_TOPIC));
}

/* a token's phrase_roles: the roles of every phrases.tsv phrase that starts
 * there, of any length, so phrase_at and phrase_roles_at skip at once a
 * token without the role; none on a word that starts no such phrase */
static void test_token_phrase_roles(void **state)
{
    (void)state;
    annotate("Minister Ivanov presented a report with the participation of Mr Petrov.");
    assert_true(d.toks[tok_of("with")].phrase_roles & PHRASE_ROLE_HINT(PHRASE_PARTICIPATION));
    assert_true(d.toks[tok_of("presented")].phrase_roles & PHRASE_ROLE_HINT(PHRASE_REPORT_GIVE));
    /* hard negatives: another role's word, a name, a word of no phrase */
    assert_false(d.toks[tok_of("presented")].phrase_roles & PHRASE_ROLE_HINT(PHRASE_PARTICIPATION));
    assert_int_equal(d.toks[tok_of("Ivanov")].phrase_roles, 0);
    assert_int_equal(d.toks[tok_of("Petrov")].phrase_roles, 0);
    assert_int_equal(phrase_at(&d, tok_of("presented"), (uint32_t)d.ntoks, PHRASE_PARTICIPATION),
                     0);
    /* a role past bit 31 shares its hint bit with the role 32 below it: the
     * hint lets the walk run, and the walk tells the two apart */
    annotate("Readout of the President's Travel to India");
    uint32_t readout = tok_of("Readout"), end = (uint32_t)d.ntoks;
    assert_true(phrase_at(&d, readout, end, PHRASE_TITLE_TOPIC) > 0);
    assert_true(d.toks[readout].phrase_roles & PHRASE_ROLE_HINT(PHRASE_TITLE_TOPIC - 32));
    assert_int_equal(phrase_at(&d, readout, end, PHRASE_TITLE_TOPIC - 32), 0);
}

/* the item's any_phrase_roles: every token's phrase_roles or-ed, one-word
 * phrases and longer, so a rule may skip an item whose hint bit for its
 * role is clear (delegation_roster's lead-in needs a delegation_head) */
static void test_any_phrase_roles(void **state)
{
    (void)state;
    annotate("Talks were held. The Russian delegation consisted of Minister Ivanov.");
    assert_true(d.any_phrase_roles & PHRASE_ROLE_HINT(PHRASE_DELEGATION_HEAD));
    assert_true(d.any_phrase_roles & PHRASE_ROLE_HINT(PHRASE_DELEGATION_LIST));
    uint32_t or = 0;
    for (size_t k = 0; k < d.ntoks; k++)
        or |= d.toks[k].phrase_roles;
    assert_int_equal(d.any_phrase_roles, or);
    /* hard negatives: no phrase of the role anywhere, its words apart
     * ("delegate" is no delegation_head word); and no phrase at all */
    annotate("The delegate said the list included Minister Ivanov.");
    assert_false(d.any_phrase_roles & PHRASE_ROLE_HINT(PHRASE_DELEGATION_HEAD));
    annotate("Ivanov Petrov Sidorov");
    assert_int_equal(d.any_phrase_roles, 0);
}

/* phrases.tsv: phrase_at finds a phrase of a role at a token, the whole
 * phrase inside the end it is given, and marks no token as a listed word */
static void test_phrase_at(void **state)
{
    (void)state;
    annotate("The talks, which are taking place in Oslo, are under way.");
    uint32_t end = (uint32_t)d.ntoks;
    assert_int_equal(phrase_at(&d, tok_of("taking"), end, PHRASE_RUNNING), 2);
    assert_int_equal(phrase_at(&d, tok_of("under"), end, PHRASE_RUNNING), 2);
    /* the phrase must end by `end`: cut by the sentence's end, none */
    assert_int_equal(phrase_at(&d, tok_of("taking"), tok_of("place"), PHRASE_RUNNING), 0);
    assert_int_equal(phrase_at(&d, tok_of("taking"), tok_of("place") + 1, PHRASE_RUNNING), 2);
    /* a phrase's token alone marks no lexicon category */
    assert_int_equal(d.toks[tok_of("taking")].cats, 0);
    assert_int_equal(d.any_cats & (1u << LEX_PHRASE), 0);
    /* near misses: a word of the phrase with another after it, and words
     * that only look alike */
    annotate("Work is taking shape; the talks are under threat and being planned.");
    end = (uint32_t)d.ntoks;
    assert_int_equal(phrase_at(&d, tok_of("taking"), end, PHRASE_RUNNING), 0);
    assert_int_equal(phrase_at(&d, tok_of("under"), end, PHRASE_RUNNING), 0);
    assert_int_equal(phrase_at(&d, tok_of("being"), end, PHRASE_RUNNING), 0);
    /* a phrase of one word, in any case */
    annotate("The summit is Underway.");
    assert_int_equal(phrase_at(&d, tok_of("Underway"), (uint32_t)d.ntoks, PHRASE_RUNNING), 1);
    /* the words that join an office's title: "to" only read back */
    annotate("Advisor to the President and Director of the Office");
    end = (uint32_t)d.ntoks;
    assert_int_equal(phrase_at(&d, tok_of("of"), end, PHRASE_TITLE_JOIN), 1);
    assert_int_equal(phrase_at(&d, tok_of("to"), end, PHRASE_TITLE_JOIN), 0);
    assert_int_equal(phrase_at(&d, tok_of("to"), end, PHRASE_TITLE_JOIN_BACK), 1);
    assert_int_equal(phrase_at(&d, tok_of("Advisor"), end, PHRASE_TITLE_JOIN), 0);
    /* another role's phrase is not found where one of its own is */
    annotate("Talks will take place in our country; they are taking place.");
    end = (uint32_t)d.ntoks;
    assert_int_equal(phrase_at(&d, tok_of("take"), end, PHRASE_TAKES_PLACE), 2);
    assert_int_equal(phrase_at(&d, tok_of("take"), end, PHRASE_RUNNING), 0);
    assert_int_equal(phrase_at(&d, tok_of("taking"), end, PHRASE_TAKES_PLACE), 0);
    assert_int_equal(phrase_at(&d, tok_of("our"), end, PHRASE_OUR_COUNTRY), 2);
    assert_int_equal(phrase_at(&d, tok_of("our"), tok_of("country"), PHRASE_OUR_COUNTRY), 0);
    /* "signed into law", not "ran into lawyers" */
    annotate("He signed it into law; they ran into lawyers.");
    assert_int_equal(phrase_at(&d, tok_of("into"), (uint32_t)d.ntoks, PHRASE_INTO_LAW), 2);
    assert_int_equal(phrase_at(&d, tok_of("lawyers") - 1, (uint32_t)d.ntoks, PHRASE_INTO_LAW), 0);
    /* a role the file does not know names its line */
    nsv_error err;
    nsv_lexicon *lex = nsv_lexicon_new();
    assert_non_null(lex);
    assert_int_equal(add_str(lex, "phrases.tsv", "# roles\nunder way\tsometimes\n", &err),
                     NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, "phrases.tsv:2:"));
    assert_int_equal(add_str(lex, "phrases.tsv", "under way\trunning\n", &err), NSV_OK);
    nsv_lexicon_free(lex);
}

/* according_to_before: the speech cue "according to" (speech_cues.tsv
 * class according) right before a token, the source of the words */
static void test_according_to_before(void **state)
{
    (void)state;
    annotate("According to officials, talks went well.");
    assert_true(according_to_before(&d, tok_of("officials")));
    assert_false(according_to_before(&d, tok_of("to")));
    assert_false(according_to_before(&d, 1));
    /* hard negatives: "to" after another word, "according" cut off */
    annotate("Due to officials, and according, to them, talks ended.");
    assert_false(according_to_before(&d, tok_of("officials")));
    assert_false(according_to_before(&d, tok_of("them")));
}

/* The row of chain e whose holder is `canon`, or NULL. */
static const lex_entry *office_row_of(const lex_entry *e, const char *canon)
{
    for (; e; e = e->next)
        if (e->cat == LEX_OFFICE && !strcmp(e->canon, canon))
            return e;
    return NULL;
}

/* outlet_row: an office_holders.tsv row counts for the item's own outlet
 * on a day of its term; another outlet's row, or a day out of its term,
 * does not.  An undated item matches only when asked to. */
static void test_outlet_row(void **state)
{
    (void)state;
    annotate("The President said.");
    const lex_entry *chain = lex_lookup(nt.lex, "president", 9);
    assert_non_null(chain);
    const lex_entry *putin = office_row_of(chain, "Vladimir Putin");
    const lex_entry *medvedev = office_row_of(chain, "Dmitry Medvedev");
    const lex_entry *zelenskyy = office_row_of(chain, "Volodymyr Zelenskyy");
    assert_non_null(putin);
    assert_non_null(medvedev);
    assert_non_null(zelenskyy);
    const char *kremlin = "President of Russia (en.kremlin.ru)";
    d.source = (nsv_str){kremlin, strlen(kremlin)};
    d.published = days_from_civil(2019, 6, 1);
    /* the outlet's holder of the day */
    assert_true(outlet_row(&d, putin, 0));
    assert_true(outlet_row(&d, putin, 1));
    /* the same outlet's holder of another term; another outlet's holder */
    assert_false(outlet_row(&d, medvedev, 0));
    assert_false(outlet_row(&d, zelenskyy, 0));
    d.published = days_from_civil(2010, 6, 1);
    assert_true(outlet_row(&d, medvedev, 0));
    /* a row that is not an office holder's (titles.tsv's "President") */
    const lex_entry *other = NULL;
    for (const lex_entry *e = chain; e && !other; e = e->next)
        if (e->cat != LEX_OFFICE)
            other = e;
    assert_non_null(other);
    assert_false(outlet_row(&d, other, 1));
    /* undated: any term when asked, none otherwise */
    d.published = -1;
    assert_false(outlet_row(&d, putin, 0));
    assert_true(outlet_row(&d, putin, 1));
    assert_false(outlet_row(&d, zelenskyy, 1));
    /* no outlet */
    d.source = (nsv_str){NULL, 0};
    assert_false(outlet_row(&d, putin, 1));
}

int main(void)
{
    arena_init(&scratch, (size_t)16 << 20);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_errors),
        cmocka_unit_test(test_finish_needs_every_file),
        cmocka_unit_test(test_short_acronyms_only_in_capitals),
        cmocka_unit_test(test_each_meaning_of_a_word),
        cmocka_unit_test(test_multi_word_phrases),
        cmocka_unit_test(test_modal_words),
        cmocka_unit_test(test_be_tense),
        cmocka_unit_test(test_speech_shapes),
        cmocka_unit_test(test_first_person),
        cmocka_unit_test(test_lesser_words),
        cmocka_unit_test(test_states_class),
        cmocka_unit_test(test_suffix_class),
        cmocka_unit_test(test_perfect_shape),
        cmocka_unit_test(test_indefinite_article),
        cmocka_unit_test(test_staff_words),
        cmocka_unit_test(test_member_words),
        cmocka_unit_test(test_decree_mark),
        cmocka_unit_test(test_title_marks),
        cmocka_unit_test(test_rule_word_values),
        cmocka_unit_test(test_speech_heads),
        cmocka_unit_test(test_phrase_at),
        cmocka_unit_test(test_any_phrase_roles),
        cmocka_unit_test(test_phrase_roles_at),
        cmocka_unit_test(test_token_phrase_roles),
        cmocka_unit_test(test_according_to_before),
        cmocka_unit_test(test_outlet_row),
    };
    int rc = cmocka_run_group_tests(tests, nt_setup, nt_teardown);
    arena_free(&scratch);
    return rc;
}
