/* test_segment.c - tokens as offsets into UTF-8 text, sentences that survive
 * abbreviations and initials, paragraphs (blank line; newline and indent),
 * over-long "sentences" closed every 1,024 tokens, quotation spans (straight
 * and curly, continued over paragraphs), and a lost
 * paragraph break that must not invert the quotation state (checked through
 * the statement records it leads to). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "nsv_test_util.h"

static arena scratch;
static doc d;
static nsv_limits limits;

/* Tokenize, annotate and segment a text. */
static void seg(const char *text)
{
    arena_reset(&scratch);
    memset(&d, 0, sizeof d);
    d.mem = &scratch;
    d.lex = nt.lex;
    d.limits = &limits;
    d.text = text;
    d.len = strlen(text);
    nsv_error err;
    assert_int_equal(tokenize(d.mem, d.text, d.len, &d.toks, &d.ntoks), 0);
    assert_int_equal(annotate_lexicon(&d), 0);
    assert_int_equal(segment(&d, &err), NSV_OK);
}

static int tok_text_is(size_t i, const char *s)
{
    size_t l = strlen(s);
    return i < d.ntoks && d.toks[i].end - d.toks[i].start == l &&
           !memcmp(d.text + d.toks[i].start, s, l);
}

/* Does sentence k read exactly s? */
static void assert_sentence(size_t k, const char *s)
{
    assert_true(k < d.nsents);
    size_t l = d.sents[k].end - d.sents[k].start;
    if (l != strlen(s) || memcmp(d.text + d.sents[k].start, s, l))
        fail_msg("sentence %zu is \"%.*s\", want \"%s\"", k, (int)l, d.text + d.sents[k].start, s);
}

static void assert_quote(size_t k, const char *s, int closed)
{
    assert_true(k < d.nquotes);
    size_t l = d.quotes[k].end - d.quotes[k].start;
    if (l != strlen(s) || memcmp(d.text + d.quotes[k].start, s, l))
        fail_msg("quote %zu is \"%.*s\", want \"%s\"", k, (int)l, d.text + d.quotes[k].start, s);
    assert_int_equal(d.quotes[k].closed, closed);
}

static void test_tokens_are_offsets(void **state)
{
    (void)state;
    const char *text = "Čaputová met Erdoğan's aide, “fine” (ok) but didn't sign.";
    seg(text);
    static const char *const want[] = {"Čaputová", "met",  "Erdoğan", "'s",   "aide", ",",
                                       "“",        "fine", "”",       "(",    "ok",   ")",
                                       "but",      "did",  "n't",     "sign", "."};
    assert_int_equal(d.ntoks, sizeof want / sizeof want[0]);
    uint32_t prev_end = 0;
    for (size_t i = 0; i < d.ntoks; i++) {
        if (!tok_text_is(i, want[i]))
            fail_msg("token %zu is \"%.*s\", want \"%s\"", i,
                     (int)(d.toks[i].end - d.toks[i].start), text + d.toks[i].start, want[i]);
        assert_true(d.toks[i].start >= prev_end);
        prev_end = d.toks[i].end;
    }
    /* byte offsets, not character offsets: "Čaputová" is 10 bytes */
    assert_int_equal(d.toks[0].start, 0);
    assert_int_equal(d.toks[0].end, 10);
    assert_int_equal(d.toks[2].start, 15);
    assert_int_equal(d.toks[2].end, 23);
    assert_true(d.toks[0].flags & T_CAP); /* upper-case beyond ASCII */
    assert_true(d.toks[2].flags & T_CAP);
    assert_true(d.toks[3].flags & T_POSS);
    assert_true(d.toks[6].flags & T_QUOTE_OPEN);
    assert_true(d.toks[8].flags & T_QUOTE_CLOSE);
    assert_true(d.toks[7].flags & T_IN_QUOTE);
    assert_false(d.toks[4].flags & T_IN_QUOTE);
    assert_true(d.toks[14].flags & T_NEG_CLITIC);
    assert_true(d.toks[1].flags & T_SPACE_BEFORE);
    assert_false(d.toks[3].flags & T_SPACE_BEFORE);
}

/* "AT&T", "S&P": an ampersand between capitals is inside one name; spaced
 * ("Procter & Gamble") or between lower-case letters it stays punctuation. */
