/* test_signings.c - the signing rules: active and passive signings, lists of
 * documents, itemised "signed on A, on B", adjectival and relative signings;
 * and the hard negatives (will sign, did not sign, signed up to, collecting
 * signatures, agreed, ratified, approved). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "normalizer.h"
#include "nsv_test_stage.h"
#include "nsv_test_util.h"

#define PUB "2022-12-09"

/* The signing whose document title contains `title`, or NULL. */
static const nsv_event *signing_of(const char *title)
{
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].type == NSV_EV_SIGNING && nt.ev[i].document_title &&
            strstr(nt.ev[i].document_title, title))
            return &nt.ev[i];
    return NULL;
}

static void no_actual_signing(const char *text)
{
    nt_run(PUB, text);
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* "signed a definitive agreement to be acquired by Equimark Corp": the
 * agent of the contract's passive trade verb (words.tsv trade) is the
 * other side; not the agent of another passive ("to be approved by"). */
static void test_passive_trade_agent(void **state)
{
    (void)state;
    nt_run("1987-06-18", "HORSHAM, Pa., June 18 - Liberty Financial Group Inc said it has "
                         "signed a definitive agreement to be acquired by Equimark Corp <EQK> "
                         "for 48 dlrs a share.");
    const nsv_event *e = signing_of("agreement");
    NT_CHECK(e && nt_has_party(e, "Liberty Financial Group Inc") &&
             nt_has_party(e, "Equimark Corp"));
    /* hard negative: a regulator approving the deal signs nothing */
    nt_run("1987-06-18", "HORSHAM, Pa., June 18 - Liberty Financial Group Inc said it has "
                         "signed a definitive agreement to be approved by Equimark Corp <EQK> "
                         "next month.");
    e = signing_of("agreement");
    NT_CHECK(e && nt_has_party(e, "Liberty Financial Group Inc") &&
             !nt_has_party(e, "Equimark Corp"));
}

/* A signing verb after "and" shares the first verb's subject: the first
 * verb's object nearest it (after a preposition, or a possessor) is no
 * signatory; past it the subject, or the "it" a reporting verb resolves.
 * Not when a subject of its own stands before the verb. */
static void test_second_verb_object(void **state)
{
    (void)state;
    nt_run("1987-03-19", "FREEHOLD, N.J., March 19 - Delmed Inc said it sold distribution "
                         "rights of its dialysis products to National Medical Care Inc and "
                         "entered a five-year agreement to supply dialysis solutions.");
    const nsv_event *e = signing_of("agreement");
    NT_CHECK(e && nt_has_party(e, "Delmed Inc") && !nt_has_party(e, "National Medical Care Inc"));
    nt_run("2022-01-28", "The President thanked the member states of the European Union, which "
                         "officially supported Ukraine's European perspective and signed the "
                         "relevant declarations.");
    e = signing_of("declarations");
    NT_CHECK(e && !nt_has_party(e, "Ukraine"));
    /* hard negative: a subject of its own before the verb signs */
    nt_run("1987-03-19", "FREEHOLD, N.J., March 19 - Delmed Inc said it sold the plant to "
                         "National Medical Care Inc and Baxter Travenol Laboratories Inc signed "
                         "a five-year agreement to supply dialysis solutions.");
    e = signing_of("agreement");
    NT_CHECK(e && !nt_has_party(e, "Delmed Inc"));
}

/* "A's B unit and C said they have signed": the two parties opening the
 * subject and its "and" when what follows a name defeats the coordination
 * reader; not a subject listing more than two. */
static void test_they_after_unit_subject(void **state)
{
    (void)state;
    nt_run("1987-03-30", "INDIANAPOLIS, March 30 - GTE Corp's GTE EFT Services Inc unit and "
                         "Indiana National Corp said they have signed an agreement to share "
                         "teller networks.");
    const nsv_event *e = signing_of("agreement");
    NT_CHECK(e && e->n_participants == 2);
    NT_CHECK(e && nt_has_party(e, "GTE Corp") && nt_has_party(e, "Indiana National Corp"));
    /* "Republic Savings and Loan Association and <Pioneer Savings> of
     * Racine, Wis.": the "and" inside the first name is no conjunction */
    nt_run("1987-03-31", "MILWAUKEE, Wis., March 31 - Republic Savings and Loan Association and "
                         "<Pioneer Savings> of Racine, Wis., said they have signed a definitive "
                         "agreement to combine the two associations.");
    e = signing_of("agreement");
    NT_CHECK(e && e->n_participants == 2 &&
             nt_has_party(e, "Republic Savings and Loan Association") &&
             nt_has_party(e, "Pioneer Savings"));
    /* hard negative: a list of three is not split into a guessed pair */
    nt_run("1987-03-30", "INDIANAPOLIS, March 30 - GTE Corp's GTE EFT Services Inc unit, a "
                         "Chicago bank and Indiana National Corp said they have signed an "
                         "agreement to share teller networks.");
    e = signing_of("agreement");
    NT_CHECK(e && !nt_has_party(e, "GTE Corp"));
}

/* A motion, a petition and an application are documents a party signs
 * (documents.tsv): "signed a parliamentary motion", "signed a petition",
 * "signed an application for membership"; not "signed letters" as an
 * adjective, and "Applications" inside a company's name stays a name. */
static void test_motion_petition_application(void **state)
{
    (void)state;
    nt_run("2005-02-10", "Mr McLetchie signed a parliamentary motion questioning expansion "
                         "plans for Edinburgh Airport.");
    const nsv_event *e = signing_of("parliamentary motion");
    NT_CHECK(e && nt_has_party(e, "McLetchie") && e->document_kind &&
             !strcmp(e->document_kind, "motion"));
    nt_run("2005-02-10", "Ninety one MPs have signed a petition backing the amendment.");
    NT_CHECK(signing_of("petition backing the amendment") != NULL);
    nt_run("2022-02-28", "President Volodymyr Zelenskyy signed an application for Ukraine's "
                         "membership in the European Union.");
    e = signing_of("application for Ukraine");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    /* hard negatives: no letter, and a firm named "Applications" still speaks */
    no_actual_signing("The suppliers provided auditors with signed letters that allowed Ahold "
                      "to inflate its earnings.");
    nt_run("1987-03-12", "Mathematical Applications Group Inc said it tentatively agreed to sell "
                         "its direct marketing business to Pagex Inc.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0 && nt_actual(NSV_EV_STATEMENT) == 1);
}

/* "the Treaty of Friendship and Cooperation between the two countries" in
 * an item naming two sides: the two countries sign; not when the countries
 * qualify another document inside the title ("a protocol on ...
 * ratification of the Treaty ... between the two countries"). */
static void test_between_the_two_countries(void **state)
{
    (void)state;
    const char *kremlin = "President of Russia (en.kremlin.ru)";
    nt_run_source("t-b1", kremlin, "2022-05-19", NULL,
                  "Vladimir Putin sent greetings to President of Turkmenistan Serdar "
                  "Berdimuhamedov on the 20th anniversary of signing the Treaty of Friendship "
                  "and Cooperation between the two countries.");
    const nsv_event *e = signing_of("Treaty of Friendship");
    NT_CHECK(e && nt_has_party(e, "Russia") && nt_has_party(e, "Turkmenistan"));
    /* hard negative: the treaty is not the document signed */
    nt_run_source("t-b2", kremlin, "2022-05-19", NULL,
                  "Vladimir Putin sent greetings to President of Turkmenistan Serdar "
                  "Berdimuhamedov on the anniversary of signing the protocol on the exchange of "
                  "instruments of ratification of the Treaty of Friendship and Cooperation "
                  "between the two countries.");
    e = signing_of("protocol");
    NT_CHECK(e && e->n_participants == 0);
}

/* "The Russian-Kazakhstan Agreement on ... was signed": the two countries
 * the hyphen joins before the title's own document noun sign; not those of
 * a document the title only amends. */
static void test_hyphen_demonyms_before_document(void **state)
{
    (void)state;
    nt_run(PUB, "The Russian-Kazakhstan Agreement on Establishing the Eurasian Development Bank "
                "was signed in Astana on 12 January 2006.");
    const nsv_event *e = signing_of("Eurasian Development Bank");
    NT_CHECK(e && nt_has_party(e, "Russia") && nt_has_party(e, "Kazakhstan"));
    /* hard negative: the protocol's parties are not read off the agreement */
    nt_run(PUB, "The Protocol to amend the Russian-Kazakhstan Agreement on technical assistance "
                "was signed in Astana on 12 January 2006.");
    e = signing_of("technical assistance");
    NT_CHECK(e && e->n_participants == 0);
}

/* "there was every reason to expect the signing of a document"
 * (modality.tsv): a signing expected is one still to come; "as expected"
 * after a comma, or after the signing, leaves it done. */
static void test_expected_signing(void **state)
{
    (void)state;
    no_actual_signing("Putin said there was every reason to expect the signing of the treaty on "
                      "the Common Economic Space in Yalta.");
    /* hard negatives */
    nt_run(PUB, "As expected, Putin and Kuchma signed the treaty on the Common Economic Space in "
                "Yalta.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "Putin said the signing of the treaty on the Common Economic Space in Yalta went "
                "as expected.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "he had signed yesterday a loan", "welcomed the signing today of the
 * Agreement": a day word between the cue and its object (or "of") leaves
 * the document after it, and dates the signing. */
static void test_day_word_before_object(void **state)
{
    (void)state;
    nt_run(PUB, "Finance minister Gustavo Petricioli said he had signed yesterday a 250 mln dlr "
                "loan with the World Bank.");
    const nsv_event *e = signing_of("250 mln dlr loan");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && !strcmp(e->date, "2022-12-08"));
    nt_run(PUB, "Both sides welcomed the signing today of the Comprehensive Security Integration "
                "and Prosperity Agreement.");
    e = signing_of("Prosperity Agreement");
    NT_CHECK(e && !strcmp(e->date, "2022-12-09"));
    /* hard negatives: no document after the day word */
    nt_run(PUB, "The minister signed yesterday that he would step down.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    nt_run(PUB, "The signing today was a success for Mexico.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* documents.tsv: a financing "package" is a signed document ("a debt-
 * rescheduling package signed last February"); one due to be signed is a
 * plan. */
static void test_financing_package(void **state)
{
    (void)state;
    nt_run(PUB, "Venezuela and its bank advisory committee have agreed on revisions to the terms "
                "of a 21 billion dlr debt-rescheduling package signed last February, bankers "
                "said.");
    const nsv_event *e = signing_of("debt-rescheduling package");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL);
    /* hard negative: still to be signed */
    nt_run(PUB, "The Mexican package is now due to be signed on March 20, bankers said.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

static void test_active(void **state)
{
    (void)state;
    nt_run(PUB, "Defense Minister Sergey Shoigu and Tajik Defense Minister Sherali Mirzo signed an "
                "agreement on military cooperation on Wednesday.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(!strcmp(e->document_title, "agreement on military cooperation"));
    NT_CHECK(!strcmp(e->document_kind, "agreement"));
    NT_CHECK(e->n_participants == 2);
    NT_CHECK(nt_has_party(e, "Shoigu") && nt_has_party(e, "Mirzo"));
    NT_CHECK(!strcmp(e->date, "2022-12-07"));
    NT_CHECK(!strcmp(e->rule, "signing.active"));
}

/* "signed instructions following the March 19 meeting of the Council":
 * that day dates the meeting, not the signing; "the June 27 signing of" is
 * the signing's own. */
static void test_day_of_a_dated_noun(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin signed a list of instructions following the December 1, 2022 "
                "meeting of the State Council.");
    const nsv_event *e = signing_of("list of instructions");
    NT_CHECK(e && strcmp(e->date, "2022-12-01") != 0);
    /* hard negative: the cue heads the phrase */
    nt_run(PUB, "We welcome the December 1 signing of a Memorandum of Understanding by Ukraine "
                "and Poland.");
    e = signing_of("Memorandum");
    NT_CHECK(e && !strcmp(e->date, "2022-12-01"));
}

static void test_passive_without_signatories(void **state)
{
    (void)state;
    nt_run(PUB, "Following the talks, a joint communique was signed.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e->n_participants == 0);
    NT_CHECK(!strcmp(e->document_kind, "communique"));
    NT_CHECK(strstr(e->document_title, "communique") != NULL);
}

static void test_lists(void **state)
{
    (void)state;
    nt_run(PUB, "Foreign Minister Sergey Lavrov and Indian Foreign Minister Subrahmanyam "
                "Jaishankar signed an agreement on visa-free travel and a memorandum on cultural "
                "exchanges.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    const nsv_event *a = signing_of("visa-free travel"), *b = signing_of("cultural exchanges");
    NT_CHECK(a && b && a != b);
    NT_CHECK(!strcmp(a->document_kind, "agreement"));
    NT_CHECK(!strcmp(b->document_kind, "memorandum"));
    NT_CHECK(strstr(a->document_title, "memorandum") == NULL);
    NT_CHECK(nt_has_party(b, "Lavrov") && nt_has_party(b, "Jaishankar"));
    NT_CHECK(strcmp(a->event_id, b->event_id) != 0);
    /* itemised: "agreements were signed on A, on B" */
    nt_run(PUB, "After the talks, agreements were signed on trade and on energy.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("trade") && signing_of("energy"));
    NT_CHECK(signing_of("trade") != signing_of("energy"));
    nt_run(PUB, "After the talks, agreements were signed on trade, on energy and on education.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
}

/* A batch with a quantity ("a number of documents, including ...") and
 * lists of topics after one document noun ("resolutions on A; on B"). */
static void test_batches_and_topic_lists(void **state)
{
    (void)state;
    nt_run(PUB,
           "The talks ended with the signing of a number of documents, including an "
           "agreement on fisheries, an agreement on customs, and a protocol on consultations.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    NT_CHECK(signing_of("fisheries") && signing_of("customs") && signing_of("consultations"));
    nt_run(PUB, "The heads of state signed resolutions on the budget of the council; on the "
                "rules of its secretariat; as well as on naming 2020 the Year of Science.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    NT_CHECK(signing_of("budget") && signing_of("secretariat") && signing_of("Year of Science"));
    NT_CHECK(signing_of("budget") != signing_of("secretariat"));
    NT_CHECK(strstr(signing_of("secretariat")->document_title, "resolutions") != NULL);
    nt_run(PUB, "The ministers also signed documents on air defence and on space research.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(strstr(signing_of("air defence")->document_title, "space") == NULL);
    /* the plural of a multi-word noun: "memorandums of understanding on A
     * and on B" */
    nt_run(PUB, "The ministers signed memorandums of understanding on tourism and on trade.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("tourism") && signing_of("trade") &&
             signing_of("tourism") != signing_of("trade"));
    nt_run(PUB, "Kessler Laboratories said it has signed letters of intent to open four stores.");
    NT_CHECK(signing_of("letters of intent") != NULL);
    /* hard negative: "on Friday" is when, not a second document */
    nt_run(PUB, "The two ministers signed a memorandum on tourism and on Friday visited a port.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(strstr(signing_of("tourism")->document_title, "Friday") == NULL);
}

/* The batch named with the participle before it: "The newly signed
 * agreements include A and B", "The signed documents, in particular,
 * concern A, B": one signing per item, as after "The documents signed". */
static void test_adjectival_batch_items(void **state)
{
    (void)state;
    nt_run(PUB, "The signed documents, in particular, concern customs control, fishing quotas, "
                "and developing small business.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    NT_CHECK(signing_of("customs control") && signing_of("fishing quotas") &&
             signing_of("small business"));
    NT_CHECK(!strcmp(signing_of("fishing quotas")->rule, "signing.batch_items"));
    nt_run(PUB, "The newly signed bilateral agreements include a roadmap for cooperation in "
                "science and an action plan on trade.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("roadmap") && signing_of("action plan on trade"));
    NT_CHECK(signing_of("include") == NULL);
    /* hard negatives: one document's topics are no items; a batch with no
     * items verb after it stays one signing */
    nt_run(PUB, "The signed agreement covers fishing quotas and customs control.");
    NT_CHECK(signing_of("fishing quotas") == NULL && signing_of("customs control") == NULL);
    nt_run(PUB, "The signed documents, in turn, were handed to the press.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) <= 1 && signing_of("press") == NULL);
}

/* "a ceremony for exchanging documents signed during the visit": the
 * gerund before the document noun takes it as its object, no part of the
 * title. */
static void test_gerund_before_document(void **state)
{
    (void)state;
    nt_run(PUB, "The two leaders attended a ceremony for exchanging documents signed during the "
                "visit.");
    NT_CHECK(signing_of("documents") &&
             !strcmp(signing_of("documents")->document_title, "documents"));
    nt_run(PUB, "The talks were followed by a ceremony for exchanging documents on cooperation in "
                "trade, which were signed during the visit.");
    NT_CHECK(signing_of("documents on cooperation in trade") && signing_of("exchanging") == NULL);
    /* hard negatives: an adjective in -ing with no preposition before it
     * stays; an exchange with no signing cue is none */
    nt_run(PUB, "The parties discussed the existing agreements signed in 2010.");
    NT_CHECK(signing_of("existing agreements") != NULL);
    no_actual_signing("The two leaders attended a ceremony for exchanging documents.");
}

/* "all treaties signed earlier in this sphere should be invalidated": a
 * quantifier before a bare plural document noun names a class of
 * documents, no signing. */
static void test_class_of_documents(void **state)
{
    (void)state;
    no_actual_signing("A law was adopted whereby all treaties signed earlier in this sphere "
                      "should be invalidated.");
    no_actual_signing("The Treaty says all contracts and agreements signed by the Community must "
                      "contain this clause.");
    no_actual_signing("Any bilateral treaties signed before 1991 will be reviewed.");
    /* hard negative: "all the agreements signed today" are one batch */
    nt_run(PUB, "The leaders praised all the agreements signed during the visit.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && signing_of("agreements") != NULL);
}

/* "hosted the automakers at the White House, signed an executive order",
 * "take part in the Interregional Cooperation Forum and sign": the place
 * of an earlier verb is never the signatory. */
static void test_venue_is_no_signatory(void **state)
{
    (void)state;
    nt_run(PUB, "Over the last year, the President hosted the automakers at the White House, "
                "signed an executive order on electric vehicles, and set new standards.");
    const nsv_event *e = signing_of("executive order");
    NT_CHECK(e && !nt_has_party(e, "White House"));
    nt_run(PUB, "The two leaders will take part in the Interregional Cooperation Forum and sign "
                "the Joint Declaration on cooperation.");
    e = signing_of("Joint Declaration");
    NT_CHECK(e && !nt_has_party(e, "Forum"));
    /* hard negative: a possessive description after "in" is no venue; the
     * clause's named subject still signs */
    nt_run(PUB, "China's National Petroleum Corporation could play a role in the future after "
                "signing a commercial agreement with Gazprom.");
    e = signing_of("commercial agreement");
    NT_CHECK(e && nt_has_party(e, "China's National Petroleum Corporation") &&
             nt_has_party(e, "Gazprom"));
}

/* The documents of a signed batch, listed after it: "The documents signed
 * include A; B", "... concern A, B", "Among them is A and B". */
static void test_batch_items(void **state)
{
    (void)state;
    nt_run(PUB, "A package of documents was signed after the talks. The documents signed also "
                "include a roadmap for cooperation in science; a programme of cultural exchanges; "
                "and a protocol on consultations.");
    NT_CHECK(signing_of("roadmap") && signing_of("cultural exchanges") &&
             signing_of("consultations"));
    nt_run(PUB, "The documents signed also concern customs control, fishing quotas, and "
                "developing small business.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    NT_CHECK(signing_of("customs control") && signing_of("fishing quotas") &&
             signing_of("small business"));
    nt_run(PUB, "A package of intergovernmental documents was also signed. Among them is a "
                "programme of cooperation through 2030 and an action plan on trade.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("programme of cooperation") && signing_of("action plan on trade"));
    /* the items take the day of the signing sentence, not the years in
     * the next one */
    nt_run(PUB, "A package of documents was signed on Thursday. They include a programme of "
                "cooperation through to 2030 and an action plan on trade.");
    NT_CHECK(signing_of("programme") && !strcmp(signing_of("programme")->date, "2022-12-08"));
    NT_CHECK(signing_of("action plan") && !strcmp(signing_of("action plan")->date, "2022-12-08"));
    /* hard negatives: no signing cue, or a batch only planned */
    no_actual_signing("The documents include a roadmap for cooperation in science.");
    no_actual_signing("Several documents are to be signed. They include a roadmap on trade.");
}

/* Signatories from the talks the signing took place in, and from nothing
 * that only looks like a party. */
static void test_signatories_from_context(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg met with President Jonas Lind on the sidelines of the Nordic "
                "Council Summit in Oslo. Within the meeting of the heads of state, a joint "
                "declaration on energy was signed.");
    const nsv_event *e = signing_of("joint declaration");
    NT_CHECK(e && nt_has_party(e, "Berg") && nt_has_party(e, "Lind"));
    /* hard negative: a signing at the talks that names no one as its
     * signatories keeps none (the guide: "a joint communique was signed") */
    nt_run(PUB, "President Anna Berg held talks with President Jonas Lind in Oslo. The talks "
                "ended with the signing of a treaty on fisheries.");
    e = signing_of("treaty on fisheries");
    NT_CHECK(e && e->n_participants == 0);
    /* "who" is no WHO (and an open group of lawyers signs no event) */
    nt_run(PUB, "Hundreds of lawyers who signed a statement on the tribunal met in Geneva.");
    e = signing_of("statement on the tribunal");
    NT_CHECK(!e || !nt_has_party(e, "WHO"));
    nt_run(PUB, "Anna Berg, who signed a statement on the tribunal, met Jonas Lind in Geneva.");
    e = signing_of("statement on the tribunal");
    NT_CHECK(e && !nt_has_party(e, "WHO"));
    /* a document in a quotation is not the object of "he concluded" */
    nt_run(PUB, "\"We need legally binding agreements,\" he concluded.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* The gerund after a preposition of time: "followed by signing",
 * "after signing"; not "talks on signing" nor "by signing" as a means. */
static void test_gerund(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg and Prime Minister Jonas Lind held talks followed by "
                "signing a package of cooperation agreements in trade and science.");
    const nsv_event *e = signing_of("cooperation agreements");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && e);
    NT_CHECK(nt_has_party(e, "Berg") && nt_has_party(e, "Lind"));
    nt_run(PUB, "The two ministers spoke to reporters after signing an agreement on oil "
                "exploration.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    no_actual_signing("The ministers began talks on signing a free trade agreement.");
    no_actual_signing("By signing the form, applicants accept the terms of the contract.");
}

static void test_adjectival_and_relative(void **state)
{
    (void)state;
    nt_run(PUB, "Foreign Minister Sergey Lavrov praised the recently signed agreement between "
                "Russia and India.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(nt_has_party(e, "Russia") && nt_has_party(e, "India"));
    NT_CHECK(!nt_has_party(e, "Lavrov"));
    NT_CHECK(e->date[0] == '\0'); /* "recently" is no day */
    nt_run(PUB, "The Inflation Reduction Act that President Joe Biden signed in August will cut "
                "costs, Treasury Secretary Janet Yellen said.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(!strcmp(e->document_title, "Inflation Reduction Act"));
    NT_CHECK(!strcmp(e->document_kind, "law"));
    NT_CHECK(e->n_participants == 1 && nt_has_party(e, "Biden"));
    NT_CHECK(!nt_has_party(e, "Yellen"));
    NT_CHECK(e->date[0] == '\0'); /* a month is no day */
}

/* The same document signed and mentioned again is one signing: the head of
 * its title ("the signing of a joint Declaration"), or a named instrument
 * signed by two parties in turn; "signed another order", "signed an MOU"
 * after a longer-named one are new documents. */
static void test_repeats_merge(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg and Prime Minister Jonas Lind signed a joint Declaration on "
                "energy security. With the signing of a joint Declaration, the two countries "
                "marked a new stage.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("energy security") && nt_has_party(signing_of("energy"), "Lind"));
    nt_run(PUB, "Minister Tomas Varga signed the Lunar Harbour Accords on behalf of Hungary, while "
                "Minister Petra Novak signed the Accords on behalf of Slovakia.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = signing_of("Lunar Harbour Accords");
    NT_CHECK(e && nt_has_party(e, "Varga") && nt_has_party(e, "Novak"));
    /* hard negatives: an indefinite document is another one */
    nt_run(PUB, "Canada and Chile have signed a Polar Research MOU. Canada and Chile have also "
                "signed an MOU that may support future loans.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    nt_run(PUB, "The President signed Executive Order On Forest Fires. The President signed "
                "another Executive Order, appointing a new envoy.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
}

/* A release's lead names the document, the next sentence tells it again
 * in words: one signing.  Another order on other matters stays. */
static void test_restated_lead_signing(void **state)
{
    (void)state;
    nt_run(
        PUB,
        "President Pavel Sokolov signed the Executive Order On the Early Resignation of the "
        "Governor of the Lakeshore Region.\n\nIn view of his statement, the President has signed "
        "an executive order to accept the resignation of the Governor of the Lakeshore "
        "Region Ivan Petrov.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("Early Resignation") != NULL);
    /* hard negative: an order on other matters is another signing */
    nt_run(PUB,
           "President Pavel Sokolov signed the Executive Order On the Early Resignation of the "
           "Governor of the Lakeshore Region.\n\nThe President has signed an executive order to "
           "appoint Ivan Petrov as the acting head of the Federal Forestry Service.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
}

/* "A number of bilateral agreements were signed" that the next sentences
 * itemise, signing by signing, is those signings; left bare, it is one.
 * A capitalised plural names one instrument and stays. */
static void test_itemised_plural_batch(void **state)
{
    (void)state;
    nt_run(PUB, "President Pavel Sokolov held talks with President Ivan Horvat. A number of "
                "bilateral agreements were signed following the talks. Fisheries Minister Anna "
                "Kovac and Fisheries Minister Lena Berg signed an agreement on fisheries. Tourism "
                "Minister Marko Ilic and Tourism Minister Olga Petrova signed a memorandum on "
                "tourism.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("bilateral agreements") == NULL);
    /* hard negatives: a bare plural nobody itemises; a named instrument */
    nt_run(PUB, "President Pavel Sokolov held talks with President Ivan Horvat. A number of "
                "bilateral agreements were signed following the talks. The presidents then gave "
                "a joint news conference.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("bilateral agreements") != NULL);
    nt_run(PUB, "The leaders welcomed the signing of the Lunar Harbour Accords by Hungary and "
                "Slovakia. Fisheries Minister Anna Kovac signed an agreement on fisheries. Tourism "
                "Minister Marko Ilic signed a memorandum on tourism.");
    NT_CHECK(signing_of("Lunar Harbour Accords") != NULL);
}

/* A tally over a period is no signing ("we have signed 150 documents",
 * "pacts signed so far"); a count at one occasion and an amount are. */
static void test_aggregates(void **state)
{
    (void)state;
    no_actual_signing("Over the years, our two countries have signed 150 bilateral documents.");
    no_actual_signing("Last year, the ministry signed 16 export contracts worth $2 billion.");
    no_actual_signing("In total, 310 treaties have been signed between the two states.");
    no_actual_signing("The union said the salary pacts signed so far this year were modest.");
    /* hard negatives: one occasion, or an amount */
    nt_run(PUB, "Over 30 agreements were signed following the business forum on Wednesday.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "Last month the company signed a 12 mln dlr contract with Acme Corp.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "Earlier, the two companies signed a 20-year supply agreement.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "the two sides", "the two countries" that name no one before them: the
 * two parties of the latest talks (countries: those of the two leaders);
 * a multi-word document noun before a reduced relative. */
static void test_sides_of_talks(void **state)
{
    (void)state;
    nt_run(PUB, "Norcopper Holdings and Delta Mining Corp are holding talks on a rescue. A "
                "memorandum of understanding signed by the two sides in May set the terms.");
    const nsv_event *e = signing_of("memorandum of understanding");
    NT_CHECK(e && e->n_participants == 2);
    NT_CHECK(nt_has_party(e, "Norcopper Holdings") && nt_has_party(e, "Delta Mining Corp"));
    nt_run(PUB, "President Anna Berg of Norway held talks with President Jonas Lind of Sweden. "
                "The documents signed by the ministries of the two countries concern fisheries "
                "and customs.");
    e = signing_of("fisheries");
    NT_CHECK(e && nt_has_party(e, "Norway") && nt_has_party(e, "Sweden"));
    NT_CHECK(!nt_has_party(e, "Berg"));
    /* hard negatives: no talks to take the sides from; not signed yet */
    nt_run(PUB, "A letter of intent signed by the two sides in May set the terms.");
    e = signing_of("letter of intent");
    NT_CHECK(e && e->n_participants == 0);
    no_actual_signing(
        "A memorandum of understanding to be signed by the two sides sets the terms.");
}

/* Companies the mention finder does not know, in the "between A and B" of
 * a signed document: a run of capitalised words is a party; a demonym
 * before a company name is part of the name, not the country. */
static void test_unknown_bodies_between(void **state)
{
    (void)state;
    nt_run(PUB, "A supply agreement was signed between Voltrex and Kestrel Railways.");
    const nsv_event *e = signing_of("supply agreement");
    NT_CHECK(e && e->n_participants == 2);
    NT_CHECK(nt_has_party(e, "Voltrex") && nt_has_party(e, "Kestrel Railways"));
    nt_run(PUB, "Russia and Germany held talks. A memorandum between Russian Railways and "
                "Nordbahn on freight was signed.");
    e = signing_of("memorandum");
    NT_CHECK(e && nt_has_party(e, "Russian Railways") && nt_has_party(e, "Nordbahn"));
    NT_CHECK(!nt_has_party(e, "Russia"));
    /* hard negatives: capitalised topic words after the parties, and a
     * name cut before "of" */
    nt_run(PUB, "Canada and Chile signed an agreement between Canada and Chile on the Protection "
                "of Migratory Birds.");
    e = signing_of("Migratory Birds");
    NT_CHECK(e && e->n_participants == 2 && !nt_has_party(e, "Protection"));
    nt_run(PUB, "A memorandum was signed between Voltrex and the Department of Forestry.");
    e = signing_of("memorandum");
    /* the body whole ("X of Y" is one body name), never the bare head */
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Department of Forestry"));
    for (size_t i = 0; e && i < e->n_participants; i++)
        NT_CHECK(strcmp(e->participants[i].name, "Department") != 0);
}

/* "between <demonym> <firm noun> <Name>": the name is the party, not the
 * demonym's country nor the description. */
static void test_described_body_between(void **state)
{
    (void)state;
    nt_run(PUB, "A memorandum on cooperation between Russian news agency Voltrex and the Kestrel "
                "News Agency was signed.");
    const nsv_event *e = signing_of("memorandum");
    NT_CHECK(e && e->n_participants == 2);
    NT_CHECK(nt_has_party(e, "Voltrex") && nt_has_party(e, "Kestrel News Agency"));
    NT_CHECK(!nt_has_party(e, "Russia"));
    nt_run(PUB, "An agreement between Nordbahn and Thai company Kestrel Rail was signed.");
    e = signing_of("agreement");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Kestrel Rail"));
    NT_CHECK(!nt_has_party(e, "Thai company"));
    /* hard negatives: a demonym and a plural noun with no name after it
     * stay one group; a description alone names no party */
    nt_run(PUB, "Several documents were signed between major Russian universities and the "
                "Centre of International Programmes.");
    e = signing_of("documents");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Russian universities"));
    nt_run(PUB, "A memorandum between the Russian company and Nordbahn was signed.");
    e = signing_of("memorandum");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Nordbahn"));
}

/* "between the State Committee for Physical Culture, Sports and Tourism of
 * Russia and B": a body's fields go on past its comma; they are no parties. */
static void test_body_fields_between(void **state)
{
    (void)state;
    nt_run(PUB, "A Memorandum of Understanding between the State Service of Ukraine for Geodesy, "
                "Cartography and Cadastre and the Ministry of Economy of Azerbaijan was signed.");
    const nsv_event *e = signing_of("Memorandum");
    NT_CHECK(e && nt_has_party(e, "State Service of Ukraine") &&
             nt_has_party(e, "Ministry of Economy"));
    NT_CHECK(!nt_has_party(e, "Cartography") && !nt_has_party(e, "Cadastre"));
    /* hard negatives: after a body's comma, named parties go on */
    nt_run(PUB,
           "An agreement between the Government of Russia, Belarus and Kazakhstan was signed.");
    e = signing_of("agreement");
    NT_CHECK(e && e->n_participants == 3 && nt_has_party(e, "Belarus") &&
             nt_has_party(e, "Kazakhstan"));
    nt_run(PUB,
           "An agreement between the Ministry of Economy, Voltrex and Kestrel Rail was signed.");
    e = signing_of("agreement");
    NT_CHECK(e && e->n_participants == 3 && nt_has_party(e, "Kestrel Rail"));
}

/* The Donbass republics by name: the "People's" inside the name does not
 * cut the second side of "between A and B" (organizations.tsv). */
static void test_peoples_republic_between(void **state)
{
    (void)state;
    nt_run(PUB, "The Treaty of Friendship between the Russian Federation and the Donetsk "
                "People's Republic was signed in Moscow on February 21, 2022.");
    const nsv_event *e = signing_of("Treaty of Friendship");
    NT_CHECK(e && e->n_participants == 2);
    NT_CHECK(nt_has_party(e, "Russian Federation") && nt_has_party(e, "Donetsk People's Republic"));
    /* hard negative: the plural of both names is no one republic */
    nt_run(PUB, "The Duma asked to recognise the Donetsk and Lugansk People's Republics. The "
                "treaty was signed by the Russian Federation.");
    e = signing_of("treaty");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Russian Federation"));
}

/* "X said it had signed ... with <description> Y": the signatory is the
 * one who reports its own signing, the counterpart the name after its
 * description; a dateline or a description is no such subject. */
static void test_reporting_signatory(void **state)
{
    (void)state;
    nt_run(PUB, "Britain is a big market. Vantor, which lost two sponsorship deals, said on "
                "Thursday it had signed a new agreement with Welsh club Dragons.");
    const nsv_event *e = signing_of("new agreement");
    NT_CHECK(e && nt_has_party(e, "Vantor") && nt_has_party(e, "Dragons"));
    NT_CHECK(!nt_has_party(e, "United Kingdom"));
    nt_run(PUB, "In May, Norway signed a deal with the Nordic Investment Bank to refinance debt.");
    e = signing_of("deal with");
    NT_CHECK(e && nt_has_party(e, "Norway") && nt_has_party(e, "Nordic Investment Bank"));
    nt_run(PUB, "The President signed Executive Order On the Publication of the Law with the "
                "Approved Changes.");
    e = signing_of("Executive Order");
    NT_CHECK(e && !nt_has_party(e, "Approved Changes"));
    /* a lone name the mention finder took for a surname, a department's
     * full name, a Reuters bracketed name */
    nt_run(PUB, "Britain is a big market. Vantor said it has signed a supply agreement.");
    e = signing_of("supply agreement");
    NT_CHECK(e && nt_has_party(e, "Vantor") && !nt_has_party(e, "United Kingdom"));
    nt_run(PUB, "Britain is a big market. The Department of Roads and Harbours said earlier it "
                "had concluded a memorandum of understanding.");
    e = signing_of("memorandum");
    NT_CHECK(e && nt_has_party(e, "Department of Roads and Harbours"));
    nt_run(PUB, "Peking backed <China Kestrel Holdings Co Ltd> said it signed an accord.");
    e = signing_of("accord");
    NT_CHECK(e && nt_has_party(e, "China Kestrel Holdings Co Ltd") && e->n_participants == 1);
    /* "entered into an agreement" concludes it, as "concluded" does; a
     * treaty that "entered into force" is no new signing */
    nt_run(PUB, "Acme Corp said it entered into a definitive agreement with Voltrex Inc.");
    e = signing_of("definitive agreement");
    NT_CHECK(e && nt_has_party(e, "Acme Corp") && nt_has_party(e, "Voltrex"));
    nt_run(PUB, "The treaty entered into force on Monday.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    /* "said earlier": the report's time, not the signing's */
    nt_run(PUB, "The Department of Roads said earlier it had concluded a memorandum with Voltrex.");
    e = signing_of("memorandum");
    NT_CHECK(e && !strcmp(e->date, PUB));
    nt_run(PUB, "When he left the firm in November, Jonas Lind said he signed a contract.");
    e = signing_of("contract");
    NT_CHECK(e && e->date[0] == '\0');
    /* hard negatives: a dateline before the reporter; an appositive's
     * object is not the reporter */
    nt_run(PUB, "HARTFORD, Conn., March 5 - The company said it signed a letter of intent.");
    e = signing_of("letter of intent");
    NT_CHECK(e && !nt_has_party(e, "HARTFORD"));
    nt_run(PUB, "Mellow Holdings Inc, the parent of Kestrel Savings Bank said it has signed a "
                "definitive agreement.");
    e = signing_of("definitive agreement");
    NT_CHECK(e && !nt_has_party(e, "Kestrel Savings Bank"));
    no_actual_signing("Vantor said on Thursday it would sign a new agreement with Welsh club "
                      "Dragons.");
}

/* A transcript turn is direct speech: signings a speaker mentions there are
 * no events of their own; the narration before the transcript still is. */
static void test_transcript_turns(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held talks with President Jonas Lind. The two presidents "
                "signed a treaty on fisheries.\n\nAnna Berg: Good afternoon. Thirty years ago "
                "our countries signed an agreement on friendship.\n\nWe also signed a "
                "memorandum on trade last year.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("treaty on fisheries") != NULL);
    NT_CHECK(signing_of("friendship") == NULL && signing_of("memorandum") == NULL);
    /* a translated turn: "Name (retranslated):" */
    nt_run(PUB, "The two presidents signed a treaty on fisheries.\n\nPresident Jonas Lind "
                "(retranslated): Good afternoon. In June we witnessed the signing of 30 "
                "agreements.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("treaty on fisheries") && !signing_of("30 agreements"));
    /* hard negative: a capitalised heading with a colon is no speaker */
    nt_run(PUB, "The ministers met in Oslo.\n\nFACT SHEET: New Steps on Energy\n\nThe two "
                "ministers signed a memorandum on energy storage.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* Press statements after talks: a turn's first person reports the day's
 * signing ("Today we signed", "the treaty that we have just signed"), by
 * the two sides of the talks, when the narration reports none itself. */
/* "Press statements following Russian-Italian talks ... President of
 * Russia Vladimir Putin: ... Prime Minister of Italy Paolo Gentiloni: ...":
 * once the leaders' turns joined the talks (Italy, Russia and the two
 * leaders), their parties still form two sides, so the turn's "the
 * agreements that we signed today" is signed by the two countries; talks
 * of three countries have no two sides to sign. */
static void test_two_sided_talks_sign(void **state)
{
    (void)state;
    nt_run_source("t-2s1", "President of Russia (en.kremlin.ru)", "2017-05-17",
                  "Press statements following Russian-Italian talks",
                  "President of Russia Vladimir Putin: Mr Prime Minister, ladies and "
                  "gentlemen, our companies prove it. This is evidenced by the agreements that "
                  "we signed today.\n\nPrime Minister of Italy Paolo Gentiloni (retranslated): "
                  "Thank you, Mr President.");
    const nsv_event *e = nt_with_party(NSV_EV_SIGNING, "Italy");
    NT_CHECK(e && nt_has_party(e, "Russia") && e->n_participants == 2);
    /* hard negative: three countries' leaders take turns */
    nt_run_source("t-2s2", "President of Russia (en.kremlin.ru)", "2017-11-22",
                  "Press statements following Russian-Iranian-Turkish talks",
                  "President of Russia Vladimir Putin: Ladies and gentlemen, our companies "
                  "prove it. This is evidenced by the agreements that we signed today.\n\n"
                  "President of Iran Hassan Rouhani (retranslated): Thank you.\n\nPresident of "
                  "Turkey Recep Tayyip Erdogan (retranslated): Thank you.");
    NT_CHECK(nt_with_party(NSV_EV_SIGNING, "Russia") == NULL);
}

static void test_transcript_first_person_today(void **state)
{
    (void)state;
    const char *talks = "President of Norway Anna Berg held talks with President of Sweden "
                        "Jonas Lind.\n\nPresident of Norway Anna Berg: Good afternoon. ";
    char text[512];
    snprintf(text, sizeof text,
             "%sToday we signed a memorandum on fisheries. The treaty on trade that we have "
             "just signed will help.\n\nJonas Lind: Thank you.",
             talks);
    nt_run(PUB, text);
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    const nsv_event *e = signing_of("memorandum on fisheries");
    NT_CHECK(e && nt_has_party(e, "Berg") && nt_has_party(e, "Lind") && !strcmp(e->date, PUB));
    e = signing_of("treaty on trade");
    NT_CHECK(e && nt_has_party(e, "Berg") && nt_has_party(e, "Lind"));
    snprintf(text, sizeof text, "%sI am sure the contract we signed today will help.", talks);
    nt_run(PUB, text);
    NT_CHECK(signing_of("contract") != NULL);
    /* the talks' place, not one the document names */
    nt_run(PUB, "President of Norway Anna Berg held talks in Oslo with President of Sweden Jonas "
                "Lind.\n\nPresident of Norway Anna Berg: Today we signed an agreement to build "
                "schools in Sweden.");
    e = signing_of("agreement to build schools");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Oslo"));
    /* hard negatives: a plan, a past anniversary, "just" as "only" */
    snprintf(text, sizeof text,
             "%sToday we will sign a memorandum on fisheries. Thirty years ago today we signed "
             "a treaty on friendship. Just this year alone, we signed new contracts.",
             talks);
    nt_run(PUB, text);
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    /* the narration's signing: the turn repeats it */
    nt_run(PUB, "President of Norway Anna Berg held talks with President of Sweden Jonas Lind. "
                "The two presidents signed a treaty on fisheries.\n\nPresident of Norway Anna "
                "Berg: Today we signed a treaty on fisheries.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    /* a governor reporting to the President: "we" is his region */
    nt_run(PUB, "Vladimir Putin met with Governor of the Tula Region Alexei Dyumin.\n\nAlexei "
                "Dyumin: Today we signed an agreement with a car maker.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    /* a quotation in narration is no turn */
    nt_run(PUB, "President of Norway Anna Berg held talks with President of Sweden Jonas Lind. "
                "\"Today we signed a memorandum on fisheries,\" Berg said.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* A page that lost its breaks glues the first turn to a separator or a
 * heading: the transcript still begins there. */
static void test_glued_transcript_turns(void **state)
{
    (void)state;
    nt_run(PUB, "The two presidents signed a treaty on fisheries. * * * President of Norway "
                "Anna Berg: Good afternoon. Last year our companies signed two contracts on gas "
                "supplies.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("treaty on fisheries") && !signing_of("contracts"));
    nt_run(PUB, "The two presidents signed a treaty on fisheries. Beginning of the talks "
                "President of Norway Anna Berg: Good afternoon. Last year our companies signed "
                "two contracts on gas supplies.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(!signing_of("contracts"));
    /* hard negative: a titled signatory before a colon in narration */
    nt_run(PUB, "The treaty was signed by President of Norway Anna Berg: The ministers then "
                "signed a memorandum on energy storage.");
    NT_CHECK(signing_of("memorandum on energy storage") != NULL);
}

/* A hyphenated pair before a background document's title names its
 * signatories, in a reduced relative or an appositive, through the title's
 * own "and"; the appositive's title does not reach across a verb. */
static void test_pair_named_background(void **state)
{
    (void)state;
    nt_run(PUB, "The deal builds on the U.S.-Peru Trade and Investment Framework Agreement "
                "signed in 2006.");
    const nsv_event *e = signing_of("U.S.-Peru Trade and Investment Framework Agreement");
    NT_CHECK(e && nt_has_party(e, "U.S.") && nt_has_party(e, "Peru"));
    nt_run(PUB, "The Agreement will build upon the U.S.-Peru Trade and Investment Framework "
                "Agreement, signed in 2006.");
    e = signing_of("U.S.-Peru Trade and Investment Framework Agreement");
    NT_CHECK(e && nt_has_party(e, "U.S.") && nt_has_party(e, "Peru"));
    /* hard negative: no pair, no parties */
    nt_run(PUB, "The deal builds on the Trade and Investment Framework Agreement signed in 2006.");
    e = signing_of("Framework Agreement");
    NT_CHECK(e && e->n_participants == 0);
}

/* A comma between two modifiers of one noun stays in the title ("to advance
 * effective, accountable policing"); a comma after a noun, before "but" or
 * before another document ends it. */
static void test_modifier_comma_in_title(void **state)
{
    (void)state;
    nt_run(PUB, "The President signed an executive order to advance effective, accountable "
                "policing on Friday.");
    const nsv_event *e = signing_of("executive order");
    NT_CHECK(e && !strcmp(e->document_title,
                          "executive order to advance effective, accountable policing"));
    nt_run(PUB,
           "The President signed an Executive Order implementing historic, bipartisan reforms.");
    e = signing_of("Executive Order");
    NT_CHECK(e && strstr(e->document_title, "historic, bipartisan reforms") != NULL);
    nt_run(PUB, "The President signed an order to expand access to affordable, high-quality care.");
    e = signing_of("order");
    NT_CHECK(e && strstr(e->document_title, "affordable, high-quality care") != NULL);
    /* hard negatives: a noun before the comma, "but", a new document */
    nt_run(PUB, "India signed a trade protocol to buy goods from Zimbabwe, officials said.");
    e = signing_of("protocol");
    NT_CHECK(e && !strcmp(e->document_title, "trade protocol to buy goods from Zimbabwe"));
    nt_run(PUB, "The firm signed an agreement to make the business more profitable, but gave "
                "no further details.");
    e = signing_of("agreement");
    NT_CHECK(e && strstr(e->document_title, "but") == NULL);
    nt_run(PUB, "The leaders signed a declaration on strategic, economic agreements and a "
                "memorandum on trade.");
    NT_CHECK(signing_of("memorandum on trade") != NULL);
}

/* Those who oversee, attend or witness the signing of a document look on:
 * presence makes no signatory; the signatories the item names still sign. */
static void test_witnesses_sign_nothing(void **state)
{
    (void)state;
    const char *talks = "President Vladimir Putin held talks with President of Guinea Alpha Conde "
                        "in the Kremlin on Thursday. ";
    char buf[512];
    snprintf(buf, sizeof buf,
             "%sFollowing the talks, the two presidents attended the signing of an agreement "
             "on cooperation in healthcare.",
             talks);
    nt_run(PUB, buf);
    const nsv_event *e = signing_of("healthcare");
    NT_CHECK(e && !nt_has_party(e, "Putin") && !nt_has_party(e, "Conde"));
    nt_run(PUB, "Vladimir Putin and Xi Jinping oversaw the signing of a plan for cooperation in "
                "energy.");
    e = signing_of("energy");
    NT_CHECK(e && !nt_has_party(e, "Putin") && !nt_has_party(e, "Xi Jinping"));
    /* hard negatives: the leaders sign themselves; a named signatory after "by" */
    snprintf(buf, sizeof buf,
             "%sFollowing the talks, the two presidents signed an agreement on cooperation in "
             "healthcare.",
             talks);
    nt_run(PUB, buf);
    e = signing_of("healthcare");
    NT_CHECK(e && nt_has_party(e, "Putin") && nt_has_party(e, "Conde"));
    nt_run(PUB, "The two heads of state witnessed the signing by Gazprom CEO Alexei Miller and OMV "
                "CEO Rainer Seele of a memorandum on gas supplies.");
    e = signing_of("memorandum");
    NT_CHECK(e && nt_has_party(e, "Alexei Miller") && nt_has_party(e, "Rainer Seele"));
}

/* Titles end before a participle's own agent or aim ("the law passed by
 * parliament", "documents aimed at"), a month or year after "in", and
 * trailing function words; a closing bracket stays. */
static void test_title_edges(void **state)
{
    (void)state;
    nt_run(PUB, "The President signed the tax law passed by parliament.");
    const nsv_event *e = signing_of("tax law");
    NT_CHECK(e && !strcmp(e->document_title, "tax law") && !nt_has_party(e, "parliament"));
    nt_run(PUB, "The ministers signed documents aimed at deeper ties.");
    NT_CHECK(signing_of("documents") &&
             !strcmp(signing_of("documents")->document_title, "documents"));
    nt_run(PUB, "The firms signed a supply accord in March.");
    NT_CHECK(signing_of("accord") &&
             !strcmp(signing_of("accord")->document_title, "supply accord"));
    nt_run(PUB, "Norway signed an agreement with the Nordic Investment Bank (NIB) on Monday.");
    NT_CHECK(signing_of("(NIB)") != NULL);
    /* "A Norwegian agreement with Sweden was signed": both parties */
    /* Reuters' mark for a company without a ticker: "with <Hunt Corp>" */
    nt_run(PUB, "Austin Co said it signed an agreement with <Kawasaki Heavy Industries Inc> to "
                "join forces.");
    const nsv_event *k = signing_of("agreement");
    NT_CHECK(k && nt_has_party(k, "Austin Co") && nt_has_party(k, "Kawasaki"));
    nt_run(PUB, "A Norway agreement with Sweden on fisheries was signed last year.");
    const nsv_event *w = signing_of("agreement with Sweden");
    NT_CHECK(w && nt_has_party(w, "Norway") && nt_has_party(w, "Sweden"));
    /* a verb before an article is no part of the next title */
    nt_run(PUB, "Acme signed an agreement with Voltrex, replacing an earlier accord with Kestrel.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    /* hard negatives: a participle inside the title, "in" with a topic */
    nt_run(PUB, "The two ministers signed an agreement on enhanced cooperation in energy.");
    NT_CHECK(signing_of("enhanced cooperation in energy") != NULL);
}

/* "A and the B signed": both signatories, across the article. */
static void test_coordinated_with_article(void **state)
{
    (void)state;
    nt_run(PUB, "Norway and the European Union have signed an agreement on fisheries.");
    const nsv_event *e = signing_of("fisheries");
    NT_CHECK(e && nt_has_party(e, "Norway") && nt_has_party(e, "European Union"));
    /* hard negative: no "and" before the article */
    nt_run(PUB, "In Norway the European Union signed an agreement on fisheries.");
    e = signing_of("fisheries");
    NT_CHECK(e && !nt_has_party(e, "Norway"));
}

/* "The document was signed by A and B" names the signatories of the
 * signing just reported; it is no new signing. */
static void test_anaphoric_agents(void **state)
{
    (void)state;
    nt_run(PUB, "A memorandum on rail freight was signed in Kyiv. The document was signed by "
                "Minister Anna Berg and Minister Jonas Lind.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = signing_of("rail freight");
    NT_CHECK(e && nt_has_party(e, "Berg") && nt_has_party(e, "Lind"));
    /* a definite document with no signing reported before is signed here */
    nt_run(PUB, "Officials praised the fisheries treaty. The treaty was signed in Oslo last "
                "October.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    /* hard negative: a planned signing takes no signatories from it */
    nt_run(PUB, "A memorandum on rail freight will be signed in Kyiv. The document was drafted "
                "by Minister Anna Berg.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* "the agreement between A and B, signed in Cairo in 2017": a signing by
 * its appositive participle; "documents, signed by agencies of both sides":
 * the countries of the two sides. */
static void test_appositive(void **state)
{
    (void)state;
    nt_run(PUB, "Officials noted the importance of the accord between Voltrex and Kestrel "
                "Railways to expand freight, signed in Riga in May.");
    const nsv_event *e = signing_of("accord between Voltrex");
    NT_CHECK(e && nt_has_party(e, "Voltrex") && nt_has_party(e, "Kestrel Railways"));
    NT_CHECK(strstr(e->document_title, "signed") == NULL);
    nt_run(PUB, "President of Norway Anna Berg held talks with President of Sweden Jonas Lind. "
                "The visit produced a joint statement and a number of documents, signed by "
                "relevant agencies of both sides, on fisheries.");
    e = signing_of("documents");
    NT_CHECK(e && nt_has_party(e, "Norway") && nt_has_party(e, "Sweden"));
    /* hard negatives: a verb phrase after the comma, and a document only
     * ratified */
    nt_run(PUB, "The minister arrived in Riga, signed a visitors' book and left.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    no_actual_signing("The parliament ratified the convention, adopted in Geneva in 1999.");
    /* "The protocol, signed in Cairo": the one the item just reported */
    nt_run(PUB, "Norway and Sweden signed a trade protocol with Finland. The protocol, signed in "
                "Oslo, cuts tariffs.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    /* hard negative: no signing reported before, so it is one */
    nt_run(PUB, "Exports rose under the protocol. The protocol, signed in Oslo, cuts tariffs.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "Anna Berg held a working meeting with X. The President signed an order":
 * the bare office no title named is the person the item opens with. */
static void test_unnamed_office_holder(void **state)
{
    (void)state;
    nt_run(PUB, "Anna Berg held a working meeting with Jonas Lind. The President signed an "
                "Executive Order appointing Jonas Lind acting governor.");
    const nsv_event *e = signing_of("Executive Order");
    NT_CHECK(e && nt_has_party(e, "Berg") && !nt_has_party(e, "Lind"));
    /* hard negative: the person named first is the one the President met */
    nt_run(PUB, "The President had a working meeting with Jonas Lind. The President signed an "
                "Executive Order appointing Jonas Lind acting governor.");
    e = signing_of("Executive Order");
    NT_CHECK(e && !nt_has_party(e, "Lind"));
}

/* "the President signed into law:" and one paragraph per bill. */
static void test_bills_signed_into_law(void **state)
{
    (void)state;
    nt_run(PUB, "On Friday, the President signed into law:\n\nH.R. 101, which names a post office "
                "in Ohio;\n\nThank you to Representative Jane Roe for her leadership; and\n\n"
                "S. 202, the \u201cClean Rivers Act,\u201d which funds river cleanup.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("H.R. 101") && signing_of("Clean Rivers Act"));
    NT_CHECK(!strcmp(signing_of("H.R. 101")->date, "2022-12-09"));
    /* hard negative: paragraphs that only mention a bill after other text */
    nt_run(PUB, "On Friday, the President signed into law:\n\nThe House passed H.R. 303 last "
                "week.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    /* joint resolutions are bills a president signs too */
    nt_run(PUB, "On Friday, the President signed into law:\n\nH.J.Res. 62, which appoints a "
                "regent;\n\nS.J.Res. 14, which disapproves a rule.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("H.J.Res. 62") && signing_of("S.J.Res. 14"));
    no_actual_signing("The House passed H.J.Res. 62 last week; the President will sign it.");
    /* a long list: every bill, past the cap of an ordinary document list,
     * through the thanks between them */
    char text[4096];
    int len = snprintf(text, sizeof text, "On Friday, the President signed into law:");
    for (int b = 1; b <= 12; b++)
        len += snprintf(text + len, sizeof text - (size_t)len,
                        "\n\nS. %d, which names post office number %d;\n\nThank you to "
                        "Senator Jane Roe for her leadership. She worked hard.",
                        100 + b, b);
    nt_run(PUB, text);
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 12);
    NT_CHECK(signing_of("S. 101") && signing_of("S. 112"));
}

/* A passive whose subject lists documents: one signing each, also after
 * "three agreements, namely". */
static void test_passive_subject_list(void **state)
{
    (void)state;
    nt_run(PUB, "Following the talks, an agreement on fisheries, a convention on double taxation "
                "and a memorandum on tourism were signed in the presence of the two leaders.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    NT_CHECK(signing_of("fisheries") && signing_of("double taxation") && signing_of("tourism"));
    NT_CHECK(strstr(signing_of("fisheries")->document_title, "convention") == NULL);
    NT_CHECK(!strcmp(signing_of("tourism")->rule, "signing.passive_list"));
    nt_run(PUB, "Three agreements, namely a consular convention, a memorandum on consultations "
                "and a protocol on archives, were signed.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    NT_CHECK(signing_of("consular convention") && signing_of("consultations") &&
             signing_of("archives"));
    nt_run(PUB, "The ministers signed two agreements, namely a treaty on borders and a protocol "
                "on trade.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("borders") && signing_of("protocol on trade"));
    /* hard negatives: an adverbial before one document; a denied list */
    nt_run(PUB, "Under the new plan for the region, an agreement on fisheries was signed.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(strstr(nt_nth(NSV_EV_SIGNING, 0)->document_title, "plan") == NULL);
    no_actual_signing("No agreement on fisheries and no memorandum on tourism were signed.");
    /* a passive batch whose items follow the verb: "..., including A and B" */
    nt_run(PUB, "A number of documents were signed following the talks, including a memorandum "
                "on fisheries and a protocol on consultations.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("fisheries") && signing_of("consultations"));
    /* hard negative: "including" before no document keeps the batch */
    nt_run(PUB, "Several documents were signed in June, including in Minsk.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("documents") != NULL);
}

/* Thanks or praise for a signing state it as done: the party thanked
 * signed ("thanked X for signing", "congratulate X on signing"). */
static void test_praised_signing(void **state)
{
    (void)state;
    nt_run(PUB, "I congratulate Norway, Finland and Sweden on signing a trilateral memorandum "
                "on fisheries.");
    const nsv_event *e = signing_of("trilateral memorandum");
    NT_CHECK(e && nt_has_party(e, "Norway") && nt_has_party(e, "Finland") &&
             nt_has_party(e, "Sweden"));
    NT_CHECK(!strcmp(e->rule, "signing.praised"));
    NT_CHECK(e->date[0] == '\0'); /* thanks come later: no day of their own */
    nt_run(PUB, "Anna Berg thanked Governor Jonas Lind for signing a law on school meals.");
    e = signing_of("law on school meals");
    NT_CHECK(e && nt_has_party(e, "Lind") && !nt_has_party(e, "Berg"));
    /* hard negatives: talks on signing (planned), thanks with no party */
    no_actual_signing("The ministers agreed to hold talks on signing a trade pact with Norway.");
    no_actual_signing("Thank you for signing the petition on school meals.");
}

/* A noun signing with no signatory of its own takes the parties its praise
 * names: two or more parties coordinated as the subject of the welcome
 * ("Norway and Finland welcomed the signing of", "A and B praised the recent
 * conclusion of"), or the party thanked for it ("grateful to X for the
 * immediate signing of"). */
static void test_praised_noun_signatories(void **state)
{
    (void)state;
    nt_run(PUB, "Norway and Finland welcomed the signing of the Agreement on Fisheries "
                "Cooperation.");
    const nsv_event *e = signing_of("Agreement on Fisheries Cooperation");
    NT_CHECK(e && nt_has_party(e, "Norway") && nt_has_party(e, "Finland"));
    nt_run(PUB, "Later, Norway and Finland praised the recent conclusion of the Agreement on "
                "Fisheries Cooperation.");
    e = signing_of("Agreement on Fisheries Cooperation");
    NT_CHECK(e && nt_has_party(e, "Norway") && nt_has_party(e, "Finland"));
    nt_run(PUB, "I am grateful to Governor Jonas Lind for the immediate signing of the law on "
                "school meals.");
    e = signing_of("law on school meals");
    NT_CHECK(e && nt_has_party(e, "Lind"));
    /* hard negatives: one party welcoming may be a third side */
    nt_run(PUB, "Norway welcomed the signing of the Agreement on Fisheries Cooperation.");
    e = signing_of("Agreement on Fisheries Cooperation");
    NT_CHECK(e && !nt_has_party(e, "Norway"));
    /* the document's own "between A and B" names its sides */
    nt_run(PUB, "Norway and Finland welcomed the signing of the peace agreement between Armenia "
                "and Azerbaijan.");
    e = signing_of("peace agreement");
    NT_CHECK(e && nt_has_party(e, "Armenia") && !nt_has_party(e, "Norway"));
    /* no praise: a topic of talks names no signatory */
    nt_run(PUB, "Norway and Finland discussed the signing of the Agreement on Fisheries "
                "Cooperation.");
    e = signing_of("Agreement on Fisheries Cooperation");
    NT_CHECK(!e || !nt_has_party(e, "Norway"));
    /* a name between the praise and the noun is no modifier: "the June 27
     * signing" */
    nt_run(PUB, "Norway and Finland welcomed the June 27 signing of the Agreement on Fisheries "
                "Cooperation.");
    e = signing_of("Agreement on Fisheries Cooperation");
    NT_CHECK(!e || !nt_has_party(e, "Norway"));
    /* thanks with no party thanked */
    nt_run(PUB, "I am grateful for the immediate signing of the law on school meals.");
    e = signing_of("law on school meals");
    NT_CHECK(!e || e->n_participants == 0);
}

/* "Concluded an agreement" as a noun: a signing only right after a word of
 * praise or welcome ("praised the recent conclusion of", "welcomed Norway's
 * conclusion of"); planned, topical and talk-ending conclusions are none. */
static void test_hailed_conclusion(void **state)
{
    (void)state;
    nt_run(PUB, "The two ministers praised the recent conclusion of the Agreement on Fisheries "
                "Cooperation.");
    const nsv_event *e = signing_of("Agreement on Fisheries Cooperation");
    NT_CHECK(e != NULL);
    NT_CHECK(e->date[0] == '\0'); /* praise comes later: no day of its own */
    nt_run(PUB, "The Prime Minister welcomed Norway's conclusion of a trilateral memorandum with "
                "Finland and Sweden.");
    e = signing_of("trilateral memorandum");
    NT_CHECK(e && nt_has_party(e, "Norway"));
    /* an owner of several words, a possessive determiner */
    nt_run(PUB, "The ministers welcomed the European Union's conclusion of a fisheries agreement "
                "with Norway.");
    e = signing_of("fisheries agreement");
    NT_CHECK(e && nt_has_party(e, "European Union"));
    nt_run(PUB, "The President welcomed his conclusion of the Agreement on Fisheries Cooperation.");
    NT_CHECK(signing_of("Agreement on Fisheries Cooperation") != NULL);
    /* the words between are data: "the" (words.tsv det DET_DEFINITE) and
     * an adjective of an earlier day (modality.tsv "before"), "previous"
     * as "recent" */
    nt_run(PUB, "The two ministers praised the previous conclusion of the Agreement on Fisheries "
                "Cooperation.");
    NT_CHECK(signing_of("Agreement on Fisheries Cooperation") != NULL);
    /* nor is an indefinite article or another determiner between */
    no_actual_signing("The two ministers praised a conclusion of the Agreement on Fisheries "
                      "Cooperation.");
    no_actual_signing("The ministers welcomed that conclusion of the Agreement on Fisheries "
                      "Cooperation.");
    /* hard negatives: planned, a topic, the end of talks, no praise */
    no_actual_signing("The sides discussed how to accelerate the conclusion of an agreement on "
                      "fisheries.");
    no_actual_signing("They celebrated the forthcoming conclusion of an agreement on the "
                      "maritime boundary.");
    no_actual_signing("The conclusion of a legally binding security treaty was also touched upon.");
    no_actual_signing("The leaders welcomed the conclusion of the negotiations.");
    no_actual_signing("Norway may change its tariffs following conclusion of the Agreement.");
}

/* The bare gerund right after its signatory: "Governor X signing the Act
 * into law last month, ..." (dated by its own clause only). */
static void test_gerund_after_signatory(void **state)
{
    (void)state;
    nt_run(PUB, "Building on Governor Ana Soto signing the Clean Rivers Act into law last month, "
                "today the mayors met in Austin.");
    const nsv_event *e = signing_of("Clean Rivers Act");
    NT_CHECK(e && nt_has_party(e, "Soto"));
    NT_CHECK(e->date[0] == '\0'); /* "last month"; "today" is the main clause's */
    /* hard negatives: a gerund after no party, or after a preposition */
    no_actual_signing("The ministers discussed signing a treaty on fisheries.");
    no_actual_signing("Norway was against signing a treaty on fisheries.");
    /* a verb's object is no fact: "expect X signing", "prevent X signing" */
    no_actual_signing("Officials expect Governor Ana Soto signing the Clean Rivers Act soon.");
    no_actual_signing("Critics tried to prevent Governor Ana Soto signing the Clean Rivers Act.");
}

/* An open group named by a plural common noun signs nothing as an event;
 * a named party in the same frame does. */
static void test_open_groups(void **state)
{
    (void)state;
    no_actual_signing("Hundreds of scholars and public figures who signed a petition on the "
                      "court met in Geneva.");
    no_actual_signing("He hoped Norway would join the countries that have signed bilateral "
                      "declarations with Sweden.");
    /* hard negative: a named party before "which" */
    nt_run(PUB, "He praised Norway, which signed a bilateral declaration with Sweden.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* A passive whose subject is a long title; its signatories after their
 * titles ("signed by Minister of X Anna Berg and Director Y Jonas Lind");
 * the parties of "between A and B" end where the topic starts. */
static void test_long_titles(void **state)
{
    (void)state;
    nt_run(PUB, "A Memorandum of Understanding between the Ministry of Roads of Norway, Voltrex "
                "Inc. and Voltrex Nordic AS was signed in Oslo. The document was signed by "
                "Minister of Roads Anna Berg and Regional Director at Voltrex Inc. Jonas Lind.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = signing_of("Memorandum of Understanding");
    NT_CHECK(e && nt_has_party(e, "Anna Berg") && nt_has_party(e, "Jonas Lind"));
    nt_run(PUB, "An agreement between Norway and Sweden on Cooperation in the Field of High "
                "Technologies was signed.");
    e = signing_of("agreement between Norway");
    NT_CHECK(e && e->n_participants == 2);
    /* hard negative: a relative clause is no part of the title */
    nt_run(PUB, "The agreement, which has yet to be ratified by parliament, was signed in May.");
    NT_CHECK(signing_of("agreement") &&
             !strcmp(signing_of("agreement")->document_title, "agreement"));
}

static void test_hard_negatives(void **state)
{
    (void)state;
    nt_run(PUB, "Defense Minister Sergey Shoigu will sign an agreement on military cooperation "
                "with Tajikistan.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    NT_CHECK(nt_count(NSV_EV_SIGNING, NSV_MOD_PLANNED) == 1);
    nt_run(PUB, "Defense Minister Sergey Shoigu did not sign the agreement on military "
                "cooperation.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    NT_CHECK(nt_count(NSV_EV_SIGNING, NSV_MOD_NEGATED) == 1);
    no_actual_signing("Britain signed up to the climate pledge.");
    no_actual_signing("Activists are collecting signatures for a petition against the law.");
    no_actual_signing("Russia and India agreed to expand trade.");
    no_actual_signing("Russia and India reached an agreement on trade.");
    no_actual_signing("The State Duma ratified the agreement on military cooperation with "
                      "Tajikistan.");
    no_actual_signing("The government approved the plan on Friday.");
    nt_run(PUB, "Russia and India agreed to expand trade.");
    NT_CHECK(nt_count(NSV_EV_SIGNING, -1) == 0);
    /* infinitives and obligations are not signings yet */
    no_actual_signing("Several intergovernmental agreements are to be signed during the visit.");
    no_actual_signing("The contract, to be signed in Lisbon, covers two frigates.");
    no_actual_signing("The heads of state said the treaty must be signed by spring.");
    nt_run(PUB, "The new agreement is expected to be signed in May.");
    NT_CHECK(nt_count(NSV_EV_SIGNING, NSV_MOD_PLANNED) == 1);
    NT_CHECK(!strcmp(nt_nth(NSV_EV_SIGNING, 0)->document_title, "new agreement"));
}

/* "the participants ... signed" at a summit whose attendees the item lists:
 * the attendees sign; "The documents signed include A; B" after a bare
 * batch lists that batch, which is then no event of its own. */
static void test_summit_attendees(void **state)
{
    (void)state;
    nt_run(PUB, "The Nordic summit was attended by President of Finland Sauli Niinisto, Prime "
                "Minister of Sweden Ulf Kristersson and Prime Minister of Norway Jonas Store. "
                "At the summit, the participants reviewed regional projects and signed a set "
                "of documents. The documents signed include a resolution on fisheries; a "
                "resolution on Arctic research.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    const nsv_event *e = signing_of("fisheries");
    NT_CHECK(e && nt_has_party(e, "Niinisto") && nt_has_party(e, "Kristersson") &&
             nt_has_party(e, "Store"));
    e = signing_of("Arctic research");
    NT_CHECK(e && nt_has_party(e, "Niinisto") && e->n_participants == 3);
    /* a passive batch, itemised with the items' own signatories */
    nt_run(PUB, "Russian President Vladimir Putin held talks with Kazakh President Kassym-Jomart "
                "Tokayev in Moscow. A package of documents was signed during the visit. The "
                "documents signed by agencies of the two countries concern fishing quotas, and "
                "rail freight.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    e = signing_of("fishing quotas");
    NT_CHECK(e && nt_has_party(e, "Russia") && nt_has_party(e, "Kazakhstan"));
    /* hard negative: "participants" as an object names no signatory */
    nt_run(PUB, "The Nordic summit was attended by President of Finland Sauli Niinisto and "
                "Prime Minister of Sweden Ulf Kristersson. Reporters spoke with the participants "
                "and later a memorandum on fisheries was signed.");
    e = signing_of("memorandum on fisheries");
    NT_CHECK(e && e->n_participants == 0);
    /* hard negative: a summit that names no attendees gives none */
    nt_run(PUB, "At the summit, the participants signed a declaration on fisheries.");
    e = signing_of("declaration on fisheries");
    NT_CHECK(e && e->n_participants == 0);
}

/* "the signing of the new law ... the law signed by the President": the
 * later reduced relative names the signatory of the signing before it. */
static void test_later_signatory(void **state)
{
    (void)state;
    nt_run(PUB, "President Maria Lind opened the forum in Oslo. She spoke about the signing of "
                "the new tax law. The law signed by the President enters into force in May.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = signing_of("tax law");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Lind"));
    /* hard negative: another kind of document is not that signing */
    nt_run(PUB, "President Maria Lind opened the forum in Oslo. She spoke about the signing of "
                "the new tax law. The decree signed by the President enters into force in May.");
    e = signing_of("tax law");
    NT_CHECK(e && e->n_participants == 0);
}

/* "the President signed" in a release of the President's own office that
 * never names him: the office holder of that outlet on the item's date
 * (configs/lexicon/office_holders.tsv). */
static void test_outlet_office_holder(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    const char *text = "On Friday, the President signed into law the Rural Roads Safety Act.";
    nt_run_source("t-1", wh, "2022-03-04", NULL, text);
    const nsv_event *e = signing_of("Rural Roads Safety Act");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Biden"));
    /* hard negatives: another outlet, a date the table does not cover, the
     * president of another country */
    nt_run_source("t-1", "Test Wire", "2022-03-04", NULL, text);
    e = signing_of("Rural Roads Safety Act");
    NT_CHECK(e && e->n_participants == 0);
    nt_run_source("t-1", wh, "2016-03-04", NULL, text);
    e = signing_of("Rural Roads Safety Act");
    NT_CHECK(e && e->n_participants == 0);
    nt_run_source("t-1", wh, "2022-03-04", NULL,
                  "On Friday, the French President signed a decree on rural roads.");
    e = signing_of("decree on rural roads");
    NT_CHECK(e && !nt_has_party(e, "Biden"));
    /* "I" in an address the office publishes: its holder */
    const char *ua = "President of Ukraine (president.gov.ua)";
    const char *address = "Glory to our rescuers! Today I signed a decree on awarding the "
                          "firefighters of Lviv.";
    nt_run_source("t-1", ua, "2022-05-02", NULL, address);
    e = signing_of("decree on awarding");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Zelenskyy"));
    /* hard negatives: the same words from another outlet, and a quoted "I" */
    nt_run_source("t-1", "Test Wire", "2022-05-02", NULL, address);
    e = signing_of("decree on awarding");
    NT_CHECK(e && e->n_participants == 0);
    nt_run_source("t-1", ua, "2022-05-02", NULL,
                  "The mayor met the firefighters. \"Today I signed a decree on awarding them,\" "
                  "he said.");
    NT_CHECK(nt_with_party(NSV_EV_SIGNING, "Zelenskyy") == NULL);
}

/* "Kellner said he signed": a lone word never named in full is no sure
 * person (often a company); "he" keeps its own antecedent. */
static void test_lone_word_speaker(void **state)
{
    (void)state;
    nt_run(PUB, "The textile maker Kellner sued its former manager John Ostrom. When he left "
                "Kellner in May, Kellner said he signed a contract promising to keep its secrets.");
    const nsv_event *e = signing_of("contract promising");
    NT_CHECK(e && nt_has_party(e, "Ostrom") && !nt_has_party(e, "Kellner"));
    /* hard negative: a person named in full is the speaker "he" refers to */
    nt_run(PUB, "Vantor hired John Ostrom and Peter Kellner. Kellner said he signed a contract "
                "promising to keep its secrets.");
    e = signing_of("contract promising");
    NT_CHECK(e && nt_has_party(e, "Kellner"));
}

/* A sentence-initial "it" after a sentence whose subject "it" came before
 * any body keeps that antecedent, not the counterpart named after it. */
static void test_chained_it(void **state)
{
    (void)state;
    nt_run(PUB, "Norway has refinanced its debt regularly since 1983. In May 2019, it signed a "
                "loan deal with the International Monetary Fund. It had signed bilateral swap "
                "agreements in March of that year.");
    const nsv_event *e = signing_of("swap agreements");
    NT_CHECK(e && nt_has_party(e, "Norway") && !nt_has_party(e, "International Monetary Fund"));
    /* hard negative: a body named as the subject before is the antecedent */
    nt_run(PUB, "Norway has refinanced its debt regularly since 1983. The International Monetary "
                "Fund praised Norway in May. It had signed bilateral swap agreements in March.");
    e = signing_of("swap agreements");
    NT_CHECK(e && !nt_has_party(e, "Norway"));
}

/* The base form "sign" in the body with no auxiliary is a habit, an
 * infinitive or a plan; in a headline, or after "did", a signing. */
static void test_base_form(void **state)
{
    (void)state;
    no_actual_signing("Farmers in the valley sign contracts with the state each spring.");
    nt_run(PUB, "The two leaders will attend the trade forum and sign a joint declaration on "
                "shipping.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    NT_CHECK(nt_count(NSV_EV_SIGNING, NSV_MOD_PLANNED) == 1);
    /* hard negatives: a headline's "sign", an emphatic "did sign" */
    nt_run_item("t-1", PUB, "Norway and Sweden sign fishing pact",
                "The agreement covers quotas in the North Sea.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "Norway and Sweden did sign the fishing pact in May.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* The simple present "signs" in the body is a habit, a future or a
 * condition, like the base form; in a headline, or in the past, a signing. */
static void test_present_form(void **state)
{
    (void)state;
    no_actual_signing("On arrival, each volunteer signs a contract and joins the brigade.");
    nt_run(PUB, "Trading will begin after the President signs the Harbour Bill.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    NT_CHECK(signing_of("Harbour Bill") != NULL);
    no_actual_signing("Aid will flow as soon as the Senate passes the funding bill and he signs it "
                      "into law.");
    /* hard negatives: a headline's "signs", the past "signed" */
    nt_run_item("t-1", PUB, "Norway signs fishing pact with Sweden",
                "The pact covers quotas in the North Sea.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "On arrival, the volunteer signed a contract and joined the brigade.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "A Corp and B Inc said they signed": the coordinated reporting subject
 * signs. */
static void test_plural_reporting_subject(void **state)
{
    (void)state;
    nt_run(PUB, "Norvex Corp and Dalton Inc said they signed a definitive merger agreement.");
    const nsv_event *e = signing_of("merger agreement");
    NT_CHECK(e && nt_has_party(e, "Norvex Corp") && nt_has_party(e, "Dalton Inc"));
    /* hard negative: the reporters are not the signatories named after them */
    nt_run(PUB, "Norvex Corp and Dalton Inc said the two regulators signed a memorandum.");
    e = signing_of("memorandum");
    NT_CHECK(e && !nt_has_party(e, "Norvex Corp"));
}

/* Items ending at semicolons: a comma or dash inside an item's title that
 * no new document follows does not end the list. */
static void test_semicolon_items(void **state)
{
    (void)state;
    nt_run(PUB, "Norway and Sweden held talks in Oslo. The documents signed include a plan for "
                "cooperation in fishing, shipping and ports; a programme of student exchanges for "
                "2023\u20132025; a protocol on customs.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    NT_CHECK(signing_of("fishing, shipping and ports") != NULL);
    NT_CHECK(signing_of("exchanges for 2023\u20132025") != NULL);
    NT_CHECK(signing_of("protocol on customs") != NULL);
    /* hard negative: ", and on B" still names a document of its own */
    nt_run(PUB, "Norway and Sweden held talks in Oslo. The documents signed include an agreement "
                "on fishing quotas, and on port fees; a protocol on customs.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    NT_CHECK(signing_of("port fees") != NULL);
    /* commas inside a title, up to the list's next document */
    nt_run(PUB, "Norway and Sweden signed programmes on cooperation in fishing, forestry, and the "
                "use of ports, as well as a contract on ferry services.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("fishing, forestry, and the use of ports") != NULL);
    NT_CHECK(signing_of("contract on ferry services") != NULL);
    /* hard negative: a relative clause after the comma is no part of it */
    nt_run(PUB, "Norway and Sweden signed an agreement on fishing, which will take effect in May, "
                "and a memorandum on ports.");
    NT_CHECK(signing_of("agreement on fishing") &&
             !strcmp(signing_of("agreement on fishing")->document_title, "agreement on fishing"));
}

/* "signed X following his meeting with Y": the counterpart of the meeting
 * is not the signing's. */
static void test_meeting_with_not_counterpart(void **state)
{
    (void)state;
    nt_run(PUB, "Russian President Vladimir Putin signed a decree on awards following his "
                "meeting with President of Finland Sauli Niinisto.");
    const nsv_event *e = signing_of("decree on awards");
    NT_CHECK(e && nt_has_party(e, "Putin") && !nt_has_party(e, "Niinisto"));
    /* hard negative: "signed X with Y" keeps its counterpart */
    nt_run(PUB, "Norway signed a fishing agreement with Sweden before its meeting with Denmark.");
    e = signing_of("fishing agreement");
    NT_CHECK(e && nt_has_party(e, "Sweden") && !nt_has_party(e, "Denmark"));
}

/* Object relative with a coordinated subject: "a Memorandum that Director
 * Bill Hardy and Minister Ana Soto signed"; a first name "Bill" inside a
 * person's name is no document. */
static void test_object_relative_coordinated(void **state)
{
    (void)state;
    nt_run(PUB, "Officials praised a Rocket Launch Memorandum of Understanding that Agency "
                "Director Bill Hardy and Minister Ana Soto signed in May.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = signing_of("Memorandum of Understanding");
    NT_CHECK(e && !strcmp(e->document_title, "Rocket Launch Memorandum of Understanding"));
    NT_CHECK(nt_has_party(e, "Hardy") && nt_has_party(e, "Soto"));
    /* hard negative: a real bill before its signer */
    nt_run(PUB, "Voters praised the farm bill that Governor Ana Soto signed in May.");
    e = signing_of("farm bill");
    NT_CHECK(e && nt_has_party(e, "Soto"));
}

/* "a long-term contract which X entered into": the document's words run
 * back over a compound's hyphen, not over a spaced dash. */
static void test_object_relative_hyphen(void **state)
{
    (void)state;
    nt_run(PUB, "The dispute involved a long-term contract which Acme Corp entered into in 1980.");
    const nsv_event *e = signing_of("contract");
    NT_CHECK(e && !strcmp(e->document_title, "long-term contract"));
    /* hard negative: a spaced dash sets a phrase off */
    nt_run(PUB, "The dispute involved money - a contract which Acme Corp entered into in 1980.");
    e = signing_of("contract");
    NT_CHECK(e && !strcmp(e->document_title, "contract"));
}

/* "the supplemental": a supplemental appropriations bill, signed into law
 * like any bill; not when only requested or to be signed. */
static void test_supplemental(void **state)
{
    (void)state;
    nt_run(PUB, "This is the sixth package announced since President Biden signed the national "
                "security supplemental.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("national security supplemental") &&
             nt_has_party(signing_of("supplemental"), "Biden"));
    no_actual_signing("The President will sign the supplemental once Congress passes it.");
    no_actual_signing("The White House sent a supplemental funding request to Congress.");
}

/* "concern cooperation on A-ing, B-ing and C-ing": the items after the
 * commas are the preposition's objects, one document; a plain list of
 * topics stays one document each. */
static void test_gerund_topic_list(void **state)
{
    (void)state;
    nt_run(PUB, "A package of documents was signed. The documents signed by agencies of the two "
                "countries concern cooperation on exchanging satellite data, exchanging "
                "experience in digital transformation, and training personnel.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("training personnel") && signing_of("exchanging satellite data"));
    /* hard negative: no preposition with a gerund, a list of topics */
    nt_run(PUB, "The documents signed also concern customs control in ports, fishing quotas, "
                "and developing small business.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    nt_run(PUB, "The documents signed concern a project on building a research centre, "
                "construction of a power plant, and projects on the shelf.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    no_actual_signing("The documents concern cooperation on exchanging data, and training staff.");
}

/* "Other documents include A and B", "A number of documents concern C":
 * more documents of the batch signed just before, by the same signatories;
 * no signing without one. */
static void test_more_items(void **state)
{
    (void)state;
    nt_run(PUB, "President of Russia Vladimir Putin and President of Armenia Nikol Pashinyan "
                "signed a package of documents. The documents signed include resolutions on the "
                "budget. Other documents include decisions on the cultural capital and on the "
                "year of the book. A number of documents concern cooperation in preventing money "
                "laundering, the financing of terrorism, and corruption.");
    NT_CHECK(signing_of("cultural capital") && signing_of("year of the book") &&
             signing_of("money laundering"));
    NT_CHECK(signing_of("cultural capital") != signing_of("year of the book"));
    NT_CHECK(nt_has_party(signing_of("year of the book"), "Pashinyan") &&
             nt_has_party(signing_of("money laundering"), "Putin"));
    NT_CHECK(strstr(signing_of("money laundering")->document_title, "terrorism") != NULL);
    NT_CHECK(strstr(signing_of("year of the book")->document_title, "decisions") != NULL);
    /* one topic after a plain noun stays one document */
    nt_run(PUB, "The two leaders signed a package of documents. Other documents include "
                "provisions on trade in grain and fertilisers.");
    NT_CHECK(signing_of("provisions on trade in grain and fertilisers"));
    /* hard negatives: no signing before, a signing only planned, or too far back */
    no_actual_signing("The talks were long. Other documents include a draft treaty on trade.");
    no_actual_signing("The ministers will sign a package of documents on Friday. Other documents "
                      "include a roadmap on trade.");
    nt_run(PUB, "The two ministers signed an agreement on fisheries. They met the press. Then "
                "they left for the airport. Other documents include a draft treaty on trade.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && !signing_of("draft treaty"));
}

/* "A package of documents was signed. The documents also concern A, B",
 * "In particular, the documents concern A", "Other signed documents deal
 * with A; B": the batch signed just before, itemised; the items replace a
 * bare batch.  No signing without one before. */
static void test_definite_batch_items(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin held talks with President of the Congo Denis Sassou-Nguesso. A "
                "package of documents was signed following the talks. The documents also concern "
                "the settlement of the debt, cooperation in agriculture, and sending military "
                "experts to the Congo.");
    NT_CHECK(signing_of("settlement of the debt") && signing_of("cooperation in agriculture") &&
             signing_of("sending military experts"));
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    nt_run(PUB, "Vladimir Putin held talks with Sooronbay Jeenbekov. An exchange of "
                "interdepartmental, interregional and commercial documents signed during the "
                "visit took place. In "
                "particular, the documents concern the oil industry, railways, and cooperation "
                "in sports.");
    NT_CHECK(signing_of("oil industry") && signing_of("cooperation in sports"));
    /* the bare "documents signed during the visit" give way to the items */
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    nt_run(PUB, "The two presidents signed a package of documents on trade. In particular, the "
                "documents concern railway construction and cooperation in education.");
    NT_CHECK(signing_of("railway construction") && signing_of("cooperation in education"));
    nt_run(PUB, "The presidents signed a Joint Statement. Other signed documents deal with "
                "measures to scale down tension along the border; co-production ties between "
                "defence companies, and joint research projects.");
    NT_CHECK(signing_of("measures to scale down tension along the border") &&
             signing_of("joint research projects"));
    NT_CHECK(!signing_of("deal with measures to scale down tension along the border"));
    /* hard negatives: no signing before, or the items far from it */
    no_actual_signing("The archive was opened to historians. The documents concern General "
                      "Sikorski, a Polish military leader, and his staff.");
    no_actual_signing("In particular, the documents concern railway construction and education.");
    nt_run(PUB, "The two ministers signed an agreement on fisheries. They met the press. Then "
                "they left for the airport. The documents concern railway construction.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && !signing_of("railway construction"));
}

/* "an agreement with the U.S. Securities and Exchange Commission": the
 * country word names whose body it is, the body signed; the SEC is a known
 * body. */
static void test_country_body_counterpart(void **state)
{
    (void)state;
    nt_run(PUB, "A U.K. agreement with the U.S. Securities and Exchange Commission (SEC) was "
                "signed last September.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(nt_has_party(e, "Securities and Exchange Commission") && nt_has_party(e, "U.K.") &&
             e->n_participants == 2);
    nt_run(PUB, "Britain signed an agreement with the Securities and Exchange Commission.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Securities and Exchange Commission"));
    /* hard negatives: the country itself is the counterpart; a plan */
    nt_run(PUB, "A U.K. agreement with the U.S. on fisheries was signed last September.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "U.S."));
    no_actual_signing("A U.K. agreement with the U.S. Securities and Exchange Commission will be "
                      "signed next month.");
}

/* "signed a deal to acquire 36 planes from X": the seller a contract's
 * purpose names signs it too; not the goods, not a plan. */
static void test_trade_counterparty(void **state)
{
    (void)state;
    nt_run(PUB, "Air Deccan has signed a deal to acquire 36 planes from Avions de Transport "
                "Regional (ATR).");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(nt_has_party(e, "Air Deccan") && nt_has_party(e, "Avions de Transport Regional"));
    nt_run(PUB, "Atlas Corp said it signed an agreement to buy a stake in Bond Mining Ltd from "
                "Hanover Holdings Inc.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Hanover Holdings") && !nt_has_party(e, "Bond Mining"));
    /* hard negatives: no seller named; a purpose that is no trade; a plan */
    nt_run(PUB, "Atlas Corp said it signed an agreement to buy 36 planes for 20 mln dlrs.");
    NT_CHECK(nt_nth(NSV_EV_SIGNING, 0)->n_participants == 1);
    nt_run(PUB, "Atlas Corp signed an agreement to withdraw its staff from Bond Mining Ltd.");
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Bond Mining"));
    no_actual_signing("Air Deccan will sign a deal to acquire 36 planes from ATR next month.");
    /* the seller after the title's end ("up to 15,000 tonnes ... from X") */
    nt_run(PUB, "India has signed a trade protocol to buy up to 15,000 tonnes of fibre from "
                "Zimbabwe in exchange for cars.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "India") && nt_has_party(e, "Zimbabwe"));
    /* hard negative: a law that requires someone to acquire land sells nothing */
    nt_run(PUB, "President Ivan Dorov signed a law which requires the Interior Department to "
                "acquire private land from the Atlas Trust.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && !nt_has_party(e, "Atlas Trust"));
}

/* An object relative's other side after its verb: "the agreement Lenovo
 * signed with IBM", "agreements that Russia has signed with France and
 * Germany", the seller of "a contract which X entered into in 1980 to buy
 * fuel from Y"; not a "with" that names no one. */
static void test_object_relative_other_side(void **state)
{
    (void)state;
    nt_run(PUB, "The 1.75bn agreement Atlas Corp signed with Bond Holdings Inc on 8 December "
                "goes through.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Atlas Corp") && nt_has_party(e, "Bond Holdings"));
    nt_run(PUB, "The bilateral agreements that Russia has signed with France and Germany have "
                "eased transit.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Russia") && nt_has_party(e, "France") &&
             nt_has_party(e, "Germany"));
    nt_run(PUB, "The dispute involved a long-term contract which Atlas Corp entered into in 1980 "
                "to buy residual fuel from Bond Chemical Corp.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Atlas Corp") && nt_has_party(e, "Bond Chemical"));
    /* hard negative: a "with" of manner, no side */
    nt_run(PUB, "The funding bill President Ivan Dorov signed with bipartisan support keeps the "
                "government open.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 1);
}

/* "the agreement signed on Tuesday with X" after another signing: with a
 * side that signing lacks it is another agreement, of that signing's first
 * side; with a side it has, the same one again. */
static void test_other_side_of_last(void **state)
{
    (void)state;
    nt_run(PUB, "Nigeria and France have signed a bilateral agreement to reschedule debt. The "
                "agreement signed on Tuesday with Britain's Export Credits Guarantee Department "
                "was the first in the tour.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    const nsv_event *e = nt_with_party(NSV_EV_SIGNING, "Export Credits Guarantee Department");
    NT_CHECK(e && nt_has_party(e, "Nigeria") && !nt_has_party(e, "France"));
    /* hard negative: the side of the signing just reported */
    nt_run(PUB, "Nigeria and France have signed a bilateral agreement to reschedule debt. The "
                "agreement signed on Tuesday with France was the first in the tour.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "signed an agreement to acquire the stock of closely held X Corp": the
 * company bought, named by its legal form, signs too; not one's own unit,
 * nor what is sold. */
static void test_traded_company(void **state)
{
    (void)state;
    nt_run(PUB, "Atlas Financial Corp said it signed an agreement to acquire the stock of "
                "closely held Bond Financial Corp, St. Paul, Minn.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Atlas Financial") && nt_has_party(e, "Bond Financial"));
    nt_run(PUB, "Atlas Corp signed a definitive agreement to buy Hanover Motors Corp's bus "
                "business for an undisclosed sum.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Hanover Motors"));
    /* hard negative: its own unit (a unit of another company:
     * test_traded_unit_owner_and_long_stock) */
    nt_run(PUB, "Atlas Corp signed a letter of intent to sell its Bond Industries Inc unit.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 1);
}

/* The company whose unit is bought sells it ("the X Inc unit of Y Co": Y,
 * not the unit X), and
 * the company whose stock is bought is read past a long description of the
 * shares ("2,400,000 shares of eight pct convertible preferred stock of X
 * Corp"); not an owner that is no company, nor shares with no company. */
static void test_traded_unit_owner_and_long_stock(void **state)
{
    (void)state;
    nt_run(PUB, "Atlas Corp signed a letter of intent to acquire the Bond Imaging Inc unit of "
                "Hanover Electric Co.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Atlas Corp") && nt_has_party(e, "Hanover Electric Co") &&
             !nt_has_party(e, "Bond Imaging"));
    nt_run(PUB, "Atlas Corp said it has signed an agreement to purchase 2,400,000 shares of eight "
                "pct convertible preferred stock of Bond Corp -- representing voting control -- "
                "for 15 mln dlrs.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Atlas Corp") && nt_has_party(e, "Bond Corp"));
    /* hard negatives */
    nt_run(PUB, "Atlas Corp signed a letter of intent to acquire the Bond Imaging Inc unit of a "
                "Texas investor group.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 1);
    nt_run(PUB, "Atlas Corp said it has signed an agreement to purchase 2,400,000 shares of eight "
                "pct convertible preferred stock for 15 mln dlrs.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 1);
}

/* The other side the "with" right after a document noun names, in a noun
 * or passive signing: "the signing of the open skies agreement with the
 * European Union", "Turkey's conclusion of a trilateral agreement with
 * Finland and Sweden"; not an inner document's "with" ("the law on
 * ratification of the agreement with X"), nor a decree's award. */
static void test_with_party_in_document(void **state)
{
    (void)state;
    nt_run(PUB, "He recalled the signing of the open skies agreement with the European Union, a "
                "major event.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "European Union"));
    nt_run(PUB, "President Ivan Dorov welcomed Turkey's conclusion of a trilateral agreement with "
                "Finland and Sweden that paved the way for their membership.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Turkey") && nt_has_party(e, "Finland") &&
             nt_has_party(e, "Sweden"));
    nt_run(PUB, "The loan agreement with Argentina was signed on Friday.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Argentina"));
    /* hard negatives */
    nt_run(PUB, "The President welcomed the signing of the law on ratification of the agreement "
                "with Uzbekistan.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && !nt_has_party(e, "Uzbekistan"));
    nt_run(PUB, "He recalled the signing of the decree with the Order of Courage for Ivan Petrov.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(!e || e->n_participants == 0);
}

/* "entered a definitive contract to buy": entering an agreement is
 * concluding it; not entering a market or a phase, nor entering in force. */
static void test_entered_a_contract(void **state)
{
    (void)state;
    nt_run(PUB, "Atlas Corp said it entered a definitive contract to buy the broadcasting "
                "assets of a TV station.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Atlas Corp"));
    nt_run(PUB, "Atlas Corp said it entered a new market last year.");
    NT_CHECK(nt_count(NSV_EV_SIGNING, -1) == 0);
    nt_run(PUB, "The Executive Order enters in force on the day of its signing.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* "Foreign Ministries of the two countries signed": bodies of a group of
 * countries sign for the countries, which the talks before name. */
static void test_bodies_of_two_countries(void **state)
{
    (void)state;
    nt_run(PUB, "Russian President Vladimir Putin and Prime Minister of India Manmohan Singh "
                "held talks. Foreign Ministries of the two countries also signed a protocol of "
                "consultations for 2013 and 2014.");
    const nsv_event *e = signing_of("protocol of consultations");
    NT_CHECK(e && nt_has_party(e, "Russia") && nt_has_party(e, "India") &&
             !nt_has_party(e, "Foreign Ministries"));
    /* hard negatives: a body of one named country; a plan */
    nt_run(PUB, "Russia and India held talks. The Ministry of Finance of India signed a loan "
                "agreement with Sberbank.");
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Russia"));
    no_actual_signing("Russia and India held talks. Foreign Ministries of the two countries will "
                      "sign a protocol next year.");
}

/* "between major Russian universities and the Centre of X, Republic of
 * Kazakhstan": a demonym with a plural noun is a group of bodies that
 * signs; the country after a body's comma says where the body is. */
static void test_between_described_groups(void **state)
{
    (void)state;
    nt_run(PUB, "Several documents were signed between major Russian universities and the "
                "Centre of International Programmes, Republic of Kazakhstan.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Russian universities") &&
             nt_has_party(e, "Centre of International Programmes") &&
             !nt_has_party(e, "Kazakhstan"));
    /* hard negatives: shared demonyms name the countries; delegations stand
     * for them; a noun inside a longer name; a list of countries */
    nt_run(PUB, "An agreement was signed between Russian delegations and the Centre of "
                "International Programmes.");
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Russian delegations"));
    nt_run(PUB, "An agreement was signed between Russian news agency Sputnik and the Vietnam "
                "News Agency.");
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Russian news"));
    nt_run(PUB, "An agreement was signed between Russia, Kazakhstan and Belarus.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Kazakhstan"));
}

/* "signed, in the presence of the head of state, an agreement on ...": a
 * phrase set off by commas between the verb and its object. */
static void test_parenthetical_before_object(void **state)
{
    (void)state;
    nt_run(PUB, "Russia and Armenia held talks. The members of the two countries' delegations "
                "signed, in the Presidents' presence, a package of joint documents, including a "
                "joint declaration on culture and a protocol on commodity exports.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("joint declaration on culture") && signing_of("commodity exports"));
    /* hard negatives: the comma closes no phrase before an object; a plan */
    no_actual_signing("The ministers signed, in Moscow, and then left for the airport.");
    no_actual_signing("The ministers will sign, in the presence of the presidents, an agreement "
                      "on trade.");
}

/* An amount before the document noun: "a $20 billion deal", "a $6bn
 * (£3.12bn) deal"; a tally with an amount after it stays none. */
static void test_amount_before_document(void **state)
{
    (void)state;
    nt_run(PUB, "The leaders welcomed the signing of a $20 billion deal between Boeing and Qatar "
                "Airways Group.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && signing_of("$20 billion deal"));
    nt_run(PUB, "India has signed a $40bn (£21bn) deal to import liquefied natural gas from "
                "Iran.");
    const nsv_event *e = signing_of("(£21bn) deal to import");
    NT_CHECK(e && nt_has_party(e, "India") && nt_has_party(e, "Iran"));
    /* hard negatives: a tally; a plan; an amount with no document */
    no_actual_signing("Last year, the ministry signed 16 export contracts worth $2 billion.");
    no_actual_signing("India will sign a $40bn deal to import gas from Iran next year.");
    no_actual_signing("India signed for $40bn of gas.");
    /* "... and this deal has now been extended": a new clause, no document */
    nt_run(PUB, "Argentina signed a $240m agreement to import fuel and this deal has now been "
                "extended.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "a five-year defence and economic agreement": "and" between modifiers of
 * one document noun. */
static void test_coordinated_modifiers(void **state)
{
    (void)state;
    nt_run(PUB, "The United States and Turkey signed a five-year defence and economic agreement "
                "that will channel aid.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && signing_of("defence and economic agreement"));
    /* hard negatives: "and" before another verb; a plan */
    no_actual_signing("He signed autographs and shook hands with the delegates.");
    no_actual_signing("The two countries will sign a defence and economic agreement.");
}

/* "Also signed were an agreement on A and a memorandum on B": the inverted
 * passive, documents after the auxiliary. */
static void test_inverted_passive(void **state)
{
    (void)state;
    nt_run(PUB, "A joint declaration was signed. Also signed were an intergovernmental agreement "
                "on information security and a memorandum on education.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    NT_CHECK(signing_of("information security") && signing_of("memorandum on education"));
    /* hard negatives: a subject before the verb; a quotation */
    nt_run(PUB, "Those who signed were an odd group of delegates.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    no_actual_signing("He said: \"Also signed were two agreements on trade.\"");
    /* "Among the documents signed were A and B" */
    nt_run(PUB, "A package of documents was signed. Among the documents signed were a memorandum "
                "on tourism and an agreement on trade.");
    NT_CHECK(signing_of("memorandum on tourism") && signing_of("agreement on trade"));
    no_actual_signing("Among the documents to be signed are a memorandum on tourism and an "
                      "agreement on trade.");
}

/* "documents on cooperation between A and B and between C and D": each
 * pair signs a document of its own. */
static void test_second_between_pair(void **state)
{
    (void)state;
    nt_run(PUB, "Also signed were documents on cooperation between the Atlas Mining Corp and the "
                "Bond Steel Corp and between Rossiya Segodnya International Information Agency "
                "and the China Media Group.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    const nsv_event *b = signing_of("between Rossiya Segodnya");
    NT_CHECK(b && nt_has_party(b, "China Media Group") && !nt_has_party(b, "Atlas Mining"));
    NT_CHECK(strstr(b->document_title, "documents on cooperation between") == b->document_title);
    nt_run(PUB, "After the talks, agreements were signed on cooperation between the TASS and "
                "UKRINFORM news agencies and between the Voice of Russia and the Ukrainian Radio.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("agreement on cooperation between the Voice of Russia"));
    /* hard negatives: one pair only; a plan */
    nt_run(PUB, "An agreement was signed between Atlas Mining Corp and Bond Steel Corp and "
                "ratified later.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    no_actual_signing("Documents on cooperation between A and B and between C and D will be "
                      "signed in May.");
}

/* "between the radio company Voice of Russia and the national radio
 * company of Ukraine": a body described by its kind, then named or placed
 * in its country, signs (not the country inside its name). */
static void test_described_bodies_between(void **state)
{
    (void)state;
    nt_run(PUB, "An agreement was signed between the radio company Voice of Russia and the "
                "national radio company of Ukraine.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Voice of Russia") &&
             nt_has_party(e, "national radio company of Ukraine"));
    /* hard negatives: demonyms sharing a head name the countries; a plan */
    nt_run(PUB, "Russia and China held talks. An agreement was signed between the Russian and "
                "Chinese Olympic committees.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Russia") && nt_has_party(e, "China"));
    no_actual_signing("An agreement will be signed between the radio company Voice of Russia and "
                      "the national radio company of Ukraine.");
}

/* "a pact on microchip trade signed last September": a reduced relative
 * after the document's own phrase. */
static void test_reduced_relative_after_phrase(void **state)
{
    (void)state;
    nt_run(PUB, "Washington acted over Tokyo's failure to live up to a pact on microchip trade "
                "signed last September.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && signing_of("pact on microchip trade"));
    nt_run(PUB, "He hoped MPs would ratify the bilateral agreement on security cooperation signed "
                "during the visit.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && signing_of("agreement on security cooperation"));
    /* hard negatives: a clause with its own subject; a bare plural class */
    no_actual_signing("Parliament must approve the decree on the state of emergency after the "
                      "President signs it.");
    no_actual_signing("The rule applies to contracts for gas supplies signed with foreign firms.");
}

/* "was signed in Ashkhabad by A and B": the agents of a passive after a
 * short phrase of place or time */
static void test_passive_by_after_adverbial(void **state)
{
    (void)state;
    nt_run(PUB, "The gas contract was signed in Riga on Monday by Energy Minister Janis Ozols and "
                "Finance Minister Peteris Kalns.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = signing_of("contract");
    NT_CHECK(e && nt_has_party(e, "Ozols") && nt_has_party(e, "Kalns"));
    nt_run(PUB, "The bill was signed into law by Governor Mark Halvorsen.");
    e = signing_of("bill");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Halvorsen"));
    /* hard negative: the "by" of another verb's clause names no signatory */
    nt_run(PUB, "The decree was signed in response to the sanctions imposed by the European "
                "Union.");
    e = signing_of("decree");
    NT_CHECK(e && e->n_participants == 0);
    nt_run(PUB, "The accord was signed on Monday and approved by the Senate.");
    e = signing_of("accord");
    NT_CHECK(e && e->n_participants == 0);
}

/* "Kessler Laboratories said it signed": a name the mention finder read as
 * a person's, but ending in a company noun, is the body "it" stands for */
static void test_company_name_said_it(void **state)
{
    (void)state;
    nt_run(PUB, "Kessler Laboratories said it signed a letter of intent to sell its imaging unit.");
    const nsv_event *e = signing_of("letter of intent");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Kessler Laboratories"));
    nt_run(PUB, "Ridgeway Cablevision L.P. said it signed an agreement to sell two systems.");
    e = signing_of("agreement");
    NT_CHECK(e && nt_has_party(e, "Ridgeway Cablevision"));
    /* hard negative: a person's name is no body that "it" stands for */
    nt_run(PUB, "The Tavrian Grain Board was founded in 1990. Its director Anton Melnyk said it "
                "signed a supply contract with millers.");
    e = signing_of("supply contract");
    NT_CHECK(e && !nt_has_party(e, "Melnyk"));
    /* two name words with no known first name: "it" is the company */
    nt_run(PUB, "Torvane Kessling said it signed a supply agreement with Voltrex Inc.");
    e = signing_of("supply agreement");
    NT_CHECK(e && nt_has_party(e, "Torvane Kessling") && nt_has_party(e, "Voltrex"));
    /* hard negative: a first name makes the speaker a person */
    nt_run(PUB, "Peter Kessling said it signed a supply agreement with Voltrex Inc.");
    e = signing_of("supply agreement");
    NT_CHECK(e && !nt_has_party(e, "Kessling"));
    /* hard negatives: an honorific or a title makes the speaker a person */
    nt_run(PUB, "Mr Kessling said it signed a supply agreement with Voltrex Inc.");
    e = signing_of("supply agreement");
    NT_CHECK(e && !nt_has_party(e, "Kessling"));
    nt_run(PUB, "Senator Kessling said it signed a supply agreement with Voltrex Inc.");
    e = signing_of("supply agreement");
    NT_CHECK(e && !nt_has_party(e, "Kessling"));
}

/* "signed a contract with Sulzer": a company after "with" that the mention
 * finder does not know is the counterparty */
static void test_unknown_with_counterparty(void **state)
{
    (void)state;
    nt_run(PUB, "Chile signed a supply contract with Voltrana in 1998.");
    const nsv_event *e = signing_of("supply contract");
    NT_CHECK(e && nt_has_party(e, "Chile") && nt_has_party(e, "Voltrana"));
    nt_run(PUB, "Kessler Laboratories said it signed a memorandum of understanding with KLBX to "
                "build a plant.");
    e = signing_of("memorandum");
    NT_CHECK(e && nt_has_party(e, "KLBX"));
    /* hard negatives: a decree's "with" awards; a title-case name's "with" */
    nt_run(PUB, "President Vladimir Putin signed a decree awarding Ivan Petrov with Distinction "
                "for his service.");
    e = signing_of("decree");
    NT_CHECK(e && !nt_has_party(e, "Distinction"));
    nt_run(PUB, "The ministers signed the Protocol on Cooperation with Respect to Fisheries.");
    e = signing_of("Protocol");
    NT_CHECK(e && !nt_has_party(e, "Respect"));
}

/* "the Agreement between A and B on X signed 22 May 2001": a long
 * title-case name before a reduced relative or appositive "signed" */
static void test_long_title_reduced_relative(void **state)
{
    (void)state;
    nt_run(PUB, "The law ratifies the Agreement between the Russian Federation and the Kingdom of "
                "Spain on Maritime Shipping and Port Services signed 22 May 2001.");
    const nsv_event *e = signing_of("Agreement between");
    NT_CHECK(e && nt_has_party(e, "Russian Federation") && nt_has_party(e, "Spain"));
    NT_CHECK(e && !strcmp(e->date, "2001-05-22"));
    nt_run(PUB, "The law ratifies the Agreement between the Russian Federation and the Republic of "
                "Armenia on the Deployment of the Russian Federation's Border Guard Units, signed "
                "in Yerevan on 15 September 2001.");
    e = signing_of("Agreement between");
    NT_CHECK(e && nt_has_party(e, "Armenia") && !strcmp(e->date, "2001-09-15"));
    /* hard negatives: a person before the verb is its subject; an object
     * after the verb makes it active */
    nt_run(PUB, "He praised an Executive Order President Biden signed in March 2021.");
    e = signing_of("Executive Order");
    NT_CHECK(e && strstr(e->document_title, "Biden") == NULL && nt_has_party(e, "Biden"));
    nt_run(PUB, "As a result, the Government of National Accord signed an agreement.");
    e = signing_of("agreement");
    NT_CHECK(e && nt_has_party(e, "Government of National Accord"));
    NT_CHECK(signing_of("National Accord") == NULL);
}

/* A reduced relative or appositive is dated after its verb, and a date
 * after a document runs only to the next signing cue */
static void test_date_after_relative_verb(void **state)
{
    (void)state;
    nt_run(PUB, "The law ratifies the Protocol on Article 56 of the Convention on Civil Aviation, "
                "signed in Montreal on October 6, 1989, and the Protocol on Article 50 of the "
                "Convention on Civil Aviation, signed in Montreal on October 26, 1990.");
    const nsv_event *e = signing_of("Protocol on Article 50");
    NT_CHECK(e && !strcmp(e->date, "1990-10-26"));
    /* the main verb's document keeps the item's day, not the next verb's date */
    nt_run(PUB, "Vladimir Putin signed the Federal Law on the Convention on Civil "
                "Aviation, signed in Montreal on October 26, 1990.");
    e = signing_of("Federal Law");
    NT_CHECK(e && !strcmp(e->date, "2022-12-09"));
    /* hard negative: with no date after its verb, a relative keeps the
     * sentence's day */
    nt_run(PUB, "On Wednesday, the agreement signed by the ministers was published.");
    e = signing_of("agreement");
    NT_CHECK(e && !strcmp(e->date, "2022-12-07"));
}

/* An adverb before "signed" makes it adjectival only after an article or a
 * preposition: "Zelenskyy immediately signed Law No. 17" is active */
static void test_adverb_before_active_verb(void **state)
{
    (void)state;
    nt_run(PUB, "President Volodymyr Zelenskyy immediately signed Law No. 1780 adopted by the "
                "Verkhovna Rada.");
    const nsv_event *e = signing_of("Law");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    nt_run(PUB, "Volodymyr Zelenskyy addressed the nation. He has just signed decrees "
                "on awarding our heroes.");
    e = signing_of("decrees on awarding");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    /* hard negative: "the recently signed" stays a document's modifier */
    nt_run(PUB, "The ministers discussed the recently signed agreement between Chile and Peru.");
    e = signing_of("agreement between");
    NT_CHECK(e && !strcmp(e->rule, "signing.adjectival") && nt_has_party(e, "Chile") &&
             nt_has_party(e, "Peru"));
}

/* "signed the PACT Act into law in 2019": "into law" and the date after it
 * are the verb's, not the title's, so the year leaves the signing undated */
static void test_into_law_after_title(void **state)
{
    (void)state;
    nt_run(PUB, "When I signed the Veterans Health Act into law in 2019, I kept my promise.");
    const nsv_event *e = signing_of("Veterans Health Act");
    NT_CHECK(e && !strcmp(e->document_title, "Veterans Health Act") && e->date[0] == '\0');
    /* hard negative: "into law" right after the verb keeps the bill list */
    nt_run(PUB, "On Tuesday, the President signed into law H.R. 2630, the Fentanyl Act.");
    e = signing_of("H.R. 2630");
    NT_CHECK(e && !strcmp(e->date, "2022-12-06"));
}

/* "LIFFE has signed ...", "Valtex has signed ...": a company the mention
 * finder does not know, opening the sentence, signs */
static void test_unknown_company_subject(void **state)
{
    (void)state;
    nt_run(PUB, "LIFFE has signed a memorandum of understanding with Chile.");
    const nsv_event *e = signing_of("memorandum");
    NT_CHECK(e && nt_has_party(e, "LIFFE") && nt_has_party(e, "Chile"));
    nt_run(PUB, "Valtex has also signed a supply deal with Peru. Shares in Valtex rose.");
    e = signing_of("supply deal");
    NT_CHECK(e && nt_has_party(e, "Valtex"));
    /* hard negative: a common noun opening the sentence names no body */
    nt_run(PUB, "Regulators have signed a memorandum with Peru. The regulators meet monthly.");
    e = signing_of("memorandum");
    NT_CHECK(e && !nt_has_party(e, "Regulators"));
}

/* "welcomed the signing today of the agreement": a day between the noun
 * and its "of" */
static void test_signing_today_of(void **state)
{
    (void)state;
    nt_run(PUB, "Both sides welcomed the signing today of the Security Agreement between Bahrain "
                "and the United States.");
    const nsv_event *e = signing_of("Security Agreement");
    NT_CHECK(e && nt_has_party(e, "Bahrain") && !strcmp(e->date, PUB));
    /* hard negative: "signing today" with no "of" names no document */
    no_actual_signing("The signing today was postponed because of the storm in Manama.");
}

/* "President Biden's signing of an Executive Order": the owner of the
 * signing signs */
static void test_possessive_signing_noun(void **state)
{
    (void)state;
    nt_run(PUB, "The meeting followed President Joe Biden's signing of an Executive Order on "
                "Clean Energy.");
    const nsv_event *e = signing_of("Executive Order");
    NT_CHECK(e && nt_has_party(e, "Biden"));
    nt_run(PUB, "The ministers praised Angola's signing of the treaty.");
    e = signing_of("treaty");
    NT_CHECK(e && nt_has_party(e, "Angola"));
    /* hard negative: a possessive of the document is no signatory */
    nt_run(PUB, "The treaty's signing of 1990 was a turning point for Angola and Peru.");
    for (size_t k = 0; k < nt.n; k++)
        NT_CHECK(nt.ev[k].type != NSV_EV_SIGNING || nt.ev[k].n_participants == 0);
}

/* A date after "of", "for" or "dated" belongs to a document's title ("a
 * protocol amending the agreement of December 7, 1999", "a programme for
 * 2023-2026"), so it neither dates nor un-dates the other documents of a
 * list signed on the day */
static void test_title_dates_in_lists(void **state)
{
    (void)state;
    nt_run(PUB, "On Wednesday the ministers signed a joint declaration on culture, a programme of "
                "exchanges for 2023-2026 and a protocol amending the agreement of December 7, "
                "1999.");
    const nsv_event *e = signing_of("joint declaration on culture");
    NT_CHECK(e && !strcmp(e->date, "2022-12-07"));
    e = signing_of("protocol amending");
    NT_CHECK(e && !strcmp(e->date, "2022-12-07"));
    nt_run(PUB, "The ministers signed a joint declaration on culture and a protocol amending the "
                "agreement of December 7, 1999.");
    e = signing_of("joint declaration on culture");
    NT_CHECK(e && !strcmp(e->date, PUB));
    /* "dated" a day is the amended document's too */
    nt_run(PUB, "On Wednesday the ministers signed a joint declaration on culture and a protocol "
                "amending the agreement on railways dated October 18, 1996.");
    e = signing_of("joint declaration on culture");
    NT_CHECK(e && !strcmp(e->date, "2022-12-07"));
    nt_run(PUB, "After the forum, the parties signed a Joint Action Plan, a protocol amending the "
                "agreement on railway companies dated October 18, 1996, and a memorandum of "
                "understanding.");
    e = signing_of("Joint Action Plan");
    NT_CHECK(e && !strcmp(e->date, PUB));
    nt_run(PUB, "The two presidents presided over the signing of the Protocol amending the "
                "Agreement on technical assistance dated March 31, 2015, as well as a Memorandum "
                "on health.");
    for (size_t k = 0; k < nt.n; k++)
        NT_CHECK(nt.ev[k].type != NSV_EV_SIGNING || !strcmp(nt.ev[k].date, PUB));
    /* hard negative: "on" a date is the signing's own */
    nt_run(PUB, "The ministers signed a joint declaration on culture on December 7, 1999.");
    e = signing_of("joint declaration");
    NT_CHECK(e && !strcmp(e->date, "1999-12-07"));
    nt_run(PUB, "The agreement on railways was signed on October 18, 1996.");
    e = signing_of("agreement on railways");
    NT_CHECK(e && !strcmp(e->date, "1996-10-18"));
}

/* "economists who had studied the plans concluded that ...": a verb with a
 * "that" clause after it is no reduced relative of the noun before it */
static void test_concluded_that_clause(void **state)
{
    (void)state;
    no_actual_signing("Economists who had studied Ruritania's budget plans concluded that the "
                      "cuts would fail.");
    /* hard negative: a reduced relative with a when after it stays */
    nt_run(PUB, "They praised the plans signed in Lima on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && signing_of("plans"));
}

/* "signed a three-year accord with Taipei last year": the past time ends
 * the title and leaves the signing undated */
static void test_background_time_ends_title(void **state)
{
    (void)state;
    nt_run(PUB, "Chile signed a pact with Peru last September limiting fishing.");
    const nsv_event *e = signing_of("pact");
    NT_CHECK(e && !strcmp(e->document_title, "pact with Peru") && e->date[0] == '\0');
    /* hard negative: an adverb before a participle stays in the title and
     * the list goes on */
    nt_run(PUB, "The ministers signed an agreement on debts on earlier granted credits and a "
                "protocol on sport.");
    NT_CHECK(signing_of("earlier granted credits") && signing_of("protocol on sport"));
}

/* "signed by the League's President Arkady Rotenberg": the person after a
 * body's possessive signs for it */
static void test_passive_by_body_possessive(void **state)
{
    (void)state;
    nt_run(PUB, "The Baltic Chess League was founded in May. The charter was signed by the "
                "League's President Arkady Rotenberg.");
    const nsv_event *e = signing_of("charter");
    NT_CHECK(e && nt_has_party(e, "Rotenberg") && !nt_has_party(e, "Baltic Chess League"));
    /* hard negative: a body with no person after it stays the signatory */
    nt_run(PUB, "The charter was signed by Germany on Monday.");
    e = signing_of("charter");
    NT_CHECK(e && nt_has_party(e, "Germany"));
}

/* A headline signing stays when the body's signing is "also" another one,
 * and a quoted name after the document noun is part of its title. */
static void test_headline_law_and_also_decree(void **state)
{
    (void)state;
    nt_run_item("t-h1", PUB,
                "President Ivan Dorov has signed the Federal Law \u201cOn Special "
                "Zones\u201d",
                "The law sets out the rules for the zones.\n\nThe President has also signed a "
                "decree on setting up a federal agency.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    const nsv_event *e = signing_of("Special Zones");
    NT_CHECK(e && nt_has_party(e, "Dorov"));
    NT_CHECK(!strcmp(e->document_title, "Federal Law \u201cOn Special Zones\u201d"));
    NT_CHECK(signing_of("decree") != NULL);
    /* hard negative: a body that repeats the headline's law counts once */
    nt_run_item("t-h2", PUB, "President Ivan Dorov has signed the law on special zones",
                "President Ivan Dorov signed a law on special zones on Friday.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* A company the mention finder does not know, as the subject of a clause a
 * speech verb reports. */
static void test_unknown_subject_after_said(void **state)
{
    (void)state;
    nt_run(PUB, "Officials said Petronord had signed a supply deal with China. State-owned "
                "Petronord is the largest producer.");
    const nsv_event *e = signing_of("supply deal");
    NT_CHECK(e && nt_has_party(e, "Petronord") && nt_has_party(e, "China"));
    /* hard negative: a common word capitalised nowhere else is no body */
    nt_run(PUB, "Officials said Lawmakers had signed a supply deal with China.");
    e = signing_of("supply deal");
    NT_CHECK(e && !nt_has_party(e, "Lawmakers"));
}

/* "Also signed was a federal law": in a head of state's release where the
 * holder signs, a law with no signatory is theirs (office_holders.tsv). */
static void test_law_of_office_holder(void **state)
{
    (void)state;
    const char *kremlin = "President of Russia (en.kremlin.ru)";
    nt_run_source("t-l1", kremlin, "2005-07-23", NULL,
                  "Vladimir Putin has signed a decree on setting up a federal agency.\n\nAlso "
                  "signed was a federal law amending the Tax Code.");
    const nsv_event *e = signing_of("Tax Code");
    NT_CHECK(e && nt_has_party(e, "Putin"));
    /* hard negative: an old law the holder is not signing here */
    nt_run_source("t-l2", kremlin, "2005-07-23", NULL,
                  "Vladimir Putin met with miners. The Mining Law was signed in 1872.");
    e = signing_of("Mining Law");
    NT_CHECK(e == NULL || !nt_has_party(e, "Putin"));
}

/* "X signed Federal Law On Ratification of the Agreement between A and B.
 * The Agreement was signed in Oslo on June 2, 2009.": the ratified
 * agreement's own signing, by the parties its title names, not a repeat
 * of the law's. */
static void test_ratified_agreement_signed(void **state)
{
    (void)state;
    const char *kremlin = "President of Russia (en.kremlin.ru)";
    nt_run_source("t-ra1", kremlin, "2010-03-01", NULL,
                  "Dmitry Medvedev signed Federal Law On Ratification of the Agreement between "
                  "the Russian Federation and the Kingdom of Norway on Fisheries.\n\nThe "
                  "Agreement was signed in Oslo on June 2, 2009.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 1);
    NT_CHECK(!strcmp(e->document_kind, "agreement"));
    NT_CHECK(nt_has_party(e, "Russian Federation") && nt_has_party(e, "Norway"));
    NT_CHECK(!strcmp(e->date, "2009-06-02"));
    NT_CHECK(!nt_has_party(e, "Medvedev"));
    /* hard negative: "the law" after a law's signing is that signing again */
    nt_run_source("t-ra2", kremlin, "2010-03-01", NULL,
                  "Dmitry Medvedev signed Federal Law On Ratification of the Agreement between "
                  "the Russian Federation and the Kingdom of Norway on Fisheries.\n\nThe law "
                  "was signed in the Kremlin.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "The decree was signed." in an address the head of state's office
 * publishes: a decree only its office holder signs is theirs though the
 * address never names them (documents.tsv mark decree). */
static void test_decree_of_office_holder(void **state)
{
    (void)state;
    const char *ua = "President of Ukraine (president.gov.ua)";
    nt_run_source("t-dh1", ua, "2022-03-09", NULL,
                  "We thank our defenders. The decree on awarding our pilots was signed today.");
    const nsv_event *e = signing_of("decree on awarding");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    /* hard negatives: a law passed elsewhere is not the holder's act; a
     * counted plural sums up years; a wire has no office holder */
    nt_run_source("t-dh2", ua, "2022-03-09", NULL,
                  "We thank our partners. The law providing for this funding has been signed.");
    e = signing_of("law providing");
    NT_CHECK(e && !nt_has_party(e, "Zelenskyy"));
    nt_run_source("t-dh3", ua, "2022-03-09", NULL,
                  "The country has adopted laws, and many presidential decrees have been signed.");
    e = signing_of("decrees");
    NT_CHECK(e == NULL || e->n_participants == 0);
    nt_run_source("t-dh4", "Test Wire", "2022-03-09", NULL, "The decree was signed on Monday.");
    e = signing_of("decree");
    NT_CHECK(e && e->n_participants == 0);
}

/* "the law, which was signed by the President": in a release of the
 * President's office the passive's bare office is its holder, as an active
 * verb's subject is. */
static void test_passive_by_office_holder(void **state)
{
    (void)state;
    const char *kremlin = "President of Russia (en.kremlin.ru)";
    nt_run_source("t-pb1", kremlin, "2020-06-01", NULL,
                  "Pensions are protected by the law, which was signed by the President and came "
                  "into effect today.");
    const nsv_event *e = signing_of("law");
    NT_CHECK(e && nt_has_party(e, "Putin"));
    /* a headline drops the article: "President signed ..." */
    nt_run_source("t-pb3", kremlin, "2022-02-22", "President signed Federal Law On Fishing Quotas",
                  "The law was adopted by the State Duma on February 16.");
    e = signing_of("Fishing Quotas");
    NT_CHECK(e && nt_has_party(e, "Putin"));
    /* hard negative: another country's president is not the outlet's */
    nt_run_source("t-pb2", kremlin, "2020-06-01", NULL,
                  "The treaty on pensions was signed by the President of Norway.");
    e = signing_of("treaty on pensions");
    NT_CHECK(e && !nt_has_party(e, "Putin"));
}

/* A White House headline "Bills Signed: A and B" over a body that only
 * lists the bills: one signing per bill, by the office's holder; where the
 * body has its own "signed into law:", that is the list (no second one). */
static void test_headline_bills(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("t-hb1", wh, "2022-03-10", "Bills Signed: H.R. 101 and H.R. 202",
                  "H.R. 101, which names a post office in Ames, Iowa.\n\nThank you to Senator "
                  "Lind for his leadership.\n\nH.R. 202, which names a post office in Salem, "
                  "Oregon.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    const nsv_event *e = signing_of("H.R. 202");
    NT_CHECK(e && nt_has_party(e, "Biden") && !strcmp(e->date, "2022-03-10"));
    NT_CHECK(signing_of("H.R. 101") && nt_has_party(signing_of("H.R. 101"), "Biden"));
    /* hard negative: the body's own list, counted once */
    nt_run_source("t-hb2", wh, "2022-03-10", "Bills Signed: H.R. 101 and H.R. 202",
                  "On Thursday, the President signed into law:\n\nH.R. 101, which names a post "
                  "office in Ames, Iowa.\n\nH.R. 202, which names a post office in Salem, Oregon.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    /* hard negative: no office holder for another outlet */
    nt_run_source("t-hb3", "Test Wire", "2022-03-10", "Bills Signed: H.R. 101 and H.R. 202",
                  "H.R. 101, which names a post office in Ames, Iowa.\n\nH.R. 202, which names a "
                  "post office in Salem, Oregon.");
    NT_CHECK(nt_with_party(NSV_EV_SIGNING, "Biden") == NULL);
}

/* "Today, I am signing an Executive Order": the progressive is the verb,
 * happening now; the first person of the office's release signs. */
static void test_progressive_signing(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("t-pr1", wh, "2022-03-04", NULL,
                  "That is why today, I am signing an Executive Order on clean ports.");
    const nsv_event *e = signing_of("Executive Order on clean ports");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Biden"));
    NT_CHECK(!strcmp(e->date, "2022-03-04"));
    /* hard negatives: the modal's future, "signing up" */
    no_actual_signing("Tomorrow the governor will be signing an order on roads.");
    no_actual_signing("The firm is signing up stars like the singer Ann Berg.");
}

/* "after the agreements are signed": a present passive after a conjunction
 * of time says what happens once documents are signed, no signing. */
static void test_pending_passive(void **state)
{
    (void)state;
    no_actual_signing("The carmaker will expand its plant after the agreements are signed, she "
                      "said.");
    no_actual_signing("The court reviews laws adopted by parliament before they are signed by the "
                      "head of state.");
    /* hard negatives: a present passive of its own, or in a relative clause */
    nt_run(PUB, "The decree on the holiday is signed.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "The agreement, which is signed by both sides, enters into force in May.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "signed by all 25 current EU members": the body after a quantity signs;
 * "the Canadian-U.S. pact, signed ...": the pair in the modifiers. */
static void test_quantified_agent_and_pair_appositive(void **state)
{
    (void)state;
    nt_run(PUB, "The treaty was signed by all 25 current EU members in Rome.");
    const nsv_event *e = signing_of("treaty");
    NT_CHECK(e && nt_has_party(e, "EU"));
    nt_run(PUB, "The Canadian-U.S. pact, signed by the two sides in May, ended the dispute.");
    e = signing_of("pact");
    NT_CHECK(e && nt_has_party(e, "Canada") && nt_has_party(e, "U.S."));
    NT_CHECK(!strcmp(e->document_title, "Canadian-U.S. pact"));
    /* hard negative: people counted after "by" are no body */
    nt_run(PUB, "The charter was signed by all 25 staff members in May.");
    e = signing_of("charter");
    NT_CHECK(e && e->n_participants == 0);
}

/* "The signed document enters into force": a bare noun after "the signed"
 * points back at the signing reported before, no new one. */
static void test_the_signed_document_points_back(void **state)
{
    (void)state;
    nt_run(PUB, "President Ivan Dorov signed the law on zones on Friday. The signed document "
                "enters into force in May.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    /* hard negative: a document named with its own topic is another one */
    nt_run(PUB, "President Ivan Dorov signed the law on zones on Friday. The signed agreement "
                "on fisheries enters into force in May.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
}

/* "The funding bill I just signed", "the Act, which I signed into law": the
 * first person of the office that publishes the item signed the document
 * before it; not a clause of its own after the document. */
static void test_first_person_object_relative(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("t-1", wh, "2022-03-04", NULL,
                  "The bipartisan roads bill I just signed keeps bridges open.");
    const nsv_event *e = signing_of("roads bill");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && e->n_participants == 1 &&
             nt_has_party(e, "Biden"));
    nt_run_source("t-1", wh, "2022-03-04", NULL,
                  "The Clean Ports Act, which I signed into law, protects families.");
    e = signing_of("Clean Ports Act");
    NT_CHECK(e && nt_has_party(e, "Biden"));
    /* hard negatives: "and I" opens a clause of its own; another outlet's "I" */
    nt_run_source("t-1", wh, "2022-03-04", NULL,
                  "Congress passed a roads bill yesterday and I signed it at once.");
    NT_CHECK(signing_of("roads bill") == NULL);
    nt_run_source("t-1", "Test Wire", "2022-03-04", NULL,
                  "The bipartisan roads bill I just signed keeps bridges open.");
    NT_CHECK(nt_with_party(NSV_EV_SIGNING, "Biden") == NULL);
}

/* "the signing by A and B of a memorandum": the signatories stand between
 * the noun and its "of"; with no party there ("the signing by the end of
 * the year of a treaty") the phrase names no signing. */
static void test_signing_by_agents_of(void **state)
{
    (void)state;
    nt_run(PUB, "The two presidents witnessed the signing by Rosneft CEO Igor Sechin and "
                "Eni CEO Claudio Descalzi of a memorandum on gas exploration.");
    const nsv_event *e = signing_of("memorandum on gas exploration");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Sechin") &&
             nt_has_party(e, "Descalzi"));
    /* hard negative: no signatory before the "of" */
    nt_run(PUB, "Diplomats hope for the signing by the end of the year of a treaty on fishing.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* "The leaders concluded the talks by signing a joint statement": a means
 * that names its signatories is a signing; a generic means is none. */
static void test_by_signing_means(void **state)
{
    (void)state;
    nt_run(PUB, "Chancellor Anna Berg began a visit to Hanoi on Monday by signing a deal on "
                "rice imports.");
    const nsv_event *e = signing_of("deal on rice imports");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Berg"));
    /* hard negatives: a generic means, and a means nobody named takes */
    no_actual_signing("Chief executives must take responsibility by signing a compliance "
                      "statement in the annual accounts.");
    no_actual_signing("By signing the form, you agree to the terms of the contract.");
}

/* A bare batch that the next sentences itemise signing by signing is those
 * signings; an un-itemised batch stays one event. */
static void test_itemised_batch(void **state)
{
    (void)state;
    nt_run(PUB, "After the talks, a number of bilateral documents were signed. Foreign Minister "
                "Anna Berg and Foreign Minister Jan Holm signed an agreement on visa-free travel. "
                "Energy Minister Olga Lind and Energy Minister Piet Vos signed a memorandum on "
                "gas storage.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("bilateral documents") == NULL);
    NT_CHECK(signing_of("visa-free travel") && signing_of("gas storage"));
    /* hard negative: nothing itemises the batch */
    nt_run(PUB, "After the talks, a number of bilateral documents were signed. The presidents "
                "then spoke to the press about visa-free travel.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && signing_of("bilateral documents"));
}

/* Reuters marks a company without a ticker: "<Coalex Pty Ltd>".  The mark
 * does not hide the other side after a purpose's "from"/"to"/"into", as
 * the object of "to buy", or after "with the". */
static void test_marked_counterparty(void **state)
{
    (void)state;
    nt_run(PUB, "Atlas Motor Corp has signed an agreement to import coal from <Bondi Coal Pty "
                "Ltd> of Australia, a spokesman said.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Atlas Motor") && nt_has_party(e, "Bondi Coal"));
    nt_run(PUB, "Hanover Mineral Co said it has signed a letter of intent to merge into <Tasman "
                "Zinc Corp PLC> for cash.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Hanover Mineral") && nt_has_party(e, "Tasman Zinc"));
    nt_run(PUB, "Parlax Video Inc said it signed a definitive agreement to buy <Delta Video Group "
                "Inc> for stock.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Delta Video Group"));
    nt_run(PUB, "Airport Services Ltd has concluded a contract with the <Osaka Terminal Co Ltd> "
                "for consulting work.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Osaka Terminal"));
    /* hard negative: a stake in a marked company is goods, not a side */
    nt_run(PUB, "Atlas Corp said it signed an agreement to buy a stake in <Bond Mining Ltd> for "
                "20 mln dlrs.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && !nt_has_party(e, "Bond Mining"));
}

/* "the Paris Club" of creditor nations is a body (organizations.tsv), not
 * the capital standing for France. */
static void test_paris_club(void **state)
{
    (void)state;
    nt_run(PUB, "Jamaica concluded a rescheduling accord with the Paris Club of creditor "
                "nations on Friday.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Jamaica") && nt_has_party(e, "Paris Club") &&
             !nt_has_party(e, "France"));
    /* hard negative: the capital alone still stands for its country */
    nt_run(PUB, "Jamaica signed a trade accord with Paris on Friday.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "France") && !nt_has_party(e, "Paris Club"));
}

/* "with state-owned Hindustan Aeronautics", "with the Hamburg-based
 * shipping line Unimar Seetransport": a compound description before the
 * counterparty's name. */
static void test_compound_description_counterparty(void **state)
{
    (void)state;
    nt_run(PUB, "Atlas Ports Authority signed an agreement with the Bremen-based shipping line "
                "Nordmar Seetransport to establish a joint venture.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Atlas Ports Authority") &&
             nt_has_party(e, "Nordmar Seetransport"));
    nt_run(PUB, "Lockwood said it signed an agreement with state-owned Deccan Aeronautics to "
                "share information.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Deccan Aeronautics"));
    /* hard negative: a compound with no name after it names no party */
    nt_run(PUB, "Atlas Ports Authority signed an agreement with a Bremen-based shipping line to "
                "establish a joint venture.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 1);
}

/* "a cooperation contract signed last year with the French concern
 * <Petro Chemie>", "Free Trade Agreements signed with Israel, India and
 * Indonesia": the other side after a passive or reduced relative's
 * "with". */
static void test_reduced_relative_with(void **state)
{
    (void)state;
    nt_run(PUB, "The bank said an agreement signed with Dai Ichi Bank of Tokyo last week "
                "covers the loan.");
    const nsv_event *e = signing_of("agreement");
    NT_CHECK(e && nt_has_party(e, "Dai Ichi Bank"));
    nt_run(PUB, "Trade rose under its recent Free Trade Agreements signed with Israel, India, "
                "and Indonesia.");
    e = signing_of("Free Trade Agreements");
    NT_CHECK(e && nt_has_party(e, "Israel") && nt_has_party(e, "India") &&
             nt_has_party(e, "Indonesia"));
    /* hard negative: a law signed "with" its amendments has no other side */
    nt_run(PUB, "The farm law signed with the Approved Amendments takes effect on Monday.");
    e = signing_of("farm law");
    NT_CHECK(e && e->n_participants == 0);
}

/* A passive whose subject is a memorandum between two bodies with long
 * names: the document noun stands far before the verb. */
static void test_long_passive_subject(void **state)
{
    (void)state;
    nt_run(PUB, "A Memorandum of Understanding between the State Service of Ukraine for Geodesy, "
                "Cartography and Cadastre and the Ministry of Economy of Azerbaijan on cooperation "
                "in land relations, management of state land and the land cadastre was signed by "
                "Acting Chairman Serhiy Zavadsky.");
    const nsv_event *e = signing_of("Memorandum of Understanding");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Zavadsky"));
    /* hard negative: the agreement far before the verb belongs to another
     * clause; the signed document is the loan (wire copy signs loans) */
    nt_run(PUB, "Under the agreement the bank reached in January with its creditors, lenders "
                "from Europe, Japan and the United States and the central bank of the country, "
                "the loan for the new power station was signed yesterday.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(!strcmp(nt_nth(NSV_EV_SIGNING, 0)->document_title, "loan for the new power station"));
}

/* "pending the signing of a free trade agreement", "to speed up the
 * signing of": a signing still to come. */
static void test_pending_signing(void **state)
{
    (void)state;
    no_actual_signing("The two countries cut tariffs pending the signing of a new free trade "
                      "agreement.");
    no_actual_signing("The banks agreed to speed up the signing of a rescheduling agreement with "
                      "Brazil.");
    /* hard negative: a signing that happened stays one */
    nt_run(PUB, "The two countries cut tariffs after the signing of a new free trade agreement.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "Varian Associates Inc and <Siemens A.G.> said they signed", "it and
 * <Vacuumschmelze GmbH> signed": Reuters' company mark does not break a
 * list of parties; a ticker a name took stays its own. */
static void test_marked_coordinated_parties(void **state)
{
    (void)state;
    nt_run(PUB, "Varian Associates Inc and <Stemens A.G.> said they signed a letter of intent to "
                "form a joint venture.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Varian Associates") && nt_has_party(e, "Stemens"));
    /* hard negative: tickers after names keep the whole list */
    nt_run(PUB, "Exxon Corp <XON>, Mobil Corp <MOB> and Chevron Corp <CHV> signed a long-term "
                "agreement with Saudi Arabia.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "Exxon") && nt_has_party(e, "Mobil") &&
             nt_has_party(e, "Chevron"));
}

/* "Vladimir Putin signed a list of instructions following the meeting": the
 * list is a document the President signs, as an order is. */
static void test_list_of_instructions(void **state)
{
    (void)state;
    nt_run(PUB, "President Ivan Dorov signed a list of instructions following a meeting of the "
                "Council for Sport.");
    const nsv_event *e = signing_of("list of instructions");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Dorov"));
    /* hard negative: instructions given are no signed document */
    nt_run(PUB, "President Ivan Dorov gave instructions to the Council for Sport.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* "the signing of the Exchange of Naval Nuclear Propulsion Information
 * Agreement": a title-case name holding "of" before its document noun. */
static void test_title_case_name_with_of(void **state)
{
    (void)state;
    nt_run(PUB, "The leaders welcomed the signing of the Exchange of Naval Propulsion "
                "Information Agreement.");
    const nsv_event *e = signing_of("Exchange of Naval Propulsion Information Agreement");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL);
    nt_run(PUB, "The leaders announced the signing of a new Agency–Ministry of Finance "
                "Development Grant Agreement.");
    NT_CHECK(signing_of("Development Grant Agreement") != NULL);
    /* hard negative: a lower-case phrase with "of" is no name */
    nt_run(PUB, "The leaders welcomed the signing of the exchange of prisoners.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* "signed ... on <a day after the item's>" is a signing done; "to be signed"
 * that day is a plan. */
static void test_past_signed_later_day_is_no_plan(void **state)
{
    (void)state;
    nt_run(PUB, "Russian President Vladimir Putin signed a decree on December 12.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    /* (hard negative) */
    nt_run(PUB, "The agreement to be signed on December 12 by Russian President Vladimir Putin "
                "and Turkish President Recep Tayyip Erdoğan covers gas.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    NT_CHECK(nt_count(NSV_EV_SIGNING, NSV_MOD_PLANNED) == 1);
}

/* a passive with "being": under way ("are being concluded") or generic
 * ("its being signed by nearly all countries") is no signing that took
 * place; "with the documents being signed" is one */
static void test_being_passive(void **state)
{
    (void)state;
    nt_run(PUB, "It said agreements are being concluded to give it a 72.4 pct interest.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    NT_CHECK(nt_count(NSV_EV_SIGNING, NSV_MOD_PLANNED) == 1);
    no_actual_signing("He described the accord as a model for commodity agreements due to its "
                      "being signed by nearly all producing and consuming countries.");
    no_actual_signing("He cherished photos of his legislation being signed into law by ten "
                      "presidents.");
    /* hard negatives */
    nt_run(PUB, "The talks concluded with the following documents being signed in the presence "
                "of the two leaders: an agreement on space cooperation.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) >= 1);
    nt_run(PUB, "The agreement was signed by the two ministers.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* a bare plural document noun after a preposition names a class of
 * documents: "under long term contracts signed before", "on mortgage loan
 * agreements that were signed before"; with an article, a quantity or a
 * title it is a batch that was signed */
static void test_bare_plural_class(void **state)
{
    (void)state;
    no_actual_signing("Prices paid for this power under long term contracts signed before last "
                      "year's fall in world oil prices are high.");
    no_actual_signing("The draft says the provisions of international treaties signed by the "
                      "Russian Federation shall not be implemented.");
    no_actual_signing("The President instructed banks to retain the interest rates on mortgage "
                      "loan agreements that were signed before the Central Bank raised its rate.");
    /* hard negatives */
    nt_run(PUB, "The service began payments under the agreements signed in January.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "Lithuania and Poland reconfirm their support, in line with respective Joint "
                "Declarations signed on 18 March and on 3 May 2021.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) >= 1);
    nt_run(PUB, "Agreements signed at the meeting cover trade and energy.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* a speaker's own simple past with no day recounts a record: no date
 * ("When Congress failed to act, I signed an executive order"); "Today, I
 * signed", "I have signed", "I just signed" are the published day's */
static void test_first_person_record(void **state)
{
    (void)state;
    nt_run(PUB, "When Congress failed to act, I signed an executive order to advance policing.");
    const nsv_event *e = signing_of("executive order");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && !e->date[0]);
    nt_run(PUB, "I also signed the most significant gun violence legislation in nearly 30 years.");
    e = signing_of("gun violence legislation");
    NT_CHECK(e && !e->date[0]);
    /* hard negatives */
    nt_run(PUB, "Today, I signed an executive order to advance policing.");
    e = signing_of("executive order");
    NT_CHECK(e && !strcmp(e->date, PUB));
    nt_run(PUB, "I have signed an executive order to advance policing.");
    e = signing_of("executive order");
    NT_CHECK(e && !strcmp(e->date, PUB));
    nt_run(PUB, "President Putin signed an executive order to advance policing.");
    e = signing_of("executive order");
    NT_CHECK(e && !strcmp(e->date, PUB));
}

/* a signing noun that is the subject of "is planned", "is being prepared"
 * or "will take place" has not happened */
static void test_signing_noun_subject_planned(void **state)
{
    (void)state;
    nt_run(PUB, "The signing of bilateral documents is also planned.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    nt_run(PUB, "The signing of a trade agreement between Chile and Peru is being prepared.");
    const nsv_event *e = signing_of("trade agreement between Chile and Peru");
    NT_CHECK(e && e->modality == NSV_MOD_PLANNED);
    nt_run(PUB, "The signing of the treaty will take place in Lima.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    /* hard negatives: a signing's effect, and a noun after a preposition */
    nt_run(PUB, "He said the signing of the Charter will become a model of cooperation.");
    e = signing_of("Charter");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL);
    nt_run(PUB, "After the signing of the accord, the ministers will hold a news conference.");
    e = signing_of("accord");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL);
}

/* a signing a "since" clause or an anniversary looks back on takes no
 * published day; one it dates keeps that day */
static void test_signing_looked_back_on(void **state)
{
    (void)state;
    nt_run(PUB, "In the year since I signed the Clean Water Act, states have hired inspectors.");
    const nsv_event *e = signing_of("Clean Water Act");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && e->date[0] == '\0');
    nt_run(PUB, "The leaders marked the anniversary of the signing of the Treaty of Riga.");
    e = signing_of("Treaty of Riga");
    NT_CHECK(e && e->date[0] == '\0');
    nt_run(PUB, "Since the signing of the accord on November 9, 2020, the truce has held.");
    e = signing_of("accord");
    NT_CHECK(e && !strcmp(e->date, "2020-11-09"));
    /* hard negative: a plain signing takes the published day */
    nt_run(PUB, "The President signed the Clean Water Act into law.");
    e = signing_of("Clean Water Act");
    NT_CHECK(e && !strcmp(e->date, PUB));
}

/* a passive's document in the few sentences after a package two leaders
 * signed is one of that package, signed by them */
static void test_batch_signatories(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin and Xi Jinping signed a package of documents on cooperation in "
                "various areas. Agreements have been signed on cooperation in trade and on "
                "cooperation in tourism.");
    const nsv_event *e = signing_of("agreement on cooperation in tourism");
    NT_CHECK(e && e->n_participants == 2);
    /* hard negatives: other signatories in between, and a batch too far back */
    nt_run(PUB, "Vladimir Putin and Xi Jinping signed a package of documents on cooperation in "
                "various areas. Gazprom and CNPC signed a gas supply contract. A memorandum on "
                "tourism was signed.");
    e = signing_of("memorandum on tourism");
    NT_CHECK(e && e->n_participants == 0);
    nt_run(PUB, "Vladimir Putin and Xi Jinping signed a package of documents on cooperation in "
                "various areas. They spoke to reporters. The talks ended. Putin left for Moscow. "
                "He visited a plant. He met workers. A memorandum on tourism was signed.");
    e = signing_of("memorandum on tourism");
    NT_CHECK(e && e->n_participants == 0);
}

/* A wire brief's later "accord signed last year" with no signatory: the
 * two bodies the lead joins ("France and Yugoslavia agreed ...", "a loan
 * from the European Community").  Not without a dateline, not when the
 * lead's second body is no side ("principles of the GATT"), not when the
 * document names its own other side ("the contract with X"), not for a
 * document signed long after the lead. */
static void test_lead_pair_signatories(void **state)
{
    (void)state;
    const char *brief = "France and Yugoslavia agreed to set up a joint economic commission to "
                        "promote commercial links. The French Finance Ministry said the "
                        "commission would meet twice a year. A ministry statement said both "
                        "sides had agreed on the need to boost trade in keeping with an accord "
                        "signed last year calling for a 50 pct rise in commercial exchanges.";
    char text[1024];
    snprintf(text, sizeof text, "PARIS, March 5 - %s", brief);
    nt_run("1987-03-05", text);
    const nsv_event *e = signing_of("accord");
    NT_CHECK(e && e->n_participants == 2);
    NT_CHECK(e && nt_has_party(e, "France") && nt_has_party(e, "Yugoslavia"));
    nt_run("1987-06-18", "BELGRADE, June 18 - Yugoslavia has signed up for a 550 mln ECU loan "
                         "from the European Community (EC), the official Tanjug news agency "
                         "said. It said the agreement was signed last week in Brussels.");
    e = signing_of("agreement");
    NT_CHECK(e && nt_has_party(e, "Yugoslavia") && nt_has_party(e, "European Community"));
    /* hard negatives */
    nt_run("1987-03-05", brief);
    e = signing_of("accord");
    NT_CHECK(e && e->n_participants == 0);
    nt_run("1987-06-02", "PEKING, June 2 - China took a serious view of a textile protocol which "
                         "it said infringed principles of the GATT. The protocol, signed on July "
                         "31 last year, extended the arrangement for five years.");
    e = signing_of("protocol");
    NT_CHECK(e && e->n_participants == 0);
    nt_run("1987-03-17", "MONTREAL, March 17 - Hydro-Quebec and the National Energy Board "
                         "opened hearings on power exports. The contract with the New England "
                         "Power Pool was signed last year.");
    e = signing_of("contract");
    NT_CHECK(e && !nt_has_party(e, "National Energy Board"));
    /* (a lead that does join its pair, and a document naming its own side
     * that no mention reads: the title's "with" alone keeps the pair off) */
    nt_run("1987-03-05", "PARIS, March 5 - France and Yugoslavia agreed to set up a joint "
                         "economic commission. An accord with the partnership was signed last "
                         "year.");
    e = signing_of("accord with the partnership");
    NT_CHECK(e && e->n_participants == 0);
    snprintf(text, sizeof text,
             "PARIS, March 5 - France and Yugoslavia agreed to set up a joint economic "
             "commission. The commission will meet twice a year. Its members are businessmen. "
             "They will report to ministers. The first meeting is in May. Trade rose last year. "
             "An accord was signed in 1985 on fishing.");
    nt_run("1987-03-05", text);
    e = signing_of("accord");
    NT_CHECK(e && e->n_participants == 0);
}

/* "No." and a number belong to the document's title */
static void test_numbered_title(void **state)
{
    (void)state;
    nt_run(PUB, "The President signed Decree No. 312/2022 on the national flag.");
    NT_CHECK(signing_of("Decree No. 312/2022 on the national flag") != NULL);
    /* hard negative: a sentence's end after the title */
    nt_run(PUB, "The President signed the decree. No. 2 on the list was the budget.");
    const nsv_event *e = signing_of("decree");
    NT_CHECK(e && strstr(e->document_title, "No") == NULL);
}

/* "in 2016", "in autumn 2016" after the document: a past year says when it
 * was signed (no day), not what it is about; a current year may be a plan's
 * period and stays in the title. */
static void test_past_year_ends_title(void **state)
{
    (void)state;
    nt_run(PUB, "Chile and Peru signed a fishing agreement in 2014.");
    const nsv_event *e = signing_of("fishing agreement");
    NT_CHECK(e && !strcmp(e->document_title, "fishing agreement") && e->date[0] == '\0');
    nt_run(PUB, "Chile and Peru signed an agreement on visa-free travel in autumn 2016.");
    e = signing_of("visa-free travel");
    NT_CHECK(e && !strcmp(e->document_title, "agreement on visa-free travel") &&
             e->date[0] == '\0');
    /* hard negatives: the item's year and a period stay in the title */
    nt_run(PUB, "The ministers signed a plan for cooperation in 2022.");
    NT_CHECK(signing_of("plan for cooperation in 2022"));
    nt_run(PUB, "The ministers signed a programme of exchanges in 2020-2022.");
    NT_CHECK(signing_of("programme of exchanges in 2020-2022"));
}

/* "Forty-one years ago today": the day of the item's date that many years
 * back; a day before 1970 is none (not the item's day). */
static void test_years_ago_today(void **state)
{
    (void)state;
    nt_run(PUB, "Forty-one years ago today, President Jimmy Carter signed the Energy Act.");
    const nsv_event *e = signing_of("Energy Act");
    NT_CHECK(e && !strcmp(e->date, "1981-12-09"));
    nt_run(PUB, "The treaty between Chile and Peru was signed 30 years ago today.");
    e = signing_of("treaty");
    NT_CHECK(e && !strcmp(e->date, "1992-12-09"));
    nt_run(PUB, "Seventy-nine years ago today, President Franklin Roosevelt signed Executive Order "
                "9066.");
    e = signing_of("Executive Order");
    NT_CHECK(e && e->date[0] == '\0');
    /* hard negative: "today" alone is the item's day */
    nt_run(PUB, "Two years ago, Chile and Peru agreed on a plan. Today they signed the treaty.");
    e = signing_of("treaty");
    NT_CHECK(e && !strcmp(e->date, PUB));
}

/* "on June 26, exactly 75 years ago": the yearless day moves that many
 * years back (before 1970: no day), not the item's year. */
static void test_yearless_day_years_ago(void **state)
{
    (void)state;
    nt_run(PUB, "The Charter of Lima, which was signed on June 26, exactly 75 years ago, "
                "still stands.");
    const nsv_event *e = signing_of("Charter");
    NT_CHECK(e && e->date[0] == '\0');
    nt_run(PUB, "The treaty between Chile and Peru was signed on June 26, exactly 20 years ago.");
    e = signing_of("treaty");
    NT_CHECK(e && !strcmp(e->date, "2002-06-26"));
    /* hard negative: no "ago", the item's year */
    nt_run(PUB, "The treaty between Chile and Peru was signed on June 26, in Lima.");
    e = signing_of("treaty");
    NT_CHECK(e && !strcmp(e->date, "2022-06-26"));
}

/* "met this afternoon ... since he signed the Order a year ago": the day
 * before "since" is the main clause's, not the signing's. */
static void test_day_before_since(void **state)
{
    (void)state;
    nt_run(PUB, "This afternoon, the Council discussed the progress made since President Ann "
                "Marlow signed the Competition Order just over a year ago.");
    const nsv_event *e = signing_of("Competition Order");
    NT_CHECK(e && e->date[0] == '\0');
    /* hard negative: no lookback word, the day is the signing's */
    nt_run(PUB, "This afternoon, President Ann Marlow signed the Competition Order.");
    e = signing_of("Competition Order");
    NT_CHECK(e && !strcmp(e->date, PUB));
}

/* A title-case name with a preposition inside: "the Violence Against Women
 * Act", "the Americans with Disabilities Act"; a full date before the noun
 * names the document. */
static void test_title_with_preposition_or_date(void **state)
{
    (void)state;
    nt_run(PUB, "President Ann Marlow signed the Violence Against Women Act.");
    NT_CHECK(signing_of("Violence Against Women Act"));
    nt_run(PUB, "President Ann Marlow signed the Americans with Disabilities Act.");
    NT_CHECK(signing_of("Americans with Disabilities Act"));
    nt_run(PUB, "The summit marked the anniversary of the signing of the November 9, 2020, "
                "statement on Nagorno-Karabakh.");
    NT_CHECK(signing_of("November 9, 2020, statement on Nagorno-Karabakh"));
    /* hard negatives: a lowercase noun after the inner word is no title's */
    no_actual_signing("President Ann Marlow signed the Violence Against women agreement.");
    no_actual_signing("Vladimir Putin signed the Americans to dinner.");
}

/* "up", "over", "to date" cancel a verb right before them ("signed up to");
 * inside a title they are its words ("a decree on setting up a commission",
 * "a loan agreement on granting up to 5 billion yuan"). */
static void test_particle_inside_title(void **state)
{
    (void)state;
    nt_run(PUB, "A loan agreement between Alfa Bank and Beta Bank on granting up to 5 billion "
                "yuan and a treaty on the rights of shareholders were signed.");
    const nsv_event *e = signing_of("loan agreement");
    NT_CHECK(e && strstr(e->document_title, "up to 5 billion yuan"));
    NT_CHECK(signing_of("treaty on the rights of shareholders"));
    nt_run(PUB, "President Ann Marlow signed a decree on setting up a commission on housing.");
    NT_CHECK(signing_of("decree on setting up a commission"));
    /* hard negative: right after the verb it cancels the signing */
    no_actual_signing("Chile has signed up to the convention on fishing.");
}

/* A wire lead sums up the signing the body tells in detail: one signing
 * when the lead's party is within a later signatory's fuller name. */
static void test_lead_sums_up_detail(void **state)
{
    (void)state;
    nt_run(PUB, "NAIROBI, Dec 9 - Kenya has signed an agreement with German interests to set "
                "up a shipping line.\n\nThe Kenya Ports Authority signed the agreement with "
                "the Hamburg-based shipping line Unimar Seetransport on Friday.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(nt_has_party(e, "Kenya Ports Authority") && nt_has_party(e, "Unimar"));
    /* hard negative: the same signatory, no fuller name, signed another one */
    nt_run(PUB, "MOSCOW, Dec 9 - President Vladimir Putin signed an executive order on the "
                "Security Council.\n\nPresident Vladimir Putin signed another executive order "
                "on awards.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
}

/* "The two presidents signed", "The two exchanges signed": a pair subject
 * coreference left open signs as the two parties of the talks before, or
 * the first two bodies (countries) of the lead. */
static void test_pair_subject(void **state)
{
    (void)state;
    nt_run(PUB, "The presidents of Chile and Peru met in Lima.\n\nFollowing the talks, the two "
                "presidents signed a joint statement.");
    const nsv_event *e = signing_of("joint statement");
    NT_CHECK(e && nt_has_party(e, "Chile") && nt_has_party(e, "Peru"));
    nt_run(PUB, "A trading link between Acme Corp and Zenith Inc should start next year.\n\n"
                "The two exchanges signed a memorandum of understanding on December 1.");
    e = signing_of("memorandum");
    NT_CHECK(e && nt_has_party(e, "Acme") && nt_has_party(e, "Zenith"));
    /* demonyms name the sides: "Turkmenistani" is Turkmenistan's */
    nt_run(PUB, "Russian and Turkmenistani representatives signed memorandums on transit.");
    e = signing_of("memorandums on transit");
    NT_CHECK(e && nt_has_party(e, "Russia") && nt_has_party(e, "Turkmenistan"));
    /* hard negative: no pair before names no one */
    nt_run(PUB, "Investor Sam Redd raised his bid for Acme Corp.\n\nThe two rivals also signed "
                "confidentiality agreements.");
    e = signing_of("confidentiality");
    NT_CHECK(e && e->n_participants == 0);
}

/* "To defend the capital of Norway, President X signed": the country closing
 * a fronted phrase, cut off by a comma alone, did not sign; a list of
 * subjects still does */
static void test_fronted_phrase_not_cosignatory(void **state)
{
    (void)state;
    nt_run(PUB, "To strengthen the defence of the capital of Norway, President Anna Berg signed "
                "a decree appointing a new governor.");
    const nsv_event *e = signing_of("decree appointing");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Berg"));
    /* hard negatives: a list of subjects, with and without a preposition
     * before it */
    nt_run(PUB, "Chile, Peru and Bolivia signed a treaty on fisheries.");
    e = signing_of("fisheries");
    NT_CHECK(e && nt_has_party(e, "Chile") && nt_has_party(e, "Peru") &&
             nt_has_party(e, "Bolivia"));
    nt_run(PUB, "The presidents of Chile, Peru and Bolivia signed a treaty on fisheries.");
    e = signing_of("fisheries");
    NT_CHECK(e && nt_has_party(e, "Chile") && nt_has_party(e, "Peru") &&
             nt_has_party(e, "Bolivia"));
}

/* "an agreement signed with Zenith Bank" names one side: the body the
 * sentence is about is the other; a person before it, or a "by", leaves the
 * counterparty alone */
static void test_with_counterparty_clause_body(void **state)
{
    (void)state;
    nt_run(PUB, "Acme Corp said it received a credit under an agreement signed with Zenith "
                "Bank last week.");
    const nsv_event *e = signing_of("agreement");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Acme Corp") &&
             nt_has_party(e, "Zenith Bank"));
    /* hard negatives: a person is the subject; a "by" names the signers */
    nt_run(PUB, "John Smith said the deal signed with Zenith Inc was a good one.");
    e = signing_of("deal");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Zenith Inc"));
    nt_run(PUB, "Acme Corp said the deal signed with Zenith Inc by two brokers was a good one.");
    e = signing_of("deal");
    NT_CHECK(e && !nt_has_party(e, "Acme Corp"));
    nt_run(PUB, "Analysts at Acme Corp said the deal signed with Zenith Inc was a good one.");
    e = signing_of("deal");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Zenith Inc"));
}

/* "signed decrees on the extension of A and the term of B": a plural
 * document noun over two parallel definite phrases names two documents;
 * one topic, or a list inside one phrase, stays one */
static void test_parallel_topics(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg signed decrees on the extension of the curfew and the term "
                "of the mobilisation.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("extension") && signing_of("term of the mobilisation"));
    nt_run(PUB, "President Anna Berg signed executive orders on awarding the 2021 Prize for Young "
                "Poets and the 2021 Prize for Children's Books.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    /* hard negatives */
    nt_run(PUB, "President Anna Berg signed decrees on awarding our rescuers and firefighters.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "President Anna Berg signed decrees on the appointment of the ambassadors to "
                "France and the UK.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "President Anna Berg signed a decree on the extension of the curfew and the term "
                "of the mobilisation.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* The same with the gerund right after the noun: "executive orders awarding
 * the Prize for A and the Prize for B" are two; "decrees awarding our
 * heroes", "decrees appointing A and B", one prize, stay one */
static void test_parallel_gerund_objects(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg signed executive orders awarding the 2021 Prize for Young "
                "Poets and the 2021 Prize for Children's Books.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("executive orders awarding the 2021 Prize for Young Poets") &&
             signing_of("executive orders awarding the 2021 Prize for Children's Books"));
    /* hard negatives */
    nt_run(PUB, "President Anna Berg signed decrees awarding our rescuers and firefighters.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "President Anna Berg signed decrees appointing the ambassadors to France and the "
                "UK.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "President Anna Berg signed executive orders awarding the 2021 Prize for Young "
                "Poets.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "Agreements on A and on B were signed", "memoranda of cooperation on A
 * and on B": a plural document noun whose topics repeat "on" names one
 * document per topic; one topic with "and", or a singular noun, stays one */
static void test_repeated_on_topics(void **state)
{
    (void)state;
    nt_run(PUB, "Agreements on scientific cooperation and on partnership in information "
                "technologies were also signed.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("Agreements on scientific cooperation") &&
             signing_of("Agreements on partnership in information technologies"));
    nt_run(PUB, "The agencies signed memoranda of cooperation on intellectual property and on "
                "geological exploration.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    NT_CHECK(signing_of("memoranda of cooperation on intellectual property") &&
             signing_of("memoranda of cooperation on geological exploration"));
    /* hard negatives */
    nt_run(PUB, "Agreements on trade and investment were signed.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "An agreement on scientific cooperation and on partnership in information "
                "technologies was signed.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "Agreements on cooperation were signed on Monday and on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "The ministers will sign agreements on scientific cooperation and on tourism.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* "a memorandum ... on terms similar to one signed last year between Norway
 * and Sweden": the pronoun stands for the document named before it, whose
 * "between" names the parties; without "between" no signing */
static void test_similar_to_one_signed_between(void **state)
{
    (void)state;
    nt_run(PUB, "He said a memorandum on fisheries would be sought with Chile on terms similar "
                "to one signed last year between Norway and Sweden.");
    const nsv_event *e = signing_of("memorandum");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && e && nt_has_party(e, "Norway") &&
             nt_has_party(e, "Sweden"));
    /* hard negatives: no parties named; a demonstrative that opens a clause */
    nt_run(PUB, "He said the deal would be similar to that signed last year.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    nt_run(PUB, "He said the accord was close to that of Norway.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* "C signed the agreement" after the agreement's signing was reported is
 * that signing again, which C signed too: the article parse_doc_np() skips
 * still tells */
static void test_signed_the_document_again(void **state)
{
    (void)state;
    nt_run(PUB, "Telvora Holdings signed an agreement to set up a joint venture with Marlin "
                "Cable PLC.\n\nChairman Eric Sandor signed the agreement.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Telvora") &&
             nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Sandor"));
    /* hard negative: no signing before, so "the agreement" is signed here */
    nt_run(PUB, "Talks on a joint venture ended on Monday.\n\nChairman Eric Sandor signed the "
                "agreement in London.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Sandor"));
    /* both conjuncts of the later subject signed it */
    nt_run(PUB, "A contract on satellites was signed after the talks. The Head of the Space "
                "Agency, Anna Berg, and the President of Halvex Corp, Eric Sandor, signed the "
                "document.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Anna Berg") &&
             nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Eric Sandor"));
    /* a firm "of" a country signs it, not the country */
    nt_run(PUB, "A contract on copper tubes was signed after the talks. <Wrought Copper Ltd> of "
                "Chile signed the document.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Wrought Copper Ltd") &&
             !nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Chile"));
    /* hard negative: one signatory; a reporter is no conjunct */
    nt_run(PUB, "A contract on satellites was signed after the talks. Anna Berg said Eric Sandor "
                "signed the document.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_SIGNING, 0), "Anna Berg"));
}

/* "a deal for Halvex Corp to sell ten turbines to Norgrid AS": the body the
 * contract is for signed it too, and through a bracketed amount; a "for"
 * that names goods or a purpose, or a law's "for", adds no one */
static void test_purpose_doer(void **state)
{
    (void)state;
    nt_run(PUB, "Minister Anna Berg opened her visit on Monday by signing a deal worth 2bn euros "
                "($2.1bn) for Halvex Corp to sell ten turbines to Norgrid Ltd.");
    const nsv_event *e = signing_of("deal");
    NT_CHECK(e && e->n_participants == 3 && nt_has_party(e, "Berg") &&
             nt_has_party(e, "Halvex Corp") && nt_has_party(e, "Norgrid Ltd"));
    nt_run(PUB, "Telvora Holdings said it signed an agreement for Marlin Cable PLC to recover the "
                "cost of its services.");
    e = signing_of("agreement");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Telvora") &&
             nt_has_party(e, "Marlin Cable"));
    /* hard negatives */
    nt_run(PUB, "Telvora Holdings said it signed a contract for the supply of cable.");
    e = signing_of("contract");
    NT_CHECK(e && e->n_participants == 1);
    nt_run(PUB, "Telvora Holdings said it signed a deal for Marlin Cable PLC shares.");
    e = signing_of("deal");
    NT_CHECK(e && e->n_participants == 1);
    nt_run(PUB, "President Anna Berg signed a law for Telvora Holdings to pay the tax.");
    e = signing_of("law");
    NT_CHECK(e && e->n_participants == 1 && !nt_has_party(e, "Telvora"));
}

/* "Chile and its bank creditors started signing agreements": a verb of
 * beginning carries the signing, and the debtor's unnamed creditors sign
 * with it ("Peruvian officials and representatives of about 90 creditor
 * banks"); an unnamed group that is no creditor adds no one */
static void test_creditors_start_signing(void **state)
{
    (void)state;
    nt_run("1987-06-18", "Representatives of Chile and its 400-plus international bank creditors "
                         "started signing agreements to reschedule the country's debt.");
    const nsv_event *e = signing_of("reschedule");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && e->n_participants == 2 &&
             nt_has_party(e, "Chile") && nt_has_party(e, "bank creditors"));
    nt_run("1987-06-18", "Peruvian officials and representatives of about 90 creditor banks began "
                         "to sign agreements for new loans, the bank said.");
    e = signing_of("new loans");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Peru") &&
             nt_has_party(e, "creditor banks"));
    /* hard negatives: a plan; a group that lends nothing; named parties */
    nt_run("1987-06-18", "Chile and its creditor banks will begin signing the accord next week.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    nt_run("1987-06-18", "Chile and several banks signed an agreement on debt.");
    e = signing_of("debt");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Chile"));
    nt_run("1987-06-18", "Chile and Peru signed an agreement on fisheries.");
    e = signing_of("fisheries");
    NT_CHECK(e && e->n_participants == 2);
}

/* "I was proud to sign an Executive Order": a past feeling about the
 * infinitive says the signing happened; the first person of the office's
 * release signs.  A present or modal feeling stays a plan. */
static void test_was_proud_to_sign(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("t-wp1", wh, "2022-03-04", NULL,
                  "Today, I was pleased to sign the Safe Harbors Act, which builds on our work.");
    const nsv_event *e = signing_of("Safe Harbors Act");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Biden"));
    nt_run(PUB, "Governor Tom Hale was particularly proud to sign the bill on Monday.");
    e = signing_of("bill");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Hale"));
    /* hard negatives: present, modal, negated */
    no_actual_signing("Governor Tom Hale is proud to sign the bill next week.");
    no_actual_signing("Governor Tom Hale would be glad to sign the bill.");
    no_actual_signing("Governor Tom Hale was not happy to sign the bill.");
}

/* "signed with X": one reading of the counterparty for the active verb and
 * the passive alike; a name that opens with "the" ("the Paris Club", "the
 * United States") is the counterparty in both */
static void test_with_counterparty_shared(void **state)
{
    (void)state;
    nt_run(PUB, "The loan accord was signed with the Paris Club on Friday.");
    const nsv_event *e = signing_of("loan accord");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Paris Club"));
    nt_run(PUB, "Peru signed a loan accord with the Paris Club on Friday.");
    e = signing_of("loan accord");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Paris Club") &&
             nt_has_party(e, "Peru"));
    nt_run(PUB, "The loan accord was signed with the United States on Friday.");
    e = signing_of("loan accord");
    NT_CHECK(e && nt_has_party(e, "United States"));
    /* hard negative: after "the", words of a title are no body */
    nt_run(PUB, "The loan accord was signed with the Approved Amendments on Friday.");
    e = signing_of("loan accord");
    NT_CHECK(e && e->n_participants == 0);
}

/* "X (Country) and the Y signed": the first signatory is found over its short
 * parenthesis; a place before a parenthesis is no signatory. */
static void test_coordinated_over_parenthesis(void **state)
{
    (void)state;
    nt_run(PUB,
           "In addition, the Federal Agency for Tourism (Russian Federation) and the Ministry of "
           "Tourism of the Hellenic Republic signed a programme of joint action.");
    const nsv_event *e = signing_of("programme of joint action");
    NT_CHECK(e != NULL);
    NT_CHECK(e->n_participants == 2);
    NT_CHECK(nt_has_party(e, "Federal Agency for Tourism") && nt_has_party(e, "Hellenic"));
    nt_run(PUB,
           "Delegations gathered in Sochi (Russia) and the Ministry of Tourism of the Hellenic "
           "Republic signed a programme of joint action.");
    e = signing_of("programme of joint action");
    NT_CHECK(e != NULL);
    NT_CHECK(e->n_participants == 1);
    NT_CHECK(!nt_has_party(e, "Sochi") && !nt_has_party(e, "Russia"));
}

/* A last conjunct named after a long title of its own ("and Minister of
 * Youth and Sports of the Republic of Turkey X") keeps the first signatory;
 * a name cut off by a comma ("In the presence of A, Minister ... X signed")
 * is no signatory. */
static void test_titled_conjunct(void **state)
{
    (void)state;
    nt_run(PUB,
           "Minister of Foreign Affairs of Ukraine Dmytro Kuleba and Minister of Youth and Sports "
           "of the Republic of Turkey Mehmet Kasapoglu signed an intergovernmental agreement on "
           "youth policy.");
    const nsv_event *e = signing_of("agreement on youth policy");
    NT_CHECK(e != NULL);
    NT_CHECK(e->n_participants == 2);
    NT_CHECK(nt_has_party(e, "Kuleba") && nt_has_party(e, "Kasapoglu"));
    nt_run(PUB,
           "Board Chairman at JSC Ukrzaliznytsia Oleksandr Kamyshin and Chairman and CEO of Alstom "
           "Henri Poupart-Lafarge signed a Memorandum of Understanding.");
    e = signing_of("Memorandum of Understanding");
    NT_CHECK(e != NULL);
    NT_CHECK(nt_has_party(e, "Kamyshin") && nt_has_party(e, "Poupart-Lafarge"));
    nt_run(PUB,
           "In the presence of Volodymyr Zelenskyy and Recep Tayyip Erdogan, Minister of Youth and "
           "Sports of the Republic of Turkey Mehmet Kasapoglu signed an agreement on youth "
           "policy.");
    e = signing_of("agreement on youth policy");
    NT_CHECK(e != NULL);
    NT_CHECK(e->n_participants == 1);
    NT_CHECK(nt_has_party(e, "Kasapoglu") && !nt_has_party(e, "Erdogan"));
    /* a country that ends its body's name ("the Government of the Kingdom of
     * Saudi Arabia") likewise */
    nt_run(PUB,
           "The Government of the Russian Federation and the Government of the Kingdom of Saudi "
           "Arabia signed an agreement on cooperation in outer space.");
    e = signing_of("agreement on cooperation in outer space");
    NT_CHECK(e != NULL);
    NT_CHECK(nt_has_party(e, "Russian Federation") && nt_has_party(e, "Saudi Arabia"));
    nt_run(PUB, "After talks with the President of Russia, the Government of the Kingdom of Saudi "
                "Arabia signed an agreement on cooperation in outer space.");
    e = signing_of("agreement on cooperation in outer space");
    NT_CHECK(e != NULL);
    NT_CHECK(e->n_participants == 1 && nt_has_party(e, "Saudi Arabia"));
}

/* A signing an anniversary looks back on happened years before the occasion
 * that marks it: past whatever the clause plans, dated only by a day stated
 * right after its document, and signed by none of the people at the
 * occasion.  The gerund ("anniversary of signing the Treaty") likewise; a
 * signing the clause plans ("preparations for the signing of") is still
 * planned. */
static void test_looked_back_signing(void **state)
{
    (void)state;
    nt_run(PUB,
           "Vladimir Putin held a telephone conversation with Emmanuel Macron on Friday. Vladimir "
           "Putin briefed his counterpart on the trilateral meeting in Sochi on November 26, which "
           "was timed to coincide with the anniversary of the signing of the Statement on "
           "Nagorno-Karabakh on November 9, 2020.");
    const nsv_event *e = signing_of("Statement on Nagorno-Karabakh");
    NT_CHECK(e != NULL);
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(!strcmp(e->date, "2020-11-09"));
    NT_CHECK(!nt_has_party(e, "Putin") && !nt_has_party(e, "Macron"));
    nt_run(PUB, "They discussed preparations for joint events marking the 25th anniversary of the "
                "signing of the Agreement on Friendly Relations and Cooperation.");
    e = signing_of("Agreement on Friendly Relations");
    NT_CHECK(e != NULL);
    NT_CHECK(e->modality == NSV_MOD_ACTUAL && e->date[0] == '\0');
    nt_run(PUB, "The leaders exchanged congratulations on the 30th anniversary of signing the "
                "Russian-Finnish Treaty on the Basis for Relations.");
    e = signing_of("Treaty on the Basis for Relations");
    NT_CHECK(e != NULL);
    NT_CHECK(e->modality == NSV_MOD_ACTUAL && e->date[0] == '\0');
    nt_run(PUB,
           "They discussed preparations for the signing of the Agreement on Friendly Relations "
           "and Cooperation.");
    e = signing_of("Agreement on Friendly Relations");
    NT_CHECK(e == NULL || e->modality == NSV_MOD_PLANNED);
}

/* The item gives one actual signing, dated `day` ("" for none). */
static void one_signing_dated(const char *text, const char *day)
{
    nt_run(PUB, text);
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(!strcmp(nt_nth(NSV_EV_SIGNING, 0)->date, day));
}

/* "Shortly after taking office, X signed an Executive Order", "at the
 * beginning of the year he signed a decree": a span of a term or of the
 * year gives no day (GUIDE), so the signing takes none, not the item's;
 * "Today, X signed" keeps the item's day. */
static void test_span_of_term_gives_no_day(void **state)
{
    (void)state;
    one_signing_dated("Shortly after taking office, President Anna Berg signed an Executive Order "
                      "on Climate-Related Financial Risk.",
                      "");
    one_signing_dated("At the beginning of the year President Anna Berg signed a decree to "
                      "increase the number of personnel of the Armed Forces.",
                      "");
    /* hard negative */
    one_signing_dated("Today, President Anna Berg signed an Executive Order on Climate-Related "
                      "Financial Risk.",
                      PUB);
}

/* "On my (very) first day in office, I signed", "On Day One, I signed": the
 * speaker's own first day is a span of the term, no day (GUIDE), not the
 * item's; "Today, on my first visit here, I signed" keeps the item's day. */
static void test_own_first_day_gives_no_day(void **state)
{
    (void)state;
    one_signing_dated("On my very first day in office, I signed an Executive Order on Advancing "
                      "Racial Equity.",
                      "");
    one_signing_dated("On Day One, President Anna Berg signed an Executive Order on "
                      "Climate-Related Financial Risk.",
                      "");
    /* hard negatives: the item's own day */
    one_signing_dated("Today, on my first visit to Kenya, I signed an Executive Order on "
                      "Advancing Racial Equity.",
                      PUB);
    one_signing_dated("On the first day of the summit, President Anna Berg signed an Executive "
                      "Order on Climate-Related Financial Risk.",
                      PUB);
}

/* A title's compound and year range before a reduced relative: "the
 * five-year accord signed", "the Joint Programme of Action for 2010-2013
 * signed" (an en dash between years), not "year accord"; a pair of names
 * before the hyphen stays the parties'; "in the presence of" ends a title. */
static void test_compound_and_range_titles(void **state)
{
    (void)state;
    nt_run(PUB, "The five-year accord signed in July aims to protect the market.");
    const nsv_event *e = signing_of("accord");
    NT_CHECK(e && !strcmp(e->document_title, "five-year accord"));
    nt_run(PUB, "The outcome is reflected in the Joint Programme of Action for 2010\u20132013 "
                "signed by the two presidents.");
    e = signing_of("Programme");
    NT_CHECK(e && !strcmp(e->document_title, "Joint Programme of Action for 2010\u20132013"));
    /* hard negative: a spaced dash sets a phrase off, no range */
    nt_run(PUB, "The outcome is reflected in the Joint Programme of Action for 2010 \u2013 2013 "
                "signed by the two presidents.");
    NT_CHECK(signing_of("2010\u20132013") == NULL && signing_of("2010 \u2013 2013") == NULL);
    /* hard negative: a pair of names is no compound modifier */
    nt_run(PUB, "They recalled the U.S.-Israel Strategic Partnership Joint Declaration signed last "
                "year.");
    e = signing_of("Declaration");
    NT_CHECK(e && !strncmp(e->document_title, "U.S.-Israel", 11));
    NT_CHECK(nt_has_party(e, "Israel"));
    nt_run(PUB, "The ministers signed a programme of joint actions for 2001\u20132003 in the "
                "presence of the two presidents.");
    e = signing_of("programme");
    NT_CHECK(e && !strcmp(e->document_title, "programme of joint actions for 2001\u20132003"));
    /* the occasion is no part of a title either */
    nt_run(PUB, "The sides welcomed the signing of the Joint CyberSafe Products Action Plan on the "
                "margins of this council.");
    e = signing_of("Action Plan");
    NT_CHECK(e && !strcmp(e->document_title, "Joint CyberSafe Products Action Plan"));
    /* hard negative: "on the X of" of the title's own subject stays */
    nt_run(PUB, "The ministers signed a memorandum on the establishment of a joint customs "
                "council.");
    e = signing_of("memorandum");
    NT_CHECK(e && !strcmp(e->document_title,
                          "memorandum on the establishment of a joint customs council"));
}

/* A bracket a title leaves open goes with what it began ("(August 4" read
 * to the comma inside it); a closed one stays ("(SEC)"). */
static void test_title_open_bracket(void **state)
{
    (void)state;
    nt_run(PUB, "They recalled the signing of the Agreement on Friendly Relations and Cooperation "
                "(August 4, 1995), which remains in force.");
    const nsv_event *e = signing_of("Agreement");
    NT_CHECK(e && !strcmp(e->document_title, "Agreement on Friendly Relations and Cooperation"));
    /* hard negative: a closed bracket is the title's */
    nt_run(PUB, "Britain signed an agreement with the Securities and Exchange Commission (SEC) "
                "last September.");
    e = signing_of("agreement");
    NT_CHECK(e && strstr(e->document_title, "(SEC)") != NULL);
}

/* A decree its signer signed alone: a "with" inside its title is what it is
 * about, no second signatory; right after its noun ("a consent decree with
 * the Justice Department") the other side; a contract's "with" after its
 * topic still names one. */
static void test_with_inside_decree_title(void **state)
{
    (void)state;
    nt_run_source("k-1", "President of Russia (en.kremlin.ru)", PUB, NULL,
                  "Vladimir Putin signed an Executive Order appointing Nikolai Merkushkin Special "
                  "Presidential Envoy for Interaction with the World Congress of Finno-Ugric "
                  "Peoples.");
    const nsv_event *e = signing_of("Executive Order");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Putin"));
    nt_run(PUB, "Vladimir Putin signed a decree on measures connected with the United Nations "
                "sanctions regime.");
    e = signing_of("decree");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Putin"));
    nt_run(PUB, "Hughes Tool Co said it signed a consent decree with the U.S. Justice Department "
                "on Monday.");
    e = signing_of("consent decree");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Justice Department"));
    nt_run(PUB, "Hughes Tool Co said it signed a contract on drilling services with the U.S. "
                "Justice Department on Monday.");
    e = signing_of("contract");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Justice Department"));
}

/* "Decree № 74/2022 on awarding ...": the numero sign and its number are part
 * of the title, and so is what follows them; a numero sign with no number
 * after it is not. */
static void test_numero_sign_in_title(void **state)
{
    (void)state;
    nt_run(PUB, "President of Ukraine Volodymyr Zelenskyy signed Decree \xe2\x84\x96 74/2022 on "
                "awarding the title of Hero of Ukraine.");
    const nsv_event *e = signing_of("Decree");
    NT_CHECK(e && !strcmp(e->document_title, "Decree \xe2\x84\x96 74/2022 on awarding the title "
                                             "of Hero of Ukraine"));
    nt_run(PUB,
           "The President signed Decrees \xe2\x84\x96 447/2021 and \xe2\x84\x96 446/2021, which "
           "approved the strategy.");
    e = signing_of("Decrees");
    NT_CHECK(e &&
             !strcmp(e->document_title, "Decrees \xe2\x84\x96 447/2021 and \xe2\x84\x96 446/2021"));
    nt_run(PUB, "President Volodymyr Zelenskyy signed Decree \xe2\x84\x96 on awarding the title.");
    e = signing_of("Decree");
    NT_CHECK(e && !strcmp(e->document_title, "Decree"));
}

/* A quoted name after the document's number ("№", "No.", "Nos.") is its
 * title too: Decree № 64/2022 "On the imposition of martial law"; a
 * quotation after a comma is not. */
static void test_quoted_name_after_number(void **state)
{
    (void)state;
    nt_run(PUB, "President Volodymyr Zelenskyy signed Decree \xe2\x84\x96 64/2022 \"On the "
                "imposition of martial law in Ukraine\".");
    const nsv_event *e = signing_of("Decree");
    NT_CHECK(e && !strcmp(e->document_title, "Decree \xe2\x84\x96 64/2022 \"On the imposition of "
                                             "martial law in Ukraine\""));
    nt_run(PUB, "The President of Ukraine signed decree No. 160/2021 \"On the priority areas\".");
    e = signing_of("decree");
    NT_CHECK(e && !strcmp(e->document_title, "decree No. 160/2021 \"On the priority areas\""));
    nt_run(PUB, "The President of Ukraine signed decrees Nos. 160/2021 \"On the priority areas\".");
    e = signing_of("decrees");
    NT_CHECK(e && !strcmp(e->document_title, "decrees Nos. 160/2021 \"On the priority areas\""));
    nt_run(PUB, "President Volodymyr Zelenskyy signed Decree \xe2\x84\x96 64/2022, \"This is a "
                "necessary step,\" he said.");
    e = signing_of("Decree");
    NT_CHECK(e && !strcmp(e->document_title, "Decree \xe2\x84\x96 64/2022"));
}

/* "signed a Declaration on X and adopted a Statement on Y": a second verb
 * after "and" ends the title; a participle modifier after "and" ("and
 * combined exercises") does not. */
static void test_second_verb_ends_title(void **state)
{
    (void)state;
    nt_run(PUB,
           "The leaders signed a Declaration on the Fifth Anniversary of the SCO and adopted a "
           "Statement on International Information Security.");
    const nsv_event *e = signing_of("Declaration");
    NT_CHECK(e && !strcmp(e->document_title, "Declaration on the Fifth Anniversary of the SCO"));
    nt_run(PUB, "President Biden signed a Major Disaster Declaration for the state and launched a "
                "whole-of-government effort to support residents.");
    e = signing_of("Declaration");
    NT_CHECK(e && !strcmp(e->document_title, "Major Disaster Declaration for the state"));
    nt_run(PUB, "Defense Minister Sergey Shoigu and Tajik Defense Minister Sherali Mirzo signed a "
                "plan on border security and combined exercises of the two armies.");
    e = signing_of("plan");
    NT_CHECK(e && !strcmp(e->document_title,
                          "plan on border security and combined exercises of the two armies"));
}

/* "the signing of the agreement" after that agreement's signing is that
 * signing again; "the signing of such an agreement" names no signing of its
 * own; with no signing before, "the signing of the agreement" is one. */
static void test_signing_noun_points_back(void **state)
{
    (void)state;
    nt_run(PUB,
           "Defence Ministers Sergei Ivanov and Esen Topoyev signed an agreement on the status "
           "of a Russian air base in Kyrgyzstan. Mr Akayev said that the signing of the "
           "agreement was evidence of Russia's large role.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run(PUB, "Podolyak said a peace agreement could be signed soon. He said that after the "
                "signing of such an agreement, Russia will have no choice.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
    nt_run(PUB, "Mr Akayev said that the signing of the agreement was evidence of Russia's large "
                "role.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
}

/* "with the fibres division of <BASF Corp>", "with a unit of Lotus
 * Development Inc": the business a part of which signed is the other side;
 * a part of something no body names ("of the local plant") adds no one. */
static void test_with_part_of_business(void **state)
{
    (void)state;
    nt_run_source("r-1", "Reuters", PUB, NULL,
                  "ARNHEM, the Netherlands, April 1 - Enka BV said it has concluded a licence "
                  "agreement with the fibres division of <BASF Corp> of Delaware.");
    const nsv_event *e = signing_of("licence agreement");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Enka") && nt_has_party(e, "BASF"));
    nt_run_source("r-1", "Reuters", PUB, NULL,
                  "HONG KONG, March 18 - China Everbright Holdings Co Ltd said it signed an accord "
                  "with a unit of Lotus Development Inc to market software.");
    e = signing_of("accord");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Lotus"));
    nt_run_source("r-1", "Reuters", PUB, NULL,
                  "ARNHEM, the Netherlands, April 1 - Enka BV said it has concluded a licence "
                  "agreement with the fibres division of the local plant.");
    e = signing_of("licence agreement");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Enka"));
}

/* "with its affiliate Isuzu Motors Ltd", "with Indonesia's state oil
 * company Pertamina": the business named after its owner's possessive and
 * a firm noun signs, not the owner.  Hard negatives: with no name after the
 * firm noun ("Indonesia's state oil company") the country stays; "its
 * employees" is no business and adds no one. */
static void test_with_owned_business(void **state)
{
    (void)state;
    nt_run_source("r-1", "Reuters", PUB, NULL,
                  "JAKARTA, April 6 - Enim Oil Co Ltd signed a production sharing contract "
                  "with Indonesia's state oil company Pertamina to explore for oil.");
    const nsv_event *e = signing_of("production sharing contract");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Enim Oil") &&
             nt_has_party(e, "Pertamina") && !nt_has_party(e, "Indonesia"));
    nt_run_source("r-1", "Reuters", PUB, NULL,
                  "LONDON, April 24 - Bedford Trucks Ltd has signed a memorandum of understanding "
                  "with its affiliate Isuzu Motors Ltd to negotiate a van venture.");
    e = signing_of("memorandum of understanding");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Bedford") && nt_has_party(e, "Isuzu"));
    nt_run_source("r-1", "Reuters", PUB, NULL,
                  "JAKARTA, April 6 - Enim Oil Co Ltd signed a production sharing contract "
                  "with Indonesia's state oil company.");
    e = signing_of("production sharing contract");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Indonesia"));
    nt_run_source("r-1", "Reuters", PUB, NULL,
                  "CHICAGO, April 6 - Acme Corp signed a contract with its employees on Monday.");
    e = signing_of("contract");
    NT_CHECK(e && e->n_participants == 1 && nt_has_party(e, "Acme"));
}

/* "It said it signed the agreement with <Zenith Capital Inc>", "X, who
 * signed the accord for Mexico": the document signed in an earlier
 * sentence again, with the party after "with"/"for" added, not a second
 * record.  Hard negative: "Nigeria signed the agreement with Britain"
 * after a Nigeria-France agreement is another agreement. */
static void test_anaphoric_document_with_party(void **state)
{
    (void)state;
    nt_run_source("r-1", "Reuters", PUB, NULL,
                  "MIAMI, March 6 - Concorde Capital Ltd Inc said it has signed an agreement to "
                  "establish 40 yogurt shops in South Florida.\n    It said it signed the "
                  "agreement with <Zenith Capital Inc>, which received 3,890,000 shares.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = signing_of("agreement to establish");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Concorde") &&
             nt_has_party(e, "Zenith"));
    nt_run_source("r-1", "Reuters", PUB, NULL,
                  "MEXICO CITY, June 18 - Mexico signed a rescheduling accord covering 120 mln "
                  "dlrs in official debts to Britain.\n    Finance minister Gustavo Petricioli, "
                  "who signed the accord for Mexico, said the agreement reflects strong ties.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    nt_run_source("r-1", "Reuters", PUB, NULL,
                  "PARIS, March 27 - Nigeria and France have signed a bilateral agreement to "
                  "reschedule debt.\n    Nigeria signed the agreement with Britain on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
}

/* A body after a hyphen named from a country ("the Russian-Vietnamese
 * High-Level Working Group") is the two sides' body: the sides are the
 * parties, not the body cut at the hyphen.  Hard negative: "the
 * NATO-Russia Founding Act" still names NATO and Russia. */
static void test_hyphen_compound_body_sides(void **state)
{
    (void)state;
    nt_run(PUB, "Russia and Vietnam held talks in Moscow. The documents signed concern the work "
                "of the Russian-Vietnamese High-Level Working Group on priority investment "
                "projects.");
    const nsv_event *s = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(s != NULL && nt_has_party(s, "Russia") && nt_has_party(s, "Vietnam") &&
             !nt_has_party(s, "Working Group"));
    nt_run(PUB, "Russia and Vietnam held talks in Moscow. The documents signed concern the "
                "NATO-Russia Founding Act.");
    s = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(s != NULL && nt_has_party(s, "NATO") && nt_has_party(s, "Russia"));
    /* the country after the hyphen is a side though the item names it
     * nowhere else (as a demonym pair's are) */
    nt_run(PUB, "On Monday, officials signed the Protocol of the SCO-Afghanistan Contact Group in "
                "Moscow.");
    s = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(s != NULL && nt_has_party(s, "SCO") && nt_has_party(s, "Afghanistan") &&
             !nt_has_party(s, "Contact Group"));
    /* hard negative: no hyphen, the body is one party, its country none */
    nt_run(PUB, "On Monday, officials signed the Protocol of the Afghanistan Contact Group in "
                "Moscow.");
    s = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(s == NULL || !nt_has_party(s, "Afghanistan"));
}

/* "U.S. Customs and Border Protection" is one known body, not the United
 * States and a "Border Protection" fragment.  Hard negative: Mexico's
 * agency before "and" stays a party of its own. */
static void test_customs_and_border_protection(void **state)
{
    (void)state;
    nt_run(PUB, "Mexico's National Customs Agency and U.S. Customs and Border Protection signed a "
                "memorandum of understanding on cargo shipments.");
    const nsv_event *s = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(s != NULL && nt_has_party(s, "U.S. Customs and Border Protection") &&
             nt_has_party(s, "National Customs Agency") && !nt_has_party(s, "United States"));
}

/* "Victoria" is a state of Australia and a given name far more often than
 * the Seychelles' capital: no country stands behind it.  Hard negative: a
 * capital that is no one's name still signs for its country. */
static void test_victoria_is_no_capital(void **state)
{
    (void)state;
    nt_run(PUB, "China and Australia's Victoria state signed a joint venture contract for an "
                "aluminium plant in China.");
    const nsv_event *s = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(s != NULL && nt_has_party(s, "China") && nt_has_party(s, "Australia") &&
             !nt_has_party(s, "Seychelles"));
    nt_run(PUB, "Moscow and Beijing signed an agreement on gas supplies.");
    s = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(s != NULL && nt_has_party(s, "Russia") && nt_has_party(s, "China"));
}

/* "a pact signed last September", "said last Friday that China signed
 * loan agreements ... last year": an undated time right after the verb or
 * the document is the signing's own, so a day elsewhere in the sentence
 * does not date it; a day right after it still does. */
static void test_own_undated_time(void **state)
{
    (void)state;
    nt_run(PUB, "Washington plans to impose tariffs on Japanese goods on April 17 for Tokyo's "
                "failure to live up to a pact on microchip trade signed last September.");
    const nsv_event *e = signing_of("pact on microchip trade");
    NT_CHECK(e && e->date[0] == '\0');
    nt_run(PUB, "Vice minister Zhang Haoruo said last Friday that China signed foreign loan "
                "agreements for 6.94 billion dlrs last year.");
    e = signing_of("loan agreements");
    NT_CHECK(e && e->date[0] == '\0');
    nt_run(PUB, "Yugoslavia had signed bilateral refinancing agreements in March of that year "
                "for maturities arising from January 1, 1985.");
    e = signing_of("refinancing agreements");
    NT_CHECK(e && e->date[0] == '\0');
    /* hard negatives: the day right after the verb, "last night" */
    nt_run(PUB, "Washington plans to impose tariffs on Japanese goods on April 17 for Tokyo's "
                "failure to live up to a pact on microchip trade signed on December 5.");
    e = signing_of("pact on microchip trade");
    NT_CHECK(e && !strcmp(e->date, "2022-12-05"));
    nt_run(PUB, "Tanjug said the agreement with the European Community was signed last night in "
                "Brussels.");
    e = signing_of("agreement");
    NT_CHECK(e && !strcmp(e->date, "2022-12-08"));
}

/* Wire copy signs loans and credit facilities: "a 7.7 billion dlr loan,
 * which was signed today", "the 40 mln dlr facility".  After another
 * document and "and" such a noun is what that document sets up, no
 * document of its own. */
static void test_loans_and_facilities(void **state)
{
    (void)state;
    nt_run(PUB, "Bankers said Mexico's 7.7 billion dlr loan, which was signed today in New York, "
                "was the largest of the year.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("loan") && !strcmp(signing_of("loan")->date, PUB));
    nt_run(PUB, "At the signing of the 40 mln dlr facility, the central bank advisor said Barbados "
                "would use the capital markets.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    /* hard negative: the loan and facility an agreement sets up */
    nt_run(PUB, "Stone Container Corp said it signed a definitive agreement with a group of banks "
                "establishing a term loan and revolving credit facility.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(signing_of("definitive agreement") &&
             strstr(signing_of("definitive agreement")->document_title, "credit facility"));
    /* the list goes on after the facility */
    nt_run(PUB, "Stone Container Corp said it signed an agreement establishing a term loan and "
                "revolving credit facility, a memorandum on timber sales and a contract on pulp.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 3);
    NT_CHECK(signing_of("memorandum on timber sales") && signing_of("contract on pulp"));
}

/* A number word that counts a span inside the title ("a three-year accord",
 * "a two year deal") stays in the title; one that counts documents is
 * dropped. */
static void test_number_of_span_in_title(void **state)
{
    (void)state;
    nt_run(PUB, "Washington signed a three-year accord with Taipei on Monday.");
    NT_CHECK(signing_of("accord") &&
             !strcmp(signing_of("accord")->document_title, "three-year accord with Taipei"));
    nt_run(PUB, "The party signed a two year deal for Brighton to host the conference.");
    NT_CHECK(signing_of("deal") &&
             !strncmp(signing_of("deal")->document_title, "two year deal", 13));
    /* hard negatives: the count of documents, and of year-long ones */
    nt_run(PUB, "Ukraine and Poland signed the two agreements on Monday.");
    NT_CHECK(signing_of("agreements") &&
             !strcmp(signing_of("agreements")->document_title, "agreements"));
    nt_run(PUB, "Ukraine and Poland signed two year-long agreements on Monday.");
    NT_CHECK(signing_of("agreements") &&
             !strncmp(signing_of("agreements")->document_title, "year-long", 9));
}

/* A day in a clause about the document after it ("..., which takes effect
 * on July 1"), or its entry into force, is not the signing's; a relative
 * clause that marks the signing's anniversary looks back on it. */
static void test_clause_about_document_day(void **state)
{
    (void)state;
    nt_run(PUB, "Ukraine and Poland signed the agreement, which takes effect on January 1.");
    NT_CHECK(signing_of("agreement") && !strcmp(signing_of("agreement")->date, PUB));
    nt_run(PUB, "The law was signed by Governor DeSantis in April and went into effect on July 1, "
                "2022.");
    NT_CHECK(signing_of("law") && signing_of("law")->date[0] == '\0');
    nt_run(PUB,
           "Putin signed Federal Law No. 19 \"On Service,\" which was passed by the State Duma "
           "on November 30.");
    NT_CHECK(signing_of("Law") && !strcmp(signing_of("Law")->date, PUB));
    nt_run(PUB, "The leaders discussed the signing of the Agreement on Friendly Relations, which "
                "celebrates its 25th anniversary on December 14.");
    NT_CHECK(signing_of("Friendly") && signing_of("Friendly")->date[0] == '\0');
    /* hard negatives: the signing's own day after the clause's verb, and a
     * day before the clause */
    nt_run(PUB, "The treaty, which Ukraine and Poland negotiated, was signed on Wednesday.");
    NT_CHECK(signing_of("treaty") && !strcmp(signing_of("treaty")->date, "2022-12-07"));
    nt_run(PUB, "Ukraine and Poland signed the agreement on Wednesday, which was a holiday.");
    NT_CHECK(signing_of("agreement") && !strcmp(signing_of("agreement")->date, "2022-12-07"));
    /* hard negative: an anniversary outside such a clause is the occasion
     * of a signing of the day, no look back */
    nt_run(PUB, "Ukraine and Poland marked the anniversary by signing a joint declaration.");
    NT_CHECK(signing_of("declaration") && !strcmp(signing_of("declaration")->date, PUB));
}

/* "... submitted for ratification the Agreement between A and B on X.  The
 * Agreement was signed in Bishkek": a bare definite document of a passive,
 * with no signing before it, takes the parties of the document of its kind
 * the sentence before names with a between-phrase.  Hard negatives: no such
 * document before ("A law was signed"), one without its parties ("the
 * agreement on trade"), or two that name other parties stay participant-less. */
static void test_passive_antecedent_parties(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin submitted to the State Duma for ratification the Agreement "
                "between the Russian Federation and the Kyrgyz Republic on the Status of the "
                "Base and the Protocol between the Russian Federation and the Kyrgyz Republic "
                "on Military Cooperation. The Agreement and Protocol were signed in Bishkek on "
                "September 20, 2012.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Russian Federation") &&
             nt_has_party(e, "Kyrgyz Republic"));
    nt_run(PUB, "Vladimir Putin submitted an agreement between Russia and Tajikistan on a "
                "military base to the State Duma. The agreement was signed in Moscow.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Tajikistan"));
    /* hard negatives */
    nt_run(PUB, "The parliament debated the reform for months. A law was signed on Monday.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 0);
    nt_run(PUB, "Russia and Tajikistan discussed the agreement on trade. The agreement was "
                "signed in Moscow.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 0);
    nt_run(PUB, "He recalled the agreement between Russia and Tajikistan and the agreement "
                "between Russia and Armenia. The agreement was signed in Moscow.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 0);
}

/* "a complaint against the U.S.-Japanese agreement on chips.  ...  The
 * five-year accord signed in July 1986": a definite document with only
 * lower-case modifiers takes the parties of the document of its kind a
 * sentence shortly before names with a pair of names or a between-phrase,
 * passing a body's name that holds a document noun.  Hard negatives: a
 * nearer document of the kind without parties, or a modifier that names
 * its own party, keeps the signing participant-less. */
static void test_modified_definite_antecedent(void **state)
{
    (void)state;
    nt_run(PUB, "The Council deferred a ruling on a complaint against the U.S.-Japanese "
                "agreement on exports of semiconductors. A spokesman of the General Agreement "
                "on Tariffs and Trade told a briefing that talks would continue. The five-year "
                "accord signed in July 1986 aims to curb dumping.");
    const nsv_event *e = signing_of("five-year accord");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Japan"));
    nt_run(PUB, "Lawmakers debated the agreement between Russia and Tajikistan on a base. The "
                "new agreement was signed in Moscow.");
    e = signing_of("new agreement");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Tajikistan"));
    /* hard negatives */
    nt_run(PUB, "The Council weighed a complaint against the U.S.-Japanese agreement on "
                "semiconductors. It also discussed the agreement on textile quotas. The "
                "five-year accord signed in July 1986 aims to curb dumping.");
    e = signing_of("five-year accord");
    NT_CHECK(e && e->n_participants == 0);
    nt_run(PUB, "The Council weighed a complaint against the U.S.-Japanese agreement on "
                "semiconductors. The Paris Club accord signed in July 1986 covers debt.");
    e = signing_of("Paris Club accord");
    NT_CHECK(e && !nt_has_party(e, "Japan"));
}

/* A lone exclude particle ("up") inside a passive subject is a word of
 * the title, not a clause boundary: "a memorandum on cooperation in
 * setting up a system was signed" is a signing.  Hard negative: the
 * particle right after the verb still cancels it ("signed up"). */
static void test_particle_inside_passive_subject(void **state)
{
    (void)state;
    nt_run(PUB, "A memorandum between Russia and Kazakhstan on cooperation in setting up an "
                "emergency response system was signed in Astana.");
    const nsv_event *e = signing_of("setting up an emergency");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Kazakhstan"));
    nt_run(PUB, "An agreement on investments of up to $100 million by the two funds was signed.");
    NT_CHECK(signing_of("investments of up to") != NULL);
    /* hard negative */
    nt_run(PUB, "Thousands of volunteers were signed up for the programme on setting up a "
                "shelter.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* A passive subject whose title runs past 40 tokens is still read back
 * to its document noun.  Hard negative: a ";" still ends the reach, so a
 * document of an earlier clause is no subject of the verb. */
static void test_passive_subject_long_topic(void **state)
{
    (void)state;
    nt_run(PUB, "A memorandum between the Government of the Russian Federation and the "
                "Government of the Republic of Kazakhstan on cooperation in setting up an "
                "emergency response system with the use of the ERA-GLONASS system and possible "
                "development of additional transport navigation and information services on its "
                "basis was signed in Astana.");
    const nsv_event *e = signing_of("ERA-GLONASS");
    NT_CHECK(e && nt_has_party(e, "Kazakhstan"));
    /* hard negative */
    nt_run(PUB, "The ministers reviewed the agreement; the old terminal building with its long "
                "rows of shops, cafes and offices for the customs and border services of both "
                "countries, built in the early years of the last century by Italian engineers and "
                "rebuilt twice since then by local firms, was signed over to the city.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 0);
}

/* A named company or person "of" a country signs, not the country; a
 * body's country inside "between" is no party of its own. */
static void test_country_of_named_signatory(void **state)
{
    (void)state;
    nt_run(PUB, "Beijing Metals Corp and <Wrought Copper Ltd> of Chile signed a contract to "
                "build a copper tube plant.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Wrought Copper Ltd") &&
             nt_has_party(e, "Beijing Metals Corp") && !nt_has_party(e, "Chile"));
    nt_run(PUB, "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal signed "
                "an agreement on Macao.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Zhao Ziyang") &&
             nt_has_party(e, "Anibal Cavaco Silva"));
    nt_run(PUB, "A Memorandum of Understanding was signed between the Ministry of "
                "Infrastructure of Ukraine and Airbus.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Ministry of Infrastructure") &&
             nt_has_party(e, "Airbus") && !nt_has_party(e, "Ukraine"));
    /* hard negatives: the countries sign when no body or person is named
     * before "of" */
    nt_run(PUB, "The Foreign Ministers of Ukraine and Turkey signed a memorandum.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Ukraine") &&
             nt_has_party(e, "Turkey"));
    nt_run(PUB, "They marked the signing of the Agreement between the Government of Russia and "
                "the Government of the PRC on payments.");
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Government of Russia"));
}

/* Out of working memory while a signatory the mention finder does not know
 * is named ("between Transmashholding and Kazakh Railways", "the radio
 * company Voice of Russia", "with Scottish club Rangers"): the signing stage
 * fails with the out-of-memory code, never a signing that silently lost a
 * signatory.  As for the meetings' ", including" list
 * (test_group_including_members_out_of_memory), the stages themselves are
 * run under every arena cap up to the one the item fits in: each run whose
 * annotation and meetings fit either fails extract_signings with
 * NSV_ERR_NOMEM or keeps both signatories; both kinds of run occur. */
static int signing_draft_has_party(const doc *x, const ev_draft *e, const char *key)
{
    for (int i = 0; i < e->nents; i++)
        if (e->ents[i] >= 0 && x->ents[e->ents[i]].name && strstr(x->ents[e->ents[i]].name, key))
            return 1;
    return 0;
}

/* Names the signing's parties a and b (the two keys, given as arg)? */
static int signing_kept(const doc *x, const ev_list *list, const void *arg)
{
    const char *const *ab = arg;
    for (size_t k = 0; k < list->n; k++)
        if (list->v[k].ev.type == NSV_EV_SIGNING && !list->v[k].dropped)
            return signing_draft_has_party(x, &list->v[k], ab[0]) &&
                   signing_draft_has_party(x, &list->v[k], ab[1]);
    return 0;
}

/* Runs the signing stage on text under every arena cap up to the one it
 * fits in (nt_stage_out_of_memory: caps at which the mentions or the
 * meetings do not fit never reach it); the item's signing names parties a
 * and b. */
static void signing_parties_out_of_memory(const char *text, const char *a, const char *b)
{
    /* the item read with room to spare */
    nt_run(PUB, text);
    NT_CHECK(nt_count(NSV_EV_SIGNING, -1) == 1);
    const nsv_event *ok = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(nt_has_party(ok, a) && nt_has_party(ok, b));
    const char *ab[2] = {a, b};
    char what[256];
    snprintf(what, sizeof what, "the signing was read without %s and %s", a, b);
    nt_stage_out_of_memory(text, PUB, nt_resolve_meetings, nt_signings, signing_kept, ab, what);
}

static void test_between_unknown_body_out_of_memory(void **state)
{
    (void)state;
    /* a name no lexicon knows in the title (unknown_body) */
    signing_parties_out_of_memory(
        "An agreement between Transmashholding and Kazakh Railways was signed on Tuesday.",
        "Transmashholding", "Kazakh Railways");
    /* a body by its kind (body_of_kind) */
    signing_parties_out_of_memory("An agreement between the radio company Voice of Russia and "
                                  "Tarvex Holdings was signed on Tuesday.",
                                  "Voice of Russia", "Tarvex Holdings");
    /* a description before the name after an active verb's "with"
     * (party_after_with, described_body) */
    signing_parties_out_of_memory(
        "Norilsk Nickel signed a contract with Scottish club Rangers on Tuesday.", "Norilsk Nickel",
        "Rangers");
}

/* The same for a signatory copied from the text after the draft is made: a
 * company "it" stands for after "said" (pronoun_speaker, "Norilsk Nickel
 * said it"), the seller a contract's purpose names with its acronym
 * (trade_counterparty), and the countries of the two sides of the talks
 * before, whose look back needs the meetings' index (meet_index_ready).  A
 * meeting opens each item, so the list has room for the signing's draft. */
#define MEETING_FIRST "Norway held talks with Sweden. "

static void test_signatory_helpers_out_of_memory(void **state)
{
    (void)state;
    signing_parties_out_of_memory(MEETING_FIRST
                                  "Norilsk Nickel said it signed an agreement for Tarvex "
                                  "Holdings to recover the cost of its services.",
                                  "Norilsk Nickel", "Tarvex Holdings");
    signing_parties_out_of_memory(MEETING_FIRST
                                  "Air Deccan has signed a deal to acquire 36 planes from "
                                  "Avions de Transport Regional (ATR).",
                                  "Air Deccan", "Avions de Transport Regional");
    signing_parties_out_of_memory(
        "President Anna Berg of Norway held talks with President Jonas Lind of Sweden. The "
        "documents signed by the ministries of the two countries concern fisheries and customs.",
        "Norway", "Sweden");
}

/* The same for the debtor's creditors, a group the text does not name
 * ("Chile and its 400-plus international bank creditors started signing":
 * creditors_subject copies the group's words), and for the debtor's country
 * its officials' demonym names ("Peruvian officials and representatives of
 * about 90 creditor banks"). */
static void test_creditors_out_of_memory(void **state)
{
    (void)state;
    signing_parties_out_of_memory(MEETING_FIRST
                                  "Representatives of Chile and its 400-plus international bank "
                                  "creditors started signing agreements to reschedule the "
                                  "country's debt.",
                                  "Chile", "bank creditors");
    signing_parties_out_of_memory(MEETING_FIRST
                                  "Peruvian officials and representatives of about 90 creditor "
                                  "banks began to sign agreements for new loans.",
                                  "Peru", "creditor banks");
}

/* "applauded the conclusion of a second Master Ship Repair Agreement, with
 * the most recent agreement signed by A and B": one document, one signing,
 * the signatories' record taking the name.  A named document signed after
 * it, or one of another kind, stays its own. */
static void test_conclusion_signed_after(void **state)
{
    (void)state;
    nt_run(PUB, "The leaders applauded the conclusion of a second Master Ship Repair Agreement, "
                "with the most recent agreement signed by the U.S. Navy and Mazgaon Dock "
                "Shipbuilders, Ltd., in August 2022.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e && nt_has_party(e, "U.S. Navy") && e->document_title &&
             strstr(e->document_title, "Master Ship Repair Agreement"));
    /* hard negatives: a named document, a document of another kind */
    nt_run(PUB, "The leaders applauded the conclusion of a second Master Ship Repair Agreement, "
                "and welcomed the Agreement on Port Security signed by the U.S. Navy and "
                "Mazgaon Dock Shipbuilders, Ltd., in August 2022.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
    nt_run(PUB, "The leaders applauded the conclusion of a second Master Ship Repair Agreement, "
                "with the most recent memorandum signed by the U.S. Navy and Mazgaon Dock "
                "Shipbuilders, Ltd., in August 2022.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_active),
        cmocka_unit_test(test_country_of_named_signatory),
        cmocka_unit_test(test_day_of_a_dated_noun),
        cmocka_unit_test(test_passive_without_signatories),
        cmocka_unit_test(test_lists),
        cmocka_unit_test(test_adjectival_and_relative),
        cmocka_unit_test(test_hard_negatives),
        cmocka_unit_test(test_batches_and_topic_lists),
        cmocka_unit_test(test_batch_items),
        cmocka_unit_test(test_adjectival_batch_items),
        cmocka_unit_test(test_gerund_before_document),
        cmocka_unit_test(test_class_of_documents),
        cmocka_unit_test(test_venue_is_no_signatory),
        cmocka_unit_test(test_signatories_from_context),
        cmocka_unit_test(test_gerund),
        cmocka_unit_test(test_repeats_merge),
        cmocka_unit_test(test_restated_lead_signing),
        cmocka_unit_test(test_itemised_plural_batch),
        cmocka_unit_test(test_aggregates),
        cmocka_unit_test(test_sides_of_talks),
        cmocka_unit_test(test_unknown_bodies_between),
        cmocka_unit_test(test_peoples_republic_between),
        cmocka_unit_test(test_described_body_between),
        cmocka_unit_test(test_body_fields_between),
        cmocka_unit_test(test_reporting_signatory),
        cmocka_unit_test(test_transcript_turns),
        cmocka_unit_test(test_transcript_first_person_today),
        cmocka_unit_test(test_two_sided_talks_sign),
        cmocka_unit_test(test_glued_transcript_turns),
        cmocka_unit_test(test_pair_named_background),
        cmocka_unit_test(test_passive_by_office_holder),
        cmocka_unit_test(test_pending_passive),
        cmocka_unit_test(test_headline_bills),
        cmocka_unit_test(test_progressive_signing),
        cmocka_unit_test(test_title_edges),
        cmocka_unit_test(test_coordinated_with_article),
        cmocka_unit_test(test_anaphoric_agents),
        cmocka_unit_test(test_appositive),
        cmocka_unit_test(test_unnamed_office_holder),
        cmocka_unit_test(test_bills_signed_into_law),
        cmocka_unit_test(test_open_groups),
        cmocka_unit_test(test_long_titles),
        cmocka_unit_test(test_summit_attendees),
        cmocka_unit_test(test_later_signatory),
        cmocka_unit_test(test_outlet_office_holder),
        cmocka_unit_test(test_lone_word_speaker),
        cmocka_unit_test(test_chained_it),
        cmocka_unit_test(test_base_form),
        cmocka_unit_test(test_plural_reporting_subject),
        cmocka_unit_test(test_semicolon_items),
        cmocka_unit_test(test_meeting_with_not_counterpart),
        cmocka_unit_test(test_object_relative_coordinated),
        cmocka_unit_test(test_object_relative_hyphen),
        cmocka_unit_test(test_supplemental),
        cmocka_unit_test(test_gerund_topic_list),
        cmocka_unit_test(test_more_items),
        cmocka_unit_test(test_definite_batch_items),
        cmocka_unit_test(test_country_body_counterpart),
        cmocka_unit_test(test_trade_counterparty),
        cmocka_unit_test(test_bodies_of_two_countries),
        cmocka_unit_test(test_between_described_groups),
        cmocka_unit_test(test_parenthetical_before_object),
        cmocka_unit_test(test_amount_before_document),
        cmocka_unit_test(test_coordinated_modifiers),
        cmocka_unit_test(test_inverted_passive),
        cmocka_unit_test(test_second_between_pair),
        cmocka_unit_test(test_described_bodies_between),
        cmocka_unit_test(test_reduced_relative_after_phrase),
        cmocka_unit_test(test_passive_by_after_adverbial),
        cmocka_unit_test(test_company_name_said_it),
        cmocka_unit_test(test_unknown_with_counterparty),
        cmocka_unit_test(test_long_title_reduced_relative),
        cmocka_unit_test(test_date_after_relative_verb),
        cmocka_unit_test(test_adverb_before_active_verb),
        cmocka_unit_test(test_into_law_after_title),
        cmocka_unit_test(test_unknown_company_subject),
        cmocka_unit_test(test_signing_today_of),
        cmocka_unit_test(test_possessive_signing_noun),
        cmocka_unit_test(test_title_dates_in_lists),
        cmocka_unit_test(test_concluded_that_clause),
        cmocka_unit_test(test_background_time_ends_title),
        cmocka_unit_test(test_passive_by_body_possessive),
        cmocka_unit_test(test_headline_law_and_also_decree),
        cmocka_unit_test(test_unknown_subject_after_said),
        cmocka_unit_test(test_law_of_office_holder),
        cmocka_unit_test(test_quantified_agent_and_pair_appositive),
        cmocka_unit_test(test_the_signed_document_points_back),
        cmocka_unit_test(test_first_person_object_relative),
        cmocka_unit_test(test_signing_by_agents_of),
        cmocka_unit_test(test_by_signing_means),
        cmocka_unit_test(test_itemised_batch),
        cmocka_unit_test(test_marked_counterparty),
        cmocka_unit_test(test_paris_club),
        cmocka_unit_test(test_compound_description_counterparty),
        cmocka_unit_test(test_reduced_relative_with),
        cmocka_unit_test(test_long_passive_subject),
        cmocka_unit_test(test_pending_signing),
        cmocka_unit_test(test_marked_coordinated_parties),
        cmocka_unit_test(test_list_of_instructions),
        cmocka_unit_test(test_title_case_name_with_of),
        cmocka_unit_test(test_being_passive),
        cmocka_unit_test(test_bare_plural_class),
        cmocka_unit_test(test_first_person_record),
        cmocka_unit_test(test_signing_noun_subject_planned),
        cmocka_unit_test(test_past_signed_later_day_is_no_plan),
        cmocka_unit_test(test_coordinated_over_parenthesis),
        cmocka_unit_test(test_signing_looked_back_on),
        cmocka_unit_test(test_batch_signatories),
        cmocka_unit_test(test_lead_pair_signatories),
        cmocka_unit_test(test_numbered_title),
        cmocka_unit_test(test_passive_subject_list),
        cmocka_unit_test(test_praised_signing),
        cmocka_unit_test(test_hailed_conclusion),
        cmocka_unit_test(test_gerund_after_signatory),
        cmocka_unit_test(test_past_year_ends_title),
        cmocka_unit_test(test_years_ago_today),
        cmocka_unit_test(test_yearless_day_years_ago),
        cmocka_unit_test(test_day_before_since),
        cmocka_unit_test(test_title_with_preposition_or_date),
        cmocka_unit_test(test_particle_inside_title),
        cmocka_unit_test(test_lead_sums_up_detail),
        cmocka_unit_test(test_pair_subject),
        cmocka_unit_test(test_signed_the_document_again),
        cmocka_unit_test(test_fronted_phrase_not_cosignatory),
        cmocka_unit_test(test_with_counterparty_clause_body),
        cmocka_unit_test(test_parallel_topics),
        cmocka_unit_test(test_parallel_gerund_objects),
        cmocka_unit_test(test_repeated_on_topics),
        cmocka_unit_test(test_similar_to_one_signed_between),
        cmocka_unit_test(test_purpose_doer),
        cmocka_unit_test(test_creditors_start_signing),
        cmocka_unit_test(test_was_proud_to_sign),
        cmocka_unit_test(test_with_counterparty_shared),
        cmocka_unit_test(test_decree_of_office_holder),
        cmocka_unit_test(test_ratified_agreement_signed),
        cmocka_unit_test(test_present_form),
        cmocka_unit_test(test_traded_company),
        cmocka_unit_test(test_traded_unit_owner_and_long_stock),
        cmocka_unit_test(test_with_party_in_document),
        cmocka_unit_test(test_other_side_of_last),
        cmocka_unit_test(test_object_relative_other_side),
        cmocka_unit_test(test_entered_a_contract),
        cmocka_unit_test(test_titled_conjunct),
        cmocka_unit_test(test_looked_back_signing),
        cmocka_unit_test(test_span_of_term_gives_no_day),
        cmocka_unit_test(test_own_first_day_gives_no_day),
        cmocka_unit_test(test_compound_and_range_titles),
        cmocka_unit_test(test_title_open_bracket),
        cmocka_unit_test(test_with_inside_decree_title),
        cmocka_unit_test(test_numero_sign_in_title),
        cmocka_unit_test(test_quoted_name_after_number),
        cmocka_unit_test(test_second_verb_ends_title),
        cmocka_unit_test(test_signing_noun_points_back),
        cmocka_unit_test(test_with_part_of_business),
        cmocka_unit_test(test_hyphen_compound_body_sides),
        cmocka_unit_test(test_customs_and_border_protection),
        cmocka_unit_test(test_victoria_is_no_capital),
        cmocka_unit_test(test_own_undated_time),
        cmocka_unit_test(test_loans_and_facilities),
        cmocka_unit_test(test_number_of_span_in_title),
        cmocka_unit_test(test_clause_about_document_day),
        cmocka_unit_test(test_with_owned_business),
        cmocka_unit_test(test_anaphoric_document_with_party),
        cmocka_unit_test(test_passive_antecedent_parties),
        cmocka_unit_test(test_modified_definite_antecedent),
        cmocka_unit_test(test_particle_inside_passive_subject),
        cmocka_unit_test(test_passive_subject_long_topic),
        cmocka_unit_test(test_modifier_comma_in_title),
        cmocka_unit_test(test_witnesses_sign_nothing),
        cmocka_unit_test(test_expected_signing),
        cmocka_unit_test(test_day_word_before_object),
        cmocka_unit_test(test_financing_package),
        cmocka_unit_test(test_passive_trade_agent),
        cmocka_unit_test(test_second_verb_object),
        cmocka_unit_test(test_they_after_unit_subject),
        cmocka_unit_test(test_motion_petition_application),
        cmocka_unit_test(test_between_the_two_countries),
        cmocka_unit_test(test_hyphen_demonyms_before_document),
        cmocka_unit_test(test_between_unknown_body_out_of_memory),
        cmocka_unit_test(test_signatory_helpers_out_of_memory),
        cmocka_unit_test(test_creditors_out_of_memory),
        cmocka_unit_test(test_conclusion_signed_after),
        cmocka_unit_test(test_praised_noun_signatories),
    };
    return cmocka_run_group_tests(tests, nt_setup, nt_teardown);
}