static void test_ampersand_names(void **state)
{
    (void)state;
    const char *text = "AT&T and S&P beat Procter & Gamble in R&d.";
    seg(text);
    static const char *const want[] = {"AT&T",   "and", "S&P", "beat", "Procter", "&",
                                       "Gamble", "in",  "R",   "&",    "d",       "."};
    assert_int_equal(d.ntoks, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < d.ntoks; i++)
        if (!tok_text_is(i, want[i]))
            fail_msg("token %zu is \"%.*s\", want \"%s\"", i,
                     (int)(d.toks[i].end - d.toks[i].start), text + d.toks[i].start, want[i]);
}

/* "VEB.RF", "DOM.RF": a capitals name with a two-capital domain glued on is
 * one token and ends no sentence; "COMSAT.COMSAT is" (a lost space between
 * two longer words) stays two words and a stop. */
static void test_domain_names(void **state)
{
    (void)state;
    seg("Putin met Chairman of VEB.RF Igor Shuvalov. Mutko heads DOM.RF, he said.");
    assert_int_equal(d.nsents, 2);
    assert_sentence(0, "Putin met Chairman of VEB.RF Igor Shuvalov.");
    assert_true(tok_text_is(4, "VEB.RF"));
    assert_true(tok_text_is(10, "DOM.RF"));
    /* hard negative: a lost space between two long capital words */
    seg("The law set up COMSAT.COMSAT is the U.S. arm.");
    assert_true(tok_text_is(4, "COMSAT"));
    assert_true(tok_text_is(5, "."));
}

/* "a Stamford, Conn., maker": a word's dot with a comma right after it is
 * an abbreviation's (a state's, listed nowhere), no sentence end. */
static void test_dot_before_comma(void **state)
{
    (void)state;
    seg("Conrac is a Stamford, Conn., maker of gauges. Rep. Dan Glickman, D-Kan., said no.");
    assert_int_equal(d.nsents, 2);
    assert_sentence(0, "Conrac is a Stamford, Conn., maker of gauges.");
    /* hard negative: the same abbreviation before a new sentence ends it */
    seg("Conrac is based in Stamford, Conn. Prices rose.");
    assert_int_equal(d.nsents, 2);
    assert_sentence(0, "Conrac is based in Stamford, Conn.");
}

static void test_sentences_survive_abbreviations(void **state)
{
    (void)state;
    seg("WASHINGTON, March 5 - U.S. President Joseph R. Biden met Col. Gen. Ivan Petrov in "
        "Washington. Officials in the U.S. said little. Mr. Petrov left! Did he?");
    assert_int_equal(d.nsents, 4);
    assert_sentence(0, "WASHINGTON, March 5 - U.S. President Joseph R. Biden met Col. Gen. Ivan "
                       "Petrov in Washington.");
    assert_sentence(1, "Officials in the U.S. said little.");
    assert_sentence(2, "Mr. Petrov left!");
    assert_sentence(3, "Did he?");
    /* the sentence end is flagged on the final token only */
    for (size_t i = 0; i + 1 < d.sents[0].tok_end; i++)
        assert_false(d.toks[i].flags & T_SENT_END);
    /* a lower-case word after a full stop continues the sentence */
    seg("The talks began at 10 a.m. and ended late. Then they left.");
    assert_int_equal(d.nsents, 2);
    assert_sentence(0, "The talks began at 10 a.m. and ended late.");
    /* a court case's "v." ("Brown v. Board of Education") */
    seg("On the anniversary of Brown v. Board of Education, Joe Biden hosted them. They left.");
    assert_int_equal(d.nsents, 2);
    assert_sentence(1, "They left.");
}

static void test_paragraphs(void **state)
{
    (void)state;
    /* blank line; newline and indent (1987 wire copy); a bare newline is a
     * hard wrap inside the paragraph */
    seg("The minister said the talks\nwent well. He left.\n\nThe talks ended.\n"
        "   Mr. Smith stayed on.\n  New paragraph here.");
    assert_int_equal(d.nsents, 5);
    assert_sentence(0, "The minister said the talks\nwent well.");
    assert_int_equal(d.sents[0].para, 0);
    assert_int_equal(d.sents[1].para, 0);
    assert_int_equal(d.sents[2].para, 1);
    assert_sentence(3, "Mr. Smith stayed on.");
    assert_int_equal(d.sents[3].para, 2);
    assert_int_equal(d.sents[4].para, 3);
    /* a paragraph end closes a sentence that has no full stop */
    seg("MOSCOW, May 4\n\nThe talks ended.");
    assert_int_equal(d.nsents, 2);
    assert_sentence(0, "MOSCOW, May 4");
    assert_int_equal(d.sents[1].para, 1);
}

/* A run of 3,000 words with no sentence end is closed every 1,024 tokens
 * (no rule may cost the square of an item-long "sentence"); a long but
 * ordinary sentence stays whole. */
static void test_overlong_sentence_is_closed(void **state)
{
    (void)state;
    static char text[3000 * 4 + 64];
    size_t n = 0;
    for (int w = 0; w < 3000; w++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s", w ? " abc" : "Abc");
    seg(text);
    assert_int_equal(d.ntoks, 3000);
    assert_int_equal(d.nsents, 3);
    assert_int_equal(d.sents[0].tok_end - d.sents[0].tok_start, 1024);
    assert_int_equal(d.sents[2].tok_end, 3000);
    n = 0;
    for (int w = 0; w < 300; w++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s", w ? " abc" : "Abc");
    snprintf(text + n, sizeof text - n, ". Next one.");
    seg(text);
    assert_int_equal(d.nsents, 2);
    assert_int_equal(d.sents[0].tok_end - d.sents[0].tok_start, 301);
}

static void test_quotation_spans(void **state)
{
    (void)state;
    seg("He said \"yes.\" Then: “We will continue,” he said. “There is ‘no’ other way.”");
    assert_int_equal(d.nquotes, 3);
    assert_quote(0, "yes.", 1);
    assert_quote(1, "We will continue,", 1);
    assert_quote(2, "There is ‘no’ other way.", 1);
    /* a quotation continued over paragraphs: the first paragraph's span is
     * left open at its end, the next paragraph's mark opens the next one */
    seg("\"We are ready. We will act.\n\n\"We will not wait,\" Petrov said.");
    assert_int_equal(d.nquotes, 2);
    assert_quote(0, "We are ready. We will act.", 0);
    assert_quote(1, "We will not wait,", 1);
    assert_int_equal(d.sents[d.nsents - 1].para, 1);
}

/* Through records: a continued quotation is one statement of its speaker. */
static void test_continued_quotation_statements(void **state)
{
    (void)state;
    nt_run("2023-05-05",
           "\"We have made progress,\" Foreign Minister Tom Reyes said. \"We are not there yet.\n\n"
           "\"But we will come back and finish the work.\"\n\n"
           "Deputy Foreign Minister Ivan Orlov said the Russian side agreed.");
    NT_CHECK(nt_actual(NSV_EV_STATEMENT) == 2);
    NT_CHECK(nt_count_said_by("Reyes") == 1);
    NT_CHECK(nt_said_by("Orlov") != NULL);
    NT_CHECK(nt_said_by("Reyes")->direct);
    NT_CHECK(!nt_said_by("Orlov")->direct);
}

/* "... active. "Both ...": the paragraph break was lost; the quotation mark
 * opens (space before, word after) instead of closing the open span, so the
 * rest of the item keeps its quotation state. */
static void test_lost_paragraph_break(void **state)
{
    (void)state;
    nt_run("2023-05-05",
           "\"We have made progress,\" Foreign Minister Tom Reyes said after meeting Deputy "
           "Foreign Minister Ivan Orlov. \"We must keep this channel active. \"Both sides should "
           "talk more often,\" he said. Orlov said the Russian side agreed. \"The door is open,\" "
           "Orlov added.");
    const nsv_event *both = NULL, *door = NULL;
    for (size_t i = 0; i < nt.n; i++) {
        const nsv_event *e = &nt.ev[i];
        if (e->type != NSV_EV_STATEMENT || !e->quote)
            continue;
        if (strstr(e->quote, "Both sides should talk more often"))
            both = e;
        if (strstr(e->quote, "The door is open"))
            door = e;
    }
    NT_CHECK(both != NULL);
    NT_CHECK(nt_name_has(both->speaker.name, "Reyes"));
    NT_CHECK(both->direct);
    NT_CHECK(strstr(both->quote, "said") == NULL);
    NT_CHECK(door != NULL);
    NT_CHECK(nt_name_has(door->speaker.name, "Orlov"));
    NT_CHECK(door->direct);
    NT_CHECK(strstr(door->quote, "Russian side") == NULL);
    seg("\"We must keep this channel active. \"Both sides should talk,\" he said.");
    assert_int_equal(d.nquotes, 2);
    assert_quote(1, "Both sides should talk,", 1);
}

/* Token index of the first token reading `w`, or d.ntoks. */
static size_t tok_of(const char *w)
{
    for (size_t i = 0; i < d.ntoks; i++)
        if (tok_text_is(i, w))
            return i;
    return d.ntoks;
}

/* A quotation whose closing mark was lost ends where plain narration
 * starts: "He/She" or a name with a speech verb and no first person, when
 * the next opening mark, the paragraph or the item finds it open.  A named
 * speaker needs the marks to agree (the sentence before ends on its cue, or
 * the cue introduces the next quotation).  Hard negatives: a closed or a
 * continued quotation, a named speaker the quoted person reports, a
 * pronoun with a first person, apostrophes and inner single quotes. */
static void test_quotation_ends_at_narration(void **state)
{
    (void)state;
    seg("\"Leaders must understand this. It is better not to hinder them, h e said. Head of the "
        "Office Andriy Yermak informed the members about the talks. \"We all understand it,\" "
        "he said.");
    assert_quote(0, "Leaders must understand this. It is better not to hinder them, h e said.", 0);
    assert_false(d.toks[tok_of("Yermak")].flags & T_IN_QUOTE);
    assert_false(d.toks[tok_of("talks")].flags & T_IN_QUOTE);
    assert_quote(1, "We all understand it,", 1);
    nt_run("2023-05-05",
           "\"Leaders must understand this. It is better not to hinder them, h e said. Head of the "
           "Office Andriy Yermak informed the members about the talks. He said that support was "
           "expressed by all parties. \"We all understand it,\" he said.");
    NT_CHECK(nt_count_said_by("Yermak") == 3);
    /* "He added:" introduces the next quotation */
    seg("Mr Mubanga said: \"I lost three years. He added: \"They made me stronger.\"");
    assert_int_equal(d.nquotes, 2);
    assert_quote(0, "I lost three years.", 0);
    assert_false(d.toks[tok_of("added")].flags & T_IN_QUOTE);
    assert_quote(1, "They made me stronger.", 1);
    /* a named speaker whose cue introduces the next quotation */
    seg("Ivo Dorov said: \"Oslo is a centre. Anna Berg warned: \"Costs will rise.\"");
    assert_int_equal(d.nquotes, 2);
    assert_quote(0, "Oslo is a centre.", 0);
    assert_false(d.toks[tok_of("Berg")].flags & T_IN_QUOTE);
    assert_quote(1, "Costs will rise.", 1);
    /* the item end finds it open */
    seg("Petrov said: \"It is over. She said the talks had failed.");
    assert_quote(0, "It is over.", 0);
    assert_false(d.toks[tok_of("failed")].flags & T_IN_QUOTE);

    /* hard negatives */
    seg("\"We met the minister. He said the talks had failed.\n\n\"We will go on,\" Petrov "
        "said.");
    assert_quote(0, "We met the minister. He said the talks had failed.", 0);
    seg("\"The minister's answer was 'no'. He said it twice,\" Petrov said. Orlov agreed.");
    assert_int_equal(d.nquotes, 1);
    assert_quote(0, "The minister's answer was 'no'. He said it twice,", 1);
    seg("Ivo Dorov said: \"Oslo is a centre. Anna Berg warned that costs would rise. \"We "
        "will win.\"");
    assert_true(d.toks[tok_of("Berg")].flags & T_IN_QUOTE);
    seg("\"I met him. He told me that we must act. \"We will,\" Petrov said.");
    assert_true(d.toks[tok_of("told")].flags & T_IN_QUOTE);
}

/* A quotation inside a quotation ('the new "red line"') is part of the
 * outer one; the outer closing mark then closes it, so what follows is not
 * read as quoted.  Unbalanced marks (an inner quotation in a paragraph whose
 * outer one never closes) fall back to reading each mark as a new span. */
static void test_nested_quotation(void **state)
{
    (void)state;
    seg("\"We will not cross the new \"red line\" again,\" Ortiz said. Reyes agreed.");
    assert_int_equal(d.nquotes, 1);
    assert_quote(0, "We will not cross the new \"red line\" again,", 1);
    assert_false(d.toks[d.ntoks - 2].flags & T_IN_QUOTE);
    seg("\xe2\x80\x9cThe so-called \xe2\x80\x9cplan\xe2\x80\x9d is empty,\xe2\x80\x9d he said. "
        "Reyes agreed.");
    assert_int_equal(d.nquotes, 1);
    assert_false(d.toks[d.ntoks - 2].flags & T_IN_QUOTE);
    nt_run("2023-05-05",
           "\"We will not cross the new \"red line\" again,\" Foreign Minister Ana "
           "Ortiz said. Deputy Foreign Minister Ivan Orlov said the talks went well.");
    NT_CHECK(nt_said_by("Ortiz") != NULL && nt_said_by("Ortiz")->direct);
    NT_CHECK(nt_said_by("Orlov") != NULL);
    /* hard negative: a mark after a stop starts a new span, and an outer
     * quotation never closed in its paragraph is no nesting */
    seg("\"We must act. \"Both sides should talk,\" he said.");
    assert_int_equal(d.nquotes, 2);
    assert_quote(1, "Both sides should talk,", 1);
    seg("He said it would need \"large \"real\" changes. Reyes agreed.");
    assert_int_equal(d.nquotes, 2);
    assert_quote(1, "real", 1);
    assert_false(d.toks[d.ntoks - 2].flags & T_IN_QUOTE);
}

/* A right curly mark with nothing open, ending its word ("... diabetes and
 * cancer<close>" before a bullet line), lost its opening mark: it opens no
 * quotation, so the lines after it are no quotation's; one before a word
 * (<close>We ...<close>, a text using the mark both ways) still opens. */
static void test_lost_opening_curly_mark(void **state)
{
    (void)state;
    seg("They discussed diabetes and cancer\xe2\x80\x9d\n- The leaders welcomed the launch.");
    assert_int_equal(d.nquotes, 0);
    assert_false(d.toks[d.ntoks - 2].flags & T_IN_QUOTE);
    nt_run("2022-05-24",
           "President Joe Biden met with Prime Minister Narendra Modi of India today. "
           "The two leaders also discussed diabetes and cancer\xe2\x80\x9d\n"
           "- The leaders welcomed the launch of a new initiative.");
    const nsv_event *e = nt_said_by("Modi");
    NT_CHECK(e && nt_has_party(e, "Biden") && !e->direct);
    /* hard negative: the same mark before a word opens its quotation */
    seg("Reyes said \xe2\x80\x9dWe will act\xe2\x80\x9d on Monday.");
    assert_int_equal(d.nquotes, 1);
    assert_quote(0, "We will act", 1);
}

/* The mention over token t as the mentions' own spans give it: the last
 * one starting at or before t, if t is inside it; -1 else. */
static int mention_over(const doc *x, uint32_t t)
{
    int last = -1;
    for (size_t k = 0; k < x->nments; k++)
        if (x->ments[k].tok_start <= t)
            last = (int)k;
    return last >= 0 && t < x->ments[last].tok_end ? last : -1;
}

/* resolve_mentions indexes the mentions by token (each token's last_mention):
 * mention_at and mentions_before read it and answer as the search over
 * the mentions does, and not once a mention was added after it. */
static void test_mention_index_by_token(void **state)
{
    (void)state;
    seg("President Ana Ortiz met Ivan Orlov, the Russian envoy, in Oslo on Monday. "
        "She said the talks with Russia went well.\n\nOrlov agreed.");
    nsv_error err;
    assert_int_equal(find_mentions(&d, &err), NSV_OK);
    assert_true(d.nments >= 4);
    assert_false(d.ment_indexed);
    assert_int_equal(resolve_mentions(&d, &err), NSV_OK);
    assert_true(d.ment_indexed);
    for (uint32_t t = 0; t < d.ntoks; t++) {
        assert_int_equal(mention_at(&d, t), mention_over(&d, t));
        size_t before = 0;
        while (before < d.nments && d.ments[before].tok_start < t)
            before++;
        assert_int_equal(mentions_before(&d, t), before);
    }
    assert_int_equal(mentions_before(&d, (uint32_t)d.ntoks), d.nments);
    /* hard negative: with a mention fewer than the index was built for
     * (as when one is added after it), the index is not read */
    d.nments--;
    for (uint32_t t = 0; t < d.ntoks; t++)
        assert_int_equal(mention_at(&d, t), mention_over(&d, t));
    d.nments++;
}

int main(void)
{
    arena_init(&scratch, (size_t)16 << 20);
    nsv_limits_default(&limits);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens_are_offsets),
        cmocka_unit_test(test_sentences_survive_abbreviations),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_overlong_sentence_is_closed),
        cmocka_unit_test(test_quotation_spans),
        cmocka_unit_test(test_continued_quotation_statements),
        cmocka_unit_test(test_lost_paragraph_break),
        cmocka_unit_test(test_nested_quotation),
        cmocka_unit_test(test_quotation_ends_at_narration),
        cmocka_unit_test(test_lost_opening_curly_mark),
        cmocka_unit_test(test_ampersand_names),
        cmocka_unit_test(test_dot_before_comma),
        cmocka_unit_test(test_domain_names),
        cmocka_unit_test(test_mention_index_by_token),
    };
    int rc = cmocka_run_group_tests(tests, nt_setup, nt_teardown);
    arena_free(&scratch);
    return rc;
}
