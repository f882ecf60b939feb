/* test_meetings.c - the meeting rules: verbs, talks with, phone calls,
 * separate counterparts, hyphenated pairs, sideline talks apart from the
 * summit, one event for a meeting mentioned twice, the place from "in X" but
 * not from a topic; and the hard negatives (postponed, planned, "meet
 * demand", "received weapons", "talks to reporters"). */
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
#define PUTIN "Russian President Vladimir Putin"
#define ERDOGAN "Turkish President Recep Tayyip Erdoğan"
#define KREMLIN "President of Russia (en.kremlin.ru)"

/* The only meeting of `text` (any modality), with both parties. */
static const nsv_event *one_meeting(const char *text, const char *a, const char *b)
{
    nt_run(PUB, text);
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, a));
    NT_CHECK(nt_has_party(e, b));
    return e;
}

static void no_actual_meeting(const char *text)
{
    nt_run(PUB, text);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* 'have held "constructive, professional and friendly" talks with X': a
 * quoted run of modifiers before the noun leaves its subject and its modal
 * in place. */
/* "the agreements reached at the Russia-Turkey summit held in Moscow on
 * March 5": after "at" a hyphened pair of countries before a meeting noun
 * is the pair's summit, a past meeting with its day and place, as after
 * "during"; recalled in passing, it leaves "they" to the call reported
 * before it.  Hard negatives: a bare "the results of the talks", "ahead of
 * the talks", "will hold talks", "several telephone conversations", and a
 * pair that is no meeting's ("at the U.S.-Mexico border"). */
/* "minister without portfolio Egon Padovan": the title of three words
 * before a name, as "Minister" is. */
static void test_minister_without_portfolio(void **state)
{
    (void)state;
    nt_run(PUB, "Foreign Trade Minister Michel Noir held talks with Yugoslavian minister\nwithout "
                "portfolio Egon Padovan.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Padovan");
    NT_CHECK(e != NULL && nt_has_party(e, "Noir"));
    /* hard negative: with no name after it, the title names no one */
    nt_run(PUB, "Foreign Trade Minister Michel Noir held talks with the minister without "
                "portfolio.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Portfolio") == NULL &&
             nt_with_party(NSV_EV_MEETING, "Padovan") == NULL);
}

static void test_pair_summit_after_at(void **state)
{
    (void)state;
    nt_run("2020-03-12", "The two leaders discussed the implementation of the agreements reached "
                         "at the Russia-Turkey summit meeting held in Moscow on March 5.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Russia") && nt_has_party(e, "Turkey"));
    NT_CHECK(!strcmp(e->date, "2020-03-05"));
    /* "they" after it speaks for the call's two leaders, not the pair */
    nt_run("2020-03-12", "Vladimir Putin had a telephone conversation with President of Turkey "
                         "Recep Tayyip Erdogan. The two leaders discussed the agreements reached "
                         "at the Russia-Turkey summit meeting held in Moscow on March 5. They "
                         "noted with satisfaction a de-escalation of tensions in Idlib.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *st = nt_nth(NSV_EV_STATEMENT, 0);
    NT_CHECK(st && nt_name_has(st->speaker.name, "Putin") &&
             nt_name_has(st->speaker.name, "Erdogan"));
    /* hard negatives */
    no_actual_meeting("They discussed the results of the talks.");
    no_actual_meeting("Oil prices rose ahead of the talks.");
    no_actual_meeting("Russia and Turkey will hold talks at the Russia-Turkey summit next week.");
    no_actual_meeting("He said there had been several telephone conversations.");
    no_actual_meeting("Trade at the U.S.-Mexico border rose in March.");
}

static void test_quoted_modifiers_before_talks(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting("Deutsche Boerse bosses have held \"constructive, professional "
                    "and friendly\" talks with the London Stock Exchange.",
                    "Deutsche Boerse", "London Stock Exchange");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    /* the modal before the quoted run still rules the talks */
    no_actual_meeting("Deutsche Boerse could hold \"urgent\" talks with the London Stock "
                      "Exchange.");
    /* hard negative: a quoted clause (a pronoun, an auxiliary) is no modifier run */
    no_actual_meeting("Deutsche Boerse said it \"will never accept\" talks with the London "
                      "Stock Exchange.");
}

/* "X, 79, who has been in the UK to attend the G7 meeting in London, said":
 * a journey made to attend a group's meeting places X there (a past "been
 * in" or "went to" before the purpose infinitive), over an age between
 * commas and with a singular meeting noun; an invitation, a refusal or a
 * journey still to come is no meeting held. */
static void test_journey_to_attend_group_meeting(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Dr Alan Greenspan, 79, who has been in the UK to attend the "
                                     "G7 meeting in London, said the world owed a debt to Smith.",
                                     "G7", "Greenspan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "London"));
    e = one_meeting(PUTIN " went to Turkey to attend the G20 summit.", "G20", "Putin");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    /* hard negatives: a journey to come, an invitation, a refusal */
    no_actual_meeting(PUTIN " will travel to Turkey to attend the G20 summit.");
    no_actual_meeting(PUTIN " was invited to attend the G20 summit.");
    no_actual_meeting("Italy declined to attend the G7 meeting in Paris.");
}

/* "efforts of these countries in the framework of the Normandy format
 * talks": a plural talks noun after a setting phrase is a process of talks,
 * no occasion anyone is placed at; "during his participation in the G20
 * meeting" places him at the meeting. */
static void test_setting_phrase_own_cue(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        PUTIN " stated this during his participation in the G20 meeting.", "G20", "Putin");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    nt_run(PUB, "President Anna Berg thanked Germany and France for the consistent efforts of "
                "these countries in the framework of the Normandy format talks.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "Ukraine is negotiating with a number of countries and with the United
 * Nations": the named counterpart after the unnamed group, in its own
 * "with", is a party of the talks; an unnamed one after it is none. */
static void test_unnamed_group_and_with_named(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        "Ukraine is negotiating with a number of countries and with the United Nations.", "Ukraine",
        "United Nations");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    nt_run(PUB, "Ukraine is negotiating with a number of countries and with experts.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->n_participants == 1);
}

static void test_cues(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(PUTIN " met with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(e->n_participants == 2);
    NT_CHECK(e->format == NSV_FORMAT_IN_PERSON);
    e = one_meeting(PUTIN " held talks with " ERDOGAN " in Sochi on Friday.", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Sochi"));
    NT_CHECK(e->location_country && !strcmp(e->location_country, "Russia"));
    NT_CHECK(!strcmp(e->date, "2022-12-09"));
    e = one_meeting(PUTIN " had a telephone conversation with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(e->format == NSV_FORMAT_PHONE);
}

/* A transcript turn is direct speech: meetings a speaker mentions there are
 * no events of their own; the narration before the transcript still is. */
/* "A and B gave these views at closed-door talks with C": the list that
 * opens the sentence is the subject of talks after its verb, so both held
 * them (only the nearer one was kept). */
static void test_noun_with_listed_subject(void **state)
{
    (void)state;
    nt_run(PUB, "Treasury Secretary Anna Berg and Fed chairman Jonas Lind gave these views at "
                "closed-door talks yesterday with Speaker Tom Reyes.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Reyes");
    NT_CHECK(e && nt_has_party(e, "Berg") && nt_has_party(e, "Lind"));
    /* hard negative: a list inside a phrase is no subject of the talks */
    nt_run(PUB, "Officials said the plan drew on the work of Anna Berg and Jonas Lind at "
                "closed-door talks yesterday with Speaker Tom Reyes.");
    e = nt_with_party(NSV_EV_MEETING, "Reyes");
    NT_CHECK(e && !nt_has_party(e, "Berg"));
}

/* "held talks with Syrian leaders": the state whose demonym stands right
 * before a state's group head takes part beside the named side. */
static void test_demonym_group_state(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held talks with Syrian officials on Monday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Syria"));
    /* hard negatives: a sector's people, or a people's leaders, are no
     * state's side */
    nt_run(PUB, "President Anna Berg met with German business leaders on Monday.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Germany"));
    nt_run(PUB, "President Anna Berg met with Cuban American leaders on Monday.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "United States") && !nt_has_party(e, "U.S."));
}

static void test_transcript_turn_meetings(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg met with Vice Premier Jonas Lind.\n\nAnna Berg: Good "
                "afternoon. You have already met with Finance Minister Erik Holm.\n\nVice "
                "Premier Jonas Lind: I also had a meeting with Mr Dahl and Mr Strand.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Berg") && nt_has_party(e, "Lind"));
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Holm") && !nt_with_party(NSV_EV_MEETING, "Strand"));
    /* hard negative: a heading with a colon opens no transcript */
    nt_run(PUB, "FACT SHEET: New Steps on Energy\n\nPresident Anna Berg met with Vice Premier "
                "Jonas Lind. Later Finance Minister Erik Holm held talks with Mr Dahl.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* A host's greeting to a venue that is also a body ("Welcome to the
 * Kremlin") places the lead meeting when no city does; a greeting to a city
 * that another "here in" doubts places nothing. */
static void test_greeting_venue(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin met with Vice Premier Jonas Lind.\n\nVladimir Putin: Mr Lind, "
                "colleagues,\n\nWelcome to the Kremlin.\n\nJonas Lind: Thank you.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Kremlin"));
    /* hard negative: a city greeting doubted by another city is no venue */
    nt_run(PUB, "Vladimir Putin met with Vice Premier Jonas Lind.\n\nVladimir Putin: We met "
                "here in Moscow last month.\n\nJonas Lind: Thank you for the warm welcome in "
                "Sochi.");
    e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && !e->location_name);
}

/* "Talks between A and B, who came to Russia on a state visit, took place at
 * the Kremlin": the guest's relative clause is stepped over to the talks'
 * own "took place"; without one, the visit still places them. */
static void test_relative_clause_before_took_place(void **state)
{
    (void)state;
    nt_run(PUB, "Talks between Vladimir Putin and President of China Lin Wei, who came to Russia "
                "on a state visit, took place at the Kremlin.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Lin Wei");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Kremlin"));
    /* hard negative: no held phrase after the clause, the visit's country */
    nt_run(PUB, "Vladimir Putin held talks with President of China Lin Wei, who came to Russia "
                "on a state visit, and they discussed trade in the Kremlin.");
    e = nt_with_party(NSV_EV_MEETING, "Lin Wei");
    NT_CHECK(e && (!e->location_name || strcmp(e->location_name, "Kremlin")));
}

/* "the situation in the Balkans", "the crisis in Gaza": a place phrase after
 * a state-of-affairs noun is the topic's, not the meeting's; the meeting's
 * own place still counts. */
static void test_place_of_topic_noun(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin met with President of Serbia Boris Tadic. The main theme of "
                "Russian-Serbian talks was the situation in the Balkans.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Tadic");
    NT_CHECK(e && !e->location_name);
    nt_run(PUB, "The President discussed the situation in Vietnam with Prime Minister Dmitry "
                "Medvedev.");
    e = nt_with_party(NSV_EV_MEETING, "Medvedev");
    NT_CHECK(!e || !e->location_name);
    /* hard negative: the meeting's own place before the topic */
    nt_run(PUB, "Vladimir Putin met with President of Serbia Boris Tadic in Belgrade to discuss "
                "the situation in Kosovo.");
    e = nt_with_party(NSV_EV_MEETING, "Tadic");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Belgrade"));
}

/* "met with X to discuss voting rights in Ohio": a purpose clause's place
 * is its topic's; the meeting's own place before it, or a venue after a
 * noun's "to" ("access to capital at the White House"), still counts. */
static void test_place_in_purpose_clause(void **state)
{
    (void)state;
    nt_run(PUB, "President Tom Reyes met today with Governor Ann Holt to discuss voting rights in "
                "Ohio.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !e->location_name);
    /* hard negatives */
    nt_run(PUB, "President Tom Reyes met today with Governor Ann Holt in Chicago to discuss voting "
                "rights in Ohio.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Chicago"));
    nt_run(PUB, "Secretary Ann Holt and Governor Tom Reyes convened a roundtable on access to "
                "capital at the White House.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "White House"));
}

/* "the leaders of Russia, Azerbaijan and Armenia in Sochi": a list of
 * countries' commas end no clause when the place follows the list; a place
 * in a purpose clause after the list is a topic. */
static void test_place_after_country_list(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin recalled the trilateral meeting of the leaders of Russia, "
                "Azerbaijan and Armenia in Sochi on November 26.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Azerbaijan");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Sochi"));
    /* hard negative: "in order to ... in Europe" names no venue */
    nt_run(PUB, "Anna Berg held talks with the leaders of Ukraine, Germany and Turkey in order to "
                "address security challenges in Europe.");
    e = nt_with_party(NSV_EV_MEETING, "Germany");
    NT_CHECK(e && !e->location_name);
}

/* "met with President X of Mexico, in San Francisco": a place set off by a
 * comma right after the guest's name is the meeting's; a comma phrase that
 * is no place ("in a sign of ...") still ends the clause. */
static void test_place_after_comma(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg met today with Prime Minister Jonas Lind of Japan, in San "
                "Francisco, California.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "San Francisco"));
    nt_run(PUB, "The meeting, in the Ukraine National Palace, was attended by President Jonas "
                "Lind and President Anna Berg.");
    e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Ukraine National Palace"));
    /* hard negative */
    nt_run(PUB, "President Anna Berg met today with Prime Minister Jonas Lind, in a sign of "
                "warming ties after the crisis in Geneva.");
    e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && !e->location_name);
}

/* "Meeting with Prime Minister Ishida" in the headline and "met with Prime
 * Minister Ishida Kento of Japan" in the body: a one-word name that opens
 * the other (a surname written first) is the same person, one meeting. */
static void test_surname_first_repeat(void **state)
{
    (void)state;
    nt_run_item("t-1", PUB, "President Berg's Meeting with Prime Minister Ishida",
                "President Anna Berg met today with Prime Minister Ishida Kento of Japan in "
                "Tokyo.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->n_participants == 2);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Tokyo"));
    /* hard negative: a name that only begins like the other is someone else */
    nt_run_item("t-1", PUB, "President Berg's Meeting with Prime Minister Ishida",
                "President Anna Berg met today with President Ishidaro Kento of Japan in Tokyo.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* "The event was attended by A", "It was attended by A": the people join
 * the meeting the sentence before reported; not a celebration, nor the
 * first of two meetings that day with the same host. */
static void test_event_attended_by_joins_meeting_before(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held a meeting to discuss the reconstruction plan. The "
                "event was attended by Prime Minister Erik Holm and Finance Minister Lars Dahl.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Berg") && nt_has_party(e, "Holm") && nt_has_party(e, "Dahl"));
    /* two meetings of one host that day: the later one is meant */
    nt_run(PUB, "President Anna Berg met with Prime Minister Taro Ishida. Later, President Anna "
                "Berg chaired a meeting on the economy. It was attended by Finance Minister Lars "
                "Dahl.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *w = nt_with_party(NSV_EV_MEETING, "Dahl");
    NT_CHECK(w && !nt_has_party(w, "Ishida"));
    /* hard negative: a celebration is no meeting to join */
    no_actual_meeting("President Anna Berg attended the celebrations of the football association's "
                      "anniversary. The event was also attended by Football Union President "
                      "Erik Holm.");
    /* hard negative: the meeting is not in the sentence just before */
    nt_run(PUB, "President Anna Berg held a meeting on the plan. She then visited a school. The "
                "event was attended by Prime Minister Erik Holm.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Holm"));
}

/* A headline's guest at the end of a long title in the lead ("with
 * Secretary General of the Organisation of the Petroleum Exporting
 * Countries (OPEC) X"): the lead's meeting is the headline's, one event
 * with the person; talks with someone else in the lead stay their own. */
static void test_lead_title_chain_is_headline_guest(void **state)
{
    (void)state;
    nt_run_source("t-1", KREMLIN, PUB, "Meeting with OPEC Secretary General Mohammad Barkindo",
                  "Vladimir Putin had a meeting with Secretary General of the Organisation of the "
                  "Petroleum Exporting Countries (OPEC) Mohammad Sanusi Barkindo.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Putin") && nt_has_party(e, "Barkindo"));
    NT_CHECK(e->n_participants == 2);
    /* hard negative: the lead's talks are with another person */
    nt_run_source("t-1", KREMLIN, PUB, "Meeting with President of Uzbekistan Islam Karimov",
                  "Vladimir Putin, who had talks with US President George Bush, met with Islam "
                  "Karimov.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Bush") && nt_with_party(NSV_EV_MEETING, "Karimov"));
    NT_CHECK(!nt_has_party(nt_with_party(NSV_EV_MEETING, "Bush"), "Karimov"));
}

/* A headline's short name that opens the body's full one ("Khalid bin
 * Salman", "Khalid bin Salman bin Abdulaziz Al-Saud") is one person: one
 * meeting; names that only share their first words are two people. */
static void test_name_opening_full_name_is_one_guest(void **state)
{
    (void)state;
    nt_run_item("t-1", PUB, "Advisor Jake Sullivan's Meeting with Vice Minister Omar bin Rashid",
                "National Security Advisor Jake Sullivan met today in Washington with Vice "
                "Minister of Defense Omar bin Rashid Al Hadi.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Sullivan"));
    /* hard negative: two guests whose names share only a first part */
    nt_run_item("t-1", PUB, "Advisor Jake Sullivan's Meeting with Vice Minister Omar bin Rashid",
                "National Security Advisor Jake Sullivan met today with Vice Minister of Defense "
                "Omar bin Rashid. Later, Jake Sullivan met with Finance Minister Omar bin Saeed.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* A headline's name the body writes another way is one person: the
 * surname alone inside the full name ("Kadhimi" / "Mustafa Al-Kadhimi"),
 * or the first and last names around a middle one ("Dilma Rousseff" /
 * "Dilma Vana Rousseff Linhares"); one meeting.  Two people of the item
 * who share the surname stay two, and so do names that differ. */
static void test_name_spelled_apart_is_one_guest(void **state)
{
    (void)state;
    nt_run_item("t-1", PUB, "President Anna Berg's Meeting with Prime Minister Kadhimi",
                "President Anna Berg met today with Prime Minister Mustafa Al-Kadhimi.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Berg"));
    nt_run_item("t-1", PUB, "President Anna Berg's Call with President Dilma Rousseff",
                "President Anna Berg spoke today with President Dilma Vana Rousseff Linhares.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negative: the surname is two people's, the body meets the other */
    nt_run_item("t-1", PUB, "President Anna Berg's Meeting with Minister Kadhimi",
                "President Anna Berg met today with Governor Omar Al-Kadhimi. Minister Ali "
                "Kadhimi said the talks were useful.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* hard negative: a call, then an in-person meeting days later */
    nt_run_item("t-1", PUB, "President Anna Berg's Call with Prime Minister Kadhimi",
                "President Anna Berg spoke today by phone with Prime Minister Mustafa "
                "Al-Kadhimi. President Anna Berg later met with Prime Minister Mustafa "
                "Al-Kadhimi in Baghdad on December 12.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* hard negative: a first name alone is no match for another surname */
    nt_run_item("t-1", PUB, "President Anna Berg's Meeting with Prime Minister Dilma Rousseff",
                "President Anna Berg met today with Prime Minister Dilma Vana Linhares.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* One day's meeting told in a city and again at a venue the tables do not
 * place ("Vienna", "the Hofburg Palace") is one meeting; talks there told
 * as the past, or on another day, or in another known city, are another. */
static void test_venue_in_city_is_one_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg met with President Jonas Lind in Vienna on Monday. Anna "
                "Berg and Jonas Lind held talks at the Hofburg Palace on Monday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Vienna"));
    /* hard negatives: earlier talks, another day, another city */
    nt_run(PUB, "President Anna Berg met with President Jonas Lind in Vienna on Monday. Anna "
                "Berg and Jonas Lind had earlier held talks at the Hofburg Palace in 2019.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    nt_run(PUB, "President Anna Berg met with President Jonas Lind in Vienna on Monday. Anna "
                "Berg and Jonas Lind held talks at the Hofburg Palace on Sunday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    nt_run(PUB, "President Anna Berg met with President Jonas Lind in Moscow on Monday. Anna "
                "Berg and Jonas Lind held talks in Sochi on Monday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* A headline's guest read under a wrong name ("the Prime Minister of
 * Iraq's Kurdistan Regional Government (KRG) X" gives a person
 * "Kurdistan") is the body's guest of the same office and country: one
 * meeting, under the body's name.  A body guest of another office is
 * another meeting. */
static void test_misread_title_guest_is_body_guest(void **state)
{
    (void)state;
    const char *title = "Readout of President Anna Berg's Meeting with the Prime Minister of "
                        "Iraq's Kurdistan Regional Government (KRG) Jonas Lind";
    nt_run_item("t-1", PUB, title,
                "President Anna Berg met with Prime Minister Jonas Lind of Iraq's Kurdistan "
                "Regional Government (KRG) today at the White House.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Jonas Lind"));
    /* hard negative: the body's guest holds another office */
    nt_run_item("t-1", PUB, title,
                "President Anna Berg met with Foreign Minister Omar Hadi of Iraq today at the "
                "White House.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* "The meeting of President X with President Y" (with their countries)
 * and "talks with Y in Kyiv" are one meeting: a record of people and
 * countries, no named group, is no summit that side talks stand apart
 * from.  Two of a summit's leaders holding talks stay apart from it. */
/* "I discussed it with President Anna Berg. I spoke today with the
 * President of Indonesia": an office of a country the item names there for
 * the first time is a new counterpart, not a holder of no known country met
 * before.  Hard negatives: a bare "the President" still links back; a
 * holder named with that country ("Indonesian President"), or one named
 * after the country came up, is the one met. */
static void test_office_of_new_country_is_new_counterpart(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    nt_run_source("t-1", ukr, PUB, NULL,
                  "I discussed the details of this proposal with President Anna Berg today. I "
                  "spoke today with the President of Indonesia.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Indonesia");
    NT_CHECK(e && !nt_has_party(e, "Berg"));
    /* hard negative: no "of X", the one named before */
    nt_run_source("t-1", ukr, PUB, NULL,
                  "I discussed the details of this proposal with President Anna Berg today. I "
                  "spoke again today with the President.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Berg") != NULL);
    /* hard negative: Indonesia's president named before */
    nt_run_source("t-1", ukr, PUB, NULL,
                  "I discussed the details of this proposal with Indonesian President Anna Berg "
                  "today. I spoke today with the President of Indonesia.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Berg") != NULL);
    /* hard negative: the country came up before the holder was named */
    nt_run_source("t-1", ukr, PUB, NULL,
                  "Indonesia is a partner. I discussed the details of this proposal with "
                  "President Anna Berg today. I spoke today with the President of Indonesia.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Berg") != NULL);
}

static void test_people_meeting_over_its_countries(void **state)
{
    (void)state;
    nt_run_source("t-1", "President of Ukraine (president.gov.ua)", PUB,
                  "Following the meeting of the Presidents of Ukraine and France in Kyiv, "
                  "documents were signed",
                  "Following the meeting of President of Ukraine Anna Berg with President of the "
                  "French Republic Jonas Lind, documents were signed.\n\nDuring a meeting with "
                  "media representatives following talks with Jonas Lind in Kyiv, Anna Berg noted "
                  "that the projects matter.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negative: side talks of two of a summit's leaders */
    nt_run_source("t-1", "President of Ukraine (president.gov.ua)", PUB, NULL,
                  "President of Ukraine Anna Berg, President of France Jonas Lind and President of "
                  "Poland Omar Hadi held a summit in Kyiv on Monday.\n\nAnna Berg and Jonas Lind "
                  "held talks in Kyiv on Monday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* "Following the meeting, X met with Y", "X also met with Y": fewer of a
 * group meeting's people meeting again, told as another meeting, are a
 * meeting of their own; the same people named again with no such word, or
 * the talks going on in another format, are the group meeting. */
static void test_meeting_after_the_meeting_is_another(void **state)
{
    (void)state;
    nt_run_source("t-1", "The White House (whitehouse.gov)", PUB, NULL,
                  "President Anna Berg met today with Prime Minister Jonas Lind, Foreign Minister "
                  "Omar Hadi and Governor Ali Demir at the White House.\n\nFollowing the meeting, "
                  "President Anna Berg met with Governor Ali Demir.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    nt_run(PUB, "President Anna Berg met today with Prime Minister Jonas Lind and Foreign "
                "Minister Omar Hadi in Riga. President Anna Berg also met with Prime Minister "
                "Jonas Lind.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* hard negatives: named again, or the talks' next format */
    nt_run(PUB, "President Anna Berg met today with Prime Minister Jonas Lind and Foreign "
                "Minister Omar Hadi in Riga. President Anna Berg met with Prime Minister Jonas "
                "Lind to discuss trade.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "President Anna Berg met today with Prime Minister Jonas Lind and Foreign "
                "Minister Omar Hadi in Riga. Following the talks, consultations were held with "
                "Prime Minister Jonas Lind and President Anna Berg.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* Two people of one surname: "President Biden" is the one who holds that
 * office, not First Lady Jill Biden, who was named last; "First Lady
 * Biden" stays hers. */
static void test_surname_office_picks_its_holder(void **state)
{
    (void)state;
    nt_run(PUB, "President Joseph R. Biden will travel to Kenya, joined by First Lady Jill Biden. "
                "President Biden will meet British Prime Minister Boris Johnson on June 10.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Johnson");
    NT_CHECK(e && nt_has_party(e, "Joseph") && !nt_has_party(e, "Jill"));
    /* hard negative: her own office picks her */
    nt_run(PUB, "President Joseph R. Biden will travel to Kenya, joined by First Lady Jill Biden. "
                "First Lady Biden will meet Kenyan First Lady Rachel Ruto on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Ruto");
    NT_CHECK(e && nt_has_party(e, "Jill") && !nt_has_party(e, "Joseph"));
}

/* A first name from the census lists makes "the designer Christian
 * Lacroix" a person, a talks party; bodies opening with such a name
 * ("Christian Aid", "Abraham Accords") stay no people. */
static void test_census_given_name_is_party(void **state)
{
    (void)state;
    nt_run(PUB, "The Falic Group said it had bought the fashion house. The firm had also held "
                "talks with the designer Christian Lacroix, it said.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Lacroix") != NULL);
    /* hard negatives */
    nt_run(PUB, "Christian Aid said the rules would hurt poor countries.");
    const nsv_event *s = nt_said_by("Aid");
    NT_CHECK(s && !strcmp(s->speaker.name, "Christian Aid"));
    nt_run(PUB, "Nasser bin Hamad Al Khalifa met Tahnoun bin Zayed Al Nahyan. They welcomed "
                "progress under the Abraham Accords, Tahnoun bin Zayed said.");
    NT_CHECK(nt_said_by("Accords") == NULL);
}

/* A headline's meeting and the lead sentence's one-party meeting with an
 * unnamed group are one meeting; a separate meeting later in the body with
 * the same host and an unnamed group stays its own (two on one day). */
static void test_lead_stub_is_title_meeting(void **state)
{
    (void)state;
    nt_run_item("t-1", PUB, "Vice President Anna Berg's Meeting with Youth Council",
                "Today, Vice President Anna Berg convened a roundtable with young leaders in "
                "Orangeburg. The leaders discussed voting rights.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Berg") && nt_has_party(e, "Youth Council"));
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Orangeburg"));
    /* hard negative: no headline meeting, and a second meeting that day */
    nt_run_item("t-1", PUB, "Graduates of the Personnel Programme",
                "President Anna Berg met with the first graduates of the programme. The "
                "President also held a separate meeting with those graduates who were appointed "
                "governors. The meeting was also attended by Chief of Staff Erik Holm.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Holm"));
    /* hard negative: the headline's meeting is not the lead's */
    nt_run_item("t-1", PUB, "President Berg's Meeting with Prime Minister Ishida",
                "Later, President Anna Berg met with Prime Minister Taro Ishida. Earlier in the "
                "day, President Anna Berg met with students.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* A headline's meeting placed by the lead sentence: "with Taoiseach X of
 * Ireland at the White House" gives the place after the guest's country;
 * a possessive country ("of Ireland's party in the Dail") names whose, and
 * a place further on after another verb is a topic. */
static void test_lead_place_after_guest_country(void **state)
{
    (void)state;
    const char *title = "President Berg's Meeting with Taoiseach Lind";
    nt_run_item("t-1", PUB, title,
                "President Anna Berg held a bilateral meeting ahead of a St. Patrick's Day "
                "celebration with Taoiseach Jonas Lind of Ireland at the White House. The "
                "leaders reaffirmed their ties.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "White House"));
    /* hard negatives */
    nt_run_item("t-1", PUB, title,
                "President Anna Berg held a bilateral meeting ahead of a St. Patrick's Day "
                "celebration with Taoiseach Jonas Lind of Ireland's Fianna Fail party in the "
                "Dail. The leaders reaffirmed their ties.");
    e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && !e->location_name);
    nt_run_item("t-1", PUB, title,
                "President Anna Berg held a bilateral meeting ahead of a St. Patrick's Day "
                "celebration with Taoiseach Jonas Lind of Ireland and discussed investment in "
                "Dublin. The leaders reaffirmed their ties.");
    e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && !e->location_name);
}

/* "the talks held in Moscow the day before yesterday" dates the talks two
 * days back; "In follow up to talks held in Moscow the day before, X had a
 * telephone conversation": the count back dates the other talks, not the
 * call; "the day before the summit" counts from the summit. */
static void test_day_before(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting(PUTIN " held talks with " ERDOGAN " in Moscow the day before yesterday.",
                    "Putin", "Erdoğan");
    NT_CHECK(!strcmp(e->date, "2022-12-07"));
    e = one_meeting("The results of the talks between " PUTIN " and " ERDOGAN
                    " held in Istanbul the day before were discussed.",
                    "Putin", "Erdoğan");
    NT_CHECK(!strcmp(e->date, "2022-12-08"));
    /* hard negatives */
    nt_run(PUB, "In follow up to talks held in Moscow the day before, Vladimir Putin had a "
                "telephone conversation with President of Turkey Recep Tayyip Erdogan.");
    e = nt_with_party(NSV_EV_MEETING, "Erdogan");
    NT_CHECK(e && !strcmp(e->date, "2022-12-09"));
    nt_run(PUB, PUTIN " met with " ERDOGAN " on the day before the summit.");
    e = nt_with_party(NSV_EV_MEETING, "Erdoğan");
    NT_CHECK(e && !strcmp(e->date, "2022-12-09"));
}

/* "scheduled for December 15", "to be held on June 23": a coming day set
 * after a noun dates that noun's event; the cue's own (its complement
 * between) makes it a plan on the coming day, another noun's (after "to
 * discuss", "said that", "in preparation for the summit") leaves the cue's
 * meeting undated by it. */
static void test_coming_day_of_another_event(void **state)
{
    (void)state;
    nt_run(PUB, "After a meeting with Croatian Prime Minister Andrej Plenkovic in Kyiv, Volodymyr "
                "Zelenskyy said that he would comment on the talks after his phone conversation "
                "with Joseph Biden scheduled for December 15.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Zelenskyy");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && !strcmp(e->date, "2022-12-09"));
    e = one_meeting(PUTIN " held a meeting with " ERDOGAN
                          " to discuss the launch of the gas hub scheduled for December 20.",
                    "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL && !strcmp(e->date, "2022-12-09"));
    e = one_meeting(PUTIN " held talks with " ERDOGAN
                          " on the eve of the summit to be held on December 15.",
                    "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL && !strcmp(e->date, "2022-12-09"));
    e = one_meeting(PUTIN " met with " ERDOGAN " in preparation for the summit on December 15.",
                    "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL && !strcmp(e->date, "2022-12-09"));
    /* the cue's own: a plan, its yearless day the coming one */
    nt_run("2022-05-31",
           "Talks between " PUTIN " and " ERDOGAN " to be held on June 23 were prepared.");
    e = nt_with_party(NSV_EV_MEETING, "Erdoğan");
    NT_CHECK(e && e->modality == NSV_MOD_PLANNED && !strcmp(e->date, "2022-06-23"));
    /* hard negatives: plans stay plans */
    nt_run("2022-05-31", PUTIN " will meet " ERDOGAN " on June 23.");
    e = nt_with_party(NSV_EV_MEETING, "Erdoğan");
    NT_CHECK(e && e->modality == NSV_MOD_PLANNED && !strcmp(e->date, "2022-06-23"));
    nt_run("2022-12-07", PUTIN " said his talks with " ERDOGAN " scheduled for Friday would be "
                               "difficult.");
    e = nt_with_party(NSV_EV_MEETING, "Erdoğan");
    NT_CHECK(e && e->modality == NSV_MOD_PLANNED && !strcmp(e->date, "2022-12-09"));
}

/* "the September 11, 2001 terrorist attacks": a day between "the" and a
 * lower-case word dates the event that phrase names, not the meeting; the
 * meeting's own ("the November 15 virtual meeting between") or a day
 * before it in the clause still dates it. */
static void test_day_of_a_dated_noun(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(PUTIN " spoke by video conference with " ERDOGAN
                                           " on the anniversary of the September 11, 2001 "
                                           "terrorist attacks.",
                                     "Putin", "Erdoğan");
    NT_CHECK(strcmp(e->date, "2001-09-11") != 0);
    /* hard negatives: the cue heads the phrase; a day before it */
    e = one_meeting("The November 15, 2021 virtual meeting between " PUTIN " and " ERDOGAN
                    " was useful.",
                    "Putin", "Erdoğan");
    NT_CHECK(!strcmp(e->date, "2021-11-15"));
    e = one_meeting("On December 7, " PUTIN " met with " ERDOGAN
                    " to follow up on the November 15 phone call.",
                    "Putin", "Erdoğan");
    NT_CHECK(!strcmp(e->date, "2022-12-07"));
}

/* "Ahead of the runoff election on August 20, X met today": an opening
 * planned-word phrase's day is its own noun's, not the meeting's after
 * its comma. */
static void test_opening_coming_day_is_its_noun(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting("Ahead of the presidential runoff election on December 20, " PUTIN
                    " met today with " ERDOGAN ".",
                    "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL && !strcmp(e->date, "2022-12-09"));
    nt_run("2022-01-25", "On the eve of the Holocaust Remembrance Day, January 27, " PUTIN
                         " met with " ERDOGAN ".");
    e = nt_with_party(NSV_EV_MEETING, "Erdoğan");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && !strcmp(e->date, "2022-01-25"));
    /* hard negatives: the meeting's own day after the opening, a plan's */
    e = one_meeting("Ahead of the summit, " PUTIN " met " ERDOGAN " on December 8.", "Putin",
                    "Erdoğan");
    NT_CHECK(!strcmp(e->date, "2022-12-08"));
    e = one_meeting("Ahead of the summit on December 12, " PUTIN " will meet " ERDOGAN
                    " on December 11.",
                    "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_PLANNED && !strcmp(e->date, "2022-12-11"));
}

/* "Today's meeting in Philadelphia follows ...", "The meeting in the
 * Kremlin was attended by ...": opening its sentence, a meeting noun with
 * its place right after it places the meeting reported before; a past one
 * ("Last year's meeting in X") is another meeting. */
static void test_opening_noun_places_back(void **state)
{
    (void)state;
    const char *lead = "Today, Vice President Anna Berg convened more than 30 state legislators "
                       "who are fighting to protect reproductive rights. ";
    char buf[512];
    snprintf(buf, sizeof buf,
             "%sToday's meeting in Philadelphia, Pennsylvania follows "
             "engagements with health care providers.",
             lead);
    nt_run(PUB, buf);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Philadelphia"));
    nt_run(PUB, "Russian President Vladimir Putin met with the leaders of the space industry. "
                "He said financing was a serious problem. The President also congratulated "
                "the audience on Cosmonautics Day. The meeting in the Kremlin was attended by "
                "cosmonaut Sergei Krikalyov.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Kremlin"));
    /* hard negative */
    snprintf(buf, sizeof buf, "%sLast year's meeting in Philadelphia, Pennsylvania was useful.",
             lead);
    nt_run(PUB, buf);
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !e->location_name);
}

/* "UNICEF Representative in Ukraine Murat Sahin", "the US Embassy in
 * Ukraine": a country after a capitalised word that is no one's name ends a
 * title or a body's name; it does not place the meeting.  After a name or
 * the guest's own country it still does. */
static void test_country_in_a_name_is_no_place(void **state)
{
    (void)state;
    nt_run(PUB, "First Lady Anna Berg met with UNICEF Representative in Ukraine Murat Sahin.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Sahin");
    NT_CHECK(e && !e->location_name);
    nt_run(PUB, "President Anna Berg met with representatives of the US Embassy in Ukraine.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !e->location_name);
    /* hard negatives */
    nt_run(PUB, "President Anna Berg met with Chancellor Olaf Scholz in Germany.");
    e = nt_with_party(NSV_EV_MEETING, "Scholz");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Germany"));
    nt_run(PUB, "President Anna Berg met with Prime Minister Justin Trudeau of Canada in Mexico.");
    e = nt_with_party(NSV_EV_MEETING, "Trudeau");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Mexico"));
}

/* "the Donors' Conference in Support of Ukraine in Warsaw": a capitalised
 * word the gazetteer does not know, followed by "of", is a phrase of the
 * name, not a town; the place is the next one. */
static void test_name_phrase_before_of_is_no_town(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg spoke at the High-Level International Donors' Conference "
                "in Support of Ukraine in Warsaw.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Warsaw"));
    /* hard negative: an unknown town stays a town */
    nt_run(PUB, "President Anna Berg met with Prime Minister Jonas Lind in Wilmington, Delaware.");
    e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Wilmington"));
}

/* "met today with President A of Latvia, President B of Lithuania, and
 * Prime Minister C of Estonia in Munich": a listed guest's own country ends
 * the name, so the list goes on and the place after it is the meeting's; a
 * comma after a country that no guest's "of" holds still ends the clause. */
static void test_place_after_guests_with_countries(void **state)
{
    (void)state;
    nt_run(PUB, "Vice President Anna Berg met today with President Egils Levits of Latvia, "
                "President Gitanas Nauseda of Lithuania, and Prime Minister Kaja Kallas of "
                "Estonia in Munich, Germany.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Kallas");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Munich"));
    /* hard negative */
    nt_run(PUB, "Vice President Anna Berg met today with President Egils Levits to discuss "
                "Latvia, and later spoke about the crisis in Geneva.");
    e = nt_with_party(NSV_EV_MEETING, "Levits");
    NT_CHECK(e && !e->location_name);
}

/* "Today in Jerusalem, X met with Y", "Yesterday, in Chicago, X convened":
 * the opening place after the day places the event, as "In Moscow, X met"
 * does; a place in a later clause ("Today, X met Y, and they discussed the
 * crisis in Geneva") does not. */
static void test_opening_place_after_day(void **state)
{
    (void)state;
    nt_run(PUB, "Today in Jerusalem, National Security Advisor Anna Berg met with Prime Minister "
                "Jonas Lind.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Jerusalem"));
    nt_run(PUB, "Yesterday, in Chicago, Illinois, Vice President Anna Berg met with Governor "
                "Jonas Lind.");
    e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Chicago"));
    /* hard negative */
    nt_run(PUB, "Today, National Security Advisor Anna Berg met with Prime Minister Jonas Lind, "
                "and they discussed the crisis in Geneva.");
    e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && !e->location_name);
}

/* "held talks with X, who is in Russia on a state visit": the guest's
 * visit places the talks in the country, unless the speakers say which city
 * they are in ("welcome here in Moscow"); "who is in Russia for the first
 * time" is no visit phrase. */
static void test_guest_in_country_on_visit(void **state)
{
    (void)state;
    const char *talks = PUTIN " held talks with King Salman bin Abdulaziz Al Saud of Saudi "
                              "Arabia, who is in Russia ";
    char buf[512];
    snprintf(buf, sizeof buf, "%son a state visit.", talks);
    nt_run(PUB, buf);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Salman");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Russia"));
    snprintf(buf, sizeof buf,
             "%son a state visit. President of Russia Vladimir Putin: Your Majesty, welcome "
             "here in Moscow.",
             talks);
    nt_run(PUB, buf);
    e = nt_with_party(NSV_EV_MEETING, "Salman");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Moscow"));
    /* hard negative */
    snprintf(buf, sizeof buf, "%sfor the first time since 2006.", talks);
    nt_run(PUB, buf);
    e = nt_with_party(NSV_EV_MEETING, "Salman");
    NT_CHECK(e && !e->location_name);
}

/* "in Mexico City", "in Kuwait City": a capital named after its country is
 * the place, not the country its first word names; "in Mexico" stays the
 * country. */
static void test_capital_named_after_country(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg met today with President Jonas Lind in Mexico City to "
                "strengthen ties.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Mexico City"));
    /* hard negative */
    nt_run(PUB, "President Anna Berg met today with President Jonas Lind in Mexico to "
                "strengthen ties.");
    e = nt_with_party(NSV_EV_MEETING, "Lind");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Mexico"));
}

/* "at the US Institute of Peace": a country that a capitalised word
 * follows names a body, not the place; "in the United States Tuesday" is
 * still the country. */
static void test_country_before_body_word(void **state)
{
    (void)state;
    nt_run(PUB, "Andriy Yermak met with Vice President for Security William Taylor at the US "
                "Institute of Peace.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Taylor");
    NT_CHECK(e && !e->location_name);
    /* hard negative */
    nt_run(PUB, "Andriy Yermak met with Senator William Taylor in the United States Tuesday.");
    e = nt_with_party(NSV_EV_MEETING, "Taylor");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "United States"));
}

static void test_separate_counterparts(void **state)
{
    (void)state;
    nt_run(PUB, "Foreign Minister Sergey Lavrov held meetings with Indian Foreign Minister "
                "Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *a = nt_with_party(NSV_EV_MEETING, "Jaishankar");
    const nsv_event *b = nt_with_party(NSV_EV_MEETING, "Wang Yi");
    NT_CHECK(a && b && a != b);
    NT_CHECK(nt_has_party(a, "Lavrov") && !nt_has_party(a, "Wang Yi"));
    NT_CHECK(nt_has_party(b, "Lavrov") && !nt_has_party(b, "Jaishankar"));
    NT_CHECK(strcmp(a->event_id, b->event_id) != 0);
    /* "met with A and B" is one meeting */
    nt_run(PUB, "Foreign Minister Sergey Lavrov met with Indian Foreign Minister Subrahmanyam "
                "Jaishankar and Chinese Foreign Minister Wang Yi.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 3);
}

/* "held bilateral and regional consultations with A, B and C", "separate
 * bilateral talks with": a phrases.tsv each_talks word before plural talks
 * makes one meeting per counterpart; plain "talks with A and B", or
 * "consultations between A and B", stay one. */
static void test_each_talks_modifier(void **state)
{
    (void)state;
    nt_run(PUB, "Jon Finer conducted bilateral and regional consultations with Ambassador Paul "
                "Misra, Foreign Secretary Vinay Kwatra and Minister Tom Reed.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 3);
    const nsv_event *a = nt_with_party(NSV_EV_MEETING, "Misra");
    const nsv_event *b = nt_with_party(NSV_EV_MEETING, "Kwatra");
    NT_CHECK(a && b && a != b);
    NT_CHECK(nt_has_party(a, "Finer") && !nt_has_party(a, "Kwatra"));
    NT_CHECK(nt_has_party(b, "Finer") && !nt_has_party(b, "Reed"));
    nt_run(PUB, "Vladimir Putin also held separate bilateral talks with the presidents of Iran "
                "and Turkey.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    a = nt_with_party(NSV_EV_MEETING, "Iran");
    NT_CHECK(a && nt_has_party(a, "Putin") && !nt_has_party(a, "Turkey"));
    /* hard negatives: talks with a list, consultations between two sides */
    nt_run(PUB, "Vladimir Putin held talks with President Recep Erdogan and President Ebrahim "
                "Raisi.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 3);
    nt_run(PUB, "Bilateral consultations between Russia and Turkey were held in Moscow.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 2);
}

/* "X met with the host, President Y, and also held bilateral meetings with
 * officials from A, B and C": after "and" the meetings are held by the
 * person who opens the sentence (coordinated_subject), one per country the
 * bilateral talks list.  Hard negative: "a meeting" with the same officials
 * is one meeting of them all. */
static void test_coordinated_subject_bilateral_meetings(void **state)
{
    (void)state;
    nt_run(PUB, "Anna Berg met with the conference host, President Erik Holm, and also held "
                "bilateral meetings with officials from Uzbekistan, Tajikistan and Kazakhstan.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Tajikistan");
    NT_CHECK(e && nt_has_party(e, "Berg") && !nt_has_party(e, "Kazakhstan") &&
             !nt_has_party(e, "Uzbekistan"));
    /* hard negative: one meeting */
    nt_run(PUB, "Anna Berg met with the conference host, President Erik Holm, and also held a "
                "meeting with officials from Uzbekistan, Tajikistan and Kazakhstan.");
    e = nt_with_party(NSV_EV_MEETING, "Tajikistan");
    NT_CHECK(e && nt_has_party(e, "Berg") && nt_has_party(e, "Kazakhstan") &&
             nt_has_party(e, "Uzbekistan"));
}

/* One meeting read twice from the same words is one event: "X met with
 * the heads of delegations at the 14th meeting of ..." gives no one-party
 * stub beside the meeting it names, and "bilateral meetings with the Crown
 * Prince, Sheikh Tahnoon, and Mr. Doval" no second record of the same two
 * parties.  Hard negatives: a one-party meeting told in another sentence
 * ("also met with"), separate counterparts of one cue, the same pair on
 * another day, a sideline meeting at a summit, a past meeting elsewhere. */
static void test_same_words_one_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin met with the heads of delegations at the 14th meeting of heads of "
                "Commonwealth of Independent States member countries' security and intelligence "
                "agencies.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Putin"));
    nt_run(PUB, "National Security Advisor Jake Sullivan met with Saudi Prime Minister and Crown "
                "Prince Mohammed bin Salman, UAE National Security Advisor Sheikh Tahnoon bin "
                "Zayed Al Nahyan, and National Security Advisor of India Ajit Doval on May 7. "
                "Mr. Sullivan also held bilateral meetings with the Crown Prince, Sheikh Tahnoon, "
                "and Mr. Doval to discuss bilateral matters.");
    size_t pairs = 0;
    for (size_t k = 0; k < nt_actual(NSV_EV_MEETING); k++) {
        const nsv_event *e = nt_nth(NSV_EV_MEETING, k);
        pairs +=
            e->n_participants == 2 && nt_has_party(e, "Sullivan") && nt_has_party(e, "Tahnoon");
    }
    NT_CHECK(pairs == 1);
    /* hard negatives */
    nt_run(PUB, "Vladimir Putin met with Prime Minister Mikhail Mishustin on Friday. Vladimir "
                "Putin also met with the heads of delegations.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    nt_run(PUB, "Governor Lisa Marsh held meetings with Mayor Ann Holt and Senator Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    nt_run(PUB, "Vladimir Putin met with Kassym-Jomart Tokayev in Moscow on December 5. Vladimir "
                "Putin met with Kassym-Jomart Tokayev again in Astana on December 8.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    nt_run(PUB, PUTIN " met with " ERDOGAN " on the sidelines of the SCO summit in Samarkand.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    nt_run(PUB, PUTIN " met with " ERDOGAN " in Sochi on Friday. The leaders recalled their "
                      "meeting in Ankara in April 2018.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* "X convened a conversation with CEOs.  The White House hosted the
 * roundtable ...": a later record whose cue points back at a meeting ("the
 * roundtable", "in the meeting") is the convening told just before it.
 * Hard negatives: the same words on another day, and "the session of"
 * a named body, a gathering of its own. */
static void test_back_reference_to_convening(void **state)
{
    (void)state;
    const char *lead = "Today, Jack Markell, Secretary of State Antony Blinken and the White "
                       "House convened a conversation with CEOs from 28 companies. ";
    char text[512];
    snprintf(text, sizeof text, "%s%s", lead,
             "The White House hosted the roundtable along with Welcome.US, a new hub.");
    nt_run(PUB, text);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Blinken"));
    /* hard negatives */
    snprintf(text, sizeof text, "%s%s", lead,
             "On December 5, the White House hosted the roundtable along with Welcome.US.");
    nt_run(PUB, text);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    snprintf(text, sizeof text, "%s%s", lead,
             "The White House also hosted the session of the Competition Council.");
    nt_run(PUB, text);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* "met separately with A and B" signals separate talks (meeting_cues.tsv
 * each); "met with A and B" is one meeting. */
static void test_met_separately_each(void **state)
{
    (void)state;
    nt_run(PUB, "Jake Sullivan met separately with Prime Minister Jonas Store and Foreign "
                "Minister Anniken Huitfeldt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *a = nt_with_party(NSV_EV_MEETING, "Store");
    NT_CHECK(a && nt_has_party(a, "Sullivan") && !nt_has_party(a, "Huitfeldt"));
    /* hard negative */
    nt_run(PUB, "Jake Sullivan met with Prime Minister Jonas Store and Foreign Minister Anniken "
                "Huitfeldt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 3);
}

/* "guarantors of the Astana process ... held talks with the presidents of
 * Iran and Turkey": a capital between "the" and a common noun names the
 * thing (the Astana process, the London market), not its country as the
 * subject of the talks; a capital that hosts, or a country's own office,
 * still does. */
static void test_capital_modifier_no_party(void **state)
{
    (void)state;
    nt_run(PUB, "The guarantors of the Astana process held talks with the presidents of Iran "
                "and Turkey.");
    for (size_t k = 0; k < nt_actual(NSV_EV_MEETING); k++)
        NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, k), "Kazakhstan"));
    nt_run(PUB, "Euronext held talks with the London market last week over a possible offer.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "United Kingdom"));
    /* hard negatives: the country's own office is a party; a country that
     * takes the article ("the Republic of Korea") is no capital */
    nt_run(PUB, "Kazakhstan's President Kassym-Jomart Tokayev held talks with the President of "
                "Turkey Recep Tayyip Erdogan in Ankara.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Tokayev"));
    nt_run(PUB, "Andriy Yermak met with the parliamentary delegation of the Republic of Korea "
                "headed by Lee Jun-seok.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Korea") != NULL);
    /* hard negative: a capital that hosts is a place, the talks kept */
    nt_run(PUB, "Astana hosted talks between the delegations of Russia and Turkey on Monday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Turkey"));
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->location_name &&
             !strcmp(nt_nth(NSV_EV_MEETING, 0)->location_name, "Astana"));
}

/* "held meetings with A and B for in-depth discussions": the list a meeting
 * cue's "with" heads is its counterparts, not two sides meeting each other;
 * the purpose noun makes no A-B meeting.  "A and B for talks" after a
 * plain "with" is no such list. */
static void test_with_list_no_subject(void **state)
{
    (void)state;
    nt_run(PUB, "Jon Finer held meetings with National Security Advisor Ajit Doval and Foreign "
                "Secretary Vinay Kwatra for in-depth discussions on the region.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    for (size_t k = 0; k < 2; k++)
        NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, k), "Finer"));
    nt_run(PUB, "Jon Finer met with Foreign Secretary Vinay Kwatra and Ajit Doval for talks on "
                "the region.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Finer"));
    /* hard negative: "A and B met for talks" keeps its meeting */
    nt_run(PUB, "Foreign Secretary Vinay Kwatra and Ajit Doval met for talks on the region.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 2);
}

/* "spoke with A, with B", "met with A and with B": a "with" before each
 * counterpart makes separate talks; one "with" before a list is one. */
static void test_each_with(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh spoke today with Mayor Ann Holt, with Senator Paul Brandt "
                "and with Senator Tom Reed.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 3);
    const nsv_event *a = nt_with_party(NSV_EV_MEETING, "Holt");
    const nsv_event *b = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(a && b && a != b);
    NT_CHECK(nt_has_party(a, "Marsh") && !nt_has_party(a, "Brandt"));
    NT_CHECK(nt_has_party(b, "Marsh") && !nt_has_party(b, "Reed"));
    /* hard negative: one "with" before the list */
    nt_run(PUB, "Governor Lisa Marsh spoke today with Mayor Ann Holt, Senator Paul Brandt and "
                "Senator Tom Reed.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 4);
}

/* "met with A and with B" (the cue holds the first "with"), "met A and,
 * separately, B": separate talks, one meeting per counterpart. */
static void test_met_with_and_with(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt and with Senator Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *a = nt_with_party(NSV_EV_MEETING, "Holt");
    const nsv_event *b = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(a && b && a != b);
    NT_CHECK(nt_has_party(a, "Marsh") && nt_has_party(b, "Marsh"));
    nt_run(PUB, "Governor Lisa Marsh met Mayor Ann Holt and, separately, Senator Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    a = nt_with_party(NSV_EV_MEETING, "Holt");
    b = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(a && b && a != b);
    nt_run(PUB, "Governor Lisa Marsh held talks with Mayor Ann Holt and, separately, with Senator "
                "Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* "with both" after the first counterpart: that one's talks stay */
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt and with both Senator Paul Brandt "
                "and Senator Tom Reed.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    a = nt_with_party(NSV_EV_MEETING, "Holt");
    b = nt_with_party(NSV_EV_MEETING, "Reed");
    NT_CHECK(a && b && a != b && nt_has_party(b, "Brandt") && !nt_has_party(a, "Brandt"));
    /* hard negatives: one list; a "with" inside a body's name */
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt and Senator Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 3);
    nt_run(PUB, "Governor Lisa Marsh met with the Chairman of the Friendship Group with Ukraine "
                "Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "Labour and Social Protection Minister X": the field of a joined
 * office ("Labour Minister" is an office) is no body of its own. */
static void test_office_field_no_party(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin met with Labour and Social Protection Minister Anton Kotyakov.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Kotyakov") && !nt_has_party(e, "Labour"));
    NT_CHECK(e->n_participants == 2);
    /* hard negative: "Congress Secretary" is no office, so Congress is a party */
    nt_run(PUB, "Governor Lisa Marsh met with Congress and Transportation Secretary Pete "
                "Buttigieg.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Congress") && nt_has_party(e, "Buttigieg"));
}

/* A preview's title meeting that its lead announces as coming ("will
 * meet virtually with") is the planned one; a call's title stays actual. */
static void test_title_meeting_of_planned_lead(void **state)
{
    (void)state;
    nt_run_item("tp1", "2022-04-26",
                "Statement on the Virtual Meeting Between President Joe Biden and President "
                "Andres Manuel Lopez Obrador",
                "On Friday, April 29, President Joe Biden will meet with President Andres Manuel "
                "Lopez Obrador virtually. The two leaders will discuss migration.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) >= 1);
    /* the lead spelling a party another way ("Kishida" / "Kishida Fumio"),
     * as the planned-headline merge reads it */
    nt_run_item("tp3", "2022-04-26", "Prime Minister Kishida's Meeting with President Biden",
                "Prime Minister Kishida Fumio of Japan will meet with President Joe Biden on "
                "Friday. The two leaders will discuss trade.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    /* hard negative: a call's readout whose lead tells the coming talks */
    nt_run_item("tp2", "2010-06-07",
                "Dmitry Medvedev had a telephone conversation with President Alexander "
                "Lukashenko",
                "In the course of preparations for a meeting at the highest level, the two "
                "presidents Dmitry Medvedev and Alexander Lukashenko will meet in Minsk.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
}

/* A coming meeting the body names again further on ("Following the talks,
 * the presidents of Russia and Argentina will sign ...") is one planned
 * record; another day, a split cue ("will hold meetings with A and B") or
 * a summit of a group stay apart. */
static void test_planned_repeat_merges(void **state)
{
    (void)state;
    nt_run("2018-01-22", "On January 23, Vladimir Putin will hold talks with President of "
                         "Argentina Mauricio Macri in Moscow.\n\n"
                         "The two leaders will discuss trade and the economy.\n\n"
                         "Following the talks, the presidents of Russia and Argentina will hold "
                         "talks with the media.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    /* hard negative: the same two on another day are two meetings */
    nt_run("2018-01-22", "On January 23, Vladimir Putin will hold talks with President of "
                         "Argentina Mauricio Macri in Moscow.\n\n"
                         "On March 5, Vladimir Putin will hold talks with Mauricio Macri again "
                         "in Buenos Aires.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 2);
    /* hard negative: one cue split per counterpart */
    nt_run("2018-01-22", "Vladimir Putin will hold separate meetings with President of "
                         "Argentina Mauricio Macri and President of Chile Michelle Bachelet.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 2);
    /* hard negative: side talks stay apart from the summit */
    nt_run("2018-06-08", "Vladimir Putin will take part in the SCO summit in Qingdao. On the "
                         "sidelines of the summit, Vladimir Putin will meet with President of "
                         "China Xi Jinping.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 2);
}

/* A headline's guest whom the body names only by their body ("Meeting
 * with Roscosmos General Director Dmitry Rogozin" over "met with General
 * Director of the Roscosmos State Corporation") is one meeting, the
 * person's; a body the headline does not name is another meeting. */
static void test_title_guest_by_body(void **state)
{
    (void)state;
    const char *src = "President of Russia (en.kremlin.ru)";
    const char *title = "Meeting with Roscosmos General Director Dmitry Rogozin";
    nt_run_source("tg1", src, "2022-04-12", title,
                  "Vladimir Putin met with General Director of the Roscosmos State Corporation "
                  "for Space Activities at the Vostochny Cosmodrome.\n\n"
                  "They discussed the launch programme.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Rogozin"));
    /* hard negative: a body the headline does not name */
    nt_run_source("tg2", src, "2022-04-12", title,
                  "Vladimir Putin met with Roscosmos General Director Dmitry Rogozin.\n\n"
                  "Later, Vladimir Putin met with the Russian Academy of Sciences.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 2);
}

/* A headline meeting of bodies and countries alone ("White House Meeting
 * with Bipartisan Group of Newly-Elected Mayors", "Meeting of the U.S.-Israel
 * Strategic Consultative Group") is the lead sentence's meeting of that day
 * that names the people who met: one event.  Hard negatives: a summit
 * headline over side talks in the lead, and a headline of three countries
 * over a lead meeting of two of their leaders, stay two. */
static void test_title_bodies_meeting_is_lead(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("tb1", wh, "2021-12-14",
                  "Readout of White House Meeting with Bipartisan Group of Newly-Elected Mayors",
                  "Today, President Anna Berg and Vice President Erik Holm met with a bipartisan "
                  "group of 10 newly-elected mayors to congratulate them. The mayors discussed "
                  "infrastructure.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Berg"));
    nt_run_source("tb2", wh, "2024-04-01",
                  "Joint Statement on Meeting of the U.S.-Israel Strategic Consultative Group",
                  "National Security Advisor Jake Sullivan together with Secretary of State "
                  "Antony Blinken convened the Strategic Consultative Group with Israeli "
                  "counterparts today by secure video conference.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Sullivan"));
    /* hard negative: a summit headline over side talks in the lead */
    nt_run_source("tb3", KREMLIN, "2005-12-13",
                  "Vladimir Putin took part in the first Russia-ASEAN summit",
                  "Vladimir Putin discussed the pollution of the Amur River with Chinese Premier "
                  "Wen Jiabao.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 2);
    /* hard negative: three countries' talks over two leaders' meeting */
    nt_run_source("tb4", KREMLIN, "2000-01-24",
                  "Trilateral Russian-Armenian-Azerbaijani talks were held in the Kremlin",
                  "Azerbaijani President Heidar Aliyev and Armenian President Robert Kocharian "
                  "discussed ways to resolve the conflict at a tete-a-tete meeting. Afterwards, "
                  "they were joined by Acting President Vladimir Putin.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 2);
}

/* A preview's "After the meeting, A and B will address a forum" or
 * "During the talks with X, the discussion will focus on": a meeting in the
 * sentence's opening phrase whose main clause is future is to come; not
 * when the main clause's verb comes first ("said Russia will"), nor after a
 * meeting the item reports held, nor an open process ("In negotiations
 * with X, Y will"). */
static void test_opening_phrase_future(void **state)
{
    (void)state;
    nt_run("2016-10-03", "Vladimir Putin and Nursultan Nazarbayev will hold talks on trade. "
                         "After the meeting, Mr Putin and Mr Nazarbayev will address a forum of "
                         "business leaders.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
    nt_run("2021-11-26", "It is expected that during the talks with Prime Minister of India "
                         "Narendra Modi, the discussion will focus on the partnership.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
    /* hard negatives: the main clause's own verb first */
    nt_run("2021-11-26", "During the talks with Prime Minister of India Narendra Modi, Vladimir "
                         "Putin said Russia will supply oil.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
    nt_run("2021-11-26", "During the talks with Prime Minister of India Narendra Modi, Vladimir "
                         "Putin stressed that Russia will supply oil.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
    /* a held meeting the phrase looks back at */
    nt_run("2022-04-13", "President Volodymyr Zelenskyy met with President of Poland Andrzej "
                         "Duda in Kyiv. After the negotiations, the Presidents will talk to the "
                         "media.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 0);
}

/* "X proposed that Congressmen and representatives of soybean growers meet
 * with Y": a meeting a planning word's "that" clause governs is proposed,
 * however long its subject; not "X said that A met with B". */
static void test_planned_that_clause(void **state)
{
    (void)state;
    nt_run("1987-03-19", "Chairman Dan Glickman proposed that Congressmen and representatives of "
                         "soybean growers meet with Agriculture Secretary Richard Lyng.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
    /* hard negative: a report of a held meeting */
    nt_run("1987-03-19", "Chairman Dan Glickman said that Congressmen and representatives of "
                         "soybean growers met with Agriculture Secretary Richard Lyng.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
}

/* "Dart said it urges a meeting with X", "laying the groundwork for talks
 * between A and B": a meeting urged or prepared for has not happened; a
 * meeting that took place stays held. */
static void test_urged_groundwork_planned(void **state)
{
    (void)state;
    nt_run("1987-03-16", "Dart Group Inc said it urges a meeting with Supermarkets General Corp "
                         "officials be held promptly.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
    nt_run("1987-04-07", "A Japanese trade team is laying the groundwork for talks between Makoto "
                         "Kuroda and Deputy U.S. Trade Representative Michael Smith.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
    /* hard negatives: held meetings */
    nt_run("1987-03-16", "Dart Group Inc said it held a meeting with Supermarkets General Corp "
                         "officials.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
    nt_run("1987-04-07", "Talks between Makoto Kuroda and Deputy U.S. Trade Representative Michael "
                         "Smith laid the groundwork for an accord.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
}

/* "invited X to Washington later this year for the second U.S. summit with
 * the Pacific Islands Forum", "when the two meet again next month for the
 * IMF and World Bank spring meetings": a time still to come reaches a
 * meeting noun far back in its clause, across "and"; not across a
 * punctuation mark ("Exports will double next year, X said after his
 * meeting with Y"). */
static void test_future_time_far(void **state)
{
    (void)state;
    nt_run("2023-05-18", "President Biden invited Prime Minister James Marape to Washington later "
                         "this year for the second U.S. summit with the Pacific Islands Forum.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
    nt_run("1987-03-06", "Lawson would officially state his position when the two meet again "
                         "next month for the IMF and World Bank spring meetings in Washington.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
    /* hard negative */
    nt_run("2023-05-18", "Exports will double next year, Prime Minister James Marape said after "
                         "his meeting with President Joe Biden.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
}

/* A coming meeting a headline and its lead both announce ("X will meet
 * with Y" over "X will meet in Sochi with President of Z Y") is one
 * planned event; a lead that names another day is another meeting. */
static void test_planned_headline_lead_once(void **state)
{
    (void)state;
    nt_run_source("t1", "Test Wire", PUB, "Lars Holm will meet with President of Gabon Paul Ndong",
                  "Prime Minister Lars Holm will meet in Sochi with President of the Gabonese "
                  "Republic Paul Ndong, who will be on a working visit.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    /* the next paragraph tells it again */
    nt_run_source("t1", "Test Wire", PUB,
                  "Lars Holm will meet with President of Gabon Paul Ndong on December 15",
                  "President of Gabon Paul Ndong will visit Norway on December 14-15.\n\n"
                  "Lars Holm and Paul Ndong will meet on December 15 to discuss trade.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    /* hard negative: the lead's meeting is on another day than the headline's */
    nt_run_source("t1", "Test Wire", PUB,
                  "On December 12, Lars Holm will meet with President of Gabon Paul Ndong",
                  "On January 20, Prime Minister Lars Holm will meet with President of the "
                  "Gabonese Republic Paul Ndong in Sochi.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 2);
}

/* "X last spoke to Y in March" in the readout of their virtual meeting:
 * a call told as the past is another event than the talks reported; a
 * call of the item's own day is the meeting named again. */
static void test_past_call_not_title_meeting(void **state)
{
    (void)state;
    nt_run_item("pc1", PUB,
                "Readout of President Lars Holm's Virtual Meeting with Prime Minister Paul Ndong",
                "President Lars Holm met virtually with Prime Minister Paul Ndong of Gabon. "
                "Holm last spoke to Prime Minister Ndong in March.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 2);
    /* hard negative: no past told, one meeting */
    nt_run_item("pc2", PUB,
                "Readout of President Lars Holm's Virtual Meeting with Prime Minister Paul Ndong",
                "President Lars Holm met virtually with Prime Minister Paul Ndong of Gabon. "
                "Holm spoke to Prime Minister Ndong about trade.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
}

/* "met today with X in Washington, D.C." and then "X and Y had candid
 * discussions", placed in the country only: an undated record of the
 * body is of the item's day, so the city and its country are one meeting;
 * a talk of another day in that country stays another meeting. */
static void test_undated_repeat_in_country_of_city(void **state)
{
    (void)state;
    const char *title = "Readout of National Security Advisor Lars Holm's Meeting with Foreign "
                        "Minister Paul Ndong";
    nt_run_item("uc1", PUB, title,
                "National Security Advisor Lars Holm met today with Foreign Minister Paul Ndong "
                "of Gabon in Washington, D.C.\n\nNational Security Advisor Holm and Minister "
                "Ndong had candid, constructive, and substantive discussions on key issues in "
                "the U.S.-Gabon bilateral relationship.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
    /* hard negative: the country's talks are of another day */
    nt_run_item("uc2", PUB, title,
                "National Security Advisor Lars Holm met today with Foreign Minister Paul Ndong "
                "of Gabon in Washington, D.C.\n\nOn Monday, National Security Advisor Holm and "
                "Minister Ndong had candid discussions in the United States on trade.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 2);
}

/* A White House room read as a body ("Oval Office Meeting with X") is
 * where the meeting is, never a party; the White House itself, a body
 * too, stays one. */
static void test_venue_no_party(void **state)
{
    (void)state;
    nt_run_item("v1", "2021-04-15",
                "Readout of Oval Office Meeting with Congressional Asian Pacific American Caucus "
                "(CAPAC) Leadership",
                "Today, President Joe Biden and Vice President Kamala Harris hosted the "
                "leadership of the Congressional Asian Pacific American Caucus (CAPAC) in the "
                "Oval Office to discuss critical issues of shared importance.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) >= 1);
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Oval Office"));
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Biden");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Oval Office"));
    /* hard negative: the White House convenes as a body */
    nt_run(PUB, "On Tuesday, the White House convened a meeting with Governor Lisa Marsh and "
                "Mayor Ann Holt.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "White House") != NULL);
}

static void test_hyphenated_pair(void **state)
{
    (void)state;
    nt_run("1987-12-09", "President Ronald Reagan and Soviet leader Mikhail Gorbachev arrived in "
                         "Washington. The Reagan-Gorbachev summit opened on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Reagan") && nt_has_party(e, "Gorbachev"));
    NT_CHECK(!strcmp(e->date, "1987-12-08"));
    /* lower-case modifiers between the pair and the cue */
    nt_run(PUB, "The fourth Russian-Kazakh intergovernmental consultations took place in Astana.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Russia") && nt_has_party(e, "Kazakhstan"));
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Astana"));
    /* a business noun among them (words.tsv class firm_tail) */
    nt_run(PUB, "The Russian-Kazakh energy business summit opened in Astana on Friday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Russia") && nt_has_party(e, "Kazakhstan"));
    nt_run(PUB, "Officials of the Russian-German chamber of commerce said talks had stalled.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Germany") == NULL);
}

static void test_sidelines_are_a_separate_event(void **state)
{
    (void)state;
    nt_run(PUB, PUTIN " met Chinese President Xi Jinping on the sidelines of the SCO summit in "
                      "Samarkand.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *bilateral = NULL, *summit = NULL;
    for (size_t i = 0; i < nt.n; i++) {
        if (nt.ev[i].type != NSV_EV_MEETING)
            continue;
        if (nt_has_party(&nt.ev[i], "SCO"))
            summit = &nt.ev[i];
        else
            bilateral = &nt.ev[i];
    }
    NT_CHECK(summit != NULL && bilateral != NULL);
    NT_CHECK(nt_has_party(bilateral, "Putin") && nt_has_party(bilateral, "Xi Jinping"));
    NT_CHECK(bilateral->n_participants == 2);
    NT_CHECK(summit->location_name && !strcmp(summit->location_name, "Samarkand"));
}

static void test_one_meeting_mentioned_twice(void **state)
{
    (void)state;
    nt_run(PUB, PUTIN " held talks with " ERDOGAN " in Sochi on Friday. The talks between Putin "
                      "and Erdoğan lasted four hours.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
    nt_run(PUB, PUTIN " held talks with " ERDOGAN " in Sochi. During the meeting, Putin and "
                      "Erdoğan discussed grain exports.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
}

static void test_location_not_from_topic(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting(PUTIN " met " ERDOGAN " in Moscow. They discussed the situation in Donbas.",
                    "Putin", "Erdoğan");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Moscow"));
    e = one_meeting(PUTIN " met " ERDOGAN ". They discussed the situation in Donbas.", "Putin",
                    "Erdoğan");
    NT_CHECK(e->location_name == NULL);
    e = one_meeting(PUTIN " and " ERDOGAN " discussed the situation in Syria during talks on "
                          "Friday.",
                    "Putin", "Erdoğan");
    NT_CHECK(e->location_name == NULL);
}

static void test_hard_negatives(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting(PUTIN " and " ERDOGAN " postponed their meeting.", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_NEGATED);
    e = one_meeting(PUTIN " postponed his meeting with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_NEGATED);
    e = one_meeting(PUTIN " will meet " ERDOGAN " next week.", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    NT_CHECK(e->date[0] == '\0');
    /* readiness for talks, or waiting for them, is no talks held */
    e = one_meeting(PUTIN " said he is ready for direct talks with " ERDOGAN ".", "Putin",
                    "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    e = one_meeting(PUTIN " is waiting for a meeting with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    /* (the plain past stays actual) */
    e = one_meeting(PUTIN " held direct talks with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    nt_run(PUB, "Russian producers can meet demand for grain, Economy Minister Maxim Reshetnikov "
                "said.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    NT_CHECK(nt_said_by("Reshetnikov") != NULL);
    no_actual_meeting("Ukraine received weapons from Poland.");
    no_actual_meeting("Ukrainian President Volodymyr Zelensky received weapons from Polish "
                      "President Andrzej Duda.");
    no_actual_meeting(PUTIN " talks to reporters after the summit.");
}

/* Talks broken off took place (GUIDE: past meetings stated as fact count);
 * postponed or called-off ones did not. */
static void test_broken_off_talks_took_place(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Exxon Corp said it broke off talks with Mobil Corp on a new "
                                     "supply contract.",
                                     "Exxon", "Mobil");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    e = one_meeting(PUTIN " broke off talks with " ERDOGAN " last night.", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    /* (hard negatives: talks stopped before they were held) */
    e = one_meeting(PUTIN " postponed talks with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_NEGATED);
    e = one_meeting(PUTIN " called off talks with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_NEGATED);
}

/* "traveled to Kyiv today to meet with X": the purpose of a past journey is
 * a meeting that took place; a journey still to come, or one denied, is
 * not.  A country after "to <city>," is where, not who. */
static void test_past_journey_to_meet(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("National Security Advisor Jake Sullivan traveled to Kyiv "
                                     "today to meet with Ukrainian President Volodymyr Zelenskyy.",
                                     "Sullivan", "Zelenskyy");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    e = one_meeting("National Security Advisor Jake Sullivan traveled to Kyiv, Ukraine today to "
                    "meet with Ukrainian President Volodymyr Zelenskyy.",
                    "Sullivan", "Zelenskyy");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL && !nt_has_party(e, "Ukraine"));
    e = one_meeting(PUTIN " flew to Ankara to meet " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    /* (hard negatives: no past form, a negation, another clause's verb) */
    e = one_meeting("National Security Advisor Jake Sullivan will travel to Kyiv, Ukraine to meet "
                    "with Ukrainian President Volodymyr Zelenskyy.",
                    "Sullivan", "Zelenskyy");
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    e = one_meeting("National Security Advisor Jake Sullivan never went to Kyiv to meet with "
                    "Ukrainian President Volodymyr Zelenskyy.",
                    "Sullivan", "Zelenskyy");
    NT_CHECK(e->modality == NSV_MOD_NEGATED);
    e = one_meeting("Prices went up as Ukrainian President Viktor Yushchenko prepared to travel to "
                    "Brussels to meet with US President George W Bush.",
                    "Yushchenko", "Bush");
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    nt_run(PUB, "Envoys from Japan, Canada and Australia met in Tokyo.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Canada") != NULL);
}

/* An "if" inside a quotation before the cue is the quoted voice's, not a
 * condition on the talks the narration reports. */
static void test_if_in_quote_is_no_condition(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting("\"From now on, if a government comes up with a policy, it must be followed "
                    "by action,\" Japanese Trade Minister Hajime Tamura said following two days "
                    "of talks with US Trade Representative Clayton Yeutter.",
                    "Tamura", "Yeutter");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    /* (hard negative: the narration's own "if") */
    e = one_meeting("Japanese Trade Minister Hajime Tamura said that if talks with US Trade "
                    "Representative Clayton Yeutter fail, \"we will act.\"",
                    "Tamura", "Yeutter");
    NT_CHECK(e->modality == NSV_MOD_HYPOTHETICAL);
}

/* "met on <a day after the item's>" stays a meeting held (the place's time
 * zone, or the day of something else the sentence names); the present
 * "meet on" that day is a plan. */
static void test_past_cue_later_day_is_no_plan(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("National Security Advisor Jake Sullivan met on December 10 "
                                     "with Chinese Foreign Minister Wang Yi in Beijing.",
                                     "Sullivan", "Wang Yi");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    /* (hard negative) */
    e = one_meeting(PUTIN " and " ERDOGAN " meet on December 12 in Sochi.", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
}

/* A readout's "spoke (today) with B" is a call; "spoke with" needs a named
 * party right after it. */
static void test_spoke_with(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("President Joe Biden spoke today with Chancellor Olaf Scholz "
                                     "of Germany about energy.",
                                     "Biden", "Scholz");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(!strcmp(e->date, "2022-12-09"));
    one_meeting(PUTIN " spoke on Thursday with " ERDOGAN ".", "Putin", "Erdoğan");
    no_actual_meeting(PUTIN " spoke with reporters after the summit.");
    no_actual_meeting(PUTIN " spoke with families of the crew of the cruiser Moskva.");
    no_actual_meeting("Opposition deputies spoke for closer ties with Turkey.");
}

/* "spoke (today) to" a named person is a call as "spoke with" is; an
 * audience, an outlet or a person's aide after "to" is none. */
static void test_spoke_to(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Vice President Kamala Harris spoke today to President Isaac "
                                     "Herzog of Israel on her flight to Washington.",
                                     "Harris", "Herzog");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(!strcmp(e->date, "2022-12-09"));
    one_meeting("President Joe Biden spoke to Senator Susan Collins and invited her to the White "
                "House.",
                "Biden", "Collins");
    /* a place and a title before the name */
    one_meeting("President Joe Biden spoke to California Governor Gavin Newsom about the storm.",
                "Biden", "Newsom");
    /* (hard negatives) */
    no_actual_meeting("President Joe Biden spoke to CNN anchor Jake Tapper on Monday.");
    no_actual_meeting("President Joe Biden spoke to reporters after the summit.");
    no_actual_meeting("President Joe Biden spoke to Reuters on Monday.");
    no_actual_meeting("President Joe Biden spoke to the nation on Tuesday evening.");
    no_actual_meeting("President Joe Biden spoke to Olaf Scholz's adviser on Monday.");
    no_actual_meeting(PUTIN " talked to " ERDOGAN "'s grandson at the hospital.");
    /* "talked to" a named person is such a call too; an unnamed group is none */
    one_meeting(PUTIN " also talked to EADS CEO Rainer Hertrich.", "Putin", "Hertrich");
    no_actual_meeting(PUTIN " talked to war veterans on Mamayev Hill.");
    no_actual_meeting(PUTIN " talked to reporters after the summit.");
}

/* "with both A and B": "both" only stresses the named pair after it. */
static void test_with_both(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting("President Joe Biden had a call with both Speaker Pelosi and Leader "
                    "Schumer this afternoon.",
                    "Pelosi", "Schumer");
    NT_CHECK(e->n_participants == 3);
    one_meeting(PUTIN " met with both " ERDOGAN " and Prime Minister Narendra Modi.", "Erdoğan",
                "Modi");
    /* (hard negatives) no named party after "both" */
    no_actual_meeting("President Joe Biden spoke with both reporters and aides after the vote.");
    no_actual_meeting("President Joe Biden met both challenges with resolve.");
}

/* "welcomed Y to <place>" is hosting, and no statement; without the place
 * "welcomed" stays praise. */
static void test_welcomed_to(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("President Joseph R. Biden, Jr. welcomed Prime Minister "
                                     "Fumio Kishida of Japan to the White House today.",
                                     "Biden", "Kishida");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "White House"));
    NT_CHECK(nt_count(NSV_EV_STATEMENT, -1) == 0);
    NT_CHECK(!nt_has_party(e, "."));
    e = one_meeting(PUTIN " welcomed " ERDOGAN " to Moscow.", "Putin", "Erdoğan");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Moscow"));
    /* several hosting verbs in one item: none of them speaks */
    nt_run(PUB, "President Joseph R. Biden, Jr. welcomed Prime Minister Fumio Kishida of Japan "
                "to the White House today. On Friday President Biden welcomed President Yoon "
                "Suk Yeol of the Republic of Korea to Camp David.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    NT_CHECK(nt_count(NSV_EV_STATEMENT, -1) == 0);
    no_actual_meeting(PUTIN " welcomed " ERDOGAN "'s proposal to hold talks.");
    no_actual_meeting(PUTIN " welcomed the decision of " ERDOGAN " to reopen the port.");
    /* the suffix after the name still leaves the speaker */
    nt_run(PUB, "President Joseph R. Biden, Jr. said the talks were useful.");
    NT_CHECK(nt_said_by("Biden") != NULL);
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
}

/* "met with a Qatari delegation": an indefinite counterpart; a headline
 * naming the country is the same meeting as the body naming its leader. */
static void test_indefinite_counterpart_and_country_alias(void **state)
{
    (void)state;
    one_meeting("President of Ukraine Volodymyr Zelenskyy met with a Qatari delegation.",
                "Zelenskyy", "Qatari delegation");
    nt_run_item("t-1", PUB, "Ukraine receives Qatari delegation",
                "President of Ukraine Volodymyr Zelenskyy met with a Qatari delegation.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* two different counterparts stay two meetings */
    nt_run_item("t-1", PUB, "Ukraine receives Qatari delegation",
                "President of Ukraine Volodymyr Zelenskyy met with a Polish delegation.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    no_actual_meeting(PUTIN " met a deadline set by the parliament.");
}

/* "met with Palestinian Authority President Mahmoud Abbas": the person is
 * the counterpart, not the body that names the office; a body alone stays. */
static void test_office_before_name(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Joe Biden met with Palestinian Authority President "
                                     "Mahmoud Abbas in Bethlehem.",
                                     "Biden", "Abbas");
    NT_CHECK(e->n_participants == 2);
    e = one_meeting(PUTIN " met with Moscow Mayor Sergei Sobyanin.", "Putin", "Sobyanin");
    NT_CHECK(!nt_has_party(e, "Russia"));
    /* a body coordinated with a person keeps both */
    e = one_meeting(PUTIN " met with the Accounts Chamber and Alexei Kudrin.", "Putin",
                    "Accounts Chamber");
    NT_CHECK(nt_has_party(e, "Kudrin"));
}

/* "meetings of the joint trade commission with X": an unnamed body after
 * "of", the counterpart after "with". */
static void test_meeting_of_unnamed_body_with(void **state)
{
    (void)state;
    one_meeting(PUTIN " held meetings of the joint trade committee with " ERDOGAN " in Ankara.",
                "Putin", "Erdoğan");
    /* the capital after "left for" is where, not who */
    one_meeting(PUTIN " left for Ankara on Wednesday for meetings of the joint transport "
                      "committee with Turkey.",
                "Putin", "Turkey");
    /* "with" inside another phrase after a named group is not a counterpart */
    nt_run(PUB, PUTIN " chaired a meeting of the Security Council with a report on grain.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "grain") == NULL);
    no_actual_meeting("The meeting of the joint trade committee with Turkey was postponed.");
    /* "a meeting of foreign ministers of both countries": the countries */
    nt_run(PUB, "Latvia and Estonia opened a rail link. It was announced after a meeting of "
                "foreign ministers of both countries in Riga on Wednesday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Latvia");
    NT_CHECK(e && nt_has_party(e, "Estonia") && e->modality == NSV_MOD_ACTUAL);
    no_actual_meeting("A meeting of foreign ministers of both countries was postponed.");
}

/* One named side and an unnamed group: "held a private meeting with senior
 * farm figures", a list of conveners with their titles; not "met with
 * resistance", "hosted a dinner for", or talks nobody is said to hold. */
static void test_unnamed_group_counterpart(void **state)
{
    (void)state;
    nt_run(PUB, "Deputy Prime Minister Anna Kovac held a private meeting with senior farm "
                "figures on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->n_participants == 1 && nt_has_party(e, "Kovac"));
    nt_run(PUB, "Today, Jane Roe, Senior Advisor to the Governor, and Director of Housing Policy "
                "Tom Reyes convened tenant advocates to discuss rents.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Roe") && nt_has_party(e, "Reyes"));
    nt_run(PUB, "Mayor Tom Reyes will meet union leaders next week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0 && nt_count(NSV_EV_MEETING, -1) == 1);
    no_actual_meeting("Mayor Tom Reyes met with resistance from farmers over the plan.");
    no_actual_meeting("Mayor Tom Reyes hosted a dinner for business leaders.");
    no_actual_meeting("Mayor Tom Reyes said the talks with officials were useful.");
    no_actual_meeting("Mayor Tom Reyes held several workers responsible for the delay.");
    /* the unnamed group as the subject, the named side after "with" */
    nt_run(PUB, "A group of visiting diplomats held their first meeting with Mayor Tom Reyes.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Reyes"));
    /* more people words; "Cabinet members" is the Cabinet met (see
     * test_bare_polity_met) */
    nt_run(PUB, "Mayor Tom Reyes met with representatives of the farming community.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* "his EU counterparts": the possessive is no party, the body is */
    one_meeting("Interior Minister David Kovac met his EU counterparts in Luxembourg on Monday.",
                "Kovac", "EU");
    no_actual_meeting("Interior Minister David Kovac met his deadline on Monday.");
    no_actual_meeting("Rising exports met Japan's demand for steel.");
    /* "Attorneys General": the plural before its postposed title word is
     * the group's head */
    nt_run(PUB, "Today, Governor Anna Berg convened Attorneys General from seven states to "
                "discuss the fight against fraud.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Berg"));
    no_actual_meeting("Governor Anna Berg's attorneys met on Monday.");
    no_actual_meeting("The new rules met Germany's standards, officials said.");
}

/* "updated X on the results of his recent meeting with French business
 * leaders": a person's own meeting noun (his, her) with an unnamed group
 * the item names by people, region or country is a past meeting of that
 * person.  Hard negatives: a planned or hypothetical one, one inside a
 * quotation, one whose group names no side ("numerous telephone
 * conversations with international colleagues"), the bare "the talks
 * with" (anyone's), and one that points back at the owner's meeting
 * reported just before. */
static void test_own_meeting_with_group(void **state)
{
    (void)state;
    one_meeting("Governor Anna Berg praised the outcome of her recent meeting with Japanese "
                "business executives.",
                "Berg", "Japanese business executives");
    one_meeting("Dr. Tom Reyes provided an update on his recent meetings with Israeli officials.",
                "Reyes", "Israel");
    nt_run(PUB, "Governor Tom Reyes visited Haifa. Throughout his discussions with Israeli "
                "officials, Reyes stressed housing.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    no_actual_meeting("Governor Anna Berg said her upcoming meeting with Japanese business "
                      "executives will be useful.");
    no_actual_meeting("Mayor Tom Reyes said his talks with Japanese officials would also "
                      "include fraud.");
    no_actual_meeting("\"Her meeting with Japanese business executives was useful,\" Mayor Tom "
                      "Reyes said of Governor Anna Berg.");
    no_actual_meeting("Governor Anna Berg informed the council of her numerous telephone "
                      "conversations with international colleagues.");
    no_actual_meeting("Governor Anna Berg said the talks with Japanese business executives were "
                      "useful.");
    nt_run(PUB, "Governor Tom Reyes met with President Isaac Herzog. Throughout his discussions "
                "with Israeli officials, Reyes stressed housing.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Herzog"));
}

/* "the recent discussions held in Reykjavik between A and B", "the
 * constructive dialogue conducted last week between A and B": a "between"
 * past the hold participle's place and time names the parties of a past
 * meeting.  Hard negatives: a topic's "between" ("talks on trade between"),
 * the bare "dialogue between" (relations), a "dialogue held" with no
 * "between" ("the regular dialogue held at the top level"), a plan. */
static void test_held_between_parties(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("The meeting continued the recent discussions held in "
                                     "Reykjavik between Foreign Minister Anna Berg and Foreign "
                                     "Minister Tom Reyes.",
                                     "Berg", "Reyes");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    one_meeting("We welcome the constructive dialogue conducted last week between Egypt and "
                "Israel.",
                "Egypt", "Israel");
    no_actual_meeting("Egypt held talks on trade between Israel and Jordan.");
    no_actual_meeting("He hailed the dialogue between Egypt and Israel.");
    no_actual_meeting("In continuation of the regular dialogue held at the top level, the two "
                      "leaders will discuss trade.");
    /* (so too when the leaders are named before) */
    no_actual_meeting("President Anna Berg will meet with President Tom Reyes in Oslo. In "
                      "continuation of the regular dialogue held at the top level, the two "
                      "leaders will discuss trade.");
    no_actual_meeting("The talks held in Cairo between Egypt and Israel will resume next week.");
}

/* "Five public sector unions met X", "representatives of the producers met
 * with X": a plural of the people class as the subject (not only a group
 * word) leaves the named counterpart the one party; not a demand or a
 * target that was met, nor a plan or a quoted meeting. */
static void test_people_plural_met(void **state)
{
    (void)state;
    nt_run(PUB, "Five public sector unions met Deputy Prime Minister Anna Kovac in Leeds.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->n_participants == 1 && nt_has_party(e, "Kovac"));
    nt_run(PUB, "Parents and teachers met Prime Minister Tom Reyes on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Reyes"));
    /* "families", "victims": people the named side met */
    nt_run(PUB, "Later Prime Minister Tom Reyes met with families of soldiers killed in action.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Reyes"));
    /* hard negatives */
    no_actual_meeting("Prime Minister Tom Reyes met the families' demands on Monday.");
    no_actual_meeting("Five public sector unions will meet Deputy Prime Minister Anna Kovac.");
    no_actual_meeting("Talks with the unions are expected next week.");
    no_actual_meeting("The unions met Deputy Prime Minister Anna Kovac's targets.");
    no_actual_meeting("Rising exports met Japan's demand for steel.");
    no_actual_meeting("\"The unions met Anna Kovac on Monday,\" the mayor said.");
}

/* Longer modifiers of an unnamed group: "state and local elected
 * officials", "private-sector leaders", "New Jersey state legislators";
 * not a host's habit in a relative clause ("a series of events that the
 * White House hosts with local leaders"). */
static void test_unnamed_group_modifiers(void **state)
{
    (void)state;
    const char *groups[] = {
        "Yesterday, Governor Anna Berg hosted nearly 40 state and local elected officials "
        "from across Michigan.",
        "Today, Governor Anna Berg convened over 80 federal and state officials to discuss "
        "medical debt.",
        "Today, Governor Anna Berg convened private-sector leaders to discuss cybersecurity.",
        "Today, Governor Anna Berg convened more than 20 New Jersey state legislators to "
        "discuss reproductive rights.",
    };
    for (size_t k = 0; k < sizeof groups / sizeof *groups; k++) {
        nt_run(PUB, groups[k]);
        NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
        const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
        NT_CHECK(e->n_participants == 1 && nt_has_party(e, "Berg"));
    }
    /* "a (bipartisan) group of X", "a delegation of X": the people after
     * an indefinite collective head the group */
    const char *collectives[] = {
        "Governor Anna Berg today convened a bipartisan group of mayors to discuss housing.",
        "Governor Anna Berg met with a delegation of Japanese business executives on Monday.",
    };
    for (size_t k = 0; k < sizeof collectives / sizeof *collectives; k++) {
        nt_run(PUB, collectives[k]);
        NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
        NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Berg"));
    }
    no_actual_meeting("Governor Anna Berg met the demands of farmers.");
    no_actual_meeting("Governor Anna Berg met a lot of resistance from farmers.");
    no_actual_meeting("Governor Anna Berg met a share of the costs of farmers.");
    /* a hyphen with spaces is a dash, no compound */
    no_actual_meeting("Governor Anna Berg hosted state - sector leaders.");
    no_actual_meeting("The forum was the tenth in a series of events that the White House hosts "
                      "with state and local leaders.");
}

/* "X convened the Infrastructure Implementation Task Force", "convened
 * Congressional Leadership": a convening verb's named body object holds the
 * body's session, the convener and the body its parties (a name the finder
 * left unread after the article too); not a body's meeting noun after it
 * (its own cue), nor a body that convenes by itself or is convened by
 * someone. */
static void test_convened_body(void **state)
{
    (void)state;
    nt_run(PUB, "Today, Climate Advisor Anna Berg and Housing Director Tom Reyes convened the "
                "Infrastructure Implementation Task Force to discuss progress.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Berg") && nt_has_party(e, "Reyes") &&
             nt_has_party(e, "Infrastructure Implementation Task Force"));
    nt_run(PUB, "Today, Governor Anna Berg convened the second Coastal Resilience Council to "
                "discuss flooding.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->n_participants == 2 && nt_has_party(e, "Berg") &&
             nt_has_party(e, "Coastal Resilience Council"));
    /* the noun after a head read as a name is this meeting; after a body
     * it is its own cue's, one meeting */
    nt_run(PUB, "Today, Governor Anna Berg convened the fourth National Climate Task Force "
                "meeting where she was joined by agency heads.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Berg") &&
             nt_has_party(nt_nth(NSV_EV_MEETING, 0), "National Climate Task Force"));
    nt_run(PUB, "Today, Governor Anna Berg convened the Coastal Resilience Council meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "Governor Anna Berg will convene the Coastal Resilience Council next week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    no_actual_meeting("The Coastal Resilience Council convened in Albany on Monday.");
    no_actual_meeting("The Coastal Resilience Council was convened by Governor Anna Berg.");
    no_actual_meeting("Governor Anna Berg convened the new board on Monday.");
    /* "convened the 12th meeting of the X Task Force": the body's session */
    nt_run(PUB, "Yesterday, Governor Anna Berg convened the 12th meeting of the Coastal "
                "Resilience Task Force to discuss flooding.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Berg") && nt_has_party(e, "Coastal Resilience Task Force"));
    /* with a counterpart after "with", the noun's own meeting, once */
    nt_run(PUB, "Yesterday, Governor Anna Berg convened the tenth meeting of the Coastal "
                "Resilience Task Force with Mayor Tom Reyes to discuss flooding.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Reyes"));
    /* an indefinite article without a session noun names no body */
    no_actual_meeting("Governor Anna Berg convened a Coastal Resilience Task Force to study "
                      "flooding.");
}

/* "X hosted the first-ever White House Summit on Extreme Heat", "A and B
 * convened the first-ever White House roundtable on heat pumps": a host or
 * hold verb before an event named in title case (its host's body may be in
 * the name) is a meeting of the host with outsiders the text does not name;
 * not a group of states' summit the host holds ("hosted the G20 Summit"),
 * nor a plan, nor a bare format with its people after "with". */
static void test_hosted_named_event(void **state)
{
    (void)state;
    nt_run(PUB,
           "Today, Housing Director Tom Reyes hosted the first-ever National Housing Summit on "
           "Extreme Heat, bringing together over 100 participants.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->n_participants == 1 && nt_has_party(e, "Reyes"));
    nt_run(PUB, "Yesterday, Governor Anna Berg and Housing Director Tom Reyes convened the "
                "first-ever National Housing roundtable on rents.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Berg") && nt_has_party(e, "Reyes"));
    nt_run(PUB, "Governor Anna Berg hosted the G20 Summit in Albany.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Berg") || nt_with_party(NSV_EV_MEETING, "G20"));
    nt_run(PUB, "Governor Anna Berg hosted a roundtable on housing with Mayor Tom Reyes.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Reyes"));
    no_actual_meeting("Governor Anna Berg praised the National Housing Summit on Extreme Heat.");
}

/* "the four Congressional leaders": an adjective of organizations.tsv names
 * its body before a lower-case word, so the group met is the body's; before
 * a capital it opens another name ("Congressional Budget Office"). */
static void test_body_adjective(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        "Earlier this week, President Joe Biden met with the four Congressional leaders at the "
        "White House.",
        "Biden", "Congress");
    NT_CHECK(e->n_participants == 2);
    /* a longer name after the adjective is that body's, not Congress */
    nt_run(PUB, "The Congressional Budget Office said the bill would cost more.");
    NT_CHECK(nt_said_by("Congressional Budget Office") != NULL);
    NT_CHECK(nt_count_said_by("Congress") == 0);
    one_meeting("Vice President Kamala Harris met with the Congressional Black Caucus Foundation "
                "on Tuesday.",
                "Harris", "Congressional Black Caucus Foundation");
    /* a lower-case "congressional" names no body */
    nt_run(PUB, "President Joe Biden met with congressional leaders on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Congress"));
}

/* A meeting with no place of its own is where the visit is: a guest "who is
 * on a visit to our country", a title "Official visit to India"; not a
 * visit that is only planned. */
static void test_visit_place(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("President of Ukraine Petro Kovalenko met with Prime Minister "
                                     "of Portugal Rui Santos, who is on a visit to our country.",
                                     "Kovalenko", "Santos");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Ukraine"));
    nt_run_item("t-visit", PUB, "Official visit to India",
                "Russian President Ivan Petrov held talks with Prime Minister of India Arjun Rao.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "India"));
    e = one_meeting("President of Ukraine Petro Kovalenko met with Prime Minister of Portugal Rui "
                    "Santos to prepare his upcoming visit to Japan.",
                    "Kovalenko", "Santos");
    NT_CHECK(e->location_name == NULL);
    nt_run_item("t-visit", PUB, "Results of the visit to India",
                "Russian President Ivan Petrov held talks with Prime Minister of India Arjun Rao.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->location_name == NULL);
    /* an opening "During his visit to <venue>," places the meeting after it */
    e = one_meeting("During his visit to the Sechenov Institute, President of Ukraine Petro "
                    "Kovalenko met with Prime Minister of Portugal Rui Santos.",
                    "Kovalenko", "Santos");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Sechenov Institute"));
    e = one_meeting("President of Ukraine Petro Kovalenko met with Prime Minister of Portugal Rui "
                    "Santos to discuss the results of his visit to the Sechenov Institute.",
                    "Kovalenko", "Santos");
    NT_CHECK(e->location_name == NULL);
    /* a sentence opening "While in <place>," places its meeting there; the
     * same words inside the clause are no opener */
    e = one_meeting("While in Panama, Deputy Minister Anna Kovac met with President Jose Ruiz.",
                    "Kovac", "Ruiz");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Panama"));
    e = one_meeting("Deputy Minister Anna Kovac met with President Jose Ruiz, who said that "
                    "while in Panama, he had seen the canal.",
                    "Kovac", "Ruiz");
    NT_CHECK(e->location_name == NULL);
}

/* A readout's title "Readout of X's Travel to India" (phrases.tsv
 * title_trip, after the title's "of" or a speaker's "on") places the item's
 * meetings in its one place, or in the one city of it the lead sentence
 * goes to; a title listing several places places none, nor does a title
 * whose trip is the topic of another noun. */
static void test_title_trip_place(void **state)
{
    (void)state;
    const char *body = "Deputy Minister Anna Kovac led a U.S. delegation to New Delhi on "
                       "December 4.\n\nIn addition, Ms. Kovac met with President Jose Ruiz.";
    nt_run_item("t-trip", PUB, "Readout of Deputy Minister Anna Kovac's Travel to India", body);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "New Delhi"));
    nt_run_item("t-trip", PUB,
                "Statement by Spokesperson Emily Horne on Deputy Minister Anna Kovac's Travel to "
                "India",
                "In addition, Ms. Kovac met with President Jose Ruiz.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "India"));
    /* several places: none is the meeting's */
    nt_run_item("t-trip", PUB, "Readout of Deputy Minister Anna Kovac's Travel to India and Japan",
                body);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->location_name == NULL);
    /* the trip as another noun's topic, and the body's planned travel */
    nt_run_item("t-trip", PUB, "Results of Deputy Minister Anna Kovac's Travel to India",
                "In addition, Ms. Kovac met with President Jose Ruiz.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->location_name == NULL);
    e = one_meeting("On Sunday, Deputy Minister Anna Kovac met with President Jose Ruiz before "
                    "her travel to India.",
                    "Kovac", "Ruiz");
    NT_CHECK(e->location_name == NULL);
}

/* "traveled to Kyiv today to meet with X", "travelled to Mexico City to
 * meet": a past journey before the meeting places it (a capital named
 * after its country whole); one after the cue does not. */
static void test_journey_place(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        "Deputy Minister Anna Kovac traveled to Kyiv today to meet with President Jose Ruiz.",
        "Kovac", "Ruiz");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Kyiv"));
    e = one_meeting("Deputy Minister Anna Kovac travelled to Mexico City to meet with President "
                    "Jose Ruiz.",
                    "Kovac", "Ruiz");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Mexico City"));
    /* hard negatives: a journey after the cue, someone else's or later */
    e = one_meeting("Deputy Minister Anna Kovac met with President Jose Ruiz to discuss the "
                    "refugees who traveled to Poland.",
                    "Kovac", "Ruiz");
    NT_CHECK(e->location_name == NULL);
    e = one_meeting("Deputy Minister Anna Kovac met with President Jose Ruiz before she flew to "
                    "Warsaw.",
                    "Kovac", "Ruiz");
    NT_CHECK(e->location_name == NULL);
}

/* "At the end of his trip to X,", "as part of his visit to X", "during his
 * official visit to X" (an adjective that reads as "an official"), and a
 * town the gazetteer does not know; not the results of a visit, nor a visit
 * to someone with a first name. */
static void test_visit_part_place(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("At the end of his trip to Nizhny Novgorod, President Ivan "
                                     "Petrov met with Governor Igor Rudenko.",
                                     "Petrov", "Rudenko");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Nizhny Novgorod"));
    e = one_meeting("As part of his visit to Hungary, President Ivan Petrov met with President "
                    "of Mongolia Bat Erdene.",
                    "Petrov", "Erdene");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Hungary"));
    e = one_meeting("During his official visit to India, President Ivan Petrov met with Prime "
                    "Minister Arjun Rao.",
                    "Petrov", "Rao");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "India"));
    e = one_meeting("President Ivan Petrov met with Prime Minister Arjun Rao to discuss the "
                    "results of his official visit to India.",
                    "Petrov", "Rao");
    NT_CHECK(e->location_name == NULL);
    e = one_meeting("At the end of his visit to John Walker, President Ivan Petrov met with "
                    "Governor Igor Rudenko.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name == NULL);
}

/* "During President Rao's official visit to Hungary," names its visitor
 * between the opener and the visit: the visit places the meeting; not a
 * visit with a time of its own ("on September 3-5", "in 2001"), another
 * occasion than the meeting. */
static void test_named_visitor_place(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("During Prime Minister Arjun Rao's official visit to Hungary, "
                                     "President Ivan Petrov met with Prime Minister Arjun Rao.",
                                     "Petrov", "Rao");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Hungary"));
    /* hard negatives: a visit of its own time */
    e = one_meeting("President Ivan Petrov met with Prime Minister Arjun Rao to carry out the "
                    "agreements reached during President Petrov's visit to Hungary on "
                    "September 3-5, 2000.",
                    "Petrov", "Rao");
    NT_CHECK(e->location_name == NULL);
    e = one_meeting("President Ivan Petrov met with Prime Minister Arjun Rao. The treaty is to be "
                    "signed during President Bat Erdene's visit to Hungary in 2001.",
                    "Petrov", "Rao");
    NT_CHECK(e->location_name == NULL);
}

/* "the key issue of discussion during Prime Minister X's visit to Moscow",
 * "the talks during President X's recent visit to Moscow": talks held on a
 * named visitor's visit are a meeting of the visitor and the visited
 * country's one named person, at the place, undated; an earlier one than a
 * call the item reports.  Not agreements reached on a visit (no talks), a
 * visit of no named visitor, nor one whose host could be two people. */
static void test_talks_during_visit(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Russian President Ivan Petrov spoke to reporters. Peace was "
                                     "the key issue of discussion during Slovak Prime Minister "
                                     "Jan Novak's visit to Moscow.",
                                     "Petrov", "Novak");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Moscow"));
    NT_CHECK(e->date[0] == 0);
    /* a call's readout: the visit's talks are another, earlier meeting */
    nt_run(PUB, "Russian President Ivan Petrov had a telephone conversation with French "
                "President Pierre Durand. In a follow-up to the talks during President Durand's "
                "recent visit to Moscow, the two leaders discussed the situation.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* an upcoming visit's talks are still to come */
    e = one_meeting("Russian President Ivan Petrov spoke to reporters. He prepared the talks "
                    "during President Pierre Durand's upcoming visit to Moscow.",
                    "Petrov", "Durand");
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    /* hard negatives */
    nt_run(PUB, "Russian President Ivan Petrov spoke to reporters. He praised the agreements "
                "reached during President Pierre Durand's visit to Moscow.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "Russian President Ivan Petrov spoke to reporters. He praised the talks during "
                "his visit to Paris.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "Russian President Ivan Petrov and Russian Prime Minister Oleg Sidorov spoke to "
                "reporters. Peace was the key issue of discussion during Slovak Prime Minister "
                "Jan Novak's visit to Moscow.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
}

/* "This phone call, which followed their March 14 meeting in Rome": a
 * "their" and a day before a meeting noun name an earlier meeting of the
 * parties reported just before, on its own day and place, apart from the
 * reported one.  A month and year name a specific past meeting too (GUIDE:
 * stated as fact), undated and still apart from the reported one; a bare
 * year names no occasion, and one with its own counterpart ("their March 14
 * meeting with X") is not theirs alone. */
static void test_their_dated_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Adviser John Walker spoke today with Director Li Wen by phone. This phone "
                "call, which followed their March 14 meeting in Rome, focused on security.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Walker");
    int rome = 0;
    for (size_t k = 0; k < nt_count(NSV_EV_MEETING, -1); k++) {
        e = nt_nth(NSV_EV_MEETING, k);
        if (e->location_name && !strcmp(e->location_name, "Rome")) {
            rome = 1;
            NT_CHECK(nt_has_party(e, "Walker") && nt_has_party(e, "Li Wen"));
            NT_CHECK(!strncmp(e->date, "2022-03-14", 10));
        }
    }
    NT_CHECK(rome);
    /* a month and a year: an undated meeting in Rome, apart from today's call */
    nt_run(PUB, "Adviser John Walker spoke today with Director Li Wen by phone. This phone "
                "call built on their September 2021 meeting in Rome.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    rome = 0;
    for (size_t k = 0; k < nt_count(NSV_EV_MEETING, -1); k++) {
        e = nt_nth(NSV_EV_MEETING, k);
        if (e->location_name && !strcmp(e->location_name, "Rome")) {
            rome = 1;
            NT_CHECK(nt_has_party(e, "Walker") && nt_has_party(e, "Li Wen"));
            NT_CHECK(e->date == NULL || e->date[0] == 0);
        }
    }
    NT_CHECK(rome);
    /* hard negatives: a bare year; a counterpart of its own */
    nt_run(PUB, "Adviser John Walker spoke today with Director Li Wen by phone. This phone "
                "call built on their 2021 meeting in Rome.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
    nt_run(PUB, "Adviser John Walker spoke today with Director Li Wen by phone. They recalled "
                "their March 14 meeting with the Italian side.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
}

/* "their September 2021 meeting in Rome" after a meeting the item reports
 * with no day, place or format of its own: the earlier meeting of the same
 * parties, dated by a month alone, stays apart from the reported one (no
 * date or place of the two tells them apart; events.c earlier_of_theirs).
 * Hard negative: a second report of the same meeting ("The meeting
 * focused on trade") merges into it. */
static void test_their_earlier_meeting_stays_apart(void **state)
{
    (void)state;
    nt_run(PUB, "Adviser John Walker met with Director Li Wen. The meeting built on their "
                "September 2021 meeting in Rome.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    int rome = 0, now = 0;
    for (size_t k = 0; k < nt_count(NSV_EV_MEETING, -1); k++) {
        const nsv_event *e = nt_nth(NSV_EV_MEETING, k);
        NT_CHECK(nt_has_party(e, "Walker") && nt_has_party(e, "Li Wen"));
        if (e->location_name && !strcmp(e->location_name, "Rome"))
            rome++;
        else
            now++;
    }
    NT_CHECK(rome == 1 && now == 1);
    /* hard negative: the same meeting named again is one */
    nt_run(PUB, "Adviser John Walker met with Director Li Wen. During the meeting, Walker and "
                "Li Wen discussed trade.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "They reflected on their first meeting in November 2021 in Paris and
 * further meetings in Washington and Munich": "their", an earlier word and a
 * place after the meeting noun name earlier meetings of the parties reported
 * just before, one per place; a month or day alone after the noun names one
 * too.  Not "their next meeting in Paris" (nothing
 * earlier), nor one still to come ("will review it at their first meeting in
 * Rome"), nor a meeting with no place ("their first meeting"). */
static int placed_in(const char *place)
{
    for (size_t k = 0; k < nt_count(NSV_EV_MEETING, -1); k++) {
        const nsv_event *e = nt_nth(NSV_EV_MEETING, k);
        if (e->location_name && !strcmp(e->location_name, place) && nt_has_party(e, "Walker") &&
            nt_has_party(e, "Li Wen"))
            return 1;
    }
    return 0;
}

static void test_their_placed_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Adviser John Walker spoke today with Director Li Wen by phone. They reflected "
                "on their first meeting in November 2021 in Paris and further meetings in "
                "Washington and Munich.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 4);
    NT_CHECK(placed_in("Paris") && placed_in("Washington") && placed_in("Munich"));
    nt_run(PUB, "Adviser John Walker spoke today with Director Li Wen by phone. The goals set "
                "during their previous meetings in Sochi and Moscow were discussed.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 3);
    NT_CHECK(placed_in("Sochi") && placed_in("Moscow"));
    /* a day alone after the noun dates it: "their previous meeting on February 4" */
    nt_run(PUB, "Adviser John Walker spoke today with Director Li Wen by phone. Following the "
                "accords reached during their previous meeting on February 4, they discussed "
                "trade.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    int feb4 = 0;
    for (size_t k = 0; k < nt_count(NSV_EV_MEETING, -1); k++) {
        const nsv_event *e = nt_nth(NSV_EV_MEETING, k);
        feb4 |= !strncmp(e->date, "2022-02-04", 10) && nt_has_party(e, "Walker") &&
                nt_has_party(e, "Li Wen");
    }
    NT_CHECK(feb4);
    /* hard negatives: a coming meeting; one to come by its modal; no place */
    nt_run(PUB, "Adviser John Walker spoke today with Director Li Wen by phone. They prepared "
                "their next meeting in Paris.");
    NT_CHECK(!placed_in("Paris"));
    nt_run(PUB, "Adviser John Walker spoke today with Director Li Wen by phone. They will "
                "review it at their first meeting in Rome.");
    NT_CHECK(!placed_in("Rome"));
    nt_run(PUB, "Adviser John Walker spoke today with Director Li Wen by phone. They reflected "
                "on their first meeting.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
}

/* "X is on a working visit to Y. During a meeting with Z, X ...": the
 * visit the sentence before states of a party places the meeting; not a
 * visit of someone who is no party. */
static void test_prev_sentence_visit_place(void **state)
{
    (void)state;
    nt_run(PUB, "Deputy Head Ivan Petrov is on a working visit to Hungary. During a meeting with "
                "Prime Minister Igor Rudenko on Tuesday, Ivan Petrov conveyed words of "
                "gratitude.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Rudenko");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Hungary"));
    /* hard negative: the visitor is someone else */
    nt_run(PUB, "Minister Anna Kovac is on a working visit to Hungary. During a meeting with "
                "Prime Minister Igor Rudenko on Tuesday, Ivan Petrov conveyed words of "
                "gratitude.");
    e = nt_with_party(NSV_EV_MEETING, "Rudenko");
    NT_CHECK(e && !e->location_name);
}

/* "X visited New Delhi, India, June 13-14. He met with Y": a party's own
 * visit, "visited" and the place, in the sentence before places the
 * meeting; not a visit of another time ("visited Moscow in 2019") */
static void test_prev_sentence_visited_place(void **state)
{
    (void)state;
    nt_run(PUB, "National Security Advisor Jake Sullivan visited New Delhi, India, June 13-14. He "
                "met with Prime Minister Narendra Modi.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Modi");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "New Delhi"));
    /* hard negative: a past visit of its own year */
    nt_run(PUB, "National Security Advisor Jake Sullivan visited New Delhi in 2019. He met with "
                "Prime Minister Narendra Modi.");
    e = nt_with_party(NSV_EV_MEETING, "Modi");
    NT_CHECK(e && !e->location_name);
    /* hard negative: the visitor is someone else */
    nt_run(PUB, "Minister Anna Kovac visited New Delhi, India, June 13-14. Jake Sullivan met with "
                "Prime Minister Narendra Modi.");
    e = nt_with_party(NSV_EV_MEETING, "Modi");
    NT_CHECK(e && !e->location_name);
}

/* "held meetings on the sidelines of the Munich Security Conference. X met
 * with Y": a party's in-person meeting told after a placed gathering of the
 * same day is held there; not a call, nor a meeting told before the
 * gathering ("chaired a meeting ... informed him about the talks he had on
 * the sidelines of the Conference") */
static void test_sideline_series_place(void **state)
{
    (void)state;
    nt_run(PUB,
           "President Ivan Petrov held a number of bilateral meetings on the sidelines of the "
           "Munich Security Conference today. In particular, Ivan Petrov met with Prime "
           "Minister Igor Rudenko. Ivan Petrov also spoke by phone with President Anna Kovac.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Rudenko");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Munich"));
    /* hard negative: a call is held in no place */
    e = nt_with_party(NSV_EV_MEETING, "Kovac");
    NT_CHECK(e && !e->location_name);
    /* hard negative: the meeting comes before the gathering it recalls */
    nt_run(PUB, "President Ivan Petrov chaired a meeting with Prime Minister Igor Rudenko today. "
                "Ivan Petrov informed him about the talks he had today on the sidelines of the "
                "Munich Security Conference.");
    e = nt_with_party(NSV_EV_MEETING, "Rudenko");
    NT_CHECK(e && !e->location_name);
}

/* "During a working trip to Tatarstan, X met with Y": an opener's visit to
 * a place the gazetteer does not know (capitalised words no lexicon knows,
 * ending the opening phrase) places the meeting; not such a name after a
 * visit that is no opener ("the results of his trip to Tatarstan") */
static void test_opening_visit_unknown_place(void **state)
{
    (void)state;
    nt_run(PUB, "During a working trip to Tatarstan, President Ivan Petrov met with Governor Igor "
                "Rudenko.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Rudenko");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Tatarstan"));
    /* hard negative: the trip is a topic, not the opener */
    nt_run(PUB, "President Ivan Petrov met with Governor Igor Rudenko to discuss the results of "
                "his trip to Tatarstan, and praised the region.");
    e = nt_with_party(NSV_EV_MEETING, "Rudenko");
    NT_CHECK(e && !e->location_name);
    /* the unknown place with a lower-case venue word after it */
    nt_run(PUB,
           "During his visit to the Zavidovo residence, President Ivan Petrov met with Governor "
           "Igor Rudenko.");
    e = nt_with_party(NSV_EV_MEETING, "Rudenko");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Zavidovo residence"));
}

/* "During his working trip to the Tver Region," is a visit: the region (a
 * capitalised name and an area word), or a city's region whole; not a trip
 * that is only planned, nor a topic after the cue */
static void test_trip_place(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("During his working trip to the Tver Region, President Ivan "
                                     "Petrov met with Governor Igor Rudenko.",
                                     "Petrov", "Rudenko");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Tver Region"));
    e = one_meeting("During a working trip to the Kharkiv region, President Petro Kovalenko held a "
                    "meeting with Governor Oleh Synehub.",
                    "Kovalenko", "Synehub");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Kharkiv region"));
    e = one_meeting("President Ivan Petrov met with Governor Igor Rudenko to prepare his "
                    "upcoming trip to the Tver Region.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name == NULL);
    e = one_meeting("President Ivan Petrov met with Governor Igor Rudenko, who spoke of a "
                    "school trip to the Tver Region.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name == NULL);
}

/* An opening setting set off by commas right before the subject, after a
 * lead-in of its own ("Thus, during the talks in France, X met Y", "... and
 * in June, at the summit in Lisbon, X met Y") places the meeting as one that
 * opens the sentence does; a stay the setting names ("During his stay in
 * Washington,", "during the visit of X to Kyiv,") places it too.  Not a
 * place that is the talks' topic, nor a visit that came before ("After his
 * visit to Paris,"), nor a person's origin set off by commas. */
static void test_mid_sentence_setting_place(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting("Thus, during the talks in Helsinki, President Ivan Petrov met "
                    "with Governor Igor Rudenko.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Helsinki"));
    e = one_meeting("During his stay in Washington, President Ivan Petrov met with Governor Igor "
                    "Rudenko.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Washington"));
    e = one_meeting("According to the ministry, during the visit of Governor Igor Rudenko to Kyiv, "
                    "President Ivan Petrov held talks with him.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Kyiv"));
    /* hard negatives: a topic's place, an earlier visit, an origin */
    e = one_meeting("Thus, during the talks on the situation in Donbas, President Ivan Petrov met "
                    "with Governor Igor Rudenko.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name == NULL);
    e = one_meeting("After his visit to Paris, President Ivan Petrov met with Governor Igor "
                    "Rudenko.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name == NULL);
    e = one_meeting("President Ivan Petrov, from Brighton, met with Governor Igor Rudenko.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name == NULL);
}

/* "Tehran hosted a trilateral meeting between A, B and C", "Helsinki will
 * host talks between A and B": a place as the subject of a hosting verb
 * right before the meeting noun is where it is held (a capital standing for
 * its state is the city).  Not a person who hosts, nor a place after the
 * noun that is a topic. */
static void test_place_hosts_meeting(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Tehran hosted a trilateral meeting between President Ivan "
                                     "Petrov and Governor Igor Rudenko.",
                                     "Petrov", "Rudenko");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Tehran"));
    e = one_meeting("Helsinki will host talks between President Ivan Petrov and Governor Igor "
                    "Rudenko.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Helsinki"));
    /* "will play host to": the verb's three words, "will" an auxiliary */
    e = one_meeting("Helsinki will play host to talks between President Ivan Petrov and Governor "
                    "Igor Rudenko.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Helsinki"));
    /* hard negatives: a person hosts; the place is the talks' topic */
    e = one_meeting("President Ivan Petrov hosted talks with Governor Igor Rudenko.", "Petrov",
                    "Rudenko");
    NT_CHECK(e->location_name == NULL);
    e = one_meeting("President Ivan Petrov will play host to talks with Governor Igor Rudenko.",
                    "Petrov", "Rudenko");
    NT_CHECK(e->location_name == NULL);
    e = one_meeting(
        "President Ivan Petrov hosted talks with Governor Igor Rudenko on the situation "
        "in Donbas.",
        "Petrov", "Rudenko");
    NT_CHECK(e->location_name == NULL);
}

/* The counterpart after a long title ("Special Trade Adviser to the Prime
 * Minister of the Republic of Estonia X"), but not a person named later in
 * a phrase about something else. */
static void test_counterpart_after_long_title(void **state)
{
    (void)state;
    one_meeting("Deputy Minister Anna Kovac held a working meeting with Special Trade Adviser to "
                "the Prime Minister of the Republic of Estonia Mart Tamm.",
                "Kovac", "Tamm");
    /* "met with" is one cue; "for" and "and" inside the title */
    one_meeting("Deputy Minister Anna Kovac met with Secretary of State for Trade of the United "
                "Kingdom Mark Tamm.",
                "Kovac", "Tamm");
    one_meeting("Deputy Minister Anna Kovac met with First Deputy Prime Minister and Finance "
                "Minister Mark Tamm.",
                "Kovac", "Tamm");
    one_meeting("Deputy Minister Anna Kovac had a telephone conversation with President of the "
                "People's Democratic Republic of Algeria Karim Benali.",
                "Kovac", "Benali");
    nt_run(PUB, "Deputy Minister Anna Kovac met with Trade Unions to discuss the plan of Prime "
                "Minister Mart Tamm.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Tamm") == NULL);
    /* the tail of a state's formal name or a title is no person */
    const nsv_event *e =
        one_meeting("Deputy Minister Anna Kovac had a telephone conversation with "
                    "President of the Socialist Republic of Vietnam Tran Van Minh.",
                    "Kovac", "Tran Van Minh");
    NT_CHECK(e->n_participants == 2 && !nt_has_party(e, "Socialist Republic"));
    nt_run(PUB, "Deputy Minister Anna Kovac met with Politburo Member Li Wen in Rome.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Politburo Member") == NULL);
}

/* A press conference is no meeting: it adds no event of its own; nor is
 * "Congress". */
static void test_press_conference(void **state)
{
    (void)state;
    nt_run(PUB, "Prime Minister Anna Kovac held talks with President Tom Reyes on Friday. Later, "
                "Kovac and Reyes gave a joint press conference.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    no_actual_meeting("Prime Minister Anna Kovac and President Tom Reyes held a news conference "
                      "on the budget.");
    /* "Congress" is mostly a body, and a party congress its own meeting */
    no_actual_meeting("President Tom Reyes urged Congress to keep standing with Ukraine.");
    no_actual_meeting("Anna Kovac congratulated the leadership on the 20th Congress of the Labour "
                      "Party.");
}

/* A photo session, a question and answer session or a legislature's term is
 * no meeting (a ceremony, a speech to an audience); a session with a named
 * counterpart, or of a council, still is. */
static void test_non_meeting_sessions(void **state)
{
    (void)state;
    no_actual_meeting("President Tom Reyes made the comments at a photo session with William "
                      "Webster, his nominee.");
    no_actual_meeting("The leaders of China, India and Russia took part in a joint photo "
                      "session.");
    no_actual_meeting("The first minister's comments came in a question and answer session at "
                      "Glenurquhart High School.");
    no_actual_meeting("The bill was reintroduced in this session of Congress, the Congressional "
                      "Budget Office said.");
    /* hard negatives: still meetings */
    one_meeting("President Tom Reyes held a session with Prime Minister Anna Kovac.", "Reyes",
                "Kovac");
    nt_run(PUB, "Tajikistan took part in the session of the Collective Security Council chaired "
                "by President Vladimir Putin.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Collective Security Council") != NULL);
}

/* Talks only reported or rumoured ("no comment on press reports that it had
 * resumed talks with", "speculation that X had held talks") are not stated
 * as fact; talks the text reports itself, next to a report, still are. */
static void test_reported_talks(void **state)
{
    (void)state;
    no_actual_meeting("Airbus Industrie said it had no comment on press reports that it had "
                      "resumed talks with the United States.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_HYPOTHETICAL) == 1);
    no_actual_meeting("Mr Varley declined to be drawn on reports that Barclays had held merger "
                      "talks with US bank Wells Fargo.");
    no_actual_meeting("The group made no comment despite recent speculation that Tom Hale had "
                      "held talks with Anna Kovac.");
    /* hard negatives: stated as fact */
    one_meeting("Airbus Industrie said it had resumed talks with the United States.", "Airbus",
                "United States");
    one_meeting("Prime Minister Anna Kovac held talks with President Tom Reyes, the ministry "
                "reported.",
                "Kovac", "Reyes");
    one_meeting("Following reports of unrest, Prime Minister Anna Kovac held talks with "
                "President Tom Reyes.",
                "Kovac", "Reyes");
}

/* A pair that meets the press after its talks holds no second meeting
 * (GUIDE: a meeting with journalists is none); a press word that modifies
 * another noun, the press secretary, or a party listed after the
 * journalists still meet. */
static void test_met_with_journalists(void **state)
{
    (void)state;
    no_actual_meeting("Prime Minister Anna Kovac and President Tom Reyes met with Polish "
                      "journalists.");
    no_actual_meeting("After the visit, the President met with local media workers.");
    nt_run(PUB, "Prime Minister Anna Kovac held talks with President Tom Reyes. Later, Kovac and "
                "Reyes met with journalists.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negatives: still meetings */
    one_meeting("Prime Minister Anna Kovac and President Tom Reyes concluded the talks with press "
                "statements.",
                "Kovac", "Reyes");
    one_meeting("Prime Minister Anna Kovac met with press secretary Tom Reyes.", "Kovac", "Reyes");
    one_meeting("Prime Minister Anna Kovac met with foreign journalists and President Tom Reyes.",
                "Kovac", "Reyes");
    /* a correspondent's title before "of" heads the person named after it */
    one_meeting("Prime Minister Anna Kovac met with the editor of The Times, Tom Reyes, in London.",
                "Kovac", "Reyes");
}

/* "the U.S.-Israel Strategic Consultative Group": a body whose name opens
 * with a country after a hyphened side is one body of the whole name; not
 * two parties joined by a hyphen ("United Russia-Communist Party"). */
static void test_hyphened_body_name(void **state)
{
    (void)state;
    nt_run(PUB, "Jake Sullivan led a meeting of the U.S.-Israel Strategic Consultative Group on "
                "Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    int whole = 0, part = 0;
    for (size_t k = 0; k < e->n_participants; k++) {
        whole |= !strcmp(e->participants[k].name, "U.S.-Israel Strategic Consultative Group");
        part |= !strcmp(e->participants[k].name, "Israel Strategic Consultative Group");
    }
    NT_CHECK(whole && !part);
    /* hard negative: a body not opening with a country keeps its own name */
    nt_run(PUB, "Anna Kovac took part in a meeting of the United Russia-Communist Party of China "
                "dialogue.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Communist Party of China"));
}

/* "X hosted Y ... for a meeting of the Group": the group's meeting is the
 * host's, one event; a group meeting that is not what the guests came for
 * stays apart. */
static void test_hosted_for_group_meeting(void **state)
{
    (void)state;
    nt_run_item("t", PUB, "Readout of a Meeting of the U.S.-Israel Strategic Consultative Group",
                "National Security Advisor Tom Reyes hosted Israeli National Security Advisor Dan "
                "Levy at the White House on Friday for a meeting of the U.S.-Israel Strategic "
                "Consultative Group.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Reyes") && nt_has_party(e, "Levy"));
    NT_CHECK(nt_has_party(e, "U.S.-Israel Strategic Consultative Group"));
    /* hard negative: the group's meeting is a topic after "on", not the
     * host's meeting */
    nt_run(PUB, "National Security Advisor Tom Reyes hosted Israeli National Security Advisor "
                "Dan Levy on Friday. Later, Reyes chaired a meeting of the Security Council of "
                "Ukraine on Monday.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) >= 1);
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Security Council"));
}

/* "The U.S.-EU Task Force on Energy Security met in Washington": a pair's
 * joint body named in title case after a hyphened pair meets as the body
 * and its two sides; not a pair's deal that "met resistance". */
static void test_pair_body_met(void **state)
{
    (void)state;
    nt_run(PUB, "On Friday, the U.S.-EU Task Force on Energy Security met in person in "
                "Washington.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "U.S.-EU Task Force on Energy Security"));
    NT_CHECK(nt_has_party(e, "U.S."));
    /* hard negatives */
    no_actual_meeting("Talks on the U.S.-China Trade Deal met resistance.");
    no_actual_meeting("Both critics of the U.S.-EU Energy Council met on Friday.");
}

/* An international group's summit that places someone is a meeting of the
 * group with that person; not a summit as a topic, a party conference, or
 * the setting of a meeting that is only planned. */
static void test_group_summit_as_setting(void **state)
{
    (void)state;
    nt_run(PUB, "Prime Minister Anna Kovac spoke at the NATO summit in Vilnius on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "NATO") && nt_has_party(e, "Kovac"));
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Vilnius"));
    /* a host's own summit: "at President X's Climate Summit" */
    nt_run(PUB, "The pledges were announced at President Tom Reyes's Climate Summit on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Reyes"));
    no_actual_meeting("Critics mocked the results of President Tom Reyes's Climate Summit.");
    no_actual_meeting("Prime Minister Anna Kovac praised the results of the NATO summit.");
    no_actual_meeting("Prime Minister Anna Kovac spoke at the Labour Party conference.");
    no_actual_meeting(PUTIN " and " ERDOGAN " agreed to meet in person in the autumn at the SCO "
                            "summit.");
}

/* Talks between two countries named in a call readout are its topic: they
 * add no parties to the call and no event, though a person's country is
 * unknown; a past summit the readout places and dates stays an event. */
static void test_call_topic_talks(void **state)
{
    (void)state;
    nt_run("2022-03-05", "Governor Tom Reyes spoke by phone today with President Anna Kovac of "
                         "Ukraine. The leaders discussed the talks between Russia and Ukraine.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->n_participants == 2 && !nt_has_party(e, "Russia"));
    nt_run("2022-03-05", "Governor Tom Reyes spoke by phone today with President Anna Kovac of "
                         "Ukraine. They recalled the Russian-Ukrainian summit in Minsk in May "
                         "2017.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* "the Russian-Kyrgyz summit" after the presidents' talks is those talks
 * again: two states in a compound make no group summit. */
static void test_two_state_summit_is_the_talks(void **state)
{
    (void)state;
    nt_run(PUB, "Russian President Ivan Petrov held talks with Kyrgyz President Aibek Osmonov. "
                "The Russian-Kyrgyz summit ended with a joint declaration.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Petrov") && nt_has_party(e, "Osmonov"));
}

/* "During their telephone conversation, X and Y discussed": both parties
 * of a meeting the text opens with; after a meeting already named, such an
 * opening names its hosts, not a new meeting. */
static void test_opening_names_the_parties(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("During their telephone conversation, President Tom Reyes "
                                     "and Prime Minister Anna Kovac discussed trade.",
                                     "Reyes", "Kovac");
    NT_CHECK(e->format == NSV_FORMAT_PHONE);
    /* an opening participle phrase: its subject follows the comma */
    one_meeting("Speaking to reporters after a meeting with Finance Minister Mark Tamm, Governor "
                "Tom Reyes said the talks went well.",
                "Tamm", "Reyes");
    /* "received his full backing": a possessive is no guest */
    no_actual_meeting("Having received his full backing, Governor Tom Reyes resigned.");
    nt_run(PUB, "Mayor Tom Reyes met with union leaders. During the meeting, Mayor Tom Reyes and "
                "Governor Jane Roe stressed jobs.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Roe") == NULL);
}

/* "The meeting was attended by A, B and C": the people join the meeting
 * named before (not a call mentioned since); "will be attended" is planned. */
static void test_attended_by(void **state)
{
    (void)state;
    nt_run(PUB, "Prime Minister Anna Kovac held talks with President Tom Reyes. The talks were "
                "attended by Foreign Minister Mark Tamm and Finance Minister Lena Ots.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Reyes") && nt_has_party(e, "Tamm") && nt_has_party(e, "Ots"));
    nt_run(PUB, "Prime Minister Anna Kovac held talks with President Tom Reyes. She told him about "
                "her telephone conversation with Chancellor Olaf Brandt. The meeting was attended "
                "by Foreign Minister Mark Tamm.");
    e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e == NULL || !nt_has_party(e, "Tamm"));
    no_actual_meeting("The conference will be attended by President Tom Reyes and Foreign Minister "
                      "Mark Tamm.");
}

/* "attended by A, Minister of Construction, Housing and Utilities B,
 * Minister of Science and Higher Education C and D": the list goes on past a
 * portfolio with commas to the titled people after it. */
static void test_attended_by_long_portfolios(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin held a meeting on road construction. The meeting was attended by "
                "Minister of Finance Anton Siluanov, Minister of Construction, Housing and "
                "Utilities Irek Fayzullin, Minister of Science and Higher Education Pavel Orlov, "
                "Head of the Federal Road Agency Roman Novikov and Minister of Transport Vitaly "
                "Savelyev.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Siluanov") && nt_has_party(e, "Orlov"));
    NT_CHECK(nt_has_party(e, "Novikov") && nt_has_party(e, "Savelyev"));
    /* hard negative: no portfolio words as a party */
    NT_CHECK(!nt_has_party(e, "Higher Education"));
}

/* "X hosted by Y": Y joins the meeting the noun before names; a dinner or
 * an exercise hosted by someone is no meeting. */
static void test_hosted_by(void **state)
{
    (void)state;
    nt_run(PUB, "Prime Minister Anna Kovac took part in talks with President Tom Reyes hosted by "
                "Chancellor Olaf Brandt of Germany and Prime Minister Lena Ots of Estonia.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Reyes");
    NT_CHECK(e && nt_has_party(e, "Brandt") && nt_has_party(e, "Ots"));
    no_actual_meeting("Ambassador Mark Tamm attended a dinner hosted by President Tom Reyes.");
    no_actual_meeting("The exercise was hosted by the Estonian Defence Forces.");
}

/* A merge grows a record's parties: a mention passed over before it (the
 * talks "with both countries' delegations") joins once the two-state summit
 * tied the countries to the people.  Separate meetings split from one cue
 * stay apart. */
static void test_merge_after_growth(void **state)
{
    (void)state;
    nt_run(PUB, "President Kassym-Jomart Tokayev had negotiations with Uzbek President Shavkat "
                "Mirziyoyev. The negotiations focused on bilateral Kazakh-Uzbek cooperation. "
                "Opening the talks with the participation of both countries' delegations, "
                "President Tokayev spoke of trade. After the Kazakh-Uzbek summit the two "
                "presidents answered questions from the press.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Tokayev") && nt_has_party(e, "Mirziyoyev"));
    /* hard negative: two meetings from "held meetings with A and B" */
    nt_run(PUB, "Governor Lisa Marsh held meetings today with Mayor Ann Holt and Senator "
                "Paul Brandt. Marsh met with Holt and Brandt in the capital.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) >= 2);
}

/* "ahead of the third Canada-Nordics Summit": the hyphen of the compound is
 * no distance, so the summit ahead is planned; "after" it, it took place. */
static void test_ahead_of_compound_summit(void **state)
{
    (void)state;
    nt_run(PUB, "Prime Minister Anna Berg of Norway met President Tom Hale of Canada in Oslo "
                "on Friday ahead of the third Canada-Nordics Summit meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_with_party(NSV_EV_MEETING, "Berg"), "Hale"));
    nt_run(PUB, "Prime Minister Anna Berg of Norway met President Tom Hale of Canada in Oslo "
                "on Friday after the third Canada-Nordics Summit meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* "the forthcoming Russia-NATO summit": a near word of modality.tsv counts
 * its three words across the compound's hyphen, which is no word. */
static void test_near_word_across_compound(void **state)
{
    (void)state;
    nt_run(PUB, "The two leaders discussed issues connected with the forthcoming Russia-NATO "
                "summit in Rome.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "NATO") != NULL);
    /* hard negative: the near word four words before the summit */
    nt_run(PUB, "The next day the Russia-NATO summit opened in Rome.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "on the eve of the session of the European Council": a meeting the
 * speaker's own talks come before has not taken place yet, as "ahead of". */
static void test_eve_of_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Prime Minister Anna Berg coordinated positions with Tom Hale on the eve of "
                "the session of the European Council.");
    NT_CHECK(!nt_has_party(nt_with_party(NSV_EV_MEETING, "European Council"), "Berg") ||
             nt_with_party(NSV_EV_MEETING, "European Council")->modality != NSV_MOD_ACTUAL);
    nt_run(PUB, "They noted the importance of holding it on the eve of the NATO-Russia Council "
                "meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* hard negative: a meeting that took place on the eve of something else */
    nt_run(PUB, "On the eve of the anniversary, President Anna Berg met with President Tom Hale "
                "in Oslo.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_with_party(NSV_EV_MEETING, "Berg"), "Hale"));
}

/* "He was briefed by Secretary A; Secretary B; and Administrator C": a
 * briefing by named people is a meeting of the one briefed with them. */
static void test_briefed_by(void **state)
{
    (void)state;
    nt_run(PUB, "President Joseph R. Biden met today with Cabinet members to receive a briefing. "
                "He was briefed by Secretary of Homeland Security Alejandro Mayorkas; Secretary "
                "of Agriculture Tom Vilsack; and FEMA Administrator Deanne Criswell.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Mayorkas");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Biden") &&
             nt_has_party(e, "Vilsack") && nt_has_party(e, "Criswell"));
    /* hard negatives: told or informed by someone, and briefed by a body */
    nt_run(PUB, "Senator Jan Olsen said he was told by Minister Anna Berg that the bill was dead.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Senator Jan Olsen was informed by Minister Anna Berg of the delay.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Senator Jan Olsen was briefed by the Treasury on the delay.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "after talks with CoFACE, the French export credit agency", "held merger
 * discussions with MCI": an unknown acronym right after a meeting cue's
 * "with", ending its phrase, is the body met. */
static void test_acronym_met_with(void **state)
{
    (void)state;
    nt_run(PUB, "Finance Minister Jan Olsen held talks with CoFACE, the French export credit "
                "agency, on Monday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "CoFACE");
    NT_CHECK(e != NULL && nt_has_party(e, "Olsen"));
    nt_run(PUB, "Harlow Steel Corp has held merger discussions with MCI in the past.");
    e = nt_with_party(NSV_EV_MEETING, "MCI");
    NT_CHECK(e != NULL && nt_has_party(e, "Harlow Steel"));
    /* with the article too: "held talks with the UAW" (the article's own
     * rule keeps "the X" only before a speech verb) */
    nt_run(PUB, "Harlow Steel Corp held talks with the UAW on a new labor contract.");
    e = nt_with_party(NSV_EV_MEETING, "UAW");
    NT_CHECK(e != NULL && nt_has_party(e, "Harlow Steel"));
    /* hard negatives: an acronym that modifies the words after it */
    nt_run(PUB, "Director Jan Olsen hosted a roundtable with LGBTQ+ leaders on Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "LGBTQ") == NULL);
    nt_run(PUB, "Director Jan Olsen held talks with AA leaders on Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "AA") == NULL);
    nt_run(PUB, "Director Jan Olsen held talks with the AA leaders on Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "AA") == NULL);
}

/* "talks between the two companies", "The two banks held talks": a counted
 * group of businesses is the businesses named before it (not its people),
 * and "the cost of meeting regulatory requirements" is no meeting. */
static void test_two_companies(void **state)
{
    (void)state;
    nt_run(PUB, "Harlow Steel Corp bid for Brennan Mining Corp last week. The two companies "
                "held talks on Monday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Harlow Steel Corp");
    NT_CHECK(e != NULL && nt_has_party(e, "Brennan Mining Corp"));
    /* lone names of no office may be businesses the finder did not know */
    nt_run(PUB, "Brelco said profits fell. Dorna said sales rose. The two companies held talks "
                "on Monday.");
    e = nt_with_party(NSV_EV_MEETING, "Brelco");
    NT_CHECK(e != NULL && nt_has_party(e, "Dorna"));
    /* a lone name right after a trade's business noun ("winemaker Brelco")
     * is a business the two companies may count */
    nt_run(PUB, "Australian brewer Harlow Group made an offer for Australian winemaker Brelco. "
                "The two companies held talks on Monday.");
    e = nt_with_party(NSV_EV_MEETING, "Brelco");
    NT_CHECK(e != NULL && nt_has_party(e, "Harlow Group"));
    /* hard negative: after a noun of no business, a lone name is no firm */
    nt_run(PUB, "Australian brewer Harlow Group made an offer to Australian singer Brelco. "
                "The two companies held talks on Monday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Brelco") == NULL);
    /* "US bank Dorna Vance": the description is no firm; the name, read as
     * a person's, is */
    nt_run(PUB, "Brelco Corp made an offer for US bank Dorna Vance. Dorna Vance has 6,000 "
                "branches. The two banks held talks in October.");
    e = nt_with_party(NSV_EV_MEETING, "Brelco Corp");
    NT_CHECK(e != NULL && nt_has_party(e, "Dorna Vance") && !nt_has_party(e, "US bank"));
    /* hard negative: a person's name with a title is no firm */
    nt_run(PUB, "Brelco Corp made an offer for US bank Dorna Vance. Senator Jan Olsen has 6,000 "
                "branches. The two banks held talks in October.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Olsen") == NULL);
    /* the object of "between" after a meeting noun names the sides */
    nt_run(PUB, "Harlow Steel Corp sued Brennan Mining Corp in 1984. Settlement talks between "
                "the two companies broke down earlier this year.");
    e = nt_with_party(NSV_EV_MEETING, "Harlow Steel Corp");
    NT_CHECK(e != NULL && nt_has_party(e, "Brennan Mining Corp"));
    /* hard negative: "between" after a word that is no meeting */
    nt_run(PUB, "Harlow Steel Corp sued Brennan Mining Corp in 1984. A merger between the two "
                "companies was approved on Monday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Harlow Steel Corp") == NULL);
    /* hard negative: people named before are no companies */
    nt_run(PUB, "Senator Jan Olsen criticised Minister Anna Berg last week. The two companies "
                "held talks on Monday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Olsen") == NULL);
    /* hard negative: "meeting" as the verb "meet" after a preposition */
    nt_run(PUB, "Harlow Steel Corp and Brennan Mining Corp said the two companies may drop "
                "the plan because of the cost of meeting regulatory requirements.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0 && nt_count(NSV_EV_MEETING, NSV_MOD_HYPOTHETICAL) == 0);
}

/* "Euronext, which runs the Paris bourse, also began talks with the LSE ...
 * Euronext said": a lone name that holds talks and speaks later in the item
 * is a party already where it holds them. */
static void test_lone_name_speaks_later(void **state)
{
    (void)state;
    nt_run(PUB, "Kestrel, which runs the Paris bourse, also began talks with Dorna Corp. In a "
                "statement, Kestrel said any offer would be in cash.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Kestrel");
    NT_CHECK(e != NULL && nt_has_party(e, "Dorna Corp"));
    /* hard negative: a capitalised word that never speaks is no name */
    nt_run(PUB, "Kestrel, which runs the Paris bourse, also began talks with Dorna Corp. The "
                "offer would be in cash.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Kestrel") == NULL);
    /* hard negative: a word inside a longer name ("Harper and Row") */
    nt_run(PUB, "Harlow and Kestrel began talks with Dorna Corp. Kestrel said the offer was "
                "fair.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Kestrel") == NULL);
}

/* Company names as wire copy writes them: legal forms one after another,
 * "and" inside a name, a stock ticker after it (whose dot ends no
 * sentence), and the company's first word for it later. */
static void test_company_names(void **state)
{
    (void)state;
    nt_run(PUB, "Harlow Steel Corp Holdings Ltd <HSW.L> and Brennan Mining and Exploration "
                "Corp <BME.TO> are still holding talks on a merger.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Harlow Steel Corp Holdings Ltd"));
    NT_CHECK(nt_has_party(e, "Brennan Mining and Exploration Corp"));
    nt_run(PUB, "Kestrel Freight Corp said it would bid for the line. Analyst Tom Reyes met "
                "with Kestrel officials on Monday.");
    NT_CHECK(nt_has_party(nt_with_party(NSV_EV_MEETING, "Reyes"), "Kestrel Freight Corp"));
    /* hard negatives: a union and a company are two parties, not one name;
     * "Co-operation" holds no company */
    nt_run(PUB, "The United Dock Workers and Coastal Shipping Corp held talks on a new contract.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Coastal Shipping Corp") && !nt_has_party(e, "Workers and"));
    nt_run(PUB, "The Nordic Economic Co-operation Council met with Kestrel officials.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Nordic Economic Co") == NULL);
}

/* "received X's bid", "received 28 mln shares of X": no guest; "received
 * a delegation of X" is one. */
static void test_host_object_is_a_guest(void **state)
{
    (void)state;
    no_actual_meeting("Governor Lisa Marsh received Senator Paul Brandt's report on Monday.");
    no_actual_meeting("Kestrel Freight Corp said shareholders of Harlow Steel Corp received 28 "
                      "mln shares of Kestrel stock.");
    nt_run(PUB, "Governor Lisa Marsh received a delegation of the Ukrainian parliament.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "X received credentials from Ambassador of A Name1, Ambassador of B Name2
 * and ...": a credentials ceremony is the host receiving each envoy; the
 * titled list goes on across each "Ambassador of" (a state's full name,
 * "the Democratic Socialist Republic of Sri Lanka", included). */
static void test_credentials_ceremony(void **state)
{
    (void)state;
    nt_run(PUB, "President Olena Marsh received credentials from Ambassador of Bosnia and "
                "Herzegovina Biljana Gutic Bjelica, Ambassador of the Democratic Socialist "
                "Republic of Sri Lanka Mohamed Rizvi Hassen and Ambassador of Japan Kuninori "
                "Matsuda.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Marsh") && nt_has_party(e, "Bjelica") && nt_has_party(e, "Hassen") &&
             nt_has_party(e, "Matsuda"));
    /* a host's titled guests: the list goes on across the second title */
    nt_run(PUB, "President Lisa Marsh hosted Senate Judiciary Chair Paul Brandt and Ranking "
                "Member Rita Gomez in the Oval Office.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Brandt") && nt_has_party(e, "Gomez"));
    /* hard negatives: credentials still to come, or an office's papers */
    no_actual_meeting("Seventeen ambassadors will present their credentials to President Lisa "
                      "Marsh on Monday.");
    no_actual_meeting("The contractor received credentials from the State Department on Monday.");
}

/* "X received credentials from 20 foreign ambassadors. The following
 * ambassadors presented their credentials to the President: A (Argentine
 * Republic), B (Republic of Croatia) and C (USA)": the host meets an
 * unnamed group of envoys, and the roster run on after the colon names
 * them, with the state in brackets or after a comma up to a semicolon. */
static void test_credentials_roster(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin received credentials from 20 foreign ambassadors. The following "
                "ambassadors presented their credentials to the President of Russia: Ricardo "
                "Ernesto Lagorio (Argentine Republic), Tonci Stanicic (Republic of Croatia) and "
                "Jon Meade Huntsman (USA).");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Putin") && nt_has_party(e, "Lagorio") &&
             nt_has_party(e, "Stanicic") && nt_has_party(e, "Huntsman"));
    nt_run(PUB, "President Vladimir Putin received credentials from foreign ambassadors. The "
                "following ambassadors handed in their credentials to President Putin: Karin "
                "Jaani, Republic of Estonia; James Anthony Sharkey, Ireland.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Jaani") && nt_has_party(e, "Sharkey"));
    /* hard negatives: ambassadors still to present theirs; a colon after
     * no roster word lists no one at the meeting */
    no_actual_meeting("Seventeen ambassadors will present their credentials to the President of "
                      "Russia: Steve Davies Ugbah (Nigeria) and Amjad Odeh Adaileh (Jordan).");
    nt_run(PUB, "Vladimir Putin received credentials from 20 foreign ambassadors. He named two "
                "priorities: Ricardo Ernesto Lagorio (Argentina) and Tonci Stanicic (Croatia).");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && !nt_has_party(e, "Lagorio"));
}

/* "welcomed the Prime Minister of Iraq, Mohammed Al-Sudani, to the White
 * House", "welcomed a delegation led by Mexico's Secretary of Security X to
 * the White House": the guest named right before the place, a few words
 * after the verb (a titled person, or a name in apposition to an office). */
static void test_welcomed_guest_far(void **state)
{
    (void)state;
    nt_run(PUB, "President Lisa Marsh welcomed the Prime Minister of the Republic of Iraq, "
                "Mohammed Shia'a Al-Sudani, to the White House.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Marsh") && nt_has_party(e, "Al-Sudani"));
    nt_run(PUB, "Homeland Security Advisor Rita Gomez welcomed a delegation led by Mexico's "
                "Secretary of Security Rosa Icela Rodriguez to the White House.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Rodriguez"));
    /* a capitalised word of a name that is also a speech verb ("States")
     * breaks no clause */
    nt_run(PUB, "President Lisa Marsh welcomed the Secretary General of the Organization of "
                "American States, Paul Brandt Jones, to the White House.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Marsh") && nt_has_party(e, "Brandt Jones"));
    /* hard negatives: a welcomed decision, with a visit to a place after
     * it; a passive "welcomed by" whose subject is a plan */
    no_actual_meeting("President Lisa Marsh welcomed the recent breakthrough in relations and "
                      "praised Prime Minister Paul Brandt's visit to Kyiv.");
    no_actual_meeting("The plan of Senator Paul Brandt was welcomed by Governor Lisa Marsh at "
                      "the White House.");
}

/* "declined to say whether X and Y had held talks" asserts no talks; a
 * comma closes the question ("Asked whether ..., X met Y"). */
static void test_whether_question(void **state)
{
    (void)state;
    no_actual_meeting("Smith declined to say whether Kestrel Freight Corp and Harlow Steel Corp "
                      "had held any recent talks.");
    nt_run(PUB, "Asked whether trade would improve, Governor Lisa Marsh said she had met with "
                "Senator Paul Brandt on Friday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "Participants included:" and a list, one party a line: the people and
 * bodies join the meeting named before; a line of prose ends the list, and
 * with no meeting before, the list is nobody's. */
static void test_roster_list(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt convened a meeting with city council members on housing.\n\n"
                "Participants included:\n\n"
                "- Council Member Rita Gomez\n"
                "- Senator Paul Brandt (D-12), Housing Committee\n"
                "- Harbor Tenants Association\n\n"
                "The mayor will host another session next month.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Holt") && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    NT_CHECK(nt_has_party(e, "Harbor Tenants Association"));
    /* the roster's colon is found past colons inside words and times (the
     * text's colons are visited, not every token) */
    nt_run_item("c1", PUB, "Housing: notes at 10:30 on city.example.org/a:b",
                "Mayor Ann Holt convened a meeting with city council members on housing.\n\n"
                "Participants included:\n\n"
                "- Council Member Rita Gomez\n"
                "- Senator Paul Brandt (D-12), Housing Committee\n\n"
                "The mayor will host another session next month.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Holt") && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    /* hard negatives: a colon that opens no roster */
    nt_run_item("c2", PUB, "Housing: notes at 10:30 on city.example.org/a:b",
                "Mayor Ann Holt convened a meeting with city council members on housing.\n\n"
                "See: city.example.org/a:b\n\n"
                "- Council Member Rita Gomez\n"
                "- Senator Paul Brandt");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Holt") && !nt_has_party(e, "Gomez"));
    nt_run(PUB, "The new law has wide support. Its supporters included:\n\n"
                "- Senator Paul Brandt\n"
                "- Council Member Rita Gomez");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Mayor Ann Holt convened a meeting with city council members on housing.\n\n"
                "Participants included:\n"
                "Rita Gomez, Council Member\n"
                "Governor Paul Brandt said the plan is good.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Gomez") && !nt_has_party(e, "Brandt"));
}

/* A lone party that met a group named by its region or people ("Caribbean
 * leaders", "leading Italian entrepreneurs") has that group as the other
 * side; a group of no region or people, or a meeting with a second named
 * party, gets none. */
static void test_region_group_is_other_side(void **state)
{
    (void)state;
    nt_run(PUB, "In April, Governor Lisa Marsh convened a virtual meeting with Caribbean "
                "leaders.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Marsh");
    NT_CHECK(e && nt_has_party(e, "Caribbean leaders") && e->n_participants == 2);
    nt_run(PUB, "Mayor Ann Holt met with leading Italian entrepreneurs on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Italian entrepreneurs") && e->n_participants == 2);
    /* hard negatives */
    nt_run(PUB, "Mayor Ann Holt held a private meeting with senior union figures on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && e->n_participants == 1);
    nt_run(PUB, "Mayor Ann Holt and Governor Lisa Marsh convened Caribbean leaders on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Marsh") && !nt_has_party(e, "Caribbean leaders"));
}

/* "convened the CEOs of the three companies that make X, including A, B,
 * and C Scientific": the bodies listed after the group's "of" phrase and
 * ", including" take part, a name the mention finder left unread too; a
 * list after a purpose ("to discuss issues, including") is a topic. */
static void test_group_including_members(void **state)
{
    (void)state;
    nt_run(PUB, "On Tuesday, Mayor Ann Holt convened the CEOs of the three companies that "
                "together make vaccines for infants, including Sanofi, AstraZeneca, and Thermo "
                "Fisher Scientific.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Sanofi") && nt_has_party(e, "AstraZeneca"));
    NT_CHECK(nt_has_party(e, "Thermo Fisher Scientific"));
    /* hard negative */
    nt_run(PUB, "On Tuesday, Mayor Ann Holt convened the CEOs of three companies to discuss "
                "rivals, including Sanofi and AstraZeneca.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Sanofi") && !nt_has_party(e, "AstraZeneca"));
}

/* Out of working memory while an ", including" list is read: the meeting
 * stage fails with the out-of-memory code, never a meeting that silently
 * lost the rest of its list.  The stage itself is run (nsv_normalize would
 * also fail the item on the arena's sticky failure flag, so a rule that
 * swallowed the error would go unseen there).  Every cap up to the one the
 * item fits in is tried (the arena counts in 16-byte steps): each run whose
 * annotation fits either fails extract_meetings with NSV_ERR_NOMEM or keeps
 * all three members; both kinds of run occur. */
static int draft_has_party(const doc *x, const ev_draft *e, const char *key)
{
    for (int i = 0; i < e->nents; i++)
        if (e->ents[i] >= 0 && x->ents[e->ents[i]].name && strstr(x->ents[e->ents[i]].name, key))
            return 1;
    return 0;
}

/* Runs the meeting stage on text under every arena cap up to the one it
 * fits in (nt_stage_out_of_memory).  A run whose annotation fits either
 * fails extract_meetings with NSV_ERR_NOMEM or reads a meeting with
 * `party` that `kept` accepts (given `arg`); both kinds of run must occur. */
typedef int (*meeting_kept_fn)(const doc *x, const ev_draft *e, const char *arg);

struct meeting_kept {
    const char *party;
    meeting_kept_fn kept;
    const char *arg;
};

static int meeting_kept_in(const doc *x, const ev_list *list, const void *arg)
{
    const struct meeting_kept *k = arg;
    for (size_t i = 0; i < list->n; i++)
        if (list->v[i].ev.type == NSV_EV_MEETING && draft_has_party(x, &list->v[i], k->party))
            return k->kept(x, &list->v[i], k->arg);
    return 0;
}

static void meeting_stage_out_of_memory(const char *text, const char *party, meeting_kept_fn kept,
                                        const char *arg)
{
    struct meeting_kept k = {party, kept, arg};
    char what[256];
    snprintf(what, sizeof what, "the meeting with %s was read without %s", party, arg);
    nt_stage_out_of_memory(text, PUB, nt_resolve, nt_meetings, meeting_kept_in, &k, what);
}

static int has_all_three_members(const doc *x, const ev_draft *e, const char *arg)
{
    (void)arg;
    return draft_has_party(x, e, "Sanofi") && draft_has_party(x, e, "AstraZeneca") &&
           draft_has_party(x, e, "Thermo Fisher Scientific");
}

static void test_group_including_members_out_of_memory(void **state)
{
    (void)state;
    static const char text[] =
        "On Tuesday, Mayor Ann Holt convened the CEOs of the three companies that together "
        "make vaccines for infants, including Sanofi, AstraZeneca, and Thermo Fisher Scientific.";
    meeting_stage_out_of_memory(text, "Holt", has_all_three_members, "all its members");
}

/* Out of working memory while the place of an opener's visit is copied
 * ("During his visit to the Zavidovo residence,": a name no lexicon knows,
 * opening_visit_name; "to the Kelvora Region", region_at): the meeting
 * stage fails with the out-of-memory code, never a meeting read as having
 * no place.  Run as test_group_including_members_out_of_memory is: every
 * cap up to the one the item fits in; each run whose annotation fits
 * either fails extract_meetings with NSV_ERR_NOMEM or keeps the place;
 * both kinds of run occur. */
static int keeps_visit_place(const doc *x, const ev_draft *e, const char *place)
{
    (void)x;
    return e->visit_place && !strcmp(e->visit_place, place);
}

static void opening_visit_place_out_of_memory(const char *text, const char *place)
{
    meeting_stage_out_of_memory(text, "Rudenko", keeps_visit_place, place);
}

static void test_opening_visit_place_out_of_memory(void **state)
{
    (void)state;
    static const char venue[] = "During his visit to the Zavidovo residence, President Ivan "
                                "Petrov met with Governor Igor Rudenko.";
    static const char region[] = "During his trip to the Kelvora Region, President Ivan Petrov "
                                 "met with Governor Igor Rudenko.";
    /* with room to spare, the visit places the meeting */
    nt_run(PUB, venue);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Rudenko");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Zavidovo residence"));
    nt_run(PUB, region);
    e = nt_with_party(NSV_EV_MEETING, "Rudenko");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Kelvora Region"));
    opening_visit_place_out_of_memory(venue, "Zavidovo residence");
    opening_visit_place_out_of_memory(region, "Kelvora Region");
}

/* Out of working memory while the side of a meeting's listed offices or of
 * an office the item names no holder of is made ("met with the Governors of
 * Louisiana and Alabama": sides_listed, past listed_country, makes each
 * state's body; "held talks with the Prime Minister of Denmark":
 * office_country makes the country): the meeting stage fails with the
 * out-of-memory code, never a meeting read without that side or none at
 * all.  Run as test_group_including_members_out_of_memory is.  ("Officials
 * from the U.S. and Mexico met" runs listed_country too, but finds the
 * countries made: find_mentions makes a country's entity with its every
 * mention, add_country_mention, and no row of places.tsv is named as its
 * country or opens with a country's name.) */
static int has_party_arg(const doc *x, const ev_draft *e, const char *arg)
{
    return draft_has_party(x, e, arg);
}

static void test_listed_side_out_of_memory(void **state)
{
    (void)state;
    /* (a meeting opens each item, so the list has room for the next) */
    static const char delegates[] = "Norway held talks with Sweden. Senior officials from the U.S. "
                                    "and Mexico met in Mexico City on Tuesday.";
    static const char office[] = "Norway held talks with Sweden. President Ivan Petrov held talks "
                                 "with the Prime Minister of Denmark on Tuesday.";
    static const char governors[] = "Norway held talks with Sweden. President Ivan Petrov met "
                                    "with the Governors of Louisiana and Alabama on Tuesday.";
    nt_run(PUB, governors);
    const nsv_event *g = nt_with_party(NSV_EV_MEETING, "Petrov");
    NT_CHECK(g && nt_has_party(g, "Louisiana") && nt_has_party(g, "Alabama"));
    meeting_stage_out_of_memory(governors, "Petrov", has_party_arg, "Alabama");
    nt_run(PUB, delegates);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Mexico");
    NT_CHECK(e && nt_has_party(e, "U.S."));
    nt_run(PUB, office);
    e = nt_with_party(NSV_EV_MEETING, "Petrov");
    NT_CHECK(e && nt_has_party(e, "Denmark"));
    meeting_stage_out_of_memory(delegates, "Mexico", has_party_arg, "United States");
    meeting_stage_out_of_memory(office, "Petrov", has_party_arg, "Denmark");
}

/* Out of working memory while a country the meeting stage makes is named
 * as the item spells it ("American officials": the United States, which
 * the item writes "U.S." only inside "the U.S. State Department", so
 * find_mentions made no country; country_as_spelled lists the country
 * tokens and copies the spelling): the stage fails with the out-of-memory
 * code, never a party shown by its canonical name as if the item wrote
 * that.  Both the runs under every cap and those with each allocation
 * failing alone (nt_stage_one_failure) see a spelling read as "none". */
static int has_party_shown(const doc *x, const ev_draft *e, const char *arg)
{
    for (int i = 0; i < e->nents; i++)
        if (e->ents[i] >= 0 && !strcmp(ent_shown(&x->ents[e->ents[i]]), arg))
            return 1;
    return 0;
}

static void test_country_as_spelled_out_of_memory(void **state)
{
    (void)state;
    static const char text[] = "A Chinese delegation met American officials in Beijing on "
                               "Monday, the U.S. State Department said.";
    nt_run(PUB, text);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Chinese delegation");
    NT_CHECK(e && nt_has_party(e, "U.S.") && !nt_has_party(e, "United States"));
    /* hard negative: an item that never spells the country shows its
     * canonical name */
    nt_run(PUB, "A Chinese delegation met American officials in Beijing on Monday, the State "
                "Department said.");
    e = nt_with_party(NSV_EV_MEETING, "Chinese delegation");
    NT_CHECK(e && nt_has_party(e, "United States") && !nt_has_party(e, "U.S."));
    meeting_stage_out_of_memory(text, "Chinese delegation", has_party_shown, "U.S.");
}

/* Out of working memory while the outlet's own office holder is made
 * (outlet_office_person: a presidency's headline "Telephone conversation
 * with X" names its principal by leaving him out): the meeting stage fails
 * with the out-of-memory code, never a call read without him.  The item's
 * many countries fill the entity table, so adding him allocates (to file
 * him in its index); under a cap every later allocation fails too and a
 * holder read as "none" would go unseen, so the check that catches it is
 * each allocation failing alone (nt_stage_one_failure, run by
 * nt_stage_out_of_memory_item). */
static void test_outlet_office_person_out_of_memory(void **state)
{
    (void)state;
    static const char title[] = "Telephone conversation with President of Finland Sauli Niinisto";
    static const char text[] =
        "The sides discussed trade with Sweden, Norway, Denmark, Estonia, Latvia, Lithuania, "
        "Poland, Germany, France, Italy, Spain, Portugal, Greece, Turkey, Austria, Hungary, "
        "Romania, Bulgaria, Serbia, Croatia, Slovenia, Slovakia, Belgium, the Netherlands, "
        "Ireland, Iceland, Canada, Mexico, Brazil, Argentina, Chile, Peru, Colombia, India, China "
        "and Japan.";
    nt_run_source("t-1", KREMLIN, PUB, title, text);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Niinisto");
    NT_CHECK(e && nt_has_party(e, "Putin"));
    /* hard negative: an outlet of no office holder gives the call no
     * principal */
    nt_run_source("t-1", "Test Wire", PUB, title, text);
    e = nt_with_party(NSV_EV_MEETING, "Niinisto");
    NT_CHECK(!e || !nt_has_party(e, "Putin"));
    struct meeting_kept k = {"Niinisto", has_party_arg, "Vladimir Putin"};
    nt_stage_out_of_memory_item(KREMLIN, title, text, PUB, nt_resolve, nt_meetings, meeting_kept_in,
                                &k, "the call with Niinisto was read without Vladimir Putin");
}

/* Out of working memory while an earlier meeting of "their" is drafted
 * ("which followed their March 14 meeting in Rome": their_dated_meeting;
 * "during their previous meetings in Sochi and Moscow":
 * their_placed_meeting): the meeting stage fails with the out-of-memory
 * code, never an item read without that meeting.  The meetings before it
 * fill the list's first 32 drafts, so drafting it grows the list (its one
 * allocation); under a cap every later allocation fails too and a meeting
 * read as "none" would go unseen, so the check that catches it is each
 * allocation failing alone (nt_stage_one_failure, run by
 * nt_stage_out_of_memory). */
#define WALKER_MET_LI "Adviser John Walker met with Director Li Wen. "
#define WALKER_MET_LI_4 WALKER_MET_LI WALKER_MET_LI WALKER_MET_LI WALKER_MET_LI
#define WALKER_MET_LI_30                                                                           \
    WALKER_MET_LI_4 WALKER_MET_LI_4 WALKER_MET_LI_4 WALKER_MET_LI_4 WALKER_MET_LI_4                \
        WALKER_MET_LI_4 WALKER_MET_LI_4 WALKER_MET_LI WALKER_MET_LI                                \
        "Adviser John Walker spoke today with Director Li Wen by phone. "

struct earlier_in {
    const char *place;
    size_t at; /* its draft's index in the list */
};

/* Is the earlier meeting in w->place drafted at w->at, of both parties? */
static int earlier_meeting_in(const doc *x, const ev_list *list, const void *arg)
{
    const struct earlier_in *w = arg;
    for (size_t i = 0; i < list->n; i++) {
        const ev_draft *e = &list->v[i];
        if (e->ev.type == NSV_EV_MEETING && e->background && e->ev.location_name &&
            !strcmp(e->ev.location_name, w->place))
            return i == w->at && draft_has_party(x, e, "Walker") && draft_has_party(x, e, "Li Wen");
    }
    return 0;
}

static void test_their_meeting_out_of_memory(void **state)
{
    (void)state;
    static const char dated[] = WALKER_MET_LI_30 "This phone call, which followed their March 14 "
                                                 "meeting in Rome, focused on security.";
    static const char placed[] = WALKER_MET_LI_30 "The goals set during their previous meetings "
                                                  "in Sochi and Moscow were discussed.";
    /* with room to spare: Rome the 33rd draft; Sochi the 32nd, Moscow the
     * 33rd */
    struct earlier_in rome = {"Rome", 32}, moscow = {"Moscow", 32};
    nt_stage_out_of_memory(dated, PUB, nt_resolve, nt_meetings, earlier_meeting_in, &rome,
                           "the item was read without their meeting in Rome");
    nt_stage_out_of_memory(placed, PUB, nt_resolve, nt_meetings, earlier_meeting_in, &moscow,
                           "the item was read without their meeting in Moscow");
}

/* A numbered roster under a title-case heading of five words: the
 * numbers are bullets, the heading is no line of the list; "CVS/Aetna" is
 * one body, and a spaced dash ends a body's name. */
static void test_roster_numbered_with_heading(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt convened a meeting with civil rights leaders and housing "
                "providers.\n\n"
                "Meeting participants included:\n\n"
                "Housing Providers and Tenant Associations\n\n"
                "1. Harbor Tenants Association\n"
                "2. BCH/Aetna\n"
                "3. Pier Homes Alliance \xe2\x80\x93 Ohio Chapter\n\n"
                "Civil Rights Groups\n\n"
                "1. Dock Rights League\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Harbor Tenants Association"));
    NT_CHECK(nt_has_party(e, "BCH/Aetna"));
    NT_CHECK(nt_has_party(e, "Pier Homes Alliance") && !nt_has_party(e, "Ohio Chapter"));
    NT_CHECK(nt_has_party(e, "Dock Rights League"));
    /* hard negative: a line of prose after the list ends it, short or not */
    nt_run(PUB, "Mayor Ann Holt convened a meeting with civil rights leaders and housing "
                "providers.\n\n"
                "Meeting participants included:\n\n"
                "1. Harbor Tenants Association\n\n"
                "The mayor thanked them all warmly.\n\n"
                "1. Dock Rights League\n");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Harbor Tenants Association"));
    NT_CHECK(!nt_has_party(e, "Dock Rights League"));
    /* nor is a prose line of heading length (six tokens) a heading: it is
     * no title-case line, and ends the list too */
    nt_run(PUB, "Mayor Ann Holt convened a meeting with civil rights leaders and housing "
                "providers.\n\n"
                "Meeting participants included:\n\n"
                "1. Harbor Tenants Association\n\n"
                "The mayor thanked them all.\n\n"
                "1. Dock Rights League\n");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Harbor Tenants Association"));
    NT_CHECK(!nt_has_party(e, "Dock Rights League"));
}

/* "The President and his team were joined on the call by:" and a list: a
 * roster_by phrase right before the colon makes the list the meeting's
 * roster, with no roster noun in the lead-in. */
static void test_roster_joined_by_colon(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt convened a call with coastal governors on the storm.\n\n"
                "The Mayor and her team were joined on the call by:\n\n"
                "- Council Member Rita Gomez\n"
                "- Senator Paul Brandt\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    /* hard negative: "joined by" that does not end at the colon lists
     * measures, not who joined */
    nt_run(PUB, "Mayor Ann Holt met with Governor Lisa Marsh on housing.\n\n"
                "The plan was joined by new measures:\n\n"
                "- Senator Paul Brandt will draft the housing bill\n"
                "- Council Member Rita Gomez will fund it\n");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Marsh"));
    NT_CHECK(!nt_has_party(e, "Brandt") && !nt_has_party(e, "Gomez"));
}

/* "The Vice President was joined by: • A, Ambassador\n• B, Consul": the
 * first bullet of a roster may follow the colon on the colon's line; it
 * is the list's first line. */
static void test_roster_bullet_after_colon(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt convened a roundtable with coastal leaders on the storm.\n\n"
                "The Mayor was joined by: \xe2\x80\xa2 Rita Gomez, Director of the Harbor Trust\n"
                "\xe2\x80\xa2 Paul Brandt, Senior Advisor, Bay Council\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    /* hard negative: a bullet after a colon that no roster word leads in
     * lists no one at the meeting */
    nt_run(PUB, "Mayor Ann Holt met with Governor Lisa Marsh on housing.\n\n"
                "To cut costs: \xe2\x80\xa2 Rita Gomez will draft the housing bill\n"
                "\xe2\x80\xa2 Paul Brandt will fund it\n");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Marsh"));
    NT_CHECK(e && !nt_has_party(e, "Gomez") && !nt_has_party(e, "Brandt"));
}

/* A headline meeting the body's repeats and that is dropped for it hands
 * over its own place ("... Roundtable with Clean Energy Leaders in
 * Thailand") when the body's gives none; not a topic's place ("... on the
 * Bridge Collapse in Baltimore"). */
static void test_title_place_to_body_meeting(void **state)
{
    (void)state;
    const char *body = "Mayor Ann Holt today convened civil society leaders engaged in climate "
                       "action in Northern Thailand.\n\n"
                       "The Mayor was joined by:\n\n"
                       "- Rita Gomez, Director of the Harbor Trust\n"
                       "- Paul Brandt, Senior Advisor, Bay Council\n";
    nt_run_item("t-1", PUB,
                "Readout of Mayor Holt's Roundtable with Clean Energy Leaders in Thailand", body);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Gomez");
    NT_CHECK(e && nt_has_party(e, "Holt") && e->location_name &&
             !strcmp(e->location_name, "Thailand"));
    /* hard negative: the headline's place is its topic's */
    nt_run_item("t-2", PUB, "Readout of Mayor Holt's Roundtable on the Bridge Collapse in Thailand",
                body);
    e = nt_with_party(NSV_EV_MEETING, "Gomez");
    NT_CHECK(e && nt_has_party(e, "Holt") && !e->location_name);
}

/* A colon roster is read after the running-text rosters: a headline's
 * roundtable with one party gains its officials from "Administration
 * participants included A, ...; and B" first, and then the list.  A
 * body's membership ("The Council of Governors includes:") is no roster:
 * a word of the body's name is no roster noun. */
static void test_roster_after_inline_roster(void **state)
{
    (void)state;
    nt_run_item("t-1", PUB, "Readout of White House Roundtable on Harbor Housing",
                "Today, White House leaders convened housing advocates and tenants.\n\n"
                "Administration participants included Rita Gomez, Director of the Housing "
                "Council; and Paul Brandt, Senior Advisor to the President.\n\n"
                "Participants included:\n\n"
                "- Omar Lind, President, Bay Housing Trust\n"
                "- Ann Holt, Director, Harbor Tenants Association\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Gomez");
    NT_CHECK(e && nt_has_party(e, "Brandt"));
    NT_CHECK(nt_has_party(e, "Lind") && nt_has_party(e, "Holt"));
    /* hard negative: the body's members listed are not who attended */
    nt_run(PUB, "Yesterday, senior officials participated in the plenary meeting of the Council "
                "of Governors. Governors participating included Minnesota Governor Tim Walz and "
                "Delaware Governor John Carney.\n\n"
                "The Council of Governors includes:\n\n"
                "- Governor Tim Walz (MN)\n"
                "- Governor Omar Lind (OH)\n"
                "- Governor Rita Gomez (VT)\n");
    e = nt_with_party(NSV_EV_MEETING, "Walz");
    NT_CHECK(e && nt_has_party(e, "Carney"));
    NT_CHECK(!nt_has_party(e, "Lind") && !nt_has_party(e, "Gomez"));
}

/* A heading inside a roster may be a long title-case line with a
 * possessive ("Poor People's Campaign and Repairers of the Breach"); a
 * long lower-case line is prose and ends the list. */
static void test_roster_long_heading(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt convened a meeting with civil rights leaders and housing "
                "providers.\n\n"
                "Meeting participants included:\n\n"
                "City Officials\n\n"
                "1. Rita Gomez, Director, Harbor Office\n\n"
                "Harbor People\xe2\x80\x99s Campaign and Friends of the Bay Shore\n\n"
                "1. Omar Lind, Director, Bay Housing Trust\n"
                "2. Paul Brandt, Pastor, Dock Church\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez"));
    NT_CHECK(nt_has_party(e, "Lind") && nt_has_party(e, "Brandt"));
    /* hard negative: a lower-case line of that length is no heading */
    nt_run(PUB, "Mayor Ann Holt convened a meeting with civil rights leaders and housing "
                "providers.\n\n"
                "Meeting participants included:\n\n"
                "1. Rita Gomez, Director, Harbor Office\n\n"
                "the mayor and her guests then went on to thank them\n\n"
                "1. Omar Lind, Director, Bay Housing Trust\n");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez"));
    NT_CHECK(!nt_has_party(e, "Lind"));
}

/* A roster whose lead-in names the readout's meeting by its words lists
 * that meeting, not a later one named just before it; a lead-in sharing
 * no word with it keeps the meeting named last. */
static void test_roster_lead_in_names_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Yesterday, Mayor Ann Holt hosted a meeting with coastal housing leaders.\n\n"
                "On Thursday, Governor Paul Brandt met with doctors and nurses.\n\n"
                "Coastal housing meeting participants included:\n\n"
                "- Rita Gomez, Harbor Tenants Association\n"
                "- Omar Lind, Bay Housing Trust\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Lind"));
    e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e && !nt_has_party(e, "Gomez"));
    /* hard negative: the lead-in names the later meeting's guests */
    nt_run(PUB, "Yesterday, Mayor Ann Holt hosted a meeting with coastal housing leaders.\n\n"
                "On Thursday, Governor Paul Brandt met with doctors and nurses.\n\n"
                "Doctors and nurses participants included:\n\n"
                "- Rita Gomez, Harbor Clinic\n"
                "- Omar Lind, Bay Hospital\n");
    e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Lind"));
}

/* Rosters whose line ends in no people word: "The Leaders that
 * participated:", "In attendance were the following:", "The full list of
 * leaders in attendance is as follows:". */
static void test_roster_participated_following(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt met virtually today with 15 leaders of coastal towns.\n\n"
                "The Leaders that participated:\n\n"
                "- Council Member Rita Gomez\n"
                "- Senator Paul Brandt\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    nt_run(PUB, "Mayor Ann Holt convened town leaders on housing.\n\n"
                "In attendance were the following:\n\n"
                "- Council Member Rita Gomez\n"
                "- Senator Paul Brandt\n");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    nt_run(PUB, "Mayor Ann Holt hosted a meeting with union leaders on housing.\n\n"
                "The full list of labor leaders in attendance at today's meeting is as follows:\n\n"
                "- Rita Gomez, President, Harbor Tenants Association\n"
                "- Paul Brandt, President, Dock Workers Union\n");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    /* hard negative: a list of actions after "the following" lists no one */
    nt_run(PUB, "Mayor Ann Holt met with Governor Lisa Marsh on housing.\n\n"
                "The two leaders agreed on the following:\n\n"
                "- Senator Paul Brandt will draft the housing bill\n"
                "- The Harbor Council will fund it\n");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Brandt"));
}

/* "President X of France, Chancellor Y of Germany, and President Z, Jr. of
 * the United States met": each person's "of <country>" tail (and a name
 * suffix before it) stands between the list's names; the people are the
 * parties, not the countries. */
static void test_listed_people_of_countries(void **state)
{
    (void)state;
    nt_run(PUB, "President Tom Reed of France and Chancellor Ken Lund of Germany met in Berlin.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Reed");
    NT_CHECK(e && nt_has_party(e, "Lund") && e->n_participants == 2);
    nt_run(PUB, "Chancellor Ken Lund and President Tom Reed, Jr. of the United States met in "
                "Berlin.");
    e = nt_with_party(NSV_EV_MEETING, "Reed");
    NT_CHECK(e && nt_has_party(e, "Lund") && !nt_has_party(e, "United States"));
    /* hard negatives: a body named "of" a country stays the body; a
     * country after a group word is the party */
    nt_run(PUB, "The Bank of France and Chancellor Ken Lund met in Berlin.");
    e = nt_with_party(NSV_EV_MEETING, "Lund");
    NT_CHECK(e && nt_has_party(e, "Bank of France"));
    nt_run(PUB, "Ken Lund met in Berlin with officials of France and Germany.");
    e = nt_with_party(NSV_EV_MEETING, "Lund");
    NT_CHECK(e && nt_has_party(e, "France") && nt_has_party(e, "Germany"));
}

/* "President X of the United States of America and President Y of Korea
 * met": the country's long form holds an "of" of its own, which is not
 * the one that ties the country to the person before it. */
static void test_listed_person_of_long_country(void **state)
{
    (void)state;
    nt_run(PUB, "President Tom Reed of the United States of America and President Ken Lund of "
                "the Republic of Korea met in Seoul.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Reed");
    NT_CHECK(e && nt_has_party(e, "Lund") && e->n_participants == 2);
    /* hard negative: a body's "of <country>" before the list is no person */
    nt_run(PUB, "The Embassy of the United States of America and President Ken Lund met in "
                "Seoul.");
    e = nt_with_party(NSV_EV_MEETING, "Lund");
    NT_CHECK(!e || !nt_has_party(e, "Reed"));
    NT_CHECK(!e || e->n_participants == 2);
}

/* "Joining President X (and Secretary Y) on the call were A and B": the
 * people listed join the last meeting its named hosts all took part in,
 * whatever word names it ("call"). */
static void test_joining_hosts_on_the_call(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt convened a call with Governor Lisa Marsh on the storm. The "
                "leaders discussed power lines.\n\nJoining Mayor Holt and Governor Marsh on the "
                "call were Senator Paul Brandt and Mayor Rita Gomez.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Marsh") && nt_has_party(e, "Brandt") && nt_has_party(e, "Gomez"));
    nt_run(PUB, "Mayor Ann Holt convened a call with Governor Lisa Marsh on the storm.\n\n"
                "Joining Mayor Holt on the call was Senator Paul Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Brandt"));
    /* the list runs on past a person's body after "of"; the body is his */
    nt_run(PUB, "Mayor Ann Holt convened a call with allies on the storm.\n\nJoining Mayor "
                "Holt on the call were President Tom Reed of the European Commission, President "
                "Ken Lund of the European Council, and Governor Lisa Marsh.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Reed") && nt_has_party(e, "Lund") && nt_has_party(e, "Marsh"));
    NT_CHECK(!nt_has_party(e, "European Commission"));
    /* hard negatives: hosts of no meeting named; a body joined */
    nt_run(PUB, "Mayor Ann Holt convened a call with Governor Lisa Marsh on the storm.\n\n"
                "Joining Senator Paul Brandt on the trip were Mayor Rita Gomez and Tom Reed.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Gomez") && !nt_has_party(e, "Brandt"));
    nt_run(PUB, "Mayor Ann Holt convened a call with Governor Lisa Marsh on the storm.\n\n"
                "Joining NATO in the spring were Finland and Sweden.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Finland"));
}

/* "Participants in the call included A, B and C": a roster in running
 * text, its roster noun opening the sentence, adds its people to the
 * meeting named before. */
static void test_inline_roster(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt held a video call with regional leaders today. Participants in "
                "the call included Governor Lisa Marsh, Senator Paul Brandt and Mayor Rita Gomez.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Marsh") && nt_has_party(e, "Brandt") &&
             nt_has_party(e, "Gomez"));
    /* "A, the X Advisor, B, Chair of Y": a name of no known first name
     * between commas, its title after it */
    nt_run(PUB, "Mayor Ann Holt held a video call with regional leaders today. In attendance were "
                "Ali Zaidi, the National Climate Advisor, Brenda Mallory, Chair of the Council on "
                "Environmental Quality, and senior officials from the Department of Energy.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Zaidi") && nt_has_party(e, "Mallory"));
    /* a statement of the lead paragraph (drafted after the meetings) is
     * passed over on the way back to the meeting three paragraphs up */
    nt_run(PUB, "Mayor Ann Holt said the economy was growing steadily.\n\nThe figures were "
                "published on Monday.\n\nMayor Ann Holt held a video call with regional leaders "
                "today.\n\nThe call focused on the budget.\n\nThe budget goes to the council."
                "\n\nParticipants in the call included Governor Lisa Marsh, Senator Paul Brandt "
                "and Mayor Rita Gomez.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Marsh") && nt_has_party(e, "Gomez"));
    /* hard negatives: the roster noun says, or is no sentence's head */
    nt_run(PUB, "Mayor Ann Holt held a video call with regional leaders today. Participants said "
                "the mood was good, and Governor Lisa Marsh agreed.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Marsh"));
    nt_run(PUB, "Mayor Ann Holt held a video call with regional leaders today. The mayor said "
                "that officials who met Senator Paul Brandt included Governor Lisa Marsh.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Marsh"));
}

/* "A, B, and C met with D": everyone the subject lists met D, across long
 * titles ("Office of Housing and Planning Director X", "City Arts Fund
 * (CAF) Chair Y"); a body in an opening phrase is no such subject. */
static void test_listed_subjects(void **state)
{
    (void)state;
    nt_run(PUB, "Office of Housing and Planning Director Rita Gomez, City Arts Fund (CAF) Chair "
                "Ann Holt, and Governor Lisa Marsh met with Senator Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Gomez") && nt_has_party(e, "Holt") && nt_has_party(e, "Marsh"));
    NT_CHECK(nt_has_party(e, "Brandt"));
    /* hard negative */
    nt_run(PUB, "At the session of the Harbor Council, held by video link, Mayor Ann Holt met "
                "with Senator Paul Brandt.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Holt") && !nt_has_party(e, "Harbor Council"));
}

/* A body's name may hold a hyphenated word ("Westside Non-Profit Housing
 * Coalition", "Pre-Paid Legal Services Inc"); a hyphen with spaces joins
 * nothing. */
static void test_hyphenated_body_name(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt met with the Westside Non-Profit Housing Coalition.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Westside Non-Profit Housing Coalition"));
    nt_run(PUB, "Mayor Ann Holt met with the Westside Non - Profit Housing Coalition.");
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Westside Non-Profit Housing Coalition"));
}

/* "Yesterday, X met A, and, today, she met B": each meeting takes the day of
 * its own clause; "the Thursday and Friday talks" is not Friday's. */
static void test_day_of_the_clause(void **state)
{
    (void)state;
    nt_run(PUB, "Yesterday, Governor Lisa Marsh met with Mayor Ann Holt, and, today, she met "
                "with Senator Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *a = nt_with_party(NSV_EV_MEETING, "Holt");
    const nsv_event *b = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(a && b && !strcmp(a->date, "2022-12-08") && !strcmp(b->date, "2022-12-09"));
    nt_run(PUB, "The Thursday and Friday talks between Governor Tom Reyes and Senator Bill Hart "
                "ended.");
    a = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(a && strcmp(a->date, "2022-12-09") != 0);
}

/* The Treasury goes by its own name, not "Finance Ministry" (keys follow
 * the item's words); a finance ministry stays one. */
static void test_treasury_keeps_its_name(void **state)
{
    (void)state;
    nt_run(PUB, "The White House and the Department of the Treasury convened stakeholders today.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Treasury"));
    nt_run(PUB, "Russian Finance Ministry officials met with Governor Lisa Marsh.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Finance Ministry"));
}

/* A title meeting the body tells with other names ("Marsh's Meeting with
 * Harbor Officials" over "Marsh met with A ..., and he met with B") counts
 * once; a person the title names is a meeting of its own. */
static void test_title_told_by_the_body(void **state)
{
    (void)state;
    nt_run_item("t-1", PUB, "Governor Lisa Marsh's Meeting with Harbor Authority Officials",
                "Governor Lisa Marsh met with Tom Reyes, head of the port, and with Ann Holt, "
                "head of the customs office.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Harbor Authority") == NULL);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Reyes") != NULL);
    nt_run_item("t-1", PUB,
                "Governor Lisa Marsh had a telephone conversation with Senator Paul Brandt",
                "Governor Lisa Marsh also met with Mayor Ann Holt on trade.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Brandt") != NULL);
}

/* "talks between Russian and Ukrainian representatives", "the Kazakh and
 * Uzbek delegations held talks": the demonyms name the countries; "the
 * Kazakh and Uzbek presidents" stay the people the text named. */
static void test_demonym_pair(void **state)
{
    (void)state;
    nt_run(PUB, "The talks between Kazakh and Uzbek representatives took place in Tashkent.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Kazakhstan") && nt_has_party(e, "Uzbekistan"));
    nt_run(PUB, "The Kazakh and Uzbek delegations held talks in Tashkent.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Kazakhstan") && nt_has_party(e, "Uzbekistan"));
    /* hard negative */
    nt_run(PUB, "President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev. The talks "
                "between the Kazakh and Uzbek presidents lasted two hours.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Tokayev"));
}

/* A readout names its day's convening twice, by different hosts: one event
 * with all of them.  Convenings on different days stay apart, and so does
 * an ordinary meeting of the same day. */
static void test_convening_named_twice(void **state)
{
    (void)state;
    nt_run(PUB, "Today, Mayor Ann Holt and Deputy Mayor Luis Ortega convened housing advocates to "
                "discuss rents.\n\nToday, the Housing Authority and the Transit Agency convened "
                "tenant groups to discuss new projects.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Holt") && nt_has_party(e, "Housing Authority"));
    /* hard negative: two days, two convenings */
    nt_run(PUB, "On Monday, Mayor Ann Holt convened housing advocates to discuss rents.\n\nOn "
                "Tuesday, Mayor Ann Holt convened tenant groups to discuss new projects.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* A pair's summit named only as a topic ("the results of", "preparations
 * for", "reflected on") is no event; dated or placed, it is one, and a
 * summit that is the setting ("during the X-Y summit") stays. */
static void test_summit_named_as_topic(void **state)
{
    (void)state;
    nt_run(PUB, "The ministers discussed the main results of the recent Russian-Italian summit.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "The two envoys reflected on the Chile-Peru talks and their follow-up.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    /* hard negatives: placed and dated, or the setting */
    nt_run(PUB, "The ministers discussed the results of the Russian-Italian summit, which took "
                "place in Rome on December 2.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(!strcmp(nt_nth(NSV_EV_MEETING, 0)->date, "2022-12-02"));
    nt_run(PUB, "These issues were discussed during the Russian-Italian summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* A bare meeting noun after a topic word, with no side of its own
 * ("discussed the results of the recent Normandy talks"), is named, not
 * reported: those who discuss it are not its parties. */
static void test_bare_talks_named_as_topic(void **state)
{
    (void)state;
    nt_run(PUB, "Ukraine and the United States also discussed the results of the recent Normandy "
                "talks at the level of political advisers.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "The ministers discussed the outcome of the Geneva talks.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* hard negatives: progress made in talks reports them; talks held as
     * the subject's own; a topic dated by the text */
    nt_run(PUB, "Prime Minister Zaid al-Rifai said he had made progress in talks with U.S. "
                "Secretary of State George Shultz.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Shultz");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Rifai"));
    nt_run(PUB, "Ukraine and the United States held talks in Kyiv on Friday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "Ukraine and the United States discussed the results of the Normandy talks held "
                "in Paris on December 2.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "X chaired a State Council Presidium meeting", "held a Security Council
 * meeting": the person who chairs a body's meeting meets it, as in "chaired
 * a meeting of the State Council"; no chair, no meeting. */
static void test_chaired_body_meeting(void **state)
{
    (void)state;
    one_meeting(PUTIN " chaired a State Council Presidium meeting on the timber sector.", "Putin",
                "State Council Presidium");
    one_meeting(PUTIN " held a Security Council meeting to discuss the border policy.", "Putin",
                "Security Council");
    /* hard negatives: a body that holds it; a meeting named as a setting of
     * words; a party member at his party's meeting */
    no_actual_meeting("The Government held a Security Council meeting.");
    no_actual_meeting("The draft would be discussed at a Security Council meeting.");
    no_actual_meeting("Reports said he attended a BNP meeting.");
}

/* Formats of states that meet as groups of their own (organizations.tsv):
 * "a meeting of the Joint Expeditionary Force", "talks with the leaders of
 * the Lublin Triangle", "the Normandy format summit held in Paris"; a name
 * before a document noun ("the Minsk agreements") is no one placed there. */
static void test_format_groups_meet(void **state)
{
    (void)state;
    one_meeting("Volodymyr Zelenskyy took part in a meeting of the Joint Expeditionary Force.",
                "Zelenskyy", "Joint Expeditionary Force");
    nt_run(PUB, "They stressed the Minsk agreements and the agreements reached at the Normandy "
                "format summit held in Paris on December 9, 2019.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Normandy") && !nt_has_party(e, "Belarus"));
    /* hard negatives: the format named as a topic; a person before the
     * summit is placed there */
    nt_run(PUB, "The ministers discussed the results of the Lublin Triangle summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Volodymyr Zelenskyy attended the Lublin Triangle summit.");
    e = nt_with_party(NSV_EV_MEETING, "Lublin Triangle");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    /* CICA meets at summits of its own; named as a framework of
     * cooperation it is no meeting */
    nt_run(PUB, "Vladimir Putin took part in the CICA summit in Dushanbe.");
    e = nt_with_party(NSV_EV_MEETING, "CICA");
    NT_CHECK(e && nt_has_party(e, "Putin"));
    no_actual_meeting("The parties discussed further cooperation within CICA.");
    no_actual_meeting("Russia supports Tajikistan's chairmanship of the Conference on Interaction "
                      "and Confidence Building Measures in Asia (CICA).");
}

/* "the meeting of political advisers to the leaders of the Normandy four
 * countries held in Paris", "of the SCO member states was held": the
 * group's states after its name leave the meeting reported held; not one
 * still to come, nor one named as a topic. */
static void test_group_states_meeting_held(void **state)
{
    (void)state;
    nt_run(PUB, "Based on the outcome of the meeting of political advisers to the leaders of the "
                "Normandy four countries held in Paris on January 26, the parties reaffirmed "
                "their commitment.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Normandy");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL);
    nt_run(PUB, "A meeting of the heads of government of the SCO member states was held in "
                "Tashkent.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "SCO"));
    /* hard negatives: a coming meeting; the meeting as a topic */
    no_actual_meeting("The next meeting of political advisers to the leaders of the Normandy "
                      "format countries will take place in Berlin.");
    no_actual_meeting("Andriy Yermak spoke about the results of the meeting of political advisers "
                      "to the leaders of the Normandy format countries.");
}

/* "a NATO-Russia Council meeting", "a meeting of the Russian-French
 * Commission": a joint body named by its two sides meets as those sides;
 * not a body's internal meeting, nor one named as a topic. */
static void test_joint_body_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "They discussed a NATO-Russia Council meeting in Brussels.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "NATO") && nt_has_party(e, "Russia"));
    nt_run(PUB, "The Russian-French Commission on Bilateral Cooperation held its 8th meeting. "
                "The ministers praised the meeting of the Russian-French Commission on "
                "Bilateral Cooperation.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Russia") && nt_has_party(e, "France"));
    /* hard negatives: a topic; a body whose hyphen joins no two sides */
    nt_run(PUB, "The Secretary General briefed them on the outcome of the NATO-Russia Council "
                "meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "We will continue this discussion at the Military-Industrial Commission meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "the first meeting of A and the 8th meeting of B" are two meetings; "the
 * plenary session of the forum X" is one. */
static void test_second_meeting_of_its_own(void **state)
{
    (void)state;
    nt_run(PUB, "The presidents praised the first meeting of the Russian-French Security "
                "Cooperation Council and the 8th meeting of the Russian-French Commission on "
                "Bilateral Cooperation.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Security Cooperation Council") !=
             nt_with_party(NSV_EV_MEETING, "Commission on Bilateral Cooperation"));
    /* hard negative: the same meeting named twice in one phrase */
    nt_run(PUB, "Officials took part in the 25th plenary meeting of the Council of Governors and "
                "the second plenary meeting under the Administration.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) <= 1);
}

/* "I spoke today at the Doha Forum", "I also spoke at the EU summit", "I
 * also addressed the participants of the spring session of the World
 * Bank": in the principal's own address, the first person who speaks at a
 * summit named as the setting is placed there with the summit's group, as
 * "President X spoke at the summit" places X (GUIDE).  Hard negatives: the
 * summit as a topic, a speech still to come, a quotation, a third person,
 * and the first person of an outlet with no principal. */
/* "I addressed the participants of the ministerial meeting of the
 * Organization for Economic Cooperation and Development": a cue of two
 * words ("ministerial meeting") is its own words after a setting phrase, no
 * other talks of the sentence, so the first person is placed at it as at
 * "the meeting of X".  Hard negatives: the meeting as a topic, postponed,
 * or still to come. */
static void test_first_person_at_two_word_cue(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    nt_run_source("t-1", ukr, PUB, NULL,
                  "I addressed the participants of the ministerial meeting of the Organization "
                  "for Economic Cooperation and Development.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Economic Cooperation");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy") && e->modality == NSV_MOD_ACTUAL);
    /* hard negatives */
    nt_run_source("t-1", ukr, PUB, NULL,
                  "I discussed the results of the ministerial meeting of the Organization for "
                  "Economic Cooperation and Development.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zelenskyy") == NULL);
    nt_run_source("t-1", ukr, PUB, NULL,
                  "They postponed the ministerial meeting of the Organization for Economic "
                  "Cooperation and Development.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zelenskyy") == NULL);
    nt_run_source("t-1", ukr, PUB, NULL,
                  "I will address the participants of the ministerial meeting of the "
                  "Organization for Economic Cooperation and Development next week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

static void test_first_person_speaker_at_summit(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    nt_run_source("t-1", ukr, PUB, NULL,
                  "I spoke today at the Doha Forum in the capital of Qatar.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Doha Forum");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    nt_run_source("t-1", ukr, PUB, NULL, "I also spoke at the EU summit today.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_with_party(NSV_EV_MEETING, "EU");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    nt_run_source("t-1", ukr, PUB, NULL,
                  "I also addressed the participants of the special spring session of the World "
                  "Bank today.");
    e = nt_with_party(NSV_EV_MEETING, "World Bank");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    nt_run_source("t-1", ukr, PUB, NULL, "I also addressed the participants of the Davos Forum.");
    e = nt_with_party(NSV_EV_MEETING, "Davos Forum");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    /* hard negatives */
    nt_run_source("t-1", ukr, PUB, NULL,
                  "They also addressed the participants of the special spring session of the "
                  "World Bank today.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zelenskyy") == NULL);
    nt_run_source("t-1", "Reuters", PUB, NULL,
                  "I also addressed the participants of the special spring session of the World "
                  "Bank today.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zelenskyy") == NULL);
    nt_run_source("t-1", ukr, PUB, NULL, "I spoke today about the Doha Forum in Qatar.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zelenskyy") == NULL);
    nt_run_source("t-1", ukr, PUB, NULL, "I will speak at the Doha Forum in Qatar tomorrow.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zelenskyy") == NULL);
    nt_run_source("t-1", ukr, PUB, NULL,
                  "\"I spoke today at the Doha Forum,\" Foreign Minister Omar Hadi said.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zelenskyy") == NULL);
    nt_run_source("t-1", "Reuters", PUB, NULL, "I spoke today at the Doha Forum in Qatar.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "X addressed a Commonwealth of Independent States summit", "addressed the
 * APEC Business Summit": a speech to a group's summit places the speaker at
 * it, as "spoke at the summit" does (GUIDE: the summit is a setting).  Hard
 * negatives: the summit as a topic, a letter addressed to it, a plan, and a
 * national body's own board meeting addressed (a speech there, as "speaking
 * at a meeting of X" is). */
static void test_addressed_group_summit(void **state)
{
    (void)state;
    nt_run(PUB, "President Ivan Petrov addressed a Commonwealth of Independent States summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Petrov");
    NT_CHECK(e && nt_has_party(e, "CIS"));
    nt_run(PUB, "President Ivan Petrov addressed the APEC Business Summit in Bangkok.");
    e = nt_with_party(NSV_EV_MEETING, "Petrov");
    NT_CHECK(e && nt_has_party(e, "APEC"));
    /* hard negatives */
    nt_run(PUB, "President Ivan Petrov addressed the results of the CIS summit.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Petrov") == NULL);
    nt_run(PUB, "President Ivan Petrov addressed a letter to the CIS summit.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Petrov") == NULL);
    nt_run(PUB, "President Ivan Petrov will address the CIS summit next week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB,
           "President Ivan Petrov addressed an expanded board meeting of the Interior Ministry.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Petrov") == NULL);
}

/* "at the conclusion of the OPEC conference": a part of a group's meeting
 * places its subject at the meeting; "the end of the summit" named as a
 * topic or in the future does not. */
static void test_phase_of_group_setting(void **state)
{
    (void)state;
    nt_run("1987-06-29", "Following are extracts from the communique issued at the conclusion of "
                         "the OPEC conference in Vienna.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "OPEC"));
    /* hard negatives */
    nt_run("1987-06-29", "Ministers discussed the end of the OPEC conference.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run("1987-06-29",
           "A communique will be issued at the end of the OPEC conference next week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "At the end of the SCO summit, X answered", "After the end of the CIS
 * summit, ...": a phase phrase that opens the sentence places the person
 * after it at the group's summit (as a bare "At the summit," does), and
 * "after the end of" is the end's time as "at the end of" is.  Hard
 * negatives: a phase named as a topic, a plain "After the summit" with no
 * group, a coming end. */
static void test_opening_phase_places_person(void **state)
{
    (void)state;
    nt_run(PUB, "At the end of the SCO summit, Ivan Petrov answered questions from journalists.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "SCO") && nt_has_party(e, "Ivan Petrov"));
    nt_run(PUB,
           "After the end of the CIS summit, Ivan Petrov answered questions from journalists.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "CIS") && nt_has_party(e, "Ivan Petrov"));
    /* hard negatives */
    nt_run(PUB, "Ivan Petrov discussed the end of the CIS summit with journalists.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "After the end of the summit, Ivan Petrov answered questions from journalists.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "After the end of the CIS summit next week, Ivan Petrov will answer questions.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "X arrived in Russia for the informal CIS summit", "arrived for a meeting
 * of the Supreme Eurasian Economic Council": an arrival verb before "for"
 * places its subject at the group's meeting.  Hard negatives: "for" after
 * another verb ("prepared proposals for the summit"), an arrival in
 * another clause, a coming arrival. */
static void test_arrived_for_group_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Ivan Petrov arrived in Moscow for the informal CIS summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "CIS") && nt_has_party(e, "Ivan Petrov"));
    nt_run(PUB, "Ivan Petrov arrived for a meeting of the Supreme Eurasian Economic Council.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Supreme Eurasian Economic Council") &&
             nt_has_party(e, "Ivan Petrov"));
    /* hard negatives */
    nt_run(PUB, "Ivan Petrov prepared proposals for the informal CIS summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Ivan Petrov arrived in Moscow and wrote proposals for the informal CIS summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Ivan Petrov will arrive in Moscow for the informal CIS summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "X attended a BRICS+ meeting": a group's meeting widened to invited
 * states is the group's, with the person placed there.  Hard negatives:
 * such a meeting named as a topic, and "plus" in plain prose. */
static void test_group_plus_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Ivan Petrov attended a BRICS+ meeting involving the leaders of invited states.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "BRICS") && nt_has_party(e, "Ivan Petrov"));
    /* hard negatives */
    nt_run(PUB, "Ivan Petrov discussed the BRICS+ meeting with reporters.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Inflation plus meeting costs rose, Ivan Petrov said.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "hosted a meeting with a group of labor union leaders", "held a virtual
 * meeting with 75 veteran, military family and survivor organizations": a
 * longer description of unnamed people after a hold verb and its meeting
 * noun; not the body's own members, nor journalists. */
/* "convened the national security advisors of France, Germany, and Italy":
 * the countries an unnamed group comes for take part (after a second group
 * joined by "and" too); not a body whose part
 * the group is ("members of the Space Council's advisory group"), nor
 * unnamed places ("officials from 68 colleges"). */
static void test_convened_group_of_sides(void **state)
{
    (void)state;
    nt_run(PUB, "Security Advisor Tom Reyes convened the senior national security advisors of "
                "France, Germany, and Italy at the White House today.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Reyes") && nt_has_party(e, "France") && nt_has_party(e, "Germany") &&
             nt_has_party(e, "Italy"));
    /* hard negatives */
    nt_run(PUB, "Security Advisor Tom Reyes convened officials from 68 colleges on housing.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 1);
    nt_run(PUB, "Security Advisor Tom Reyes convened members of the Security Council's advisory "
                "group on housing.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Security Council"));
    /* a second group joined by "and" before the "of" */
    nt_run(PUB, "Security Advisor Tom Reyes convened the national security advisors and senior "
                "representatives of France and Germany at the White House.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "France") && nt_has_party(e, "Germany"));
    /* hard negative: a verb after the "and", its object's "of" no side */
    nt_run(PUB, "Security Advisor Tom Reyes convened the national security advisors and discussed "
                "the concerns of France.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && !nt_has_party(e, "France"));
}

/* "During the third round of talks in Belarus, the delegations of Ukraine
 * and Russia clarified ...": the sides whose delegates are the subject
 * after an opening talks phrase held the talks; not "officials of A and B"
 * or "the presidents of A and B" (the people of a meeting named before),
 * nor one side's delegation. */
static void test_talks_round_delegations(void **state)
{
    (void)state;
    nt_run(PUB, "During the third round of talks in Minsk, the delegations of Ukraine and Poland "
                "clarified the details of the corridors.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Ukraine") && nt_has_party(e, "Poland"));
    nt_run(PUB, "During the second round of talks, the representatives of Ukraine and Poland "
                "reached an agreement on corridors.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negatives */
    no_actual_meeting("During the talks, the officials of Ukraine and Poland clarified the "
                      "details of the corridors.");
    no_actual_meeting("During the talks, the delegation of Ukraine clarified the details of the "
                      "corridors.");
    nt_run(PUB, "Following the talks, the presidents of Ukraine and Poland will sign a joint "
                "statement.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* "between the Polish delegation and representatives from Ukraine":
     * the side listed after the unnamed group (not unnamed places) */
    nt_run(PUB, "Tom Reyes shared his assessment of the talks between the Polish delegation and "
                "representatives from Ukraine held on March 7.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Ukraine"));
    nt_run(PUB, "Tom Reyes shared his assessment of the talks between the Polish delegation and "
                "representatives from 68 colleges held on March 7.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 1);
}

/* "attended the annual East Asia Summit": a summit named by capitalised
 * words before its cue word, that the text places someone at, is a meeting
 * with the summit as the group; not decisions taken at it, nor a topic.  A
 * bilateral on its margins places its people at the summit too (GUIDE: a
 * summit placed only as a setting is a meeting of its own). */
static void test_premodified_named_summit(void **state)
{
    (void)state;
    nt_run(PUB, "Vice President Ann Holt today attended the annual East Asia Summit in Jakarta.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "East Asia Summit") && nt_has_party(e, "Holt"));
    /* hard negatives */
    no_actual_meeting("Prime Minister Ann Holt stands by decisions taken at the Bucharest Summit.");
    no_actual_meeting("They discussed preparations for the Vilnius Summit.");
    nt_run(PUB, "Prime Minister Ann Holt met with President Tom Reyes on the margins of the East "
                "Asia Summit in Jakarta.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    e = nt_with_party(NSV_EV_MEETING, "East Asia Summit");
    NT_CHECK(e && nt_has_party(e, "Holt") && nt_has_party(e, "Reyes"));
    /* the talks after the setting */
    nt_run(PUB, "On the margins of the East Asia Summit, Prime Minister Ann Holt met with "
                "President Tom Reyes.");
    e = nt_with_party(NSV_EV_MEETING, "East Asia Summit");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Reyes"));
    /* hard negative: a bare "the summit" names no group */
    nt_run(PUB, "Prime Minister Ann Holt met with President Tom Reyes on the margins of the "
                "summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "A, B and C met on the margins of the G20": the group the setting names
 * is no counterpart of the verb; the states listed before it are the
 * parties, the first after "the leaders of" too.  Not a counterpart named
 * after the verb, which stays one. */
static void test_listed_states_met_on_margins(void **state)
{
    (void)state;
    nt_run(PUB, "The leaders of India, Brazil, South Africa and the United States met on the "
                "margins of the G20 summit in New Delhi.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "India");
    NT_CHECK(e && nt_has_party(e, "Brazil") && nt_has_party(e, "South Africa") &&
             nt_has_party(e, "United States") && !nt_has_party(e, "G20"));
    /* hard negative: a counterpart after the verb is met, the group is
     * the setting */
    nt_run(PUB, "President Tom Reyes met Prime Minister Ann Holt on the margins of the G20 in "
                "Bali.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Reyes"));
    /* hard negative: "met the G20 finance ministers" is no setting */
    nt_run(PUB, "President Tom Reyes met the G20 finance ministers in Bali.");
    e = nt_with_party(NSV_EV_MEETING, "G20");
    NT_CHECK(e && nt_has_party(e, "Reyes"));
}

/* "met with his counterparts from NATO Allies A, B and C": a possessive
 * stands where the article does before the people word, and the group's
 * "Allies" before the list names no side; the countries are the sides.
 * Not a bare "his counterparts" (no one named), nor a singular
 * counterpart, nor a meeting that cannot be. */
static void test_counterparts_from_listed_states(void **state)
{
    (void)state;
    nt_run(PUB, "National Security Advisor Tom Reyes met today with his counterparts from NATO "
                "Allies Estonia, Latvia, and Poland.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Estonia");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Reyes") &&
             nt_has_party(e, "Latvia") && nt_has_party(e, "Poland") && !nt_has_party(e, "NATO"));
    nt_run(PUB, "National Security Advisor Tom Reyes met today with his counterparts from "
                "Estonia and Latvia.");
    e = nt_with_party(NSV_EV_MEETING, "Latvia");
    NT_CHECK(e && nt_has_party(e, "Reyes") && nt_has_party(e, "Estonia"));
    /* hard negatives */
    no_actual_meeting("National Security Advisor Tom Reyes met today with his counterparts.");
    no_actual_meeting("Russian MPs cannot meet with their colleagues from the EU countries.");
}

/* "We, the leaders of A, B, and C, convened today in person": "convened"
 * with no object after a list of states is their meeting, the list read
 * over a conjunct's article ("Japan, the Republic of Korea (ROK), and").
 * Not one state alone, nor a plan, nor "convened a summit" twice. */
static void test_listed_states_convened(void **state)
{
    (void)state;
    nt_run(PUB, "We, the leaders of Australia, India, Japan, and the United States, convened "
                "today in person for the first time.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Australia") && nt_has_party(e, "India") && nt_has_party(e, "Japan") &&
             nt_has_party(e, "United States"));
    nt_run(PUB, "We, the leaders of Japan, the Republic of Korea (ROK), and the United States, "
                "convened in the spirit of Camp David.");
    e = nt_with_party(NSV_EV_MEETING, "Japan");
    NT_CHECK(e && nt_has_party(e, "Republic of Korea") && nt_has_party(e, "United States"));
    /* hard negatives */
    no_actual_meeting("The United States convened in Tokyo.");
    no_actual_meeting("Japan and the United States will convene in Tokyo next month.");
    nt_run(PUB, "Japan and the United States convened a summit in Tokyo.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "Kazakhstan, the Kyrgyz Republic, Tajikistan, and Uzbekistan held talks":
 * a list read back from its last conjunct steps over a country's article
 * outside its mention when the conjunct before is a country too. */
static void test_listed_states_article(void **state)
{
    (void)state;
    nt_run(PUB, "Kazakhstan, the Kyrgyz Republic, Tajikistan, and Uzbekistan held talks in New "
                "York today.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Uzbekistan");
    NT_CHECK(e && nt_has_party(e, "Kazakhstan") && nt_has_party(e, "Kyrgyz Republic") &&
             nt_has_party(e, "Tajikistan"));
    /* hard negative: the article of a group that is no country leaves the
     * place before it out of the list */
    nt_run(PUB, "The leaders discussed the G8 summit in Lough Erne, Northern Ireland, and the G20 "
                "summit in St Petersburg.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Lough Erne") == NULL);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Northern Ireland") == NULL);
}

/* "on the margins of the North American Leaders' Summit": a plural's
 * apostrophe inside the capitalised name keeps the name whole, and a plan
 * phrase before it still reaches the cue. */
static void test_named_summit_plural_apostrophe(void **state)
{
    (void)state;
    nt_run(PUB, "President Tom Reyes met today with Prime Minister Ann Holt in Mexico City on the "
                "margins of the North American Leaders\u2019 Summit.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "North American Leaders\u2019 Summit");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Holt") &&
             nt_has_party(e, "Reyes"));
    /* hard negative: a plan */
    nt_run(PUB, "President Tom Reyes looks forward to meeting Prime Minister Ann Holt at the North "
                "American Leaders\u2019 Summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "At the North American Leaders' Summit on January 9-10, A, B and C
 * instructed", "During the East Asia Summit, A and B discussed": an opening
 * setting (over the summit's days) places the people after it there; not
 * an unnamed group, nor a plan with no one placed. */
static void test_opening_named_summit_with_days(void **state)
{
    (void)state;
    nt_run(PUB, "At the East Asia Summit on January 9-10, President Tom Reyes and Prime Minister "
                "Ann Holt instructed their cabinets.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "East Asia Summit");
    NT_CHECK(e && nt_has_party(e, "Reyes") && nt_has_party(e, "Holt"));
    nt_run(PUB, "During the East Asia Summit, President Tom Reyes and Prime Minister Ann Holt "
                "discussed the region.");
    e = nt_with_party(NSV_EV_MEETING, "East Asia Summit");
    NT_CHECK(e && nt_has_party(e, "Reyes") && nt_has_party(e, "Holt"));
    /* hard negatives */
    no_actual_meeting("At the East Asia Summit on January 9, the leaders adopted a statement.");
    no_actual_meeting("During the East Asia Summit, films will be shown.");
}

/* "The summit was attended by the heads of the CSTO member states President
 * of Armenia X, President of Belarus Y": the named list right after a
 * description of who came, with no comma, joins the summit reported before;
 * not a person after a comma that ends the description. */
static void test_attended_by_after_description(void **state)
{
    (void)state;
    nt_run(PUB, "CSTO Collective Security Council meeting took place in the Kremlin.\n\nThe "
                "summit was attended by the heads of the CSTO member states President of Armenia "
                "Serzh Sargsyan, President of Belarus Alexander Lukashenko.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "CSTO");
    NT_CHECK(e && nt_has_party(e, "Sargsyan") && nt_has_party(e, "Lukashenko"));
    /* hard negative: the description ends at a comma before the name */
    nt_run(PUB, "CSTO Collective Security Council meeting took place in the Kremlin.\n\nThe "
                "summit was attended by the heads of the CSTO member states, said President of "
                "Armenia Serzh Sargsyan.");
    e = nt_with_party(NSV_EV_MEETING, "CSTO");
    NT_CHECK(e && !nt_has_party(e, "Sargsyan"));
}

/* "X met with Y of Turkey at the NATO Summit", "At the G7 Summit, X met
 * with Y": the summit the talks are placed at holds both their people;
 * not a summit of another clause ("which he put forward during"). */
static void test_summit_setting_of_talks(void **state)
{
    (void)state;
    nt_run(PUB, "President Tom Reyes met with President Ann Holt of Turkey at the NATO Summit in "
                "Vilnius.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "NATO");
    NT_CHECK(e && nt_has_party(e, "Reyes") && nt_has_party(e, "Holt"));
    nt_run(PUB, "At the G7 Summit, President Tom Reyes met with President Ann Holt of Senegal.");
    e = nt_with_party(NSV_EV_MEETING, "G7");
    NT_CHECK(e && nt_has_party(e, "Reyes") && nt_has_party(e, "Holt"));
    /* hard negative: the summit is another act's setting */
    nt_run(PUB, "Mr Reyes and Ms Holt discussed the President's initiative, which he put forward "
                "during the NATO Summit in Madrid.");
    e = nt_with_party(NSV_EV_MEETING, "NATO");
    NT_CHECK(!e || !nt_has_party(e, "Holt"));
}

/* "The G-10 met", "the EC and Comecon ended talks": the 1980s groups of
 * states are named bodies whose meeting is the group's; not a topic. */
static void test_older_state_groups(void **state)
{
    (void)state;
    nt_run(PUB, "The G-10 met briefly before the IMF Interim Committee meeting.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Group of Ten") != NULL);
    nt_run(PUB, "The EC and Comecon ended talks here on Friday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Comecon");
    NT_CHECK(e && nt_has_party(e, "EC"));
    nt_run(PUB, "The G-5 met in Paris on Sunday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "G-5") != NULL);
    /* hard negative: the group as a topic */
    no_actual_meeting("Dealers discussed the results of the G-10 communique.");
    /* hard negative: a group's name in lower case is a common phrase */
    nt_run(PUB, "President Ann Holt met with a group of five mayors on Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Group of Five") == NULL);
}

/* "took part in the BRICS Media Summit", "attended the BRICS Business
 * Forum": a group of states with title-case words between it and the cue
 * is the group's named meeting, the whole name its party, with the people
 * placed there; not a topic nor a plan. */
static void test_group_summit_with_words(void **state)
{
    (void)state;
    nt_run(PUB, "President Ann Holt took part in the BRICS Media Summit in Moscow.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "BRICS Media Summit"));
    nt_run(PUB, "President Ann Holt attended the BRICS Business Forum in Moscow.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "BRICS Business Forum") && nt_has_party(e, "Holt"));
    nt_run(PUB, "President Ann Holt spoke at the G7 Leaders\u2019 Summit in Hiroshima.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "G7 Leaders\u2019 Summit"));
    /* hard negatives: a topic, a plan */
    no_actual_meeting("The leaders discussed priorities for the G7 Hiroshima Summit.");
    no_actual_meeting("President Ann Holt will attend the BRICS Business Forum in Moscow.");
}

/* "during his speech at the third Diia Summit": an ordinal may lead the
 * name, and a pronoun the text resolves to a person places that person
 * there; not greetings sent to its participants, nor a topic. */
static void test_ordinal_named_summit_pronoun(void **state)
{
    (void)state;
    nt_run(PUB, "President Ann Holt opened a new airport. This was stated by Ann Holt during "
                "her speech at the third Diia Summit in Kyiv.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Diia Summit") && nt_has_party(e, "Holt"));
    nt_run(PUB, "President Ann Holt spoke at the 58th Wendover Security Conference.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Holt"));
    /* hard negatives */
    no_actual_meeting("President Ann Holt sent greetings to participants in the 3rd Wendover "
                      "Economic Forum.");
    no_actual_meeting("President Ann Holt discussed the results of the third Diia Summit.");
}

/* "during his online participation in the X Forum", "speaking at a panel
 * in the framework of the X Forum": a long setting phrase right before a
 * summit places the subject there; not a participation discussed as a
 * topic, nor a summit whose sidelines hold the sentence's own talks. */
static void test_long_setting_phrase_places(void **state)
{
    (void)state;
    nt_run(PUB, "This was stated by President Ann Holt during her online participation in the "
                "NATO summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "NATO") && nt_has_party(e, "Holt"));
    nt_run(PUB, "President Ann Holt spoke at a panel in the framework of the NATO summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Holt"));
    /* hard negatives */
    no_actual_meeting("President Ann Holt discussed her participation in the NATO summit.");
    nt_run(PUB, "President Ann Holt met with President Tom Reyes in the framework of the NATO "
                "summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) >= 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Reyes"));
}

/* "X addressed the participants of the Y Summit": addressing a summit's
 * participants places the speaker at it, as "spoke at" does; not greetings
 * sent to them, nor an address still to come. */
static void test_addressed_participants_places(void **state)
{
    (void)state;
    nt_run(PUB, "President Ann Holt addressed the participants of the NATO summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "NATO") && nt_has_party(e, "Holt"));
    nt_run(PUB, "President Ann Holt addressed the participants of the Global Policy Forum.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Global Policy Forum") && nt_has_party(e, "Holt"));
    /* hard negatives */
    no_actual_meeting("President Ann Holt sent greetings to the participants of the NATO summit.");
    no_actual_meeting("President Ann Holt will address the participants of the NATO summit.");
    no_actual_meeting("President Ann Holt praised the proposals of the participants of the "
                      "NATO summit.");
}

/* "during the \"Large Construction: Aviation and Tourism\" Forum": a quoted
 * title after an article names the forum, without its quotation marks;
 * not a quotation that merely ends before the word, nor a topic. */
static void test_quoted_forum_title(void **state)
{
    (void)state;
    nt_run(PUB, "President Ann Holt said this during the \"Large Construction: Aviation and "
                "Tourism\" Forum in Kyiv.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Large Construction: Aviation and Tourism") &&
             nt_has_party(e, "Holt"));
    /* hard negatives */
    no_actual_meeting("President Ann Holt said \"we will win at the\" Forum.");
    no_actual_meeting("President Ann Holt discussed the results of the \"Large Construction\" "
                      "Forum.");
}

static void test_long_unnamed_group(void **state)
{
    (void)state;
    nt_run(PUB, "Today, President Biden hosted a meeting with a group of labor union leaders to "
                "discuss the plan.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Biden"));
    nt_run(PUB, "Senior Advisor Cedric Richmond hosted a virtual meeting with 75 veteran, military "
                "family, caregiver and survivor organizations.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negatives */
    nt_run(PUB, "Senior Advisor Cedric Richmond held a meeting with political reporters from "
                "national outlets.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Senior Advisor Cedric Richmond will host a meeting with a group of labor union "
                "leaders.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "hosted a roundtable on ...", "launched the Task Force by hosting a
 * survivor and expert roundtable": a format that brings in outsiders by
 * itself is a meeting with the host as the one named party. */
static void test_hosted_roundtable(void **state)
{
    (void)state;
    nt_run(PUB, "Yesterday, the White House hosted a virtual roundtable on Black mental health.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "White House"));
    nt_run(PUB, "Vice President Harris launched the Task Force by hosting a survivor and expert "
                "roundtable.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Harris"));
    /* hard negatives: planned; the gerund with no meeting noun; no host */
    nt_run(PUB, "Vice President Harris will host a roundtable on Black mental health next week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "The President thanked Lithuania for hosting U.S. forces.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "The roundtable on Black mental health drew wide attention.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
}

/* "hosted a convening on X with economists", "held a White House Faith
 * Leaders Convening on Y": a convening is an open format as a roundtable is,
 * a meeting with its hosts as the named parties.  The bare word is also the
 * gerund, which is no convening of its own. */
static void test_hosted_convening(void **state)
{
    (void)state;
    nt_run(PUB, "Yesterday, the Council of Economic Advisers and the National Economic Council "
                "hosted a convening on climate-risk forecasts with economists from the private "
                "sector.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Council of Economic Advisers"));
    NT_CHECK(nt_has_party(e, "National Economic Council"));
    nt_run(PUB, "Today, the Council on Environmental Quality held a White House Faith Leaders "
                "Convening on climate and clean energy.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Council on Environmental Quality"));
    /* hard negatives: the gerund before its object; a planned convening */
    nt_run(PUB, "The two leaders agreed to consult with regional partners with the aim of "
                "convening talks on the plan.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "The Council of Economic Advisers will host a convening on climate-risk "
                "forecasts next week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "the RAS Presidium" is a body: a joint meeting of it and another body is
 * a meeting of both; its own meeting alone is internal. */
static void test_presidium_is_a_body(void **state)
{
    (void)state;
    nt_run(PUB, PUTIN " spoke at the joint meeting of the RAS Presidium and the NRC's Scientific "
                      "Council.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "RAS Presidium") && nt_has_party(e, "Scientific Council"));
    /* hard negative: a body's internal meeting */
    nt_run(PUB, "The RAS Presidium held a meeting on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "talks between the Yugoslav delegation and 16 Western creditor
 * countries": one named side and an unnamed group, with the country the
 * group acts for when the text gives it. */
static void test_between_named_and_unnamed(void **state)
{
    (void)state;
    nt_run("1987-03-31", "The agreement was reached in Paris today in talks between the Yugoslav "
                         "delegation headed by Finance Minister Svetozar Rikanovic and 16 Western "
                         "creditor countries.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Yugoslav"));
    nt_run(PUB, PUTIN " informed Macron about talks between the Russian delegation and Ukrainian "
                      "representatives.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Russian delegation");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Ukraine"));
    /* hard negatives: planned; a quantity, not people */
    nt_run("1987-03-31", "Talks between Brazil and its commercial bank creditors will resume next "
                         "week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run("1987-03-31", "The difference between Brazil and other debtor nations is large.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
}

/* "the Office of Gun Violence Prevention (OGVP) ... OGVP convened": an
 * acronym the item defines after a body's name is that body; a roster
 * "including:" of bulleted names the mention finder does not know. */
static void test_acronym_and_bulleted_names(void **state)
{
    (void)state;
    nt_run(PUB, "Last week, the White House Office of Gun Violence Prevention (OGVP) began a "
                "series of convenings.\n\n"
                "On June 7, OGVP convened 80 medical professionals to discuss the trauma.\n\n"
                "The event included survivors and organizations, including:\n\n"
                "- Doctors for America\n"
                "- The American College of Emergency Physicians\n\n"
                "The President has taken action.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Office of Gun Violence Prevention") && nt_has_party(e, "OGVP"));
    NT_CHECK(nt_has_party(e, "Doctors for America"));
    NT_CHECK(nt_has_party(e, "American College of Emergency Physicians"));
    /* hard negatives: an acronym its name does not spell; a list of actions */
    nt_run(PUB, "The Drug Administration (FDA) issued rules. On Monday, FDA met with "
                "stakeholders.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "Mayor Ann Holt convened a meeting with city council members on housing.\n\n"
                "Next steps included:\n\n"
                "- expanding rental aid to more families\n"
                "- Build more homes near transit stops this year\n");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->n_participants == 1);
}

/* "X hosted nearly 80 executives ... During the convening, representatives
 * from A and B gathered at the White House": the people who came name the
 * other side of a meeting with one named side; what the host talked about
 * does not. */
static void test_parties_during_the_convening(void **state)
{
    (void)state;
    nt_run(PUB, "On June 6, the Domestic Policy Council hosted nearly 80 executives from across "
                "the country. During the convening, representatives from major health systems "
                "such as the Children's Hospital Association gathered at the White House.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Domestic Policy Council"));
    NT_CHECK(nt_has_party(e, "Children's Hospital Association"));
    NT_CHECK(e->location_name && !strcmp(e->location_name, "White House"));
    /* hard negative: the host's words name a topic, not a participant */
    nt_run(PUB, "On June 6, the Domestic Policy Council hosted nearly 80 executives from across "
                "the country. During the convening, Director Jane Roe highlighted the work of "
                "the Federal Trade Commission.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && !nt_has_party(e, "Federal Trade Commission"));
}

/* "The convening was hosted as part of the Task Force": a passive host
 * names no guest after it; "was hosted by X" and "has hosted X" still do. */
static void test_passive_host_names_no_guest(void **state)
{
    (void)state;
    nt_run(PUB, "Today's Legislative Convening on Online Abuse was hosted as part of the White "
                "House Task Force to Address Online Harassment.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    /* hard negative (it must still fire): an active host */
    nt_run(PUB, PUTIN " has hosted " ERDOGAN " in Sochi.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "The meeting involved delegates from the U.K., Switzerland and the
 * U.S.": a meeting noun as subject, the people who came as the object. */
static void test_meeting_involved(void **state)
{
    (void)state;
    nt_run("1987-04-08", "Officials met in London last December. The meeting involved delegates "
                         "from the U.K., Switzerland, the U.S. and Canada.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Switzerland");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(nt_has_party(e, "U.K.") && nt_has_party(e, "Canada"));
    /* hard negatives: no meeting noun as the subject; a planned meeting */
    nt_run("1987-04-08", "The scandal involved officials from Britain and Canada.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run("1987-04-08", "The meeting will involve delegates from Britain and Canada.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* A readout's roster under a heading line of its own ("Meeting Speakers",
 * "Participants:"), bulleted or numbered, lists the readout's meeting; a
 * heading with no roster word, or over prose, lists no one. */
static void test_roster_heading(void **state)
{
    (void)state;
    nt_run(PUB, "Today Governor Lisa Marsh convened state legislators and advocates in Dover to "
                "discuss housing.\n\n"
                "The participants shared their plans.\n\n"
                "Meeting Speakers\n\n"
                "1. Senator Paul Brandt (D-12)\n"
                "2. Council Member Rita Gomez, Chair, Housing Committee\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Marsh");
    NT_CHECK(e && nt_has_party(e, "Brandt") && nt_has_party(e, "Gomez"));
    nt_run(PUB, "Today Governor Lisa Marsh convened state legislators and advocates in Dover.\n\n"
                "Participants:\n\n"
                "- Senator Paul Brandt\n"
                "- Council Member Rita Gomez\n");
    e = nt_with_party(NSV_EV_MEETING, "Marsh");
    NT_CHECK(e && nt_has_party(e, "Brandt") && nt_has_party(e, "Gomez"));
    /* hard negatives: a heading of no roster word; a roster word over prose */
    nt_run(PUB, "Today Governor Lisa Marsh convened state legislators and advocates in Dover.\n\n"
                "Housing Awards\n\n"
                "- Senator Paul Brandt\n"
                "- Council Member Rita Gomez\n");
    e = nt_with_party(NSV_EV_MEETING, "Marsh");
    NT_CHECK(!e || (!nt_has_party(e, "Brandt") && !nt_has_party(e, "Gomez")));
    nt_run(PUB, "Today Governor Lisa Marsh convened state legislators and advocates in Dover.\n\n"
                "Speakers\n\n"
                "Senator Paul Brandt spoke about rents in Dover.\n");
    e = nt_with_party(NSV_EV_MEETING, "Marsh");
    NT_CHECK(!e || !nt_has_party(e, "Brandt"));
}

/* "met with a delegation (of X) led by / headed by <person>", "..., which
 * included A and B": the people heading or making up the delegation are in
 * the meeting, across a long description ("headed by the leader of the
 * minority in the Senate X"). */
static void test_delegation_heads(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh met with a delegation led by Senator Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Marsh") && nt_has_party(e, "Brandt"));
    nt_run(PUB, "Governor Lisa Marsh met with a delegation of the upper house of the United States "
                "Congress headed by the leader of the minority in the Senate Paul Brandt.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Marsh") && nt_has_party(e, "Brandt"));
    nt_run(PUB, "Governor Lisa Marsh met with a delegation of the Harbor Council, which included "
                "Senator Paul Brandt and Senator Rita Gomez.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Brandt") && nt_has_party(e, "Gomez"));
    /* hard negative: a leader named in a sentence of its own stays out */
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt. The delegation, which arrived "
                "on Friday, was led by Senator Paul Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Marsh");
    NT_CHECK(e && nt_has_party(e, "Holt") && !nt_has_party(e, "Brandt"));
    /* the named firms of a group of firms met (no comma needed after its
     * plural); not names after a group of people, nor a topic's */
    nt_run(PUB, "White House officials again met with manufacturers of flu vaccines including "
                "Novarix and Biolane on Tuesday.");
    e = nt_with_party(NSV_EV_MEETING, "White House");
    NT_CHECK(e && nt_has_party(e, "Novarix") && nt_has_party(e, "Biolane"));
    nt_run(PUB,
           "Governor Lisa Marsh met today with senior officials including Novarix and Biolane.");
    e = nt_with_party(NSV_EV_MEETING, "Marsh");
    NT_CHECK(e && !nt_has_party(e, "Novarix") && !nt_has_party(e, "Biolane"));
    nt_run(PUB, "White House officials again met with manufacturers of flu vaccines on Tuesday, "
                "including talks on Novarix and Biolane.");
    e = nt_with_party(NSV_EV_MEETING, "White House");
    NT_CHECK(e && !nt_has_party(e, "Novarix") && !nt_has_party(e, "Biolane"));
}

/* "In a conversation with Prime Minister X, I stressed ...", "During the
 * talks with X, we agreed": in the principal's own words the "I" or "we"
 * after the opening phrase is the principal; "we will outline" is a plan. */
static void test_first_person_after_opening(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    const char *title = "Volodymyr Zelenskyy: We will prevail";
    nt_run_source("t-fa1", ukr, "2022-05-20", title,
                  "Fellow Ukrainians! In a conversation with Prime Minister Mark Tamm, I stressed "
                  "that we need air defence. In a conversation with Chancellor Ivan Dorov I noted "
                  "our progress.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy") && e->modality == NSV_MOD_ACTUAL);
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    nt_run_source("t-fa2", ukr, "2022-05-20", title,
                  "Fellow Ukrainians! During talks with Prime Minister Mark Tamm, we will outline "
                  "new steps.");
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e && e->modality != NSV_MOD_ACTUAL);
    /* hard negatives: another author's "I"; a quoted "I" */
    nt_run_source("t-fa3", ukr, "2022-05-20", "Speech by Head of the Office Andriy Yermak",
                  "Thank you. In a conversation with Prime Minister Mark Tamm, I stressed our "
                  "needs.");
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e == NULL || !nt_has_party(e, "Zelenskyy"));
}

/* "X also met the Malaysian candidates. Minister Y also took part in the
 * meeting": the one-party "met" just before (an unnamed group as guests)
 * is the meeting Y joins, not a summit named earlier; a "met" that names
 * its guest is no such meeting (its headline's merges with it). */
static void test_took_part_in_unnamed_met(void **state)
{
    (void)state;
    nt_run(PUB,
           "President Ivan Dorov attended the SCO summit in Tashkent.\n\n"
           "President Ivan Dorov also met the young Malaysian candidates for a flight. Council "
           "Member Rita Gomez also took part in the meeting.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Gomez");
    NT_CHECK(e && nt_has_party(e, "Dorov") && !nt_has_party(e, "SCO"));
    e = nt_with_party(NSV_EV_MEETING, "SCO");
    NT_CHECK(e && !nt_has_party(e, "Gomez"));
    /* hard negative: the guest is named, the joiner goes to the meeting
     * with two parties */
    nt_run(PUB, "Governor Lisa Marsh met with Senator Paul Brandt. Housing was discussed.\n\n"
                "Council Member Rita Gomez also took part in the meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_with_party(NSV_EV_MEETING, "Gomez");
    NT_CHECK(e && nt_has_party(e, "Brandt") && nt_has_party(e, "Marsh"));
}

/* "Meeting with Government members ... * * * Finance Minister Anton
 * Siluanov: Indeed, ...": a named speaker of a turn in the transcript of
 * the meeting the headline names joins it; an item whose headline names
 * no meeting (an interview) places its speakers in none, and a spelling of
 * a party's name it already holds adds no second party. */
static void test_transcript_speakers_join(void **state)
{
    (void)state;
    nt_run_source("t-ts1", KREMLIN, "2017-10-25", "Meeting with Government members",
                  "Vladimir Putin held a regular meeting with Government members.\n\n* * *\n\n"
                  "Vladimir Putin: Good afternoon, colleagues. I would like the Finance "
                  "Minister to report.\n\nFinance Minister Anton Siluanov: Indeed, Mr "
                  "President, our revenues are sufficient.\n\nVladimir Putin: Yes, please do.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e && nt_has_party(e, "Siluanov"));
    /* hard negatives: no meeting in the headline; a second spelling */
    nt_run_source("t-ts2", KREMLIN, "2017-10-25", "Interview to Rossiya TV channel",
                  "Vladimir Putin recalled his talks with President Sauli Niinisto of "
                  "Finland.\n\n* * *\n\nPavel Zarubin: Mr President, how were the "
                  "talks?\n\nVladimir Putin: They were good.");
    e = nt_with_party(NSV_EV_MEETING, "Niinisto");
    NT_CHECK(e == NULL || !nt_has_party(e, "Zarubin"));
    nt_run_source("t-ts3", KREMLIN, "2019-06-20", "Meeting with Kirill Dmitriev",
                  "Vladimir Putin had a meeting with CEO of the Russian Direct Investment Fund "
                  "Kirill Dmitriev.\n\n* * *\n\nVladimir Putin: Good afternoon.\n\nKirill "
                  "Dmitriyev: Good afternoon, Mr President.");
    e = nt_with_party(NSV_EV_MEETING, "Dmitriev");
    NT_CHECK(e && !nt_has_party(e, "Dmitriyev"));
}

/* "The second issue is connected to Direct Line: There are ...": a name a
 * preposition governs before a colon is no turn's speaker and joins no
 * meeting; a titled speaker's own line still does. */
static void test_transcript_speaker_governed_label(void **state)
{
    (void)state;
    nt_run_source("t-tg1", KREMLIN, "2017-07-04", "Meeting with Gazprom CEO Alexei Miller",
                  "Vladimir Putin had a working meeting with Chairman of Gazprom Management "
                  "Board Alexei Miller.\n\nVladimir Putin: Mr Miller, let us begin.\n\nThe "
                  "second issue is connected to Direct Line: There are a lot of problems. "
                  "People raise them in the course of Direct Line.\n\nDeputy Chairman of "
                  "Gazprom Management Board Vitaly Markelov: Mr President, we will do it.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Miller");
    NT_CHECK(e && !nt_has_party(e, "Direct Line"));
    NT_CHECK(e && nt_has_party(e, "Markelov"));
}

/* "Omar al-Bashir:" in the transcript of talks with "Omar Al-Bashir": the
 * whole name but for case is the party's, no second party, as is "Sergey
 * Ignatiev:" for "Sergei Ignatyev"; another person of the same given name
 * (or of a given name of the same length) is. */
static void test_transcript_speaker_case_spelling(void **state)
{
    (void)state;
    nt_run_source("t-tc1", KREMLIN, "2017-11-23", "Meeting with President of Sudan Omar Al-Bashir",
                  "Vladimir Putin held talks in Sochi with President of Sudan Omar "
                  "Al-Bashir.\n\nVladimir Putin: Mr President, welcome.\n\nOmar al-Bashir "
                  "(retranslated): Thank you, Mr President.\n\nForeign Minister of Sudan "
                  "Omar Ghandour (retranslated): Thank you.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Al-Bashir");
    size_t bashir = 0;
    for (size_t i = 0; e && i < e->n_participants; i++)
        bashir += nt_name_has(e->participants[i].name, "Bashir") ||
                  nt_name_has(e->participants[i].name, "al-Bashir");
    NT_CHECK(e && bashir == 1);
    NT_CHECK(e && nt_has_party(e, "Ghandour"));
    /* a given name but for a last "i" for "y" with the surname's spelling */
    nt_run_source("t-tc2", KREMLIN, "2013-04-22", "Meeting with Sergei Ignatyev",
                  "Vladimir Putin had a meeting with Chairman of the Central Bank Sergei "
                  "Ignatyev.\n\nVladimir Putin: Go ahead, Mr "
                  "Ignatyev.\n\nSergey Ignatiev: Mr President, inflation remains high.\n\n"
                  "Sergio Ignatelli: Mr President, so it does.");
    e = nt_with_party(NSV_EV_MEETING, "Ignatyev");
    NT_CHECK(e && !nt_has_party(e, "Ignatiev"));
    /* hard negative: another given name of the same length */
    NT_CHECK(e && nt_has_party(e, "Ignatelli"));
}

/* "Following the meeting with the presidents of Iran and Turkey, Vladimir
 * Putin held a separate bilateral meeting with President of Iran Hassan
 * Rouhani" under "Meeting with President of Iran Hassan Rouhani": the
 * speakers join the body's meeting that holds the headline's parties (the
 * second), and the first keeps its own; with no such meeting, the body's
 * first. */
static void test_transcript_speakers_headline_meeting(void **state)
{
    (void)state;
    nt_run_source("t-th1", KREMLIN, "2017-11-22", "Meeting with President of Iran Hassan Rouhani",
                  "Following the meeting with the presidents of Iran and Turkey, Vladimir Putin "
                  "held a separate bilateral meeting with President of Iran Hassan Rouhani.\n\n"
                  "President of Russia Vladimir Putin: Mr President, welcome.\n\nForeign "
                  "Minister of Iran Mohammad Javad Zarif: Thank you, Mr President.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Rouhani");
    NT_CHECK(e && nt_has_party(e, "Zarif") && !nt_has_party(e, "Turkey"));
    e = nt_with_party(NSV_EV_MEETING, "Turkey");
    NT_CHECK(e && !nt_has_party(e, "Rouhani") && !nt_has_party(e, "Zarif"));
    /* hard negative: no body meeting holds the headline's party */
    nt_run_source("t-th2", KREMLIN, "2017-10-25", "Meeting with Government members",
                  "Vladimir Putin held a regular meeting with Government members.\n\n* * *\n\n"
                  "Vladimir Putin: Good afternoon.\n\nFinance Minister Anton Siluanov: Indeed, "
                  "Mr President, our revenues are sufficient.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e && nt_has_party(e, "Siluanov"));
}

/* "met in the Green Reception Room of the Grand Palace", "a meeting at the
 * Sirius Education Centre", "in the East Room": a hall, room or centre ends
 * a venue's name as a palace does (words.tsv venue); a centre whose head is
 * a party, or the topic of the talks, is no place. */
/* "Minister for the Development of the Russian Far East and Arctic Anna
 * Berg": the Far East is a region (places.tsv), so inside a title it names
 * the office, no party ("Far East and Arctic Anna Berg" read as two
 * people); where the meeting is, it is the place. */
static void test_far_east_in_title_no_party(void **state)
{
    (void)state;
    nt_run(PUB, "President Ivan Dorov met with Minister for the Development of the Russian Far "
                "East and Arctic Anna Berg.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Berg") &&
             !nt_has_party(e, "Far East"));
    /* hard negatives: the region as the place; a surname East stays */
    nt_run(PUB, "President Ivan Dorov and Governor Anna Berg met in the Far East on Monday.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && nt_has_party(e, "Berg") && e->location_name &&
             !strcmp(e->location_name, "Far East"));
    nt_run(PUB, "President Ivan Dorov met with Peter East and Anna Berg.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && nt_has_party(e, "Peter East") && nt_has_party(e, "Berg"));
}

/* "talked with the defenders of Ukraine" by Ukraine's own president: a
 * group's "of <own country>" is his own side, no counterpart; he met an
 * unnamed group where he was, no call.  The country of a foreign group, or
 * an explicit phone cue, stays. */
static void test_own_side_group_country(void **state)
{
    (void)state;
    const char *ua = "President of Ukraine (president.gov.ua)";
    nt_run_source("o1", ua, "2022-05-29", NULL,
                  "Volodymyr Zelenskyy presented state awards to the servicemen, and talked with "
                  "the defenders of Ukraine.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Zelenskyy");
    NT_CHECK(e && e->n_participants == 1 && !nt_has_party(e, "Ukraine") &&
             e->format == NSV_FORMAT_IN_PERSON);
    nt_run_source("o2", ua, "2022-04-30", NULL,
                  "President Volodymyr Zelenskyy met with the defenders of the state border of "
                  "Ukraine and presented awards to them.");
    e = nt_with_party(NSV_EV_MEETING, "Zelenskyy");
    NT_CHECK(e && !nt_has_party(e, "Ukraine"));
    /* hard negatives: a foreign group's country; a call the text names */
    nt_run_source("o3", ua, "2022-05-29", NULL,
                  "Volodymyr Zelenskyy talked with the representatives of Poland.");
    e = nt_with_party(NSV_EV_MEETING, "Zelenskyy");
    NT_CHECK(e && nt_has_party(e, "Poland") && e->format == NSV_FORMAT_PHONE);
    nt_run_source("o4", ua, "2022-05-29", NULL,
                  "Volodymyr Zelenskyy talked by phone with the defenders of Ukraine.");
    e = nt_with_party(NSV_EV_MEETING, "Zelenskyy");
    NT_CHECK(e && !nt_has_party(e, "Ukraine") && e->format == NSV_FORMAT_PHONE);
}

/* "Meeting with families awarded the Order of Parental Glory": the
 * capitalised words after a decoration's "Order of" name the order, no one
 * met; the families are an unnamed group.  A person a common first name
 * opens after such a word stays ("Defense Policy of Spain Admiral Juan
 * Martinez"). */
static void test_order_of_names_no_party(void **state)
{
    (void)state;
    const char *ru = "President of Russia (en.kremlin.ru)";
    nt_run_source("d1", ru, "2021-06-01",
                  "Meeting with families awarded the Order of Parental Glory",
                  "Vladimir Putin met with families awarded the Order of Parental Glory.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e && e->n_participants == 1 && !nt_has_party(e, "Parental Glory"));
    /* the headline's videoconference is the body's, one event */
    nt_run_source("d2", ru, "2020-06-01",
                  "Videoconference with families presented with Order of Parental Glory",
                  "Vladimir Putin held a videoconference with families presented with the Order "
                  "of Parental Glory.\n\nTaking part in the videoconference meeting were families "
                  "with many children from Moscow and Samara, as well as Presidential "
                  "Commissioner for Children's Rights Anna Kuznetsova.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e && !nt_has_party(e, "Parental Glory"));
    /* hard negative */
    nt_run(PUB, "President Ivan Dorov met with Secretary General of Defense Policy of Spain "
                "Admiral Juan Martinez.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && nt_has_party(e, "Martinez"));
}

/* "held in the Alexander Hall at the Grand Palace", "in the St George Hall of
 * the Kremlin": a hall keeps the building it is in (the building is where
 * the meeting was); a hall with no building named keeps the hall, and "at"
 * before anything but a building ("at the invitation of President Anna
 * Berg") adds nothing. */
static void test_hall_keeps_its_building(void **state)
{
    (void)state;
    nt_run(PUB, "President Ivan Dorov met with business leaders. The meeting was held in the "
                "Alexander Hall at the Grand Palace.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && e->location_name &&
             !strcmp(e->location_name, "Alexander Hall at the Grand Palace"));
    nt_run(PUB, "President Ivan Dorov and Queen Anna Berg met in the St George Hall of the "
                "Kremlin.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "St George Hall of the Kremlin"));
    /* hard negatives: no building named; "at" before a person's title */
    nt_run(PUB, "President Ivan Dorov and Queen Anna Berg met in the Blue Room at Noon Time.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Blue Room"));
    nt_run(PUB, "President Ivan Dorov met with Queen Anna Berg in the Blue Room of President "
                "Anna Berg.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && e->location_name && strstr(e->location_name, "Blue Room") &&
             !strstr(e->location_name, "Berg"));
}

static void test_room_hall_centre_venues(void **state)
{
    (void)state;
    nt_run(PUB, "President Ivan Dorov and Queen Anna Berg met in the Green Reception Room of the "
                "Grand Palace where they discussed trade.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && nt_has_party(e, "Berg") && e->location_name &&
             !strcmp(e->location_name, "Green Reception Room of the Grand Palace"));
    /* hard negatives: the body the guest heads; the topic */
    nt_run(PUB, "President Ivan Dorov met with head of the Sirius Education Centre Anna Berg.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && nt_has_party(e, "Berg") && !e->location_name);
    nt_run(PUB, "President Ivan Dorov met with Anna Berg to discuss funding for the Sirius "
                "Education Centre.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && nt_has_party(e, "Berg") && !e->location_name);
}

/* "Interior Minister A, ..., and acting Prosecutor General D attended the
 * meeting", "A, the defence minister, B, director of the FSB, ...
 * participated in the meeting": a subject that is all a list of people
 * with their titles, set off by commas on either side, names every one of
 * them, far down a readout of a board's meeting too; a body in a title
 * ("a journalist at X newspaper") is none of them, and a lone person, or
 * a subject after an opening phrase, joins no group's meeting there. */
static void test_appositive_roster_joins(void **state)
{
    (void)state;
    const char *board = "President Ivan Dorov took part in an expanded meeting of the Interior "
                        "Ministry board.\n\nHe said crime was a threat.\n\nThe acting president "
                        "urged the ministry to fight corruption.\n\nHe thanked the officers.\n\n";
    char text[1024];
    snprintf(text, sizeof text, "%s%s", board,
             "Interior Minister Paul Brandt, Defence Minister Rita Gomez, Justice Minister Lisa "
             "Marsh and acting Prosecutor General Ann Holt attended the meeting.");
    nt_run(PUB, text);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && nt_has_party(e, "Brandt") && nt_has_party(e, "Gomez") &&
             nt_has_party(e, "Marsh") && nt_has_party(e, "Holt"));
    nt_run(PUB, "President Ivan Dorov met with the heads of the security agencies.\n\nChechnya "
                "was discussed.\n\nPaul Brandt, the defence minister, Rita Gomez, director of "
                "the FSB, Lisa Marsh, justice minister, and Ann Holt, chief of staff of the "
                "Executive Office, participated in the meeting.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && nt_has_party(e, "Brandt") && nt_has_party(e, "Gomez") &&
             nt_has_party(e, "Marsh") && nt_has_party(e, "Holt") &&
             !nt_has_party(e, "Executive Office"));
    /* hard negatives: a name in a title after a preposition; a lone
     * person far down; a list after an opening phrase */
    snprintf(text, sizeof text, "%s%s", board,
             "Tim Kerr, a journalist at Ole Rask newspaper, and Interior Minister Jane Fox "
             "attended the meeting.");
    nt_run(PUB, text);
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && nt_has_party(e, "Kerr") && nt_has_party(e, "Fox") && !nt_has_party(e, "Rask"));
    snprintf(text, sizeof text, "%s%s", board,
             "Interior Minister Paul Brandt attended the meeting.");
    nt_run(PUB, text);
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && !nt_has_party(e, "Brandt"));
    snprintf(text, sizeof text, "%s%s", board,
             "After talks with Mayor Tom Berg, Minister Ann Holt and Minister Mark Tamm attended "
             "the meeting.");
    nt_run(PUB, text);
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e && !nt_has_party(e, "Berg") && !nt_has_party(e, "Holt"));
}

/* "X convened state legislators in Dover. She was joined by Secretary Y":
 * the people after "was joined by" join the meeting just before that has
 * the subject as a party; a trip is no meeting to join. */
static void test_was_joined_by(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt in Dover on housing. She was joined "
                "by Senator Paul Brandt and Senator Rita Gomez.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Marsh") && nt_has_party(e, "Brandt") &&
             nt_has_party(e, "Gomez"));
    /* a long title that opens with a country, before a name of no known
     * given name ("U.S. Special Representative for Afghanistan
     * Reconciliation Ambassador X"), as after "led by" or "including" */
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt in Dover on housing. She was joined "
                "by U.S. Special Representative for Afghanistan Reconciliation Ambassador Zalmay "
                "Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Marsh") && nt_has_party(e, "Brandt"));
    /* hard negatives: a trip before "was joined by"; a meeting without the
     * subject of "joined" */
    nt_run(PUB, "Governor Lisa Marsh traveled to Dover on Friday. She was joined by Senator Paul "
                "Brandt.\n\nLater, Governor Lisa Marsh met with Mayor Ann Holt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Brandt"));
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt. Judge Tom Reed was joined by "
                "Senator Paul Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Brandt"));
}

/* "Minister X told the President about ...": a named person reporting to
 * a party of the meeting reported before sits at it; not after a call, a
 * trip with no meeting, nor an interview with a body. */
static void test_reported_to_party(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt in Dover on housing.\n\nSenator "
                "Paul Brandt briefed Governor Marsh on the budget. Senator Tom Reed informed "
                "Ms Marsh about the new court.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Marsh") && nt_has_party(e, "Brandt") && nt_has_party(e, "Reed"));
    /* a meeting dated after the item is a plan, not the one reported to */
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt in Dover. Governor Marsh held talks "
                "with Senator Tom Reed on December 12. Senator Paul Brandt briefed Governor "
                "Marsh on the budget.");
    e = nt_with_party(NSV_EV_MEETING, "Reed");
    NT_CHECK(e && e->modality == NSV_MOD_PLANNED && !nt_has_party(e, "Brandt"));
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Brandt"));
    /* "reported to" holds its "to" */
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt in Dover. Senator Paul Brandt "
                "reported to Governor Marsh on the floods.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Brandt"));
    /* hard negatives: the minister briefing her after a call was not on
     * the line; a trip names no meeting; a passive; a body told */
    nt_run(PUB, "Governor Lisa Marsh had a telephone conversation with Mayor Ann Holt. Senator "
                "Paul Brandt briefed Governor Marsh on the budget.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Brandt"));
    nt_run(PUB, "Governor Lisa Marsh toured a plant in Dover. Director Paul Brandt told Governor "
                "Marsh about the new products.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt in Dover. Senator Paul Brandt was "
                "told by Governor Marsh about the budget.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Brandt"));
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt in Dover. Senator Paul Brandt told "
                "the Dover Gazette about the budget.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Brandt"));
    /* "reported" with no "to" (words.tsv report value 2) reports no one */
    nt_run(PUB, "Governor Lisa Marsh met with Mayor Ann Holt in Dover. Senator Paul Brandt "
                "reported Governor Marsh's remarks on the budget.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Brandt"));
}

/* "met with senior officials of X, including Senator A and Mayor B": the
 * people the guests' group includes are in the meeting; a topic list after
 * a purpose phrase ("to discuss ..., including the X Act") is no guest. */
static void test_group_including(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh met today with senior officials of the Harbor Council, "
                "including Senator Paul Brandt and Mayor Ann Holt.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Marsh");
    NT_CHECK(e && nt_has_party(e, "Brandt") && nt_has_party(e, "Holt"));
    /* hard negative */
    nt_run(PUB, "Governor Lisa Marsh met today with Mayor Ann Holt to discuss shared priorities, "
                "including the Paul Brandt Housing Act.");
    e = nt_with_party(NSV_EV_MEETING, "Marsh");
    NT_CHECK(e && nt_has_party(e, "Holt") && !nt_has_party(e, "Brandt"));
}

/* "She spoke about this today with President X", "talked about it again
 * with": a pronoun topic between the verb and its "with"; a noun topic
 * ("spoke about the budget with") keeps the verb a plain "spoke". */
static void test_spoke_about_this_with(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh said the plan is ready. She spoke about this today with "
                "Senator Paul Brandt.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e && nt_has_party(e, "Marsh"));
    /* hard negative */
    nt_run(PUB, "Governor Lisa Marsh said the plan is ready. She spoke about the plan for years "
                "with pride.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "met with health system and hospital leaders", "met with heads and
 * teachers of orphanages": lower-case modifiers joined by "and" or a comma
 * before the people word still make an unnamed group of guests; things
 * ("health and safety rules") do not. */
static void test_unnamed_group_joined_modifiers(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh met with health system and hospital leaders in Dover.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Marsh"));
    /* hard negative: joined modifiers with no people word after them */
    nt_run(PUB, "Governor Lisa Marsh met with health and safety rules in mind.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "met with heads of leading universities", "met with the winners and
 * finalists of the contest", "met with delegates to the congress": more
 * plural nouns of people head a group a named party meets (words.tsv); a
 * planned or negated meeting with them is no actual one, and the words
 * outside a meeting frame make none. */
static void test_unnamed_group_more_heads(void **state)
{
    (void)state;
    static const char *const met[] = {
        "Governor Lisa Marsh met with heads of leading universities on Monday.",
        "Governor Lisa Marsh met with the winners and finalists of the state science contest.",
        "Governor Lisa Marsh met with delegates to the party congress.",
    };
    for (size_t k = 0; k < sizeof met / sizeof *met; k++) {
        nt_run(PUB, met[k]);
        NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
        const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
        NT_CHECK(e && nt_has_party(e, "Marsh"));
    }
    /* hard negatives: planned, negated, a speech, no meeting cue */
    nt_run(PUB, "Governor Lisa Marsh will meet with the finalists of the contest next week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0 && nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    nt_run(PUB, "Governor Lisa Marsh did not meet with the candidates.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    no_actual_meeting("Governor Lisa Marsh addressed the winners of the contest.");
    no_actual_meeting("Governor Lisa Marsh congratulated the finalists on their results.");
    no_actual_meeting("Governor Lisa Marsh met the deadline set by the heads of agencies.");
}

/* "convened consumer protection, labor, and civil rights leaders": a serial
 * comma before the last "and" joins the modifiers as the "and" alone does;
 * a comma and "and" before a clause do not. */
static void test_unnamed_group_serial_comma(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh convened consumer protection, labor, and civil rights "
                "leaders to discuss risks.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Marsh"));
    /* hard negative: the serial comma lists things, no people word ends it */
    nt_run(PUB, "Governor Lisa Marsh met with labor, housing, and health care in mind.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "the White House virtually convened senior officials": an adverb of
 * manner between the subject and the verb keeps the subject as the host;
 * a convening only planned is still no actual one. */
static void test_virtually_convened(void **state)
{
    (void)state;
    nt_run(PUB, "Today, Governor Lisa Marsh virtually convened senior government officials and "
                "industry leaders to discuss supply chains.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Marsh"));
    /* hard negative: a convening still to come */
    nt_run(PUB, "Next week, Governor Lisa Marsh will virtually convene senior government "
                "officials to discuss supply chains.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "the Vice President met with doctors and nurses" in a whitehouse.gov item
 * that never names her: the outlet's Vice President on the item's day, as
 * for the President; "the President and Vice President met" shares one
 * article and names both.  Not another outlet's vice president, nor
 * someone named through the office. */
static void test_outlet_vice_president(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("t-vp1", wh, "2022-05-21", NULL,
                  "On Thursday, the Vice President met with doctors and nurses to discuss "
                  "health care.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e && nt_has_party(e, "Kamala Harris"));
    nt_run_source("t-vp2", wh, "2021-08-03", NULL,
                  "Today, the President and Vice President met with 12 Latino leaders to "
                  "discuss the agenda.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Joe Biden") && nt_has_party(e, "Kamala Harris"));
    /* hard negative: a wire item's vice president is no one in particular */
    nt_run_source("t-vp3", "Test Wire", "2022-05-21", NULL,
                  "On Thursday, the Vice President met with doctors and nurses to discuss "
                  "health care.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Kamala Harris") == NULL);
    /* hard negative: someone named through the office */
    nt_run_source("t-vp4", wh, "2022-05-21", NULL,
                  "On Thursday, the Vice President's adviser met with doctors and nurses to "
                  "discuss health care.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Kamala Harris") == NULL);
}

/* A roster far below a background meeting lists the readout's own
 * meeting, the first the body names; a heading line ("Experts") before
 * bulleted names says nothing of how the list looks. */
static void test_roster_of_the_readout(void **state)
{
    (void)state;
    nt_run(PUB, "Today, Director Jane Roe chaired a working meeting with state legislators on "
                "online abuse.\n\n"
                "In 2022, Vice President Harris launched the Task Force by hosting a survivor "
                "roundtable.\n\n"
                "Laws differ from state to state.\n\n"
                "Participants included:\n\n"
                "Experts\n\n"
                "- Danielle Citron, Professor of Law\n"
                "- Mary Anne Franks, President\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Roe");
    NT_CHECK(e && nt_has_party(e, "Citron") && nt_has_party(e, "Franks"));
    /* hard negative: the background roundtable gets none of them */
    e = nt_with_party(NSV_EV_MEETING, "Harris");
    NT_CHECK(e && !nt_has_party(e, "Citron"));
}

/* "the agreement was reached in Paris today in talks between A and B": the
 * place of the phrase the cue's own "in" phrase follows. */
static void test_place_before_the_talks(void **state)
{
    (void)state;
    nt_run("1987-03-31", "The agreement was reached in Paris today in talks between Yugoslavia "
                         "and Brazil.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Paris"));
    /* hard negative: no place before the "in" phrase */
    nt_run("1987-03-31", "The agreement was reached in principle in talks between Yugoslavia and "
                         "Brazil.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && !e->location_name);
}

/* "the Crimea Platform" is a body: its summit, which a party is placed at,
 * is a meeting of both. */
static void test_platform_is_a_body(void **state)
{
    (void)state;
    nt_run("2021-11-05", "The President stressed the importance of representing the Council of "
                         "Europe at the inaugural summit of the Crimea Platform, which took place "
                         "on August 23.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Crimea Platform");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Council of Europe"));
    /* hard negative: a lower-case platform is no body */
    nt_run("2021-11-05", "The President said the summit should become a platform for dialogue.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "the U.S.-Africa Leaders Summit": a capitalised group word between the
 * pair and the cue; a region is a side of the pair. */
static void test_pair_leaders_summit(void **state)
{
    (void)state;
    nt_run("2022-12-13", "On December 13, 2022, the U.S.-Africa Leaders Summit featured a space "
                         "forum.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Africa");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "U.S."));
    nt_run("2022-12-13", "The U.S.-ASEAN Leaders Summit opened in Washington.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negatives: a region with no pair; a meeting looked forward to */
    nt_run("2022-12-13", "The President spoke about Africa and its leaders.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run("2022-12-13", "President Biden looks forward to the meeting with President Macron.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "discussed preparations for a meeting of X": the meeting is yet to come,
 * planned like "preparation for"; the talks where it was discussed stay
 * actual. */
static void test_preparations_for_meeting(void **state)
{
    (void)state;
    nt_run(PUB, PUTIN " and " ERDOGAN " discussed preparations for a meeting of their defence "
                      "ministers.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->modality == NSV_MOD_PLANNED);
    /* hard negative: the talks themselves happened */
    nt_run(PUB, PUTIN " held talks with " ERDOGAN " in Sochi. They discussed preparations for the "
                      "next round of trade consultations.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_with_party(NSV_EV_MEETING, "Putin"), "Erdoğan"));
}

/* "Gazprom, Russia's gas monopoly, said after the meeting": the possessive
 * country describes the name before the comma and is no second party; a
 * list of names before the noun still is ("A, B and C said after"). */
static void test_possessive_appositive_is_no_party(void **state)
{
    (void)state;
    nt_run(PUB, "A spokesman for Unison, Britain's biggest union, said after Saturday's meeting "
                "that talks would go on.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* hard negative: a list of parties */
    nt_run(PUB, "Russia, China and India said after Monday's meeting that talks would go on.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 3);
}

/* A venue the gazetteer does not list: a capitalised run ending in Palace,
 * Residence... after "at the" or "in the". */
static void test_venue_names(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin met with Alexander Van der Bellen at the Hofburg Palace.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Hofburg Palace"));
    nt_run(PUB, "Vice President Kamala Harris met with President Marcos at the Vice "
                "President\u2019s Residence.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->location_name && strstr(e->location_name, "Residence"));
    /* hard negative: a palace talked about is no venue */
    nt_run(PUB, "Vladimir Putin met with Alexander Van der Bellen and discussed the Hofburg "
                "Palace repairs.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && !e->location_name);
}

/* Thousands of meetings in one item: the pairwise merge is not attempted,
 * the item fails with a limit error (as it would after the merge). */
static void test_too_many_meetings_fail_early(void **state)
{
    (void)state;
    size_t cap = 4200 * 48, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    for (int k = 0; k < 4200; k++)
        len += (size_t)snprintf(text + len, cap - len, "Anna Kov%04d met Mr Lidam%04d in Paris. ",
                                k, k);
    json_t *o = json_pack("{s:s, s:s, s:s}", "id", "many", "published", "2022-01-01", "text", text);
    char *wire = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    free(text);
    assert_non_null(wire);
    nsv_item item;
    const nsv_event *ev;
    size_t n;
    nsv_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(nsv_decode(nt.norm, wire, strlen(wire), NSV_WIRE_JSON, &item, &err), NSV_OK);
    assert_int_equal(nsv_normalize(nt.norm, &item, &ev, &n, &err), NSV_ERR_LIMIT);
    assert_non_null(strstr(err.message, "meetings to compare"));
    free(wire);
}

/* "ready to send a delegation to hold talks", "agreed to continue their
 * consultations": a meeting noun after "to" and a verb that takes it is an
 * infinitive, not a meeting held. */
static void test_infinitive_meeting_noun(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin said he was ready to send a delegation to Minsk to hold talks "
                "with representatives of Ukraine.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0 && nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    nt_run(PUB, "President Biden met Prime Minister Kishida. The two leaders affirmed their intent "
                "to continue their consultations.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negative: held talks are held */
    nt_run(PUB, "Vladimir Putin held talks with representatives of Ukraine in Minsk.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "at Germany's initiative": a possessive country is whose, not where. */
static void test_possessive_is_no_place(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin had a telephone conversation with Chancellor Angela Merkel at "
                "Germany's initiative.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->location_name == NULL);
    /* hard negative: a place is still a place */
    nt_run(PUB, "Vladimir Putin met Chancellor Angela Merkel in Germany.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Germany"));
}

/* "The SCO summit was held in Astana": a group's summit the text reports
 * as held is a meeting of the group, though no one is placed at it. */
static void test_group_summit_held(void **state)
{
    (void)state;
    nt_run(PUB, "The SCO summit was held in Astana on Monday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "SCO") && e->n_participants == 1);
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Astana"));
    NT_CHECK(!strcmp(e->date, "2022-12-05"));
    nt_run(PUB, "Lavrov briefed him on the results of the CSTO summit, which took place in "
                "Minsk on Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "CSTO") != NULL);
    /* hard negatives: planned, a party's own conference, a topic only */
    no_actual_meeting("The SCO summit will be held in Astana on Monday.");
    no_actual_meeting("The Labour Party conference was held in Brighton on Monday.");
    no_actual_meeting("He discussed the results of the CSTO summit.");
}

/* "took part in the Cyprus-Russia Business Forum": a meeting named in
 * title case is a setting like a group's summit, when someone is placed at
 * it; "will participate as an observer at" is planned. */
static void test_named_meeting_setting(void **state)
{
    (void)state;
    nt_run(PUB, "Dmitry Medvedev also took part in the Cyprus-Russia Business Forum.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Business Forum");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Medvedev"));
    nt_run(PUB, "President Volodymyr Zelenskyy spoke at the Munich Security Conference.");
    e = nt_with_party(NSV_EV_MEETING, "Munich Security Conference");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    nt_run(PUB, "Russia will participate as an observer at the SCO summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* hard negatives: no one placed at it, and greetings to its participants */
    no_actual_meeting("During the St Petersburg International Economic Forum, films will be "
                      "shown on Palace Square.");
    nt_run(PUB, "Vladimir Putin sent his greetings to the participants at the International "
                "Volunteer Forum.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Putin") == NULL);
}

/* "at the Bocharov Ruchei residence": a named venue with a lower-case
 * head is where; a city right after it is kept instead. */
static void test_venue_lower_case_head(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        PUTIN " held talks with " ERDOGAN " at the Bocharov Ruchei residence.", "Putin", "Erdoğan");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Bocharov Ruchei residence"));
    e = one_meeting(PUTIN " held talks with " ERDOGAN " at the Syniohora state residence.", "Putin",
                    "Erdoğan");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Syniohora state residence"));
    e = one_meeting(PUTIN " held talks with " ERDOGAN " at the Bocharov Ruchei residence in Sochi.",
                    "Putin", "Erdoğan");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Sochi"));
    /* hard negative: a demonym names no venue */
    e = one_meeting(PUTIN " held talks with " ERDOGAN " at the Turkish presidential residence.",
                    "Putin", "Erdoğan");
    NT_CHECK(e->location_name == NULL);
}

/* "arrived in Britain after flying from the United States, where he met
 * X": the place "where" stands for, not the visit the sentence began with. */
static void test_where_relative_place(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting(PUTIN " arrived in Italy from Ankara, where he held talks with " ERDOGAN ".",
                    "Putin", "Erdoğan");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Ankara"));
    /* hard negative: "where" of a clause that is not about a place */
    e = one_meeting(PUTIN " arrived in Italy, where he held talks with " ERDOGAN ".", "Putin",
                    "Erdoğan");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Italy"));
    e = one_meeting("In a case where ministers disagree, " PUTIN " held talks with " ERDOGAN ".",
                    "Putin", "Erdoğan");
    NT_CHECK(e->location_name == NULL);
}

/* "X attended a meeting of the SCO Council of Heads of State": the person
 * placed at a group's meeting is one of its participants. */
static void test_placed_at_group_meeting(void **state)
{
    (void)state;
    nt_run(PUB, PUTIN " attended a meeting of the SCO Council of Heads of State.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "SCO");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin"));
    /* hard negatives: the meeting only talked about; a body's own session */
    nt_run(PUB, PUTIN " discussed a meeting of the SCO Council of Heads of State.");
    e = nt_with_party(NSV_EV_MEETING, "SCO");
    NT_CHECK(e == NULL || !nt_has_party(e, "Putin"));
    no_actual_meeting(PUTIN " spoke at a meeting of the Security Council.");
}

/* "X took part in a meeting of the CSTO": a group of states marked "group"
 * in organizations.tsv meets as its members, so the one person placed at
 * its meeting attends it (with the people listed with them). */
static void test_placed_at_intl_group_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Armenian Prime Minister Nikol Pashinyan attended a meeting of the CSTO in Minsk.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "CSTO");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Pashinyan"));
    nt_run(PUB, PUTIN " and Belarusian President Alexander Lukashenko took part in a meeting of "
                      "the Supreme Eurasian Economic Council.");
    e = nt_with_party(NSV_EV_MEETING, "Supreme Eurasian Economic Council");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin") && nt_has_party(e, "Lukashenko"));
    /* the CIS council's name is one party, not "CIS" plus "Council of Heads" */
    nt_run(PUB, PUTIN " took part in a meeting of the CIS Council of Heads of State.");
    e = nt_with_party(NSV_EV_MEETING, "CIS");
    NT_CHECK(e != NULL && e->n_participants == 2 && nt_has_party(e, "Putin"));
    /* hard negatives: a body with no country that is no group of states
     * (its own session); the group's meeting only talked about */
    no_actual_meeting(PUTIN " discussed a meeting of the CSTO.");
}

/* "X conducted a meeting of the State Council", "conducted a meeting on Y":
 * "conducted" holds a meeting noun as "held" and "chaired" do (and convenes
 * a topic's meeting); with no meeting noun it is no meeting. */
static void test_conducted_holds_meeting(void **state)
{
    (void)state;
    nt_run(PUB, PUTIN " conducted a meeting of the State Council.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "State Council");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin"));
    nt_run(PUB, PUTIN " conducted a meeting on ways to improve interbudgetary relations.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL);
    /* hard negatives: no meeting noun after it; a meeting only agreed on */
    no_actual_meeting(PUTIN " conducted a review of the regional budgets.");
    no_actual_meeting("The two leaders agreed to conduct a regular meeting of the joint "
                      "commission.");
}

/* "spoke at the UN General Assembly special session", "the CSTO
 * extraordinary summit": the kind of session between the group and the noun
 * is part of the cue, so the group's session is a setting as "the UN
 * General Assembly session" is. */
static void test_group_special_session_setting(void **state)
{
    (void)state;
    nt_run(PUB, PUTIN " spoke at the UN General Assembly special session.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "General Assembly");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin"));
    nt_run(PUB, PUTIN " took part in the CSTO extraordinary summit.");
    e = nt_with_party(NSV_EV_MEETING, "CSTO");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin"));
    /* hard negatives: a legislature's special session; its spring term */
    no_actual_meeting("The governor will call a special session of the legislature.");
    no_actual_meeting("We hope the deputies will support the bill during the spring session.");
}

/* "The CIS Council met in Minsk. Putin, who chaired the meeting, ...": a
 * chair verb before "the" and a bare meeting noun joins its subject to the
 * meeting reported before; with "of" after the noun it is a meeting of its
 * own, and before "on" a topic's convening, no earlier meeting's chair. */
static void test_chaired_the_meeting_points_back(void **state)
{
    (void)state;
    nt_run_item("t1", PUB, "The CIS Council of Heads of State met in Minsk",
                PUTIN ", who chaired the meeting, made an opening address.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "CIS");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin"));
    nt_run(PUB, PUTIN " delivered a speech at the summit of the Organization of Islamic "
                      "Cooperation. He thanked the Prime Minister of Malaysia, Mahathir "
                      "Mohamad, who chaired the summit.");
    e = nt_with_party(NSV_EV_MEETING, "Islamic");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin") && nt_has_party(e, "Mahathir"));
    /* hard negatives: the chair of a body's own meeting named after the
     * noun does not join the meeting before; nor does a convening's chair */
    nt_run(PUB, PUTIN " met with Kazakh President Kassym-Jomart Tokayev. Prime Minister "
                      "Mikhail Mishustin chaired the meeting of the Government Commission.");
    e = nt_with_party(NSV_EV_MEETING, "Tokayev");
    NT_CHECK(e != NULL && !nt_has_party(e, "Mishustin"));
    nt_run(PUB, PUTIN " met with Kazakh President Kassym-Jomart Tokayev. Prime Minister "
                      "Mikhail Mishustin chaired the meeting on energy.");
    e = nt_with_party(NSV_EV_MEETING, "Tokayev");
    NT_CHECK(e != NULL && !nt_has_party(e, "Mishustin"));
    nt_run(PUB, PUTIN " met with Kazakh President Kassym-Jomart Tokayev. The co-chairs "
                      "stressed the importance of trade.");
    e = nt_with_party(NSV_EV_MEETING, "Tokayev");
    NT_CHECK(e != NULL && e->n_participants == 2);
    nt_run_item("t1", PUB, "The CIS Council of Heads of State met in Minsk",
                "The presidency passes to Turkmenistan, with the Republic of Uzbekistan acting "
                "as co-chairs.");
    e = nt_with_party(NSV_EV_MEETING, "CIS");
    NT_CHECK(e != NULL && !nt_has_party(e, "Uzbekistan"));
}

/* "After bilateral talks in Kyiv, X and Y took part in ...": a bare plural
 * noun is talks of their own even after a headline's meeting; "During the
 * meeting, X and Y" may still point back at the headline's. */
static void test_bare_talks_after_headline_meeting(void **state)
{
    (void)state;
    nt_run_item("t1", PUB,
                "Volodymyr Zelenskyy together with Justin Trudeau took part in a video "
                "conference of G7 leaders",
                "After bilateral talks in Kyiv, Ukrainian President Volodymyr Zelenskyy and "
                "Canadian Prime Minister Justin Trudeau took part in a video conference of "
                "the G7 leaders.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    nt_run_item("t2", PUB, "Zelenskyy held talks with Trudeau",
                "During the meeting, Ukrainian President Volodymyr Zelenskyy and Canadian "
                "Prime Minister Justin Trudeau discussed security.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "During meetings with A and B, Y stressed": Y after the list's comma is
 * the subject, not a third counterpart. */
static void test_opening_list_then_subject(void **state)
{
    (void)state;
    nt_run(PUB, "During meetings with President Ivan Dorov and Foreign Minister Mark Tamm, "
                "Adviser Anna Kovac stressed the reforms.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e != NULL && nt_has_party(e, "Kovac") && !nt_has_party(e, "Dorov"));
    /* hard negative: "A, B and C" is still one list of counterparts */
    nt_run(PUB, "During talks with President Ivan Dorov, Foreign Minister Mark Tamm and "
                "Adviser Anna Kovac, the delegation stressed the reforms.");
    e = nt_with_party(NSV_EV_MEETING, "Kovac");
    NT_CHECK(e == NULL || (nt_has_party(e, "Dorov") && nt_has_party(e, "Tamm")));
}

/* "with the newly appointed Adviser to the President of X on Foreign
 * Affairs Y", "with the Ambassador of X to Ukraine Y": the person after a
 * long title, not the country inside it. */
static void test_counterpart_after_newly_appointed_title(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting("Deputy Minister Anna Kovac held online consultations with the newly appointed "
                    "Adviser to the President of the Republic of Estonia on Foreign Affairs "
                    "Mart Tamm.",
                    "Kovac", "Tamm");
    NT_CHECK(e->n_participants == 2);
    e = one_meeting("Deputy Minister Anna Kovac met with the Ambassador of Estonia to Ukraine "
                    "Mart Tamm.",
                    "Kovac", "Tamm");
    NT_CHECK(!nt_has_party(e, "Estonia"));
    /* hard negative: "on Efforts to ..." is a topic, no portfolio */
    nt_run(PUB, "Deputy Minister Anna Kovac met with State Attorneys General on Efforts to Hold "
                "Gun Makers Accountable.");
    e = nt_with_party(NSV_EV_MEETING, "Kovac");
    NT_CHECK(e == NULL || !nt_has_party(e, "Accountable"));
}

/* "in May" is the month: a past summit placed in May is an event; the modal
 * "may" still makes it hypothetical. */
static void test_month_may_is_no_modal(void **state)
{
    (void)state;
    nt_run(PUB, "The leaders reaffirmed the unity that G7 Leaders displayed in May at the G7 "
                "Summit in Hiroshima.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "G7");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL);
    nt_run(PUB, "The leaders said they may meet at the G7 Summit in Hiroshima.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "spoke at the OPEC meeting in Vienna": a group of states' own meeting
 * noun places its attendee like its summit; named only as a topic it is
 * none. */
static void test_group_meeting_noun_as_setting(void **state)
{
    (void)state;
    nt_run(PUB, "Saudi Oil Minister Hisham Nazer spoke at the OPEC meeting in Vienna.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "OPEC");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Nazer"));
    /* hard negatives: a topic; a body that is no group of states */
    no_actual_meeting("Prices fell after the breakdown of the OPEC talks.");
    no_actual_meeting("Senator Mark Tamm spoke at the Senate meeting in Washington.");
}

/* Legislative and other titles a roster puts before names ("Senate Majority
 * Leader X", "House Majority Caucus Co-Chair X", "Assemblymember X",
 * "Taoiseach X") are no part of the name. */
static void test_roster_titles(void **state)
{
    (void)state;
    nt_run(PUB, "Today, Domestic Policy Advisor Anna Kovac convened a meeting with state "
                "legislators.\n\nState legislators from today's meeting included:\n\n"
                "- Nevada Senate Majority Leader Mark Tamm\n"
                "- Colorado House Majority Caucus Co-Chair Ivan Dorov\n"
                "- California Assemblymember Marc Lunel\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Kovac");
    NT_CHECK(e != NULL && nt_has_party(e, "Tamm") && nt_has_party(e, "Dorov") &&
             nt_has_party(e, "Lunel"));
    for (size_t k = 0; e && k < e->n_participants; k++)
        NT_CHECK(strstr(e->participants[k].name, "Majority") == NULL &&
                 strstr(e->participants[k].name, "Assemblymember") == NULL);
    e = one_meeting("President Joe Biden met with Taoiseach Simon Harris.", "Biden", "Harris");
    NT_CHECK(e->n_participants == 2);
    /* hard negative: a lower-case "delegate" before an apposition stays a
     * plain noun ("Japan's delegate, X, and Y replied" keeps both) */
    nt_run(PUB, "Japan's delegate, Minoru Endo, and U.S. Ambassador Michael Samuels replied "
                "that the charges were unfounded.");
    NT_CHECK(nt_said_by("Endo") != NULL);
}

/* "The Russian delegation included A, B and C", "The delegation, headed by
 * X, included: A, B", "Representing Norway were A and B", "Attending the
 * talks on the Norwegian side were A and B": a side's delegation listed in
 * running text is placed in the talks reported before (GUIDE: every named
 * party the item places in the meeting), each item's person alone ("Ambassador
 * Extraordinary and Plenipotentiary to Norway X" is one item, no party
 * "Extraordinary"). */
static void test_delegation_roster(void **state)
{
    (void)state;
    nt_run(PUB, "President Ann Holt held talks with President Karl Lind.\n\n"
                "The presidents discussed trade and energy.\n\n"
                "The delegation, headed by Foreign Minister Rita Gomez, included: Defence "
                "Minister Paul Brandt, Ambassador Extraordinary and Plenipotentiary to Norway "
                "Lisa Marsh and Presidential Aide John Reed.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Lind") && nt_has_party(e, "Gomez"));
    NT_CHECK(nt_has_party(e, "Brandt") && nt_has_party(e, "Marsh") && nt_has_party(e, "Reed"));
    NT_CHECK(!nt_has_party(e, "Extraordinary"));
    nt_run(PUB, "President Ann Holt held talks with President Karl Lind.\n\n"
                "Representing Norway were Foreign Minister Rita Gomez and Defence Minister "
                "Paul Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    nt_run(PUB, "President Ann Holt held talks with President Karl Lind.\n\n"
                "Attending the talks on the Norwegian side were Foreign Minister Rita Gomez "
                "and Defence Minister Paul Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    /* an item with no delegation word is read only for a "side" before a
     * form of "be" (delegation_lead_possible), its folded word: a
     * capitalised "Side" too; "side too were" is none */
    nt_run(PUB, "President Ann Holt held talks with President Karl Lind.\n\n"
                "Attending the talks on the Norwegian Side were Foreign Minister Rita Gomez "
                "and Defence Minister Paul Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    nt_run(PUB, "President Ann Holt held talks with President Karl Lind.\n\n"
                "Attending the talks on the Norwegian side too were Foreign Minister Rita Gomez "
                "and Defence Minister Paul Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Lind") && !nt_has_party(e, "Gomez"));
    /* hard negatives: people the item names but does not place in the
     * talks.  A delegation that a clause or preposition puts after other
     * words ("Members of the delegation", a quoted remark about it) opens
     * no roster */
    nt_run(PUB, "President Ann Holt held talks with President Karl Lind.\n\n"
                "Lind said that the delegation included Senator Paul Brandt.\n\n"
                "Members of the delegation included Foreign Minister Rita Gomez.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Lind"));
    NT_CHECK(!nt_has_party(e, "Brandt") && !nt_has_party(e, "Gomez"));
    /* a side's roster goes with talks of two leaders, not with a group's
     * session one of them attended */
    nt_run(PUB, "President Karl Lind attended a summit of the Nordic Council in Oslo.\n\n"
                "Attending the talks on the Norwegian side were Foreign Minister Rita Gomez "
                "and Defence Minister Paul Brandt.");
    for (size_t k = 0; k < nt_count(NSV_EV_MEETING, -1); k++)
        NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, k), "Gomez"));
    /* a member who holds talks of their own with the guest, told apart,
     * keeps that meeting: adding them would fold it into the lead talks */
    nt_run(PUB, "President Ann Holt received Foreign Minister Karl Lind.\n\n"
                "The delegation included Foreign Minister Rita Gomez and Presidential Aide "
                "John Reed.\n\n"
                "Earlier today, Foreign Minister Rita Gomez held talks with Karl Lind.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Reed") && !nt_has_party(e, "Gomez"));
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* talks dated within the week before the item take the roster; a
     * summit a month before, recalled, does not */
    nt_run(PUB, "On December 5, President Ann Holt held talks with President Karl Lind.\n\n"
                "The Norwegian delegation included Foreign Minister Rita Gomez and Defence "
                "Minister Paul Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    nt_run(PUB, "At the Nordic Summit on November 9-10, President Ann Holt and President Karl "
                "Lind discussed trade.\n\n"
                "The Norwegian delegation included Foreign Minister Rita Gomez and Defence "
                "Minister Paul Brandt.");
    for (size_t k = 0; k < nt_count(NSV_EV_MEETING, -1); k++)
        NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, k), "Gomez"));
    /* a delegation told as come for a coming meeting ("is also in the
     * United States to participate in the meeting of ..., which will take
     * place") lists no member of the talks told before it */
    nt_run(PUB, "On December 8, in Washington, President Ann Holt met with President Karl Lind. "
                "The Norwegian delegation is also in the United States to participate in the "
                "meeting of the Norway-US Strategic Partnership Commission, which will take place "
                "on December 9. The delegation includes: Foreign Minister Rita Gomez, Defence "
                "Minister Paul Brandt and Presidential Aide John Reed.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Lind") && !nt_has_party(e, "Gomez"));
}

/* The role of e's participant whose name has key, or NULL. */
static const char *party_role(const nsv_event *e, const char *key)
{
    for (size_t k = 0; e && k < e->n_participants; k++)
        if (nt_name_has(e->participants[k].name, key))
            return e->participants[k].role;
    return NULL;
}

/* "New York Lt. Gov. Kathy Hochul", "Maine Gov. Janet Mills": "Lt. Gov."
 * is one title (titles.tsv), not the rank "Lt." and a person "Gov" whom
 * every later "Gov." line then names again; "Gov." is the governor's. */
static void test_roster_lieutenant_governor(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt convened a call with coastal governors on the storm.\n\n"
                "The Mayor and her team were joined on the call by:\n\n"
                "- Maine Gov. Janet Mills\n"
                "- New York Lt. Gov. Rita Gomez\n"
                "- Rhode Island Gov. Paul Brandt\n"
                "- Vermont Lieutenant Governor Omar Lind\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Mills") && nt_has_party(e, "Gomez") &&
             nt_has_party(e, "Brandt") && nt_has_party(e, "Lind"));
    NT_CHECK(e && !nt_has_party(e, "Gov") && e->n_participants == 5);
    const char *r = party_role(e, "Gomez");
    NT_CHECK(r && !strcmp(r, "Lieutenant Governor"));
    r = party_role(e, "Lind");
    NT_CHECK(r && !strcmp(r, "Lieutenant Governor"));
    r = party_role(e, "Brandt");
    NT_CHECK(r && !strcmp(r, "Governor"));
    /* hard negative: the "gov." of a web address before a title is no
     * title ("Secretary of Education" stays the role) */
    nt_run(PUB, "Borrowers should report scams to ReportFraud.ftc.gov. Secretary of Education "
                "Miguel Cardona met with Governor Lisa Marsh on loans.");
    e = nt_with_party(NSV_EV_MEETING, "Cardona");
    r = party_role(e, "Cardona");
    NT_CHECK(e && nt_has_party(e, "Marsh") && r && !strcmp(r, "Education Minister"));
}

/* "Meeting with Roscosmos CEO X" heading a kremlin.ru item whose body only
 * says "X briefed the President": the presidency's headline leaves out its
 * own principal, the office holder of the outlet on the item's date. */
static void test_presidency_headline_host(void **state)
{
    (void)state;
    const char *kremlin = "President of Russia (en.kremlin.ru)";
    nt_run_source("t-k1", kremlin, "2019-11-23", "Meeting with Roscosmos CEO Dmitry Rogozin",
                  "Dmitry Rogozin briefed the President on the progress of the construction.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Rogozin");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Putin"));
    /* the holder on the item's date */
    nt_run_source("t-k2", kremlin, "2010-06-10", "Telephone conversation with Ivan Dorov",
                  "The two leaders discussed trade.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e != NULL && nt_has_party(e, "Medvedev"));
    /* hard negatives: another outlet's headline; a readout of someone
     * else's meeting; a body's own session */
    nt_run_source("t-k3", "Test Wire", "2019-11-23", "Meeting with Roscosmos CEO Dmitry Rogozin",
                  "Dmitry Rogozin briefed reporters on the progress.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run_source("t-k4", "The White House (whitehouse.gov)", "2023-12-06",
                  "Readout of Meeting with Union Leader Mark Tamm",
                  "Senior advisers heard from Mark Tamm on job training.");
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e == NULL || !nt_has_party(e, "Biden"));
    nt_run_source("t-k5", kremlin, "2019-11-23",
                  "Meeting with permanent members of Security Council",
                  "The agenda included the situation in the region.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "Statement by Press Secretary X on the President's Calls with Y": the
 * calls are the office holder's, whom the bare title's possessive names;
 * the byline's person before it is no side. */
static void test_bare_title_owns_meeting(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("t-o1", wh, "2021-10-19",
                  "Statement by Press Secretary Jen Psaki on the President's Meetings with "
                  "Senator Shelley Moore Capito",
                  "The discussions focused on the care economy.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Capito");
    NT_CHECK(e != NULL && nt_has_party(e, "Biden") && !nt_has_party(e, "Psaki"));
    nt_run_source("t-o2", wh, "2021-10-26",
                  "Statement by Press Secretary Jen Psaki on the President and Vice President's "
                  "Meeting with Senator Shelley Moore Capito",
                  "The discussions focused on the care economy.");
    e = nt_with_party(NSV_EV_MEETING, "Capito");
    NT_CHECK(e != NULL && nt_has_party(e, "Biden") && !nt_has_party(e, "Psaki"));
    /* hard negative: a named person's possessive keeps the one named */
    nt_run_source("t-o3", wh, "2021-10-19",
                  "Statement by Press Secretary Jen Psaki on Secretary Tom Vilsack's Meeting "
                  "with Senator Shelley Moore Capito",
                  "The discussions focused on the care economy.");
    e = nt_with_party(NSV_EV_MEETING, "Capito");
    NT_CHECK(e == NULL || !nt_has_party(e, "Biden"));
}

/* "President X and Interior Minister Y discussed the situation": in an
 * item that tells of no meeting otherwise, named people who discussed
 * something together held talks. */
static void test_discussed_together(void **state)
{
    (void)state;
    const char *kr = "President of Russia (en.kremlin.ru)";
    nt_run_source("t-dt1", kr, "2001-01-26", "Situation in Chechnya",
                  "President Vladimir Putin and Interior Minister Vladimir Rushailo discussed the "
                  "situation in Chechnya. The minister described the efforts of the police.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Rushailo");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Putin"));
    /* hard negatives: a quotation; an object clause ("the plan that A and B
     * discussed"); an item whose meeting is told otherwise (what they
     * discussed is that meeting's content, no second one) */
    nt_run_source(
        "t-dt2", kr, "2001-01-26", "Situation in Chechnya",
        "\"President Vladimir Putin and Interior Minister Vladimir Rushailo discussed the "
        "situation in Chechnya,\" the newspaper wrote.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Rushailo") == NULL);
    nt_run_source("t-dt3", kr, "2001-01-26", "Situation in Chechnya",
                  "The government approved the plan that President Vladimir Putin and Interior "
                  "Minister Vladimir Rushailo discussed last year.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Rushailo") == NULL);
    nt_run_source("t-dt4", kr, "2001-01-26", "Meeting with Prime Minister",
                  "Vladimir Putin met with Prime Minister Mikhail Kasyanov in the Kremlin. "
                  "Vladimir Putin and Interior Minister Vladimir Rushailo discussed the situation "
                  "in Chechnya.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Rushailo") == NULL);
    /* nor in news copy, which is no presidency's readout */
    nt_run_source("t-dt5", "BBC News", "2001-01-26", "Situation in Chechnya",
                  "Anna Berg and Peter Lind discussed the situation in Chechnya.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Berg") == NULL);
}

/* "the Gender Policy Council and the Office of the Vice President convened
 * a meeting": the Vice President's staff office is a body that hosts, not
 * the office holder the title names. */
static void test_vice_president_office_body(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("t-vp1", wh, "2022-06-08", "Readout of Meeting with Young Leaders",
                  "Yesterday, the White House Gender Policy Council and the Office of the Vice "
                  "President convened a meeting with young leaders on reproductive health.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Office of the Vice President");
    NT_CHECK(e != NULL && nt_has_party(e, "Gender Policy Council") && !nt_has_party(e, "Harris"));
    /* hard negative: the office holder's title stays a title */
    nt_run_source("t-vp2", wh, "2023-04-11", "Readout",
                  "Vice President Kamala Harris met today with Prime Minister Mateusz Morawiecki "
                  "of Poland.");
    e = nt_with_party(NSV_EV_MEETING, "Morawiecki");
    NT_CHECK(e != NULL && nt_has_party(e, "Harris") &&
             !nt_has_party(e, "Office of the Vice President"));
}

/* "White House Intergovernmental Affairs Director X and Y convened state
 * legislators": a host acting in a title of the publishing presidency's own
 * office brings that office to the meeting (a party of its own). */
static void test_presidency_staff_title_body(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("t-ps1", wh, "2022-05-24", "Readout of Meeting with State Legislators",
                  "Today, White House Gender Policy Council Director Jennifer Klein and White "
                  "House Intergovernmental Affairs Director Julie Chavez Rodriguez chaired a "
                  "meeting with state legislative leaders. Participants included Senator Toni "
                  "Atkins and Representative Bob Duff.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Klein");
    NT_CHECK(e != NULL && nt_has_party(e, "White House") && nt_has_party(e, "Atkins"));
    /* the title after the name, across a comma */
    nt_run_source("t-ps2", wh, "2023-02-22", "Readout of Meeting with State Legislators",
                  "Today, Julie Chavez Rodriguez, Senior Advisor to the President and White House "
                  "Intergovernmental Affairs Director, and Stefanie Feldman, Deputy Assistant to "
                  "the President, convened a meeting with state legislators. Participants "
                  "included Senator Toni Atkins and Representative Bob Duff.");
    e = nt_with_party(NSV_EV_MEETING, "Feldman");
    NT_CHECK(e != NULL && nt_has_party(e, "White House"));
    /* hard negatives: the White House as the place; a staffer's call with a
     * foreign leader (the staffer is the country's side); an item another
     * office publishes */
    nt_run_source("t-ps3", wh, "2022-05-24", "Readout of Meeting with State Legislators",
                  "Today, Jennifer Klein and Julie Chavez Rodriguez hosted state legislators at "
                  "the White House Indian Treaty Room. Participants included Senator Toni Atkins "
                  "and Representative Bob Duff.");
    e = nt_with_party(NSV_EV_MEETING, "Klein");
    NT_CHECK(e != NULL && !nt_has_party(e, "White House"));
    nt_run_source("t-ps4", wh, "2023-03-01", "Readout of a Call",
                  "Today, White House Coordinator for the Middle East Brett McGurk spoke by phone "
                  "with Prime Minister Najla Bouden of Tunisia.");
    e = nt_with_party(NSV_EV_MEETING, "Bouden");
    NT_CHECK(e != NULL && !nt_has_party(e, "White House"));
    nt_run_source("t-ps5", "Reuters", "2022-05-24", "Officials meet legislators",
                  "Today, White House Gender Policy Council Director Jennifer Klein and White "
                  "House Intergovernmental Affairs Director Julie Chavez Rodriguez chaired a "
                  "meeting with state legislative leaders Toni Atkins and Bob Duff.");
    e = nt_with_party(NSV_EV_MEETING, "Klein");
    NT_CHECK(e == NULL || !nt_has_party(e, "White House"));
}

/* "Statement from President X on Prime Minister Y": the President's own
 * written statement, whose "I" is its author even when the title goes on to
 * name whom it is about; "I welcomed X to the White House" is his meeting. */
static void test_written_statement_first_person(void **state)
{
    (void)state;
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("t-w1", wh, "2023-08-20",
                  "Statement from President Joe Biden on Governor Gavin Newsom",
                  "This afternoon I spoke with California Governor Gavin Newsom about the storm.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Newsom");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Biden"));
    nt_run_source("t-w2", wh, "2022-06-28",
                  "Statement by President Biden on Prime Minister Magdalena Andersson",
                  "When I welcomed President Sauli Niinisto and Prime Minister Magdalena "
                  "Andersson to the White House last month, I told them that we support them.");
    e = nt_with_party(NSV_EV_MEETING, "Andersson");
    NT_CHECK(e != NULL && nt_has_party(e, "Biden") && nt_has_party(e, "Niinisto"));
    /* the perfect: "I have spoken with the Governor this afternoon" */
    nt_run_source("t-w2b", wh, "2021-11-19", "Statement by President Biden",
                  "I have spoken with Governor Tony Evers this afternoon and offered support.");
    e = nt_with_party(NSV_EV_MEETING, "Evers");
    NT_CHECK(e != NULL && nt_has_party(e, "Biden"));
    nt_run(PUB, "He said Mr Blair had spoken with such sincerity.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* hard negatives: the press secretary's statement ("I" is hers); a
     * quotation; a transcript turn; a plan; a clause on "the first time";
     * someone's family */
    nt_run_source("t-w3", wh, "2023-08-20",
                  "Statement from Press Secretary Karine Jean-Pierre on President Joe Biden",
                  "This afternoon I spoke with California Governor Gavin Newsom about the storm.");
    e = nt_with_party(NSV_EV_MEETING, "Newsom");
    NT_CHECK(e == NULL || !nt_has_party(e, "Biden"));
    nt_run_source("t-w4", wh, "2023-08-20",
                  "Statement from President Joe Biden on Governor Gavin Newsom",
                  "\"Today I spoke with California Governor Gavin Newsom,\" the mayor said.");
    e = nt_with_party(NSV_EV_MEETING, "Newsom");
    NT_CHECK(e == NULL || !nt_has_party(e, "Biden"));
    nt_run_source("t-w5", wh, "2023-08-20", "Remarks by President Biden and Governor Gavin Newsom",
                  "Governor Gavin Newsom: Today I spoke with Mayor Karen Bass about the storm.");
    e = nt_with_party(NSV_EV_MEETING, "Bass");
    NT_CHECK(e == NULL || !nt_has_party(e, "Biden"));
    nt_run_source("t-w5b", wh, "2023-08-20",
                  "Statement of President Joe Biden and Governor Gavin Newsom on the Storm",
                  "Today I spoke with Mayor Karen Bass about the storm.");
    e = nt_with_party(NSV_EV_MEETING, "Bass");
    NT_CHECK(e == NULL || !nt_has_party(e, "Biden"));
    nt_run_source("t-w6", wh, "2023-08-20",
                  "Statement from President Joe Biden on Governor Gavin Newsom",
                  "I look forward to meeting Governor Gavin Newsom. I will speak with Mayor Karen "
                  "Bass tomorrow.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run_source("t-w7", wh, "2023-11-30", "Statement from President Biden on Henry Kissinger",
                  "I will always remember the first time I met Dr. Henry Kissinger.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run_source("t-w8", wh, "2021-05-25", "Statement by President Joe Biden on George Floyd",
                  "Today, in the Oval Office, I met with George Floyd's family.");
    e = nt_with_party(NSV_EV_MEETING, "Floyd");
    NT_CHECK(e == NULL);
}

/* "spoke with His Majesty King X", "met His Holiness Pope X": the honorific
 * after "His" is part of the title, not a pronoun that ends the search. */
static void test_royal_honorific(void **state)
{
    (void)state;
    one_meeting("President Joe Biden spoke today with His Majesty King Abdullah II of Jordan.",
                "Biden", "Abdullah");
    one_meeting("President Joe Biden met with His Holiness Pope Francis.", "Biden", "Francis");
    /* hard negative: "His Majesty" named as a topic makes no meeting */
    no_actual_meeting("President Joe Biden thanked His Majesty King Abdullah II for his support.");
}

/* "Readout of President X's Call with Y", "held a call with Y": a call with
 * its counterpart right after it is a phone meeting; "a call for", "answered
 * my call", "Ukraine calls" are none. */
static void test_call_with(void **state)
{
    (void)state;
    nt_run_item("t-c1", PUB,
                "Readout of President Joe Biden's Call with President Ana Lunel of Peru",
                "The leaders discussed migration.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Lunel");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Biden") &&
             e->format == NSV_FORMAT_PHONE);
    one_meeting("Today, President Ivan Dorov held a call with Prime Minister Mark Tamm of Estonia.",
                "Dorov", "Tamm");
    /* separate calls: one event per counterpart */
    nt_run(PUB, "President Ivan Dorov held separate calls with Governor Mark Tamm and Senator "
                "Ana Lunel.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* hard negatives */
    no_actual_meeting("President Ivan Dorov rejected the call for direct contact with Mark Tamm.");
    no_actual_meeting("Prime Minister Mark Tamm and President Ivan Dorov answered the call.");
}

/* "held separate calls today with A of <Town>, B of <Town>, and C": the
 * verb holds the plural calls over a time word, and the list reads on
 * across each person's town of no lexicon (one event per counterpart). */
static void test_separate_calls_today_towns(void **state)
{
    (void)state;
    nt_run(PUB, "President Ivan Dorov held separate calls today with Mayor Mark Tamm of "
                "Brindlewick, Mayor Ana Lunel of Olderby, and Mayor Ole Varga of Pellham to "
                "discuss the storm.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 3);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Lunel") != NULL);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Varga") != NULL);
    /* hard negative: a body after the town is no next counterpart */
    nt_run(PUB, "President Ivan Dorov met with Mayor Mark Tamm of Brindlewick, the city council "
                "and Mayor Ole Varga of Pellham.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Varga") == NULL);
    /* hard negative: "separate calls" as no verb of its own */
    no_actual_meeting("President Ivan Dorov rejected separate calls for a review by Mark Tamm.");
}

/* "with Deputy Prime Minister - Minister of Finance of Canada X", "with the
 * 43rd President of the United States X": the person after a dash-joined
 * pair of titles or an ordinal. */
static void test_counterpart_after_dashed_title(void **state)
{
    (void)state;
    one_meeting("Deputy Minister Anna Kovac had a phone conversation with Deputy Prime Minister - "
                "Minister of Finance of Canada Mark Tamm.",
                "Kovac", "Tamm");
    one_meeting("Deputy Minister Anna Kovac held a video conference with the 43rd President of "
                "the United States Mark Tamm.",
                "Kovac", "Tamm");
    /* hard negative: a dash that ends the title is no second title */
    nt_run(PUB, "Deputy Minister Anna Kovac met with the Prime Minister - the talks were long.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "talks") == NULL);
}

/* "Vice President X joined the call", "X joined the beginning of the
 * virtual meeting": the definite noun in the cue points back at the last
 * meeting of any kind, which gains the subject. */
static void test_joined_the_call(void **state)
{
    (void)state;
    nt_run(PUB, "President Ivan Dorov spoke this morning with Prime Minister Mark Tamm of "
                "Estonia. Vice President Anna Kovac joined the call.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e != NULL && nt_has_party(e, "Dorov") && nt_has_party(e, "Kovac"));
    /* hard negatives: no meeting before it; "joined NATO" is no meeting */
    no_actual_meeting("Vice President Anna Kovac joined the call.");
    nt_run(PUB, "President Ivan Dorov spoke this morning with Prime Minister Mark Tamm of "
                "Estonia. Finland joined NATO in April.");
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e != NULL && !nt_has_party(e, "Finland") && !nt_has_party(e, "NATO"));
}

/* "hosted X for breakfast at the Naval Observatory": the Vice President's
 * residence is a venue. */
static void test_naval_observatory_venue(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Vice President Anna Kovac hosted President Mark Tamm of "
                                     "Estonia for breakfast at the Naval Observatory today.",
                                     "Kovac", "Tamm");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Naval Observatory"));
    /* hard negative: no meeting from the venue alone */
    no_actual_meeting("Vice President Anna Kovac returned to the Naval Observatory today.");
}

/* "hosted X in the Roosevelt Room", "met in the Situation Room with X": the
 * White House's rooms are where the meeting was, never a party */
static void test_white_house_rooms(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        "President Anna Kovac hosted Leader Mark Tamm in the Roosevelt Room.", "Kovac", "Tamm");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Roosevelt Room"));
    e = one_meeting("President Anna Kovac met in the Situation Room with Leader Mark Tamm.",
                    "Kovac", "Tamm");
    NT_CHECK(e->n_participants == 2 && !nt_has_party(e, "Situation Room"));
    /* hard negative: no meeting from the venue alone */
    no_actual_meeting("President Anna Kovac spoke in the Oval Office today.");
}

/* "hosted A, B, C, and D in the Oval Office": the list's commas end no
 * clause before the place */
static void test_place_after_listed_guests(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Kovac hosted Leader Mark Tamm, Senator Lisa Marsh, Speaker Ivan "
                "Dorov, and Leader Paul Brandt in the Oval Office.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Oval Office"));
    /* hard negative: a name after an opening phrase is the subject of a new
     * clause, whose place is not the talks' */
    nt_run(PUB, "In his talks with Minister Mark Tamm and General Lisa Marsh, Adviser Ivan Dorov "
                "received briefings on operations in Gaza.");
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e == NULL || !e->location_name || strcmp(e->location_name, "Gaza"));
}

/* "is in talks with French carmaker X", "met with the dissident
 * shareholder group X": the named business after a short description */
static void test_body_after_business_word(void **state)
{
    (void)state;
    one_meeting("Atlas Motors Corp is in talks with French carmaker Voltrex Inc about an alliance.",
                "Atlas Motors", "Voltrex");
    one_meeting("Atlas Motors Corp said it met with the dissident shareholder group Voltrex Inc.",
                "Atlas Motors", "Voltrex");
    /* hard negative: officials of a body are described, no business word
     * names it */
    nt_run(PUB, "Atlas Motors Corp met with senior officials on Voltrex Inc shares.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Voltrex") == NULL);
}

/* "is holding talks with foreign banks": the present participle holds its
 * meeting noun as "held" does, so a body talking with a side the text
 * leaves unnamed holds talks now (one named party) */
static void test_holding_talks_unnamed(void **state)
{
    (void)state;
    nt_run(PUB, "Vexor Holdings Corp is holding talks with foreign banks on arranging a loan.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Vexor"));
    /* hard negatives: a gerund wished for is no talks held; "holding" a
     * stake is no meeting, and talks denied are none */
    no_actual_meeting("Vexor Holdings Corp insisted on holding talks with foreign banks.");
    no_actual_meeting("Vexor Holdings Corp is holding a stake in foreign banks.");
    no_actual_meeting("Vexor Holdings Corp is not holding talks with foreign banks.");
}

/* "is involved in talks", "has been locked in talks with": a hold phrase
 * that ends in "in" holds the noun as "is in talks" and "held" do */
static void test_locked_in_talks(void **state)
{
    (void)state;
    nt_run(PUB, "Vexor Holdings Corp said it is involved in talks on its possible sale.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Vexor"));
    nt_run(PUB, "Finance Minister Anna Berg has been locked in talks with finance ministers of the "
                "G8.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "G8"));
    /* hard negative: "interested in talks" is a wish, no talks held */
    no_actual_meeting("Vexor Holdings Corp said it is interested in talks on its possible sale.");
    no_actual_meeting("Vexor Holdings Corp is interested in talks with foreign banks.");
}

/* "X held its third meeting with Y": the possessive right after the hold
 * verb is the verb's subject, not a body the resolver found closer before */
static void test_held_its_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "The Paris-based exchange is ready to bid. Deutsche Boerse held its third meeting "
                "with Vexor Exchange on Monday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Vexor Exchange");
    NT_CHECK(e && nt_has_party(e, "Deutsche Boerse") && !nt_has_party(e, "France"));
    /* hard negative: a possessive with no hold verb before it is no
     * subject read past ("analysts said its meeting"): no Analysts party */
    nt_run(PUB, "Deutsche Boerse is ready to bid. Analysts said its third meeting with Vexor "
                "Exchange went well.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Analysts") == NULL);
}

/* "Cook is negotiating with its bank lenders": talks under way with a side
 * the text leaves unnamed; the subject is the one named party */
static void test_negotiating_with_unnamed(void **state)
{
    (void)state;
    nt_run(PUB,
           "Vexor Holdings Corp is negotiating with its bank lenders for a borrowing facility.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Vexor"));
    /* hard negatives: denied or still to come, and a passive document
     * "negotiated with" a group names no one who negotiated */
    no_actual_meeting("Vexor Holdings Corp is not negotiating with its bank lenders.");
    no_actual_meeting("Vexor Holdings Corp will be negotiating with its bank lenders next month.");
    no_actual_meeting("Vexor Holdings Corp said the discount was negotiated with its banking "
                      "syndicate.");
}

/* "Stet and Thomson are negotiating an accord", "the U.S. and Kuwait have
 * been negotiating": with a plural auxiliary and no "with" the talks are
 * those of the coordinated parties right before it */
static void test_pair_are_negotiating(void **state)
{
    (void)state;
    nt_run(PUB, "Vexor Holdings Corp and Talbot Mining Corp are negotiating an accord on their "
                "subsidiaries.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Vexor"));
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Talbot"));
    /* the evidence holds the whole cue phrase, not only "are" */
    NT_CHECK(nt_evidence_has(nt_nth(NSV_EV_MEETING, 0), "are negotiating"));
    /* before "with" the phrase is the with-verb: both subjects met the
     * unnamed lenders, no meeting of the two */
    nt_run(PUB, "Vexor Holdings Corp and Talbot Mining Corp are still negotiating with their bank "
                "lenders.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Vexor"));
    /* hard negatives: an unnamed subject right before the phrase, a
     * denial, and talks still to come */
    no_actual_meeting("Vexor Holdings Corp and Talbot Mining Corp said brokers are negotiating how "
                      "much to raise.");
    no_actual_meeting("Vexor Holdings Corp and Talbot Mining Corp are not negotiating an accord.");
    no_actual_meeting("Vexor Holdings Corp and Talbot Mining Corp will be negotiating an accord "
                      "next month.");
}

/* "After talks with South Korean leaders, X called ...", "X, who was
 * speaking during talks with Swedish trade officials, said": talks over or
 * under way with an unnamed group were the subject's */
static void test_after_talks_with_group(void **state)
{
    (void)state;
    nt_run(PUB, "After talks with South Korean leaders, Commerce Secretary Mark Tamm called the "
                "plan a very positive step.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Tamm"));
    nt_run(PUB, "Trade Minister Lisa Marsh, who was speaking during talks with Swedish trade "
                "officials, said prices depended on output.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Marsh"));
    /* hard negatives: talks still to come, talks in a planned clause, and
     * a meeting with an audience */
    no_actual_meeting("Before talks with South Korean leaders, Commerce Secretary Mark Tamm "
                      "called the plan a very positive step.");
    no_actual_meeting("Mark Tamm will meet Ivan Rao on Tuesday after a day of detailed "
                      "discussions with Swedish trade officials.");
    no_actual_meeting("Trade Minister Lisa Marsh said during a meeting with students that prices "
                      "depended on output.");
}

/* "President X and Vice President Y hosted A and B": both hosts */
static void test_listed_hosts(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Kovac and Vice President Ivan Dorov hosted Leader Mark Tamm and "
                "Senator Lisa Marsh at the White House.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e && nt_has_party(e, "Kovac") && nt_has_party(e, "Dorov") && nt_has_party(e, "Marsh"));
    /* hard negative: a list of things hosted is no guest list */
    nt_run(PUB, "President Anna Kovac and Vice President Ivan Dorov hosted a dinner.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* A published address narrates its speaker's day ("Today I met in Kyiv
 * with X", "I held talks about Y with X", "I signed a decree"): the
 * meetings and signings are events with the speaker as party, dated and
 * placed as in narration (GUIDE); not a plan ("I will meet"), a reference
 * with no occasion ("we met two years ago"), nor a meeting inside
 * quotation marks within the address. */
static void test_address_narrated_events(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    const char *title = "Our strength is unity - address by the President of Ukraine";
    nt_run_source("t-an1", ukr, "2022-05-09", title,
                  "Ukrainians! Today I met in Kyiv with Prime Minister of Canada Justin Trudeau. "
                  "It was today that I held talks about our European integration with Charles "
                  "Michel. I signed a decree on awarding 120 of our defenders today. Glory to "
                  "Ukraine!");
    NT_CHECK(nt_actual(NSV_EV_STATEMENT) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Trudeau");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Zelenskyy"));
    NT_CHECK(e != NULL && !strcmp(e->date, "2022-05-09"));
    NT_CHECK(e != NULL && e->location_name && !strcmp(e->location_name, "Kyiv"));
    e = nt_with_party(NSV_EV_MEETING, "Michel");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Zelenskyy"));
    e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1 && e != NULL && nt_has_party(e, "Zelenskyy"));
    /* hard negatives: a plan; a reference with no occasion; a meeting
     * inside quotation marks within the address */
    nt_run_source("t-an2", ukr, "2022-05-09", title,
                  "Ukrainians! Tomorrow I will meet with Prime Minister of Canada Justin Trudeau "
                  "in Kyiv. We met with President Ivan Dorov two years ago. I am grateful to all "
                  "our defenders. A soldier wrote to me: \"Today our commander met with Defence "
                  "Minister Anita Anand in Kharkiv and signed a memorandum on training.\" Glory "
                  "to Ukraine!");
    NT_CHECK(nt_actual(NSV_EV_STATEMENT) == 1);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0 && nt_actual(NSV_EV_SIGNING) == 0);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Anand") == NULL);
    nt_run_source("t-an3", ukr, "2022-05-09", title,
                  "Ukrainians! I am grateful to our defenders. \"Today I met with Canadian "
                  "Defence Minister Anita Anand in Kharkiv,\" the commander said. We will win.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "held talks about X with Y": the noun after a hold verb keeps a short
 * topic before its "with" and the person after it; "talks about" with no
 * hold verb is the verb, a "with" far beyond the topic names no
 * counterpart, nor does a country after it ("relations with Russia") */
static void test_talks_about_topic_with(void **state)
{
    (void)state;
    nt_run_item("t-ta1", "2022-05-09", NULL,
                "Polish President Andrzej Duda held talks about European integration with "
                "Charles Michel on Monday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Michel");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Duda"));
    nt_run_item("t-ta2", "2022-05-09", NULL,
                "Polish President Andrzej Duda often talks about European integration with "
                "Charles Michel in mind.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run_item("t-ta3", "2021-12-02", NULL,
                "In the Senate, Senator Ivan Dorov held talks about this economic growth package "
                "for the middle class with colleagues.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* a country or body after the "with" is the topic's */
    nt_run_item("t-ta4", "2022-05-09", NULL,
                "Polish President Andrzej Duda held talks about relations with Russia on Monday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Russia") == NULL);
}

/* "I held talks with X today" in the President's own words (a title
 * naming him): the first person is the outlet's office holder; not in a
 * transcript turn of someone else, nor in a speech the title gives to
 * another author, nor in his "address by" (one turn of his own). */
static void test_first_person_address(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    const char *body = "Good health to you, fellow Ukrainians! I held talks with Prime Minister "
                       "Mark Tamm of Estonia in Kyiv today. Yesterday I spoke with President Ivan "
                       "Dorov. I signed a decree on awards.";
    nt_run_source("t-a1", ukr, "2022-05-20", "Volodymyr Zelenskyy: We will prevail", body);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy"));
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy"));
    /* hard negatives: another speaker's turn; another author's speech;
     * "I" inside a quotation */
    nt_run_source("t-a2", "President of Russia (en.kremlin.ru)", "2019-05-20",
                  "Working meeting with Ivan Dorov",
                  "Vladimir Putin: How are things?\n\nIvan Dorov: I met with Prime Minister Mark "
                  "Tamm last week.");
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e == NULL || !nt_has_party(e, "Putin"));
    nt_run_source("t-a3", ukr, "2022-05-20", "Speech by Head of the Office Andriy Yermak",
                  "Thank you. I met with Prime Minister Mark Tamm yesterday.");
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e == NULL || !nt_has_party(e, "Zelenskyy"));
    /* an "address by" the President is one statement of his, and the
     * meetings and signings it narrates as fact are events of his too (the
     * office's own text, no quotation: GUIDE) */
    nt_run_source("t-a4", ukr, "2022-05-20",
                  "We will prevail - address by President Volodymyr Zelenskyy", body);
    NT_CHECK(nt_actual(NSV_EV_STATEMENT) == 1);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2 && nt_actual(NSV_EV_SIGNING) == 1);
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy"));
    /* the title ran the author's name on into a word: still his words */
    nt_run_source("t-a5", "The White House (whitehouse.gov)", "2024-08-23",
                  "Statement from President Joe Biden Ahead of the Holiday",
                  "I spoke with President Ivan Dorov today.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e != NULL && nt_has_party(e, "Biden"));
    nt_run_source("t-a4", "Test Wire", "2022-05-20", "Ukraine news",
                  "\"I met with Prime Minister Mark Tamm,\" a diplomat said.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "I held talks with the heads of government of A and B" in the
 * President's own words: a group word of several words ("heads of
 * government", words.tsv) holds office for the countries its "of" lists,
 * which are the parties (GUIDE), with the first person's office holder. */
static void test_first_person_heads_of_government(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    const char *title = "Volodymyr Zelenskyy: We will prevail";
    nt_run_source("t-hg1", ukr, "2022-03-03", title,
                  "Dear Ukrainians! I held talks with the heads of government of Norway and "
                  "Israel.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Norway");
    NT_CHECK(e != NULL && nt_has_party(e, "Israel") && nt_has_party(e, "Zelenskyy"));
    nt_run_source("t-hg2", ukr, "2022-03-03", title,
                  "Dear Ukrainians! I spoke with the heads of state of Norway and Israel.");
    e = nt_with_party(NSV_EV_MEETING, "Norway");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy"));
    /* hard negatives: no country named; a dash opening another clause;
     * talks still to come are no actual meeting */
    nt_run_source("t-hg3", ukr, "2022-03-03", title,
                  "Dear Ukrainians! I held talks with the heads of government.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run_source("t-hg4", ukr, "2022-03-03", title,
                  "Dear Ukrainians! I spoke with Mr. Smith - the heads of government of Norway "
                  "and Israel were not there.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Norway") == NULL);
    nt_run_source("t-hg5", ukr, "2022-03-03", title,
                  "Dear Ukrainians! I will speak with the heads of government of Norway and "
                  "Israel tomorrow.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
}

/* In an address its headline names, "we" as the subject of a meeting verb
 * is the speaker's side ("We also worked and spoke with A, with B": a
 * "with" before each counterpart, separate talks, each with him); not a
 * plan's actual meeting, not a reference with no occasion, not a meeting
 * inside quotation marks, and not "we" in an item no address heads. */
static void test_address_we_speaker(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    const char *title = "We will prevail - address by President Volodymyr Zelenskyy";
    nt_run_source("t-aw1", ukr, "2022-03-09", title,
                  "Ukrainians! We also worked and spoke with Speaker Nancy Pelosi, with Prime "
                  "Minister of the United Kingdom Boris Johnson. Glory to Ukraine!");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Pelosi");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy") && !nt_has_party(e, "Johnson"));
    e = nt_with_party(NSV_EV_MEETING, "Johnson");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy") && !nt_has_party(e, "Pelosi"));
    /* hard negatives: a plan; a reference with no occasion; a quotation */
    nt_run_source("t-aw2", ukr, "2022-03-09", title,
                  "Ukrainians! We will speak with Prime Minister Mark Tamm tomorrow. We spoke "
                  "with President Ivan Dorov two years ago. A soldier wrote to me: \"We met with "
                  "Defence Minister Anita Anand in Kharkiv today.\" Glory to Ukraine!");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e == NULL || e->modality != NSV_MOD_ACTUAL);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Anand") == NULL);
    /* the President's own words under no address headline: "we" keeps
     * its reading (no speaker added) */
    nt_run_source("t-aw3", ukr, "2022-03-09", "Volodymyr Zelenskyy: We will prevail",
                  "We also worked and spoke with Speaker Nancy Pelosi, with Prime Minister of "
                  "the United Kingdom Boris Johnson.");
    e = nt_with_party(NSV_EV_MEETING, "Pelosi");
    NT_CHECK(e == NULL || !nt_has_party(e, "Zelenskyy"));
}

/* "Taking part in the meeting were A, B and C" after a convening of one named
 * party lists its other participants, a plural title heading the list; at
 * talks with a counterpart the delegation members are not added. */
static void test_taking_part_list(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin held a meeting on economic issues via videoconference.\n\n"
                "Taking part in the meeting were Prime Minister Mikhail Mishustin, Deputy Prime "
                "Ministers Yury Borisov and Tatyana Golikova, and Director of the Federal Security "
                "Service Alexander Bortnikov.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Putin") && nt_has_party(e, "Mishustin"));
    NT_CHECK(nt_has_party(e, "Borisov") && nt_has_party(e, "Golikova"));
    NT_CHECK(nt_has_party(e, "Bortnikov") && !nt_has_party(e, "Federal Security Service"));
    NT_CHECK(e->n_participants == 5);
    /* hard negatives: the delegation at talks; no meeting named before */
    nt_run(PUB, PUTIN " held talks with " ERDOGAN ". Taking part in the talks were Foreign "
                      "Minister Sergei Lavrov and Defence Minister Sergei Shoigu.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Lavrov"));
    nt_run(PUB, "Vladimir Putin visited a plant in Tula. Taking part in the meeting were Foreign "
                "Minister Sergei Lavrov and Defence Minister Sergei Shoigu.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* a format noun before the meeting noun: "the videoconference meeting" */
    nt_run(PUB, "Vladimir Putin held a meeting on economic issues.\n\n"
                "Taking part in the videoconference meeting were Prime Minister Mikhail "
                "Mishustin and Deputy Prime Minister Tatyana Golikova.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Mishustin") && nt_has_party(e, "Golikova"));
    /* hard negative: a plain word there is no meeting noun */
    nt_run(PUB, "Vladimir Putin held a meeting on economic issues.\n\n"
                "Taking part in the regional exhibition were Prime Minister Mikhail Mishustin "
                "and Deputy Prime Minister Tatyana Golikova.");
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Mishustin"));
    /* an exchange of views a body alone has in between is the convening's
     * own talk: the lead meeting takes the list */
    nt_run(PUB, "Vladimir Putin met with permanent members of the Security Council to discuss "
                "the situation in Syria. An exchange of views on Russia's Armed Forces' "
                "development also took place, and the meeting examined security issues.\n\n"
                "Taking part in the meeting were Prime Minister Dmitry Medvedev and Foreign "
                "Minister Sergei Lavrov.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Putin") && nt_has_party(e, "Medvedev") && nt_has_party(e, "Lavrov"));
    /* hard negative: behind it, talks with a counterpart keep the delegation
     * out */
    nt_run(PUB, PUTIN " held talks with " ERDOGAN ". An exchange of views on Russia's Armed "
                      "Forces' development also took place, and the meeting examined security "
                      "issues.\n\nTaking part in the meeting were Foreign Minister Sergei Lavrov "
                      "and Defence Minister Sergei Shoigu.");
    for (size_t q = 0; q < nt_count(NSV_EV_MEETING, -1); q++)
        NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, q), "Lavrov"));
}

/* A city the gazetteer does not know, read as a name after "in"; and the
 * place of an opening setting ("As part of the meeting held in X, A met B"). */
static void test_unknown_city_and_opening_setting(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("President Joe Biden met with President Lula in Rio de "
                                     "Janeiro on Friday.",
                                     "Biden", "Lula");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Rio de Janeiro"));
    e = one_meeting("As part of the Strategic Commission meeting held in Washington on Friday, "
                    "Foreign Minister Dmytro Kuleba met with Secretary of State Antony Blinken.",
                    "Kuleba", "Blinken");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Washington"));
    /* hard negatives: a meeting before the summit; a title's "in" */
    e = one_meeting("During the summit in Moscow, President Ivan Dorov met President Piet "
                    "Aalders.",
                    "Dorov", "Aalders");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Moscow"));
    e = one_meeting("Ahead of the summit in Moscow, President Ivan Dorov met President Piet "
                    "Aalders.",
                    "Dorov", "Aalders");
    NT_CHECK(e->location_name == NULL);
    nt_run(PUB, "Vladimir Putin signed the Executive Order On Awards for Achievements in Charity "
                "Work.");
    NT_CHECK(nt_actual(NSV_EV_SIGNING) == 1);
    NT_CHECK(nt_nth(NSV_EV_SIGNING, 0)->location_name == NULL);
}

/* A date with its commas between the verb and "with", or before the place:
 * "met on Friday, December 9, 2022 with X in Abu Dhabi". */
static void test_date_with_commas(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("National Security Advisor Jake Sullivan met on Friday, "
                                     "December 9, 2022 with National Security Advisor Tahnoun "
                                     "bin Zayed in Abu Dhabi.",
                                     "Sullivan", "Tahnoun");
    NT_CHECK(!strcmp(e->date, "2022-12-09"));
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Abu Dhabi"));
    e = one_meeting("Jake Sullivan met on Friday, 9 December 2022 with President Ivan Dorov in "
                    "Oslo.",
                    "Sullivan", "Dorov");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Oslo"));
    /* hard negative: a weekday and a comma before a new clause */
    nt_run(PUB, "Jake Sullivan met on Friday, and President Ivan Dorov left with the delegation.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "held meetings with heads of delegations from A, B and C": the countries
 * the people come for are the counterparts, one meeting each after a plural
 * cue; one meeting after "met with" */
static void test_delegates_from_countries(void **state)
{
    (void)state;
    nt_run(PUB, "At the forum Foreign Minister Sergey Lavrov held short meetings with heads of "
                "delegations from Chile, Norway and Japan.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 3);
    const nsv_event *a = nt_with_party(NSV_EV_MEETING, "Chile");
    const nsv_event *b = nt_with_party(NSV_EV_MEETING, "Japan");
    NT_CHECK(a && b && a != b);
    NT_CHECK(nt_has_party(a, "Lavrov") && !nt_has_party(a, "Norway"));
    NT_CHECK(nt_has_party(b, "Lavrov") && !nt_has_party(b, "Chile"));
    nt_run(PUB, "The White House hosted representatives from the U.S. and UK governments.");
    a = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(a && nt_has_party(a, "White House") && nt_has_party(a, "U.S.") &&
             nt_has_party(a, "UK"));
    nt_run(PUB, "Foreign Minister Sergey Lavrov met with officials from Chile and Norway.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    a = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(a, "Lavrov") && nt_has_party(a, "Chile") && nt_has_party(a, "Norway"));
    /* hard negatives: states of a document are no delegates; a name that
     * runs on is no list of countries; a second verb's subject is not the
     * party named last */
    nt_run(PUB, "Ukraine has tried to convene consultations with the guarantor states of the "
                "Budapest Memorandum.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Hungary"));
    nt_run(PUB, "The envoy met President Sadyr Japarov, and also held meetings with officials "
                "from Chile and Norway.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Chile"));
}

/* "At the G7 Summit, President X met Y": the setting that opens the
 * sentence places its subject at the summit too, and the counterpart of
 * the talks held there (GUIDE: the named people placed there) */
static void test_opening_setting_places_subject(void **state)
{
    (void)state;
    nt_run(PUB, "At the G7 Summit, President Joe Biden met with Prime Minister Fumio Kishida.");
    const nsv_event *g = nt_with_party(NSV_EV_MEETING, "G7");
    NT_CHECK(g && nt_has_party(g, "Biden") && nt_has_party(g, "Kishida"));
    nt_run(PUB, "During the APEC summit Vladimir Putin held talks with President Moon Jae-in.");
    g = nt_with_party(NSV_EV_MEETING, "APEC");
    NT_CHECK(g && nt_has_party(g, "Putin"));
    /* hard negative: a possessor after the setting is not placed there */
    nt_run(PUB, "At the NATO summit, Biden's aides briefed reporters.");
    g = nt_with_party(NSV_EV_MEETING, "NATO");
    NT_CHECK(g && !nt_has_party(g, "Biden"));
}

/* "met with the Prime Minister of Denmark": an office whose holder the
 * item never names stands for its country; a name after a comma is the
 * counterpart itself */
static void test_office_of_unnamed_holder(void **state)
{
    (void)state;
    nt_run(PUB, "Russian President Vladimir Putin held talks with the Prime Minister of Denmark.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Putin") && nt_has_party(e, "Denmark"));
    nt_run(PUB, "Russian President Vladimir Putin met with the President of Finland, Sauli "
                "Niinisto.");
    e = nt_with_party(NSV_EV_MEETING, "Niinisto");
    NT_CHECK(e && nt_has_party(e, "Putin") && !nt_has_party(e, "Finland"));
    /* in an opening phrase the name after the comma is the subject, not
     * the holder's name */
    nt_run(PUB, "During his talks with the Prime Minister of Denmark, Mr Putin said that trade "
                "grew.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Putin") && nt_has_party(e, "Denmark"));
    /* hard negatives: talks only hoped for; a holder the item names */
    nt_run(PUB, "Russian President Vladimir Putin said he was ready for talks with the President "
                "of Finland.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Russian President Vladimir Putin met with the Prime Minister of Denmark. Danish "
                "Prime Minister Mette Frederiksen thanked him.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Denmark"));
}

/* "X held talks with the Prime Minister of Denmark", X named with no office:
 * the counterpart after "with" is not X himself */
static void test_office_counterpart_not_subject(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin held talks with the Prime Minister of Denmark.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Denmark");
    NT_CHECK(e && nt_has_party(e, "Putin"));
    nt_run(PUB, "President Zelenskyy had a phone conversation with the President of France.");
    e = nt_with_party(NSV_EV_MEETING, "France");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    /* "had" holds its meeting noun as "held" does */
    nt_run(PUB, "Volodymyr Zelenskyy had a conversation with the Prime Minister of Portugal.");
    e = nt_with_party(NSV_EV_MEETING, "Portugal");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    /* hard negative: a habit ("has regular meetings"), not a meeting held */
    no_actual_meeting("The President has regular meetings with the Prime Minister of Portugal.");
    /* hard negative: a holder named elsewhere is still the one meant */
    nt_run(PUB, "Vladimir Putin met with the Prime Minister of Denmark. Danish Prime Minister "
                "Mette Frederiksen thanked him.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Denmark"));
}

/* "a meeting between A and Gazprom chairman B": the list goes on across a
 * title that opens with a body or a country */
static void test_between_titled_second_party(void **state)
{
    (void)state;
    nt_run(PUB, "The deal was discussed during a meeting between Boris Orlov and Gazprom chairman "
                "Pavel Sorokin.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Sorokin");
    NT_CHECK(e && nt_has_party(e, "Orlov"));
    nt_run(PUB, "The meeting between Boris Orlov and Federal Chancellor of the Federal Republic "
                "of Germany Karl Weber started in Kyiv.");
    e = nt_with_party(NSV_EV_MEETING, "Weber");
    NT_CHECK(e && nt_has_party(e, "Orlov"));
    /* hard negatives: a one-word name inside a long title; an appositive */
    nt_run(PUB,
           "Boris Orlov had a telephone conversation with Crown Prince of Abu Dhabi and Deputy "
           "Supreme Commander of the United Arab Emirates Armed Forces Karim Nasser.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Armed"));
    nt_run(PUB, "Boris Orlov met with Pavel Sorokin, the Gazprom chairman Ivan Petrov said.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Petrov"));
}

/* "with Adviser to the Prime Minister of X on Foreign Policy and Security
 * Y": a long title whose portfolio holds an "and" still leads to the name */
static void test_long_title_portfolio_and(void **state)
{
    (void)state;
    nt_run(PUB, "Ihor Zhovkva had a phone conversation with Adviser to the Prime Minister of the "
                "Czech Republic on Foreign Policy and Security Tomas Novak.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Novak");
    NT_CHECK(e && nt_has_party(e, "Zhovkva") && !nt_has_party(e, "Czech Republic"));
    /* hard negative: "on" a topic after a title is no portfolio */
    nt_run(PUB, "Ihor Zhovkva had a phone conversation with Adviser to the Prime Minister of the "
                "Czech Republic on trade and energy.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Novak"));
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Energy"));
}

/* "with Minister for European Union Affairs of the Chancellery of the
 * Council of Ministers of the Republic of Poland X": a title of some twenty
 * words still leads to the name after it */
static void test_very_long_title_counterpart(void **state)
{
    (void)state;
    nt_run(PUB, "Ihor Zhovkva held video consultations with Minister for European Union Affairs "
                "of the Chancellery of the Council of Ministers of the Republic of Poland Konrad "
                "Szymanski.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Szymanski");
    NT_CHECK(e && nt_has_party(e, "Zhovkva"));
    /* hard negative: a name in a clause after the title is no counterpart */
    nt_run(PUB, "Ihor Zhovkva held video consultations with Minister for European Union Affairs "
                "of the Chancellery of the Council of Ministers of the Republic of Poland about "
                "the report prepared by Konrad Szymanski.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Szymanski"));
}

/* "held an online consultation with X", "had a telephone talk with X": the
 * singular nouns with their format are meetings as the plurals are */
static void test_singular_consultation_and_talk(void **state)
{
    (void)state;
    nt_run(PUB, "Ihor Zhovkva held an online consultation with Foreign Policy Adviser to the Prime "
                "Minister of the Republic of Estonia Liis Kask.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Kask");
    NT_CHECK(e && nt_has_party(e, "Zhovkva"));
    nt_run(PUB, "President Volodymyr Zelenskyy had a telephone talk with President of the Republic "
                "of Azerbaijan Ilham Aliyev.");
    e = nt_with_party(NSV_EV_MEETING, "Aliyev");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy") && e->format == NSV_FORMAT_PHONE);
    /* hard negatives: a bare "consultation" is a way of working, no meeting */
    nt_run(PUB, "The Department of Transportation, in consultation with the Department of Labor, "
                "issued the rule.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "President Volodymyr Zelenskyy and President Ilham Aliyev agreed to remain in "
                "close consultation.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
}

/* "with Hollywood actor, director, screenwriter and producer X", "with
 * renowned American film actor X": a list of occupations and an adjective
 * before the description still lead to the named guest */
static void test_occupation_list_before_guest(void **state)
{
    (void)state;
    nt_run(PUB, "Volodymyr Zelenskyy met with Hollywood actor, director, screenwriter and producer "
                "Ben Stiller, who is visiting Ukraine.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Stiller");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    nt_run(PUB, "Andriy Yermak spoke by video conference with renowned American film actor Robert "
                "De Niro.");
    e = nt_with_party(NSV_EV_MEETING, "De Niro");
    NT_CHECK(e && nt_has_party(e, "Yermak"));
    /* hard negatives: a name after a list that a clause opens; a
     * participle before a common noun */
    nt_run(PUB, "Volodymyr Zelenskyy met with volunteers, doctors and nurses, Governor Ivan Petrov "
                "said.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Petrov"));
    nt_run(PUB, "Volodymyr Zelenskyy met with displaced Ukrainians, Ivan Petrov said.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Petrov"));
}

/* "X met Y today ... Talks are scheduled for <a later day>": the coming
 * talks are another meeting, planned, and do not turn the reported one
 * into a planned one by lending it their date */
static void test_future_dated_repeat_stays_apart(void **state)
{
    (void)state;
    nt_run("2016-04-25", "Vladimir Putin met with President of Uzbekistan Islam Karimov at the "
                         "Kremlin.\n\nTalks between the Russian and Uzbek presidents are "
                         "scheduled for April 26.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && !strcmp(e->date, "2016-04-25"));
    /* hard negative: a bare headline is the coming meeting the body dates */
    nt_run_source("t-f2", "President of Russia (en.kremlin.ru)", "2016-04-25",
                  "Meeting with President of Uzbekistan Islam Karimov",
                  "Talks between Vladimir Putin and Islam Karimov are scheduled for April 26.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "X met with permanent members of the Security Council. Taking part in
 * the meeting were A, B and C": a person with the body whose session it is
 * takes the roster too, its first name behind a body-led title */
static void test_roster_of_body_session(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin met with permanent members of the Security Council.\n\nTaking part "
                "in the meeting were Council of Federation Chairperson Valentina Matviyenko, "
                "Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Security Council");
    NT_CHECK(e && nt_has_party(e, "Putin") && nt_has_party(e, "Matviyenko") &&
             nt_has_party(e, "Lavrov") && nt_has_party(e, "Shoigu"));
    /* hard negative: bilateral talks of two people take no delegation roster */
    nt_run(PUB, "Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev.\n\nTaking "
                "part in the meeting were Foreign Minister Sergei Lavrov and Defence Minister "
                "Sergei Shoigu.");
    e = nt_with_party(NSV_EV_MEETING, "Tokayev");
    NT_CHECK(e && !nt_has_party(e, "Lavrov"));
    /* talks he reports in between are passed over for the lead session */
    nt_run(PUB, "Vladimir Putin met with permanent members of the Security Council.\n\nThe "
                "budget was discussed.\n\nThe "
                "President told the members about his talks with Kazakh President Kassym-Jomart "
                "Tokayev.\n\nTaking part in the meeting were Foreign Minister Sergei Lavrov and "
                "Defence Minister Sergei Shoigu.");
    e = nt_with_party(NSV_EV_MEETING, "Security Council");
    NT_CHECK(e && nt_has_party(e, "Lavrov") && nt_has_party(e, "Shoigu"));
    e = nt_with_party(NSV_EV_MEETING, "Tokayev");
    NT_CHECK(e == NULL || !nt_has_party(e, "Lavrov"));
    /* hard negative: a lead bilateral meeting takes no roster either */
    nt_run(PUB, "Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev.\n\nThe "
                "budget was discussed.\n\nThe President told Mr Tokayev about his talks with "
                "Chinese President Xi Jinping.\n\n"
                "Taking part in the meeting were Foreign Minister Sergei Lavrov.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Lavrov") == NULL);
}

/* "met India's petroleum minister X": a lower-case portfolio and title
 * after a possessive country lead to the person, who is the counterpart */
static void test_possessive_lower_title(void **state)
{
    (void)state;
    nt_run(PUB, "Russian energy minister Viktor Khristenko met India's petroleum minister Mani "
                "Shankar Aiyar on Tuesday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Aiyar");
    NT_CHECK(e && nt_has_party(e, "Khristenko"));
    /* hard negative: no title after the possessive, the country stays */
    nt_run(PUB, "Russian energy minister Viktor Khristenko met India's oil company bosses on "
                "Tuesday.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Bosses"));
}

/* "met Saudi Arabia's Oil Minister X": a capitalised title chain after a
 * possessive country leads to the person, who is the counterpart */
static void test_possessive_title_chain(void **state)
{
    (void)state;
    nt_run(PUB, "Iranian Oil Minister Gholamreza Aqazadeh met Saudi Arabia's Oil Minister "
                "Hisham Nazir on Tuesday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Nazir");
    NT_CHECK(e && nt_has_party(e, "Aqazadeh") && !nt_has_party(e, "Saudi Arabia"));
    /* hard negative: no name after the title, the country stays */
    nt_run(PUB, "Iranian Oil Minister Gholamreza Aqazadeh met Saudi Arabia's Oil Minister on "
                "Tuesday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Saudi Arabia") != NULL);
    /* a host's later guest: "hosted A and Canada's ... Advisor B" */
    nt_run(PUB, "Secretary of Security Rosa Icela Rodriguez hosted Homeland Security Advisor "
                "Elizabeth Sherwood-Randall and Canada's National Security and Intelligence "
                "Advisor Jody Thomas in Mexico City.");
    e = nt_with_party(NSV_EV_MEETING, "Jody Thomas");
    NT_CHECK(e && nt_has_party(e, "Sherwood-Randall") && !nt_has_party(e, "Canada"));
    /* hard negative: a country guest with no title chain after it stays */
    nt_run(PUB, "Secretary of Security Rosa Icela Rodriguez hosted Homeland Security Advisor "
                "Elizabeth Sherwood-Randall and Canada's delegation in Mexico City.");
    e = nt_with_party(NSV_EV_MEETING, "Sherwood-Randall");
    NT_CHECK(e && nt_has_party(e, "Canada"));
}

/* "On the Day of the Border Guard, President X met with the defenders": the
 * body closing an opening phrase before a bare comma is no party */
static void test_opening_phrase_body(void **state)
{
    (void)state;
    nt_run(PUB, "On the Day of the Border Guard, President Volodymyr Zelenskyy met with the "
                "defenders of the state border.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Border Guard") == NULL);
    /* hard negative: a body joined by "and" is a subject of its own */
    nt_run(PUB, "On the Day of the Border Guard, the State Border Guard Service and President "
                "Volodymyr Zelenskyy met in Kyiv.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "State Border Guard Service");
    NT_CHECK(e && nt_has_party(e, "Zelenskyy"));
    /* the same for the subject of a meeting with an unnamed group */
    nt_run(PUB, "During his visit to the Kazan Aviation Factory, Vladimir Putin had a brief "
                "conversation with its workers.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Vladimir Putin") != NULL);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Aviation Factory") == NULL);
}

/* "During a meeting with X, the parties agreed": a meeting in a series is
 * its host's, the person in most meetings before it */
static void test_series_host(void **state)
{
    (void)state;
    nt_run(PUB, "Russian President Vladimir Putin met with Kazakh President Kassym-Jomart "
                "Tokayev. He then held talks with Uzbek President Shavkat Mirziyoyev.\n\nDuring "
                "a meeting with Kyrgyz President Sadyr Japarov, the two leaders discussed trade.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Japarov");
    NT_CHECK(e && nt_has_party(e, "Putin") && !nt_has_party(e, "Mirziyoyev"));
    nt_run(PUB, "Russian President Vladimir Putin met with Kazakh President Kassym-Jomart "
                "Tokayev. He then held talks with Uzbek President Shavkat Mirziyoyev.\n\nDuring "
                "a meeting with the President of the Philippines the parties agreed on trade.");
    e = nt_with_party(NSV_EV_MEETING, "Philippines");
    NT_CHECK(e && nt_has_party(e, "Putin"));
    /* spoken of by no one: the series' host too */
    nt_run(PUB, "Russian President Vladimir Putin met with Kazakh President Kassym-Jomart "
                "Tokayev. He then held talks with Uzbek President Shavkat Mirziyoyev.\n\nDuring "
                "a meeting with Kyrgyz President Sadyr Japarov, cooperation in energy was "
                "discussed.");
    e = nt_with_party(NSV_EV_MEETING, "Japarov");
    NT_CHECK(e && nt_has_party(e, "Putin"));
    /* hard negative: a named subject after the opening is the host */
    nt_run(PUB, "Russian President Vladimir Putin met with Kazakh President Kassym-Jomart "
                "Tokayev. He then held talks with Uzbek President Shavkat Mirziyoyev.\n\nDuring "
                "a meeting with Kyrgyz President Sadyr Japarov, Foreign Minister Sergey Lavrov "
                "discussed trade.");
    e = nt_with_party(NSV_EV_MEETING, "Japarov");
    NT_CHECK(e && nt_has_party(e, "Lavrov") && !nt_has_party(e, "Putin"));
    /* a country inside the topic speaks of nothing: the series' host */
    nt_run(PUB, "Russian President Vladimir Putin met with Kazakh President Kassym-Jomart "
                "Tokayev. He then held talks with Uzbek President Shavkat Mirziyoyev.\n\nDuring "
                "a meeting with Kyrgyz President Sadyr Japarov, the issues of Kyrgyzstan's "
                "energy strategy were discussed.");
    e = nt_with_party(NSV_EV_MEETING, "Japarov");
    NT_CHECK(e && nt_has_party(e, "Putin"));
    /* hard negative: a country opening the clause is its subject */
    nt_run(PUB, "Russian President Vladimir Putin met with Kazakh President Kassym-Jomart "
                "Tokayev. He then held talks with Uzbek President Shavkat Mirziyoyev.\n\nDuring "
                "a meeting with Kyrgyz President Sadyr Japarov, Kyrgyzstan raised the issues of "
                "energy.");
    e = nt_with_party(NSV_EV_MEETING, "Japarov");
    NT_CHECK(e == NULL || !nt_has_party(e, "Putin"));
}

/* "said that a meeting with X would be held", "directed their teams to
 * enhance consultations": meetings not held yet */
static void test_meeting_to_be_held(void **state)
{
    (void)state;
    nt_run(PUB, "Andriy Yermak said that a meeting with representatives of the G20 countries "
                "would be held in Kyiv soon.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "President Joe Biden met Prime Minister Naftali Bennett. The leaders directed "
                "their teams to enhance consultations with Canada.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negative: a meeting that was held */
    nt_run(PUB, "Andriy Yermak said that a meeting with representatives of the G20 countries "
                "was held in Kyiv.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "Working meeting with Amur Region Governor Vasily Orlov": the region the
 * mention finder reads as a name is the governor's office; he is the
 * counterpart */
static void test_region_governor(void **state)
{
    (void)state;
    nt_run(PUB, "Russian President Vladimir Putin met with Amur Region Governor Vasily Orlov.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Orlov") && nt_has_party(e, "Putin"));
    NT_CHECK(!nt_has_party(e, "Amur"));
    /* hard negative: two people in a list stay two */
    nt_run(PUB, "Russian President Vladimir Putin met with Sergei Shoigu and Governor Vasily "
                "Orlov.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Shoigu") && nt_has_party(e, "Orlov"));
}

/* "met with a delegation of the international human rights organization
 * Amnesty International": the body after its description is the party */
static void test_delegation_of_described_body(void **state)
{
    (void)state;
    nt_run(PUB, "Deputy Head of the Office Andriy Smyrnov met with a delegation of the "
                "international non-governmental human rights organization Amnesty International.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Smyrnov") && nt_has_party(e, "Amnesty International"));
    /* hard negative: a place after the description is no body met */
    nt_run(PUB, "Deputy Head of the Office Andriy Smyrnov met with a delegation of the "
                "local residents in Kyiv.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Kyiv"));
}

/* "The meeting took place on the sidelines of the G20 summit": the summit
 * is a meeting of its own, with the people of the meeting named before */
static void test_sidelines_of_meeting_named_before(void **state)
{
    (void)state;
    nt_run(PUB, "Russian President Vladimir Putin met with US President Donald Trump. The "
                "conversation took place on the sidelines of the G20 summit in Osaka.");
    const nsv_event *g = nt_with_party(NSV_EV_MEETING, "G20");
    NT_CHECK(g && nt_has_party(g, "Putin") && nt_has_party(g, "Trump"));
    /* hard negative: a summit only planned takes no one */
    nt_run(PUB, "Russian President Vladimir Putin met with US President Donald Trump. The next "
                "meeting will take place on the sidelines of the G20 summit in Osaka.");
    g = nt_with_party(NSV_EV_MEETING, "G20");
    NT_CHECK(!g || g->modality != NSV_MOD_ACTUAL || !nt_has_party(g, "Trump"));
}

/* "In the framework of the Eastern Partnership Summit, A met B": a long
 * opening setting places the talks' people at the summit, a meeting of its
 * own; the Eastern Partnership is a group of states */
static void test_framework_of_summit(void **state)
{
    (void)state;
    nt_run(PUB, "In the framework of the Eastern Partnership Summit, President of Ukraine "
                "Volodymyr Zelenskyy met with Prime Minister of Spain Pedro Sanchez.");
    const nsv_event *g = nt_with_party(NSV_EV_MEETING, "Eastern Partnership");
    NT_CHECK(g && nt_has_party(g, "Zelenskyy") && nt_has_party(g, "Sanchez"));
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* hard negative: the framework of an agreement is no meeting */
    nt_run(PUB, "In the framework of the agreement, President of Ukraine Volodymyr Zelenskyy "
                "met with Prime Minister of Spain Pedro Sanchez.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "As part of his participation in the SCO summit, X signed": the opening
 * places its subject at the summit with no talks of his own */
static void test_participation_in_summit_opening(void **state)
{
    (void)state;
    nt_run(PUB, "As part of his participation in the SCO summit, Vladimir Putin signed a "
                "declaration with Narendra Modi.");
    const nsv_event *g = nt_with_party(NSV_EV_MEETING, "SCO");
    NT_CHECK(g && g->modality == NSV_MOD_ACTUAL && nt_has_party(g, "Putin"));
    /* hard negative: the phrase inside a statement places no one */
    nt_run(PUB, "Vladimir Putin said the plans were drawn up as part of his participation in "
                "the SCO summit.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "SCO"));
}

/* "during a video meeting at the Royal Institute ...": by video, the body
 * after "at" is the other side */
static void test_video_meeting_at_body(void **state)
{
    (void)state;
    nt_run(PUB, "This was stated by President Volodymyr Zelenskyy during a video meeting at the "
                "Atlantic Council.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Atlantic Council");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Zelenskyy"));
    /* hard negatives: in person "at" a body names a venue; a place is a place */
    nt_run(PUB, "This was stated by President Volodymyr Zelenskyy during a meeting at the "
                "Atlantic Council.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Atlantic Council"));
    nt_run(PUB, "This was stated by President Volodymyr Zelenskyy during a video meeting at the "
                "Kremlin.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Kremlin"));
}

/* "senior officials from the United States and Mexico met": the sides the
 * people come for met */
static void test_delegates_of_two_sides_met(void **state)
{
    (void)state;
    nt_run(PUB, "Today, senior officials from the United States and Mexico met in Geneva.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "United States") && nt_has_party(e, "Mexico"));
    /* hard negatives: one side only; no people word */
    nt_run(PUB, "Today, senior officials from Mexico met in Geneva.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Mexico"));
    nt_run(PUB, "Exports from Canada and Mexico met the demand.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "X chaired a meeting of the Supreme Eurasian Economic Council": the
 * chair is placed at the group's meeting, like "took part in" */
static void test_chair_of_group_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Russian President Vladimir Putin chaired a meeting of the Supreme Eurasian "
                "Economic Council.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Putin") && nt_has_party(e, "Supreme Eurasian Economic Council"));
    /* a national body's session he chairs: he meets it (test_chaired_session) */
    nt_run(PUB, "Russian President Vladimir Putin chaired a meeting of the Security Council.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "Under the chairmanship of X, a meeting of the Y Council was held in Z",
 * "With the participation of X, a meeting of Y was held": the person of the
 * opening phrase chairs or joins the body's meeting the main clause reports
 * held. */
static void test_fronted_chair_of_body_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Under the chairmanship of President Anna Berg, an offsite meeting of the National "
                "Security and Defense Council was held in Kharkiv to discuss the budget.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && nt_has_party(e, "Berg") &&
             nt_has_party(e, "National Security and Defense Council") && e->location_name &&
             !strcmp(e->location_name, "Kharkiv"));
    nt_run(PUB, "With the participation of President Anna Berg, a meeting of the Congress of Local "
                "and Regional Authorities was held to discuss the war.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && nt_has_party(e, "Berg") &&
             nt_has_party(e, "Congress of Local and Regional Authorities"));
    /* hard negatives: no named body, a session still to come */
    nt_run(PUB,
           "Under the chairmanship of President Anna Berg, a meeting was held with ambassadors "
           "to discuss supplies.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Under the chairmanship of President Anna Berg, a meeting of the National Security "
                "and Defense Council will be held in Kharkiv.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* the phrase after a topic meeting still names its participants */
    nt_run(PUB, "President Anna Berg held a meeting on the budget with the participation of Prime "
                "Minister Jan Olsen.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Olsen"));
}

/* "met with members of the Cabinet of Ministers and representatives of X",
 * "with the members of the Cabinet, the leadership of the Armed Forces of
 * Ukraine": each group of people stands for the body it comes from. */
static void test_groups_of_bodies(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held a meeting with members of the Cabinet of Ministers and "
                "representatives of the Simon Wiesenthal Center on the budget.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 3 &&
             nt_has_party(e, "Cabinet of Ministers") && nt_has_party(e, "Simon Wiesenthal"));
    nt_run(PUB, "President Anna Berg held a conference call with the members of the Cabinet of "
                "Ministers, the leadership of the Armed Forces of Ukraine and the police.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Armed Forces"));
    /* hard negatives: a group of no named body, a part of a body */
    nt_run(PUB, "President Anna Berg held a meeting with members of the Cabinet of Ministers and "
                "representatives of business circles.");
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 2);
    nt_run(PUB, "President Anna Berg held a meeting with members of the Cabinet of Ministers and "
                "representatives of the Simon Wiesenthal Center's advisory group.");
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Simon Wiesenthal"));
}

/* "X, joined by Y, spoke with Z", "X, together with Y, met Z", "met Z,
 * accompanied by Y", "met Z, who will be joined by Y": the party before the
 * companion phrase and those after it are at the sentence's meeting (the
 * subject read right before the verb was the companion, and X was lost). */
static void test_companions_join(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "President Anna Berg, joined by Vice President Jan Olsen, spoke today with Prime "
        "Minister Karl Lund.",
        "President Anna Berg, together with Foreign Minister Jan Olsen, met with Prime Minister "
        "Karl Lund.",
        "President Anna Berg met with Prime Minister Karl Lund, accompanied by Foreign Minister "
        "Jan Olsen.",
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        nt_run(PUB, texts[k]);
        const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
        NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 3 &&
                 nt_has_party(e, "Berg") && nt_has_party(e, "Olsen") && nt_has_party(e, "Lund"));
    }
    /* a list the phrase goes on with: "A and B as well as C and D" */
    nt_run(PUB, "President Anna Berg met with Prime Minister Karl Lund and Foreign Minister Jan "
                "Olsen as well as Minister Eva Dahl.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Dahl"));
    /* hard negatives: no meeting in the sentence, a body's possessive ("as
     * well as Norway's agency" names the agency), another sentence's */
    no_actual_meeting("President Anna Berg, together with Foreign Minister Jan Olsen, visited the "
                      "museum.");
    nt_run(PUB, "President Anna Berg met with Prime Minister Karl Lund and officials of the "
                "Foreign Ministry as well as Norway's development agency.");
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Norway"));
    nt_run(PUB, "President Anna Berg met with Prime Minister Karl Lund. Foreign Minister Jan "
                "Olsen, joined by Minister Eva Dahl, signed the plan.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 2 && !nt_has_party(e, "Dahl"));
    /* "X, who will be joined by Y": the relative clause's antecedent */
    nt_run(PUB, "President Anna Berg will meet with Prime Minister Karl Lund, who will be joined "
                "by Foreign Minister Jan Olsen.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->n_participants == 3 && nt_has_party(e, "Olsen"));
    /* hard negative: the relative clause of a person in no meeting */
    nt_run(PUB, "President Anna Berg met with Prime Minister Karl Lund. Foreign Minister Jan "
                "Olsen, who was joined by Minister Eva Dahl, visited the museum.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 2 && !nt_has_party(e, "Dahl"));
}

/* "A, B, and C met with X. ... In Y, they met with Z", "X led a delegation
 * to Paris. They met with Z": "they" opening a meeting clause is the named
 * people the sentences before opened with. */
static void test_they_named_list(void **state)
{
    (void)state;
    nt_run(PUB, "Secretary Anna Berg, General Jan Olsen, and Minister Karl Lund met with the "
                "troops in Bergen. The delegation travelled to Oslo. In Oslo, they met with Mayor "
                "Eva Dahl.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 1);
    NT_CHECK(e && nt_has_party(e, "Dahl") && nt_has_party(e, "Berg") && nt_has_party(e, "Olsen") &&
             nt_has_party(e, "Lund"));
    nt_run(PUB, "Secretary Anna Berg led an interagency delegation to Paris. They met with "
                "Admiral Karl Lund.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 2 && nt_has_party(e, "Berg") &&
             nt_has_party(e, "Lund"));
    /* hard negatives: "they" inside a reported clause; "they" for an
     * unnamed plural named in between; a title's apposition is no list */
    nt_run(PUB, "Secretary Anna Berg and Minister Jan Olsen visited Oslo. Officials said they met "
                "with Mayor Eva Dahl.");
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Berg"));
    nt_run(PUB, "Secretary Anna Berg and Minister Jan Olsen visited Oslo. Mayors from ten cities "
                "gathered there. They met with Governor Eva Dahl.");
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Berg"));
    nt_run(PUB, "Coordinator for the Northern Border, Ambassador Anna Berg traveled to Oslo. While "
                "in Oslo, they met with Governor Eva Dahl.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0 || !nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Berg"));
}

/* "A, B, and C met with X. ... The delegation met with Z": "the delegation"
 * with no delegation named is those travellers, never the last body named
 * nearby ("the African Union Mission ... the delegation also met"). */
static void test_delegation_travellers(void **state)
{
    (void)state;
    nt_run(PUB, "Secretary Anna Berg, General Jan Olsen, and Minister Karl Lund met with the "
                "troops in Bergen. They discussed cooperation with the Nordic Council. In Oslo, "
                "the delegation also met with Mayor Eva Dahl.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 1);
    NT_CHECK(e && nt_has_party(e, "Dahl") && nt_has_party(e, "Berg") && nt_has_party(e, "Lund") &&
             !nt_has_party(e, "Nordic Council"));
    /* a body named nearby is not the delegation: the meeting keeps only
     * the people it names */
    nt_run(PUB, "Secretary Anna Berg traveled to Oslo. The delegation met with civil society, "
                "including the Montana Group. The delegation also met with Mayor Eva Dahl and "
                "Governor Karl Lund.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Dahl") && !nt_has_party(e, "Montana Group"));
    /* hard negative: a delegation the item names stays that body */
    nt_run(PUB, "The U.S. Government Delegation arrived in Oslo. The delegation met with Mayor "
                "Eva Dahl.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Dahl") && nt_has_party(e, "U.S. Government Delegation"));
}

/* "the Quint" (France, Germany, Italy, the United Kingdom and the United
 * States) is a named group: "of the Quint and the European Union" lists
 * both as parties. */
static void test_quint_group(void **state)
{
    (void)state;
    nt_run(PUB, "National Security Advisor Jake Sullivan convened the national security advisors "
                "of the Quint and the European Union at the White House.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Sullivan") && nt_has_party(e, "Quint") &&
             nt_has_party(e, "European Union"));
    /* hard negative: a person's surname stays the person */
    nt_run(PUB, "\"It gives it more distribution,\" said Stuart Quint, an analyst at Gartmore.");
    const nsv_event *st = nt_nth(NSV_EV_STATEMENT, 0);
    NT_CHECK(st && !strcmp(st->speaker.name, "Stuart Quint"));
}

/* "a session of the Shanghai Cooperation Organisation Council of Heads of
 * State", "of the Council of Ministers of the Union State": a group's organ
 * named with the group is the group meeting, one party (keyed by the
 * group), and a meeting with no one else named. */
static void test_organ_of_group(void **state)
{
    (void)state;
    nt_run(PUB, PUTIN " took part in a session of the Shanghai Cooperation Organisation Council "
                      "of Heads of State.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 2 && nt_has_party(e, "SCO") &&
             nt_has_party(e, "Putin"));
    nt_run(PUB, "President Anna Berg attended a meeting of the Council of Ministers of the Union "
                "State.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Union State") &&
             !nt_has_party(e, "Council of Ministers"));
    /* over the group's acronym; the organ stays in the evidence */
    const char *acronym = "President Anna Berg took part in a meeting of the Collective "
                          "Security Treaty Organisation (CSTO) Collective Security Council.";
    nt_run(PUB, acronym);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "CSTO") &&
             e->evidence_end == (uint32_t)(strstr(acronym, " Council.") - acronym) + 8);
    /* no one else named: the group met */
    nt_run(PUB, "A session of the Shanghai Cooperation Organisation Council of Heads of State "
                "took place in Astana on Friday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 1 && nt_has_party(e, "SCO"));
    /* hard negatives: two bodies listed, or an organ of no international
     * group, stay two parties */
    nt_run(PUB, "President Anna Berg took part in a meeting of the Supreme Eurasian Economic "
                "Council and the CSTO.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Supreme Eurasian Economic Council") && nt_has_party(e, "CSTO"));
    nt_run(PUB, "President Anna Berg took part in a meeting of the Council of Ministers of the "
                "Farmers Association.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Council of Ministers") &&
             nt_has_party(e, "Farmers Association"));
}

/* "meetings of the IMF and the World Bank for higher U.S. interest rates",
 * "a meeting of the X Council during Russia's war against Ukraine", "of the
 * Coalition, an organization of U.S. legislators", "of the Bank, Nogales
 * said Bolivia's bank": after the group named, a topic, an apposition or the
 * next clause names no more parties.  Hard negatives: a list of bodies and
 * countries, and "with the participation of X" after a time phrase. */
static void test_parties_of_end_at_topic(void **state)
{
    (void)state;
    nt_run(PUB, "Finance Minister Anna Berg attended the meetings of the IMF and the World Bank "
                "for higher U.S. interest rates.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->n_participants == 3 && nt_has_party(e, "IMF") &&
             nt_has_party(e, "World Bank") && !nt_has_party(e, "U.S."));
    nt_run(PUB, "Finance Minister Anna Berg took part in a meeting of the Supreme Eurasian "
                "Economic Council during Russia's war against Ukraine.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->n_participants == 2 && !nt_has_party(e, "Russia") &&
             !nt_has_party(e, "Ukraine"));
    nt_run(PUB, "At a meeting of the Northeast-Midwest Coalition, an organization of U.S. "
                "legislators, David Cooke said the exemption would help trade.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "Speaking at the annual meeting of the Inter-American Development Bank, Nogales "
                "said Bolivia's bank committee is seeking permission.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    /* hard negatives */
    nt_run(PUB, "President Anna Berg took part in a meeting of the Supreme Eurasian Economic "
                "Council, Kazakhstan and Belarus.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Kazakhstan") && nt_has_party(e, "Belarus"));
    nt_run(PUB, "President Anna Berg proposed to convene a summit of the UN Security Council in "
                "the coming weeks with the participation of Ukraine.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Ukraine"));
}

/* "to ease U.S.-Japan trade friction at a meeting with President Reagan",
 * "arrived at the Ukrainian-Belarusian border to participate in talks": a
 * country read as an adjective before a common noun is no subject of the
 * meeting; the scan goes on to the party before it.  Hard negatives: a
 * demonym before a side or people noun is the side. */
static void test_modifier_country_no_subject(void **state)
{
    (void)state;
    nt_run(PUB, "Japanese Prime Minister Yasuhiro Nakasone will make proposals to ease U.S.-Japan "
                "trade friction at a meeting with President Reagan.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->n_participants == 2 && nt_has_party(e, "Nakasone") &&
             nt_has_party(e, "Reagan"));
    nt_run(PUB, "The delegation arrived at the Ukrainian-Belarusian border to participate in talks "
                "with representatives of the Russian Federation.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "The EU and U.S.-facilitated peace talks resumed on Monday.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    /* hard negatives */
    nt_run(PUB, "The Belarusian delegation arrived in Gomel to participate in talks with "
                "representatives of the Russian Federation.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Belarusian delegation"));
    nt_run(PUB, "Russian and Chinese officials held talks with Iran.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Russia") && nt_has_party(e, "China") && nt_has_party(e, "Iran"));
}

/* "terminated takeover discussions with a U.S.-based investors group": a
 * country as an adjective after "with" is no counterpart.  Hard negative:
 * "said Moscow-based US lawyer Jamie Firestone" still reads on to the
 * person named after it. */
static void test_modifier_country_no_counterpart(void **state)
{
    (void)state;
    nt_run(PUB, "TecSyn International Inc said it terminated takeover discussions with a "
                "U.S.-based investors group.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "TecSyn International Inc said it terminated takeover discussions with the U.S. "
                "Navy.");
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Navy"));
    nt_run(PUB, "\"The pledged assets are with Rosneft, so it will have to pay,\" said "
                "Moscow-based US lawyer Jamie Firestone, who is not connected to the case.");
    NT_CHECK(nt_said_by("Jamie Firestone") != NULL);
}

/* "U.S. cane sugar refiners met with", "Wales councils visited": a country's
 * name before plain words ending in a plural noun of people who are not its
 * voice names those people, so the country is no party ("U.K. Bankers", a
 * wire's capitals, too).  Hard negatives: its officials or delegation are its
 * side. */
static void test_country_name_before_people(void **state)
{
    (void)state;
    nt_run(PUB, "U.S. cane sugar refiners met with U.S. Agriculture Department officials on "
                "Monday.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(!e || !nt_has_party(e, "United States"));
    nt_run(PUB, "Wales councils visited Ms Essex on Monday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(!e || !nt_has_party(e, "Wales"));
    /* a wire capitalises the people noun too */
    nt_run(PUB, "U.S. Bankers met with Chinese Vice Premier Liu He on Monday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(!e || !nt_has_party(e, "U.S."));
    /* hard negatives */
    nt_run(PUB, "U.S. Officials met with Chinese Vice Premier Liu He on Monday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "U.S.") && nt_has_party(e, "Liu"));
    nt_run(PUB, "U.S. officials met with Chinese Vice Premier Liu He on Monday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "U.S.") && nt_has_party(e, "Liu"));
    nt_run(PUB, "The U.S. delegation met with Chinese Vice Premier Liu He on Monday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "U.S.") && nt_has_party(e, "Liu"));
    /* a group met: the country before its people is no side of it */
    nt_run(PUB, "Secretary Jane Roe hosted a convening with U.S. drug manufacturers on Monday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Jane Roe") && !nt_has_party(e, "U.S."));
    /* hard negative: its officials are */
    nt_run(PUB, "Secretary Jane Roe met with Japanese officials on Monday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Jane Roe") && nt_has_party(e, "Japan"));
}

/* "A meeting of the Trilateral Contact Group (TCG) took place today", "the
 * CSTO Collective Security Council meeting took place in the Kremlin": a
 * group of states the text reports meeting, with no one placed at it, met;
 * one party, the group.  A coming, reported or domestic body's session, or
 * one named inside a quotation, is none. */
static void test_group_reported_held(void **state)
{
    (void)state;
    nt_run(PUB, "A meeting of the Trilateral Contact Group (TCG) took place today.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 1 &&
             nt_has_party(e, "Trilateral Contact Group"));
    nt_run(PUB, "A session of the Eurasian Intergovernmental Council was held in Almaty.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 1 &&
             nt_has_party(e, "Eurasian Intergovernmental Council"));
    nt_run(PUB, "CSTO Collective Security Council meeting took place in the Kremlin.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 1 &&
             nt_has_party(e, "Collective Security Council"));
    /* hard negatives */
    nt_run(PUB, "A meeting of the Trilateral Contact Group will take place today.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Preparations for the meeting of the Trilateral Contact Group were discussed.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "\"A meeting of the Trilateral Contact Group took place today,\" he said.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "A meeting of the National Security and Defense Council took place today.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "The European Council meeting will take place in Brussels.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "The issue of granting Ukraine candidate status during the European Council "
                "meeting on June 23-24 was discussed separately.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "X said that a meeting of the Trilateral Contact Group was held today",
 * "... is being held today": a group's meeting reported in a speaker's
 * indirect speech met (the GUIDE: a specific event inside indirect speech
 * is one), its one party the group, not the speaker.  A coming, possible
 * or denied one is no actual meeting, nor one inside a quotation; "said at
 * a meeting of X" keeps the speaker placed at it. */
static void test_group_held_in_reported_speech(void **state)
{
    (void)state;
    nt_run(PUB, "Anna Berg said that a meeting of the Trilateral Contact Group is being held "
                "today by video conference.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 1 &&
             nt_has_party(e, "Trilateral Contact Group") && !nt_has_party(e, "Berg"));
    nt_run(PUB, "Anna Berg said a regular meeting of the Trilateral Contact Group took place "
                "today.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 1 &&
             nt_has_party(e, "Trilateral Contact Group"));
    nt_run(PUB, "A meeting of the Trilateral Contact Group is being held today.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "A meeting of the Trilateral Contact Group is under way in Minsk.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negatives */
    nt_run(PUB, "Anna Berg said that a meeting of the Trilateral Contact Group will be held "
                "next week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Anna Berg said a meeting of the Trilateral Contact Group could be held soon.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Anna Berg denied that a meeting of the Trilateral Contact Group was held today.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "\"A meeting of the Trilateral Contact Group was held today,\" Anna Berg said.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Anna Berg said that a meeting of the National Security and Defense Council was "
                "held today.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Anna Berg said at a meeting of the Trilateral Contact Group held today that the "
                "ceasefire must hold.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && nt_has_party(e, "Berg"));
}

/* "discussed the results of the EU summit held on February 17", "the
 * Normandy format summit that took place in Paris": a group's summit the
 * clause reports held is a fact even as a topic, with the group as its one
 * party and none of the people who discussed it.  A coming one is none. */
static void test_group_summit_held_clause(void **state)
{
    (void)state;
    nt_run(PUB, "Anna Berg and Peter Lind discussed the results of the EU summit held on "
                "February 17.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 1 && nt_has_party(e, "EU") &&
             !nt_has_party(e, "Berg"));
    nt_run(PUB, "The leaders praised the results of the Normandy format summit that took place "
                "in Paris on December 9.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && e->n_participants == 1 &&
             nt_has_party(e, "Normandy"));
    /* hard negatives: coming summits */
    nt_run(PUB, "The leaders discussed preparations for the SCO summit that will take place in "
                "Astana.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "The SCO summit to be held in Astana was discussed.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "met with X today on the sidelines of the G20 in New Delhi": a group of
 * states named bare after "sidelines of" is its summit, a meeting of its
 * own with the group and the people of the talks.  Not without talks in the
 * sentence, and a planned one stays planned. */
static void test_sidelines_of_bare_group(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg met with President Peter Lind today on the sidelines of "
                "the G20 in New Delhi, India.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    int found = 0;
    for (int k = 0; k < 2; k++) {
        const nsv_event *e = nt_nth(NSV_EV_MEETING, k);
        if (e && nt_has_party(e, "G20"))
            found = nt_has_party(e, "Berg") && nt_has_party(e, "Lind");
    }
    NT_CHECK(found);
    /* hard negatives */
    nt_run(PUB, "Peter Lind said on the margins of the G20 that the economy was strong.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "President Anna Berg will meet President Peter Lind on the margins of the G20.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "X chaired a meeting of the Security Council", "X took part in a meeting
 * of the Commission for Y": the one who chairs or attends a named body's
 * session meets it; speaking at it, or no one named from outside, is none.
 * A one-word alias with a "for" part of its own is another body. */
static void test_chaired_session(void **state)
{
    (void)state;
    one_meeting("President Anna Berg held a meeting of the Security Council on Friday.", "Berg",
                "Security Council");
    nt_run(PUB, PUTIN " took part in a meeting of the Commission for Military Technical "
                      "Cooperation.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Commission for Military Technical");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin") && !nt_has_party(e, "European Commission"));
    /* the chair as a description or pronoun the item resolves to a person */
    nt_run(PUB, "President Anna Berg arrived in Kazan. The President held a meeting of the "
                "Security Council.");
    e = nt_with_party(NSV_EV_MEETING, "Security Council");
    NT_CHECK(e && nt_has_party(e, "Berg") && e->modality == NSV_MOD_ACTUAL);
    /* hard negatives */
    no_actual_meeting("President Anna Berg arrived in Kazan. The President spoke at a meeting of "
                      "the Security Council.");
    no_actual_meeting(PUTIN " spoke at a meeting of the Security Council.");
    no_actual_meeting("Minister Jan Olsen was speaking at a meeting of the Farmers Association.");
    no_actual_meeting("The Security Council held a meeting on Friday.");
    nt_run(PUB, "The Commission said on Friday it would fine the bank.");
    NT_CHECK(nt_count(NSV_EV_STATEMENT, -1) == 1 &&
             !strcmp(nt_nth(NSV_EV_STATEMENT, 0)->speaker.name, "European Commission"));
}

/* "At a meeting of the Commission for X, Y said": the person right after an
 * opening phrase that places a named body's meeting attends it, as "Y took
 * part in a meeting of X"; "Speaking at" a national body's meeting is a
 * speech there, as "Y spoke at a meeting of X" is. */
static void test_fronted_body_session(void **state)
{
    (void)state;
    one_meeting("At a meeting of the Security Council, President Anna Berg said that the "
                "border was calm.",
                "Berg", "Security Council");
    one_meeting("During an enlarged meeting of the State Council Presidium, President Anna Berg "
                "noted that reform was needed.",
                "Berg", "State Council Presidium");
    /* the people listed after the opening attend it too */
    nt_run(PUB, "At a meeting of the Security Council, President Anna Berg and Prime Minister "
                "Jan Olsen said that the border was calm.");
    const nsv_event *c = nt_with_party(NSV_EV_MEETING, "Security Council");
    NT_CHECK(c && nt_has_party(c, "Berg") && nt_has_party(c, "Olsen"));
    /* a group of states: speaking there places the speaker too */
    nt_run(PUB, "Speaking at a meeting of the Shanghai Cooperation Organisation, " PUTIN
                " noted that trade grew.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Shanghai Cooperation");
    NT_CHECK(e && nt_has_party(e, "Putin") && e->modality == NSV_MOD_ACTUAL);
    /* hard negatives: a speech at a national body's meeting, no person
     * after the opening, a meeting not in the opening phrase */
    no_actual_meeting("Speaking at a meeting of the Security Council, President Anna Berg said "
                      "that the border was calm.");
    no_actual_meeting("At a meeting of the Security Council, a decision was made to audit the "
                      "decrees.");
    no_actual_meeting("After the report on a meeting of the Security Council, President Anna "
                      "Berg said that the border was calm.");
}

/* "the session of the Collective Security Council which was chaired by X",
 * "a meeting of the Board of Trade chaired by X": the chair after the body
 * is a party of its meeting, joining the attendee placed there before. */
static void test_chaired_by_after_body(void **state)
{
    (void)state;
    nt_run(PUB, "Minister Jan Olsen attended the session of the Collective Security Council "
                "which was chaired by President Anna Berg.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Collective Security Council");
    NT_CHECK(e && nt_has_party(e, "Berg") && nt_has_party(e, "Olsen"));
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    one_meeting("A meeting of the Regional Trade Council in Kharkiv, chaired by President Anna "
                "Berg, approved the plan.",
                "Berg", "Regional Trade Council");
    /* the chair as a description the item resolves */
    nt_run(PUB, "President Jan Olsen called President of the European Council Anna Berg. The "
                "call came before a meeting of European Union leaders in Brussels chaired by "
                "the President of the European Council.");
    e = nt_with_party(NSV_EV_MEETING, "European Union");
    NT_CHECK(e && nt_has_party(e, "Berg") && !nt_has_party(e, "Olsen"));
    /* hard negatives: no body after "of", or a chair with no meeting noun */
    no_actual_meeting("A report of the losses chaired by President Anna Berg was read.");
    no_actual_meeting("The panel of experts was chaired by President Anna Berg.");
}

/* "X had a meeting with Y after the CSTO Summit": talks right before or
 * after a summit place their people at it, as "on the sidelines of". */
static void test_talks_beside_summit(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg had a meeting with Prime Minister Jan Olsen after the CSTO "
                "summit.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Collective Security Treaty");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Berg") &&
             nt_has_party(e, "Olsen"));
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* hard negatives: no talks before the time word, or talks to come */
    nt_run(PUB, "President Anna Berg said after the CSTO summit that trade had grown.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Collective Security Treaty"));
    nt_run(PUB, "President Anna Berg will have a meeting with Prime Minister Jan Olsen just "
                "before the CSTO summit.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "was pleased to meet X": a past pleasure in the infinitive's act says it
 * took place (the language's rule, clause_modality, as for "was proud to
 * sign"); "will be pleased to meet" is still a plan. */
static void test_was_pleased_to_meet(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(PUTIN " was pleased to meet " ERDOGAN " in Sochi on Friday.",
                                     "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    e = one_meeting(PUTIN " was glad to hold talks with " ERDOGAN " on Friday.", "Putin",
                    "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    no_actual_meeting(PUTIN " will be pleased to meet " ERDOGAN " next week.");
    no_actual_meeting(PUTIN " is glad to meet " ERDOGAN " in Sochi.");
}

/* "Minister of State at the Federal Foreign Office of Germany X": a title
 * that places its holder "at the" body still titles the name after it. */
static void test_title_at_body(void **state)
{
    (void)state;
    one_meeting("Deputy Head Roman Bilyk met with Minister of State at the Federal Foreign Office "
                "of Germany Tobias Weber.",
                "Bilyk", "Weber");
    one_meeting("Deputy Head Roman Bilyk discussed the security situation and ways to improve it "
                "with Minister of State at the Federal Foreign Office of Germany Tobias Weber.",
                "Bilyk", "Weber");
    /* hard negatives: a place after the person, a topic body after "with" */
    nt_run(PUB, "Deputy Head Roman Bilyk met with Tobias Weber at the Federal Foreign Office.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 &&
             !nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Federal Foreign Office"));
    no_actual_meeting("Deputy Head Roman Bilyk discussed relations with the staff at the Federal "
                      "Foreign Office.");
}

/* "Head of the NATO Mission in Ukraine X", "Representative in the Southern
 * Federal District X": the place of a post ("in" and a named place, or "in
 * the" and a capitalised name) is part of the title, which still titles the
 * name after it; "Mission" and "Representation" end a body's name (words.tsv
 * org_head), so the body is no one-word person "Mission". */
/* "of Roads in the Black Sea Coast Region Azat Asaturov": a capitalised
 * area word (words.tsv area) inside a bare name's run ends a region's
 * name when a name of two words follows, so the person is "Azat Asaturov",
 * not "Coast Region Azat Asaturov"; a region's name with no person after
 * it gives no person. */
static void test_region_before_bare_name(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        "Putin met with Transport Minister Igor Levitin and Director of the Federal Office for "
        "Roads in the Black Sea Coast Region Azat Asaturov on Monday.",
        "Levitin", "Azat Asaturov");
    NT_CHECK(!nt_has_party(e, "Coast") && !nt_has_party(e, "Region"));
    /* hard negatives */
    one_meeting("Putin met with Governor of Krasnodar Region Alexander Tkachev on Monday.", "Putin",
                "Alexander Tkachev");
    e = one_meeting("Putin met with Transport Minister Igor Levitin and residents of the Black Sea "
                    "Coast Region on Monday.",
                    "Putin", "Levitin");
    NT_CHECK(!nt_has_party(e, "Region"));
    e = one_meeting("Deputy Head Roman Bilyk met with Head of the NATO Mission in Ukraine Karen "
                    "Moore.",
                    "Bilyk", "Moore");
    NT_CHECK(!nt_has_party(e, "Mission"));
}

static void test_title_in_place(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        "Deputy Head Roman Bilyk met with Head of the NATO Mission in Ukraine Karen Moore.",
        "Bilyk", "Moore");
    NT_CHECK(!nt_has_party(e, "Mission") && e->n_participants == 2);
    one_meeting("Deputy Head Roman Bilyk met with Ambassador of Canada in Ukraine Larisa Galadza.",
                "Bilyk", "Galadza");
    one_meeting("Deputy Head Roman Bilyk met with Head of the Crimea Platform Support Service "
                "at the Presidential Representation Office in the Autonomous Republic of Crimea "
                "Mariya Tomak.",
                "Bilyk", "Tomak");
    one_meeting("Deputy Head Roman Bilyk met with Head of the NATO Representation to Ukraine "
                "Karen Moore.",
                "Bilyk", "Moore");
    /* hard negatives: a place and a day after an unnamed holder end the
     * title (the country stays the party), a name after a comma opens a
     * clause of its own */
    nt_run(PUB, "Deputy Head Roman Bilyk met with the Ambassador of France in Kyiv on Monday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "France") && e->n_participants == 2);
    nt_run(PUB, "Deputy Head Roman Bilyk met with the Ambassador of France in Kyiv, Anne Leroy "
                "said.");
    e = nt_with_party(NSV_EV_MEETING, "Bilyk");
    NT_CHECK(e && !nt_has_party(e, "Leroy"));
}

/* The backward walk over a name's title (titled_person) crosses a post's
 * one-word place right before the name as the forward one does ("Head of
 * the OSCE Mission in Moldova X": "in" needs only the place after it, the
 * name may follow at once), so "discussed security with" such a holder of
 * a name no given-name list knows is a meeting, as "in the Republic of
 * Moldova X" and "to Moldova X" were.  Hard negative: no title before the
 * place ("with farmers in Moldova X"). */
static void test_title_in_place_before_name(void **state)
{
    (void)state;
    one_meeting("Roman Bilyk discussed security with Head of the OSCE Mission in Moldova Kelvo "
                "Tarranis.",
                "Bilyk", "Tarranis");
    one_meeting("Roman Bilyk discussed security with Head of the OSCE Mission in the Republic of "
                "Moldova Kelvo Tarranis.",
                "Bilyk", "Tarranis");
    nt_run(PUB, "Roman Bilyk discussed security with farmers in Moldova Kelvo Tarranis.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Tarranis") == NULL);
}

/* "thank you for this reception here in Moscow" in the transcript of a
 * meeting: the city is the lead meeting's place; "here in Russia" (a
 * country) and two different cities give none. */
static void test_here_in_city(void **state)
{
    (void)state;
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nAnne Leroy: "
                "Mr President, thank you for this reception here in Moscow.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Moscow"));
    /* hard negatives */
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nAnne Leroy: "
                "We admire what you have built here in Russia.");
    e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && !e->location_name);
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nAnne Leroy: "
                "I was here in Moscow before, and here in Sochi too.");
    e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && !e->location_name);
}

/* Said to a guest, "thank you for being here in Russia", "glad to see you
 * here in Russia, in St Petersburg": the country (or the city after it) is
 * the lead meeting's place; "here, in Tehran" is "here in Tehran".  Not a
 * country the speakers live in ("built here in Russia"), nor a possessive
 * ("here in Russia's capital"). */
static void test_here_guest_country(void **state)
{
    (void)state;
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nVladimir Putin: "
                "Madam Minister, thank you for being here in Russia today.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Russia"));
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nVladimir Putin: "
                "I am very happy to see you here in Russia, in Sochi.");
    e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Sochi"));
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nVladimir Putin: "
                "We are very glad to welcome you here, in Sochi.");
    e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Sochi"));
    /* hard negatives */
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nAnne Leroy: "
                "Thank you. I admire what you have built here in Russia.");
    e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && !e->location_name);
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nVladimir Putin: "
                "We are very pleased to see you here in Russia's capital.");
    e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && !e->location_name);
}

/* A host's greeting in the transcript, "It is a great pleasure to see you
 * in Moscow", "welcome you to Sochi": the city is the lead meeting's place;
 * one the speaker recalls ("We were pleased to welcome you to Kazan") or a
 * country ("welcome you to Russia") gives none. */
static void test_greeting_city(void **state)
{
    (void)state;
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nVladimir Putin: "
                "Good afternoon, Madam Minister. It is a great pleasure to see you in Moscow.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Moscow"));
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nVladimir Putin: "
                "Madam Minister, friends, let me welcome you to Sochi.");
    e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Sochi"));
    /* hard negatives */
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nVladimir Putin: "
                "We were pleased to welcome you to Kazan last year.");
    e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && !e->location_name);
    nt_run_item("t1", PUB, "Meeting with Foreign Minister of France Anne Leroy",
                "Vladimir Putin met with Foreign Minister of France Anne Leroy.\n\nVladimir Putin: "
                "Let me welcome you to Russia. We hope to see you in Kazan soon.");
    e = nt_with_party(NSV_EV_MEETING, "Leroy");
    NT_CHECK(e && !e->location_name);
}

/* A gathering named after its city, "the Munich Security Conference",
 * "the St Petersburg International Economic Forum": the city is its place;
 * a body named after a city ("the Shanghai Cooperation Organisation")
 * gives none. */
static void test_gathering_city(void **state)
{
    (void)state;
    nt_run(PUB, "Chancellor Olaf Scholz took part in the Munich Security Conference.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Munich Security Conference");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Munich"));
    nt_run(PUB, "Vladimir Putin met with Prime Minister of Japan Kenji Sato on the sidelines of "
                "the St Petersburg International Economic Forum.");
    e = nt_with_party(NSV_EV_MEETING, "St Petersburg International Economic Forum");
    NT_CHECK(e && e->location_name && strstr(e->location_name, "Petersburg"));
    /* hard negatives */
    nt_run(PUB, "Vladimir Putin took part in the Shanghai Cooperation Organisation summit.");
    e = nt_with_party(NSV_EV_MEETING, "Shanghai");
    NT_CHECK(e && !e->location_name);
}

/* "The meeting was held in the Kremlin." after the meeting: the bare noun
 * points back and places it, past a room that names no place ("in the
 * Prime Minister's office in Putrajaya", not across a comma); a meeting
 * with a place of its own keeps it, and a call is placed nowhere. */
static void test_meeting_placed_back(void **state)
{
    (void)state;
    nt_run(PUB,
           "Vladimir Putin met with Governor Ivan Petrov. The meeting was held in the Kremlin.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Petrov");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Kremlin"));
    nt_run(PUB, "Vice President Kamala Harris met with Governor Ron Tate. She was joined by "
                "Secretary Xavier Becerra for the meeting which took place in Orlando, Florida.");
    e = nt_with_party(NSV_EV_MEETING, "Tate");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Orlando"));
    /* a room that names no place: the "in" after it does */
    nt_run(PUB, "Vladimir Putin held talks with Prime Minister Arjun Rao. The talks were held in "
                "the Prime Minister's office in Putrajaya.");
    e = nt_with_party(NSV_EV_MEETING, "Rao");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Putrajaya"));
    /* hard negatives */
    nt_run(PUB, "Vladimir Putin held talks with Prime Minister Arjun Rao. The talks were held in "
                "the Prime Minister's office, and in Putrajaya crowds gathered.");
    e = nt_with_party(NSV_EV_MEETING, "Rao");
    NT_CHECK(e && !e->location_name);
    nt_run(PUB, "Vladimir Putin met with Governor Ivan Petrov in Sochi. The meeting was held in "
                "the Kremlin.");
    e = nt_with_party(NSV_EV_MEETING, "Petrov");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Sochi"));
    nt_run(PUB, "Vladimir Putin had a telephone conversation with Governor Ivan Petrov. The "
                "talks were held in Sochi last year.");
    e = nt_with_party(NSV_EV_MEETING, "Petrov");
    NT_CHECK(e && !e->location_name);
}

/* "in his Sochi residence", "at his Novo-Ogaryovo residence in Moscow
 * Region": a possessive before a place and a venue word places the meeting
 * there; a place after a possessive that is no venue ("at his Moscow
 * premiere") does not. */
static void test_possessive_residence(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        "Vladimir Putin met with Governor Ivan Petrov in his Sochi residence.", "Putin", "Petrov");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Sochi"));
    e = one_meeting("Vladimir Putin met with Governor Ivan Petrov at his Novo-Ogaryovo residence "
                    "in Moscow Region.",
                    "Putin", "Petrov");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Novo-Ogaryovo"));
    /* hard negative */
    e = one_meeting("Vladimir Putin met with Governor Ivan Petrov at his Moscow premiere.", "Putin",
                    "Petrov");
    NT_CHECK(e->location_name == NULL);
}

/* "at Windsor Castle", "at Bellevue Palace": a capitalised venue word ends a
 * named venue after a bare "at" as after "at the"; not one in another
 * clause. */
static void test_bare_venue(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("President Joe Biden met today with King Charles III at "
                                     "Windsor Castle.",
                                     "Biden", "Charles");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Windsor Castle"));
    /* hard negative: a venue in a clause of its own */
    e = one_meeting("President Joe Biden met today with King Charles III, who recalled a concert "
                    "at Windsor Castle.",
                    "Biden", "Charles");
    NT_CHECK(e->location_name == NULL);
}

/* A headline's "Meeting with X" over a lead sentence that places X right
 * after the name ("received X in the Kremlin") is placed there; a place
 * further on is a topic ("discussed the situation in Iraq"). */
static void test_headline_lead_place(void **state)
{
    (void)state;
    nt_run_source("t1", "President of Russia (en.kremlin.ru)", PUB,
                  "Meeting with Minister President of Bavaria Markus Soeder",
                  "Vladimir Putin received Minister President of the federal German state of "
                  "Bavaria Markus Soeder in the Kremlin.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Soeder");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Kremlin"));
    /* hard negative */
    nt_run_source("t1", "President of Russia (en.kremlin.ru)", PUB,
                  "Meeting with Minister President of Bavaria Markus Soeder",
                  "Vladimir Putin received Minister President of the federal German state of "
                  "Bavaria Markus Soeder to discuss the situation in Moscow.");
    e = nt_with_party(NSV_EV_MEETING, "Soeder");
    NT_CHECK(e && !e->location_name);
}

/* A headline's meeting with no place is where the body's lead sentence
 * has one of its parties arrive ("Mr Holm and Mr Ndong, who arrived in
 * Oslo the day before, discussed"); an arrival of no party of it places
 * nothing. */
static void test_headline_lead_visit_place(void **state)
{
    (void)state;
    nt_run_source("t1", "Test Wire", PUB, "Prime Minister Lars Holm met President Paul Ndong",
                  "While at the negotiation table, Prime Minister Lars Holm and President Paul "
                  "Ndong, who arrived in Oslo the day before on his first official visit, "
                  "discussed bilateral trade.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Oslo"));
    /* hard negative: the one who arrives is no party of the meeting */
    nt_run_source("t1", "Test Wire", PUB, "Prime Minister Lars Holm met President Paul Ndong",
                  "Foreign Minister Erik Dahl arrived in Oslo the day before on a working visit.");
    e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && !e->location_name);
}

/* A date between the guest's name and the place ("met with X on October
 * 25, 2024, in Oslo") or opening the sentence ("On August 23 in Sochi, X
 * met"): the place still is the meeting's; one further on is a topic. */
static void test_place_after_date_phrase(void **state)
{
    (void)state;
    const char *title = "Prime Minister Lars Holm’s Meeting with President Paul Ndong";
    nt_run_source("t1", "Test Wire", PUB, title,
                  "Prime Minister Lars Holm met with President Paul Ndong on October 25, 2024, "
                  "in Oslo, to discuss trade.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Oslo"));
    /* hard negative: the place ends the topic */
    nt_run_source("t1", "Test Wire", PUB, title,
                  "Prime Minister Lars Holm met with President Paul Ndong on October 25, 2024, "
                  "to discuss trade, which is growing in Oslo.");
    e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && !e->location_name);
    nt_run(PUB, "On August 23 in Sochi, Prime Minister Lars Holm met with President Paul Ndong.");
    e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Sochi"));
    /* hard negative */
    nt_run(PUB, "On August 23, Prime Minister Lars Holm met with President Paul Ndong, and "
                "spoke about investment in Sochi.");
    e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && !e->location_name);
}

/* A headline's meeting over a lead "X met with Y of Z today at the White
 * House": an "at" place after the guests, before the purpose
 * ("to discuss ... at") or a clause of its own ("while X waited at"),
 * places it; a bare "held in" is another gathering's
 * participle ("the summit held in Oslo"). */
static void test_headline_lead_at_after_guests(void **state)
{
    (void)state;
    /* (the headline's office is not the lead guest's: a headline guest
     * of the lead guest's office would be that guest, one meeting) */
    const char *title = "Readout of Prime Minister Lars Holm’s Meeting with the President of "
                        "Norway’s Sami Parliament";
    nt_run_source("t1", "Test Wire", PUB, title,
                  "Prime Minister Lars Holm met with Prime Minister Aili Keskitalo of Norway’s "
                  "Sami Parliament today at the White House.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Sami");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "White House"));
    /* hard negatives */
    nt_run_source("t1", "Test Wire", PUB, title,
                  "Prime Minister Lars Holm met with Prime Minister Aili Keskitalo of Norway’s "
                  "Sami Parliament today to discuss the exhibition at the White House.");
    e = nt_with_party(NSV_EV_MEETING, "Sami");
    NT_CHECK(e && !e->location_name);
    nt_run_source("t1", "Test Wire", PUB, title,
                  "Prime Minister Lars Holm met with Prime Minister Aili Keskitalo of Norway’s "
                  "Sami Parliament today, while the staff waited at the White House.");
    e = nt_with_party(NSV_EV_MEETING, "Sami");
    NT_CHECK(e && !e->location_name);
    nt_run_source("t1", "Test Wire", PUB, title,
                  "Prime Minister Lars Holm said that the summit held in Oslo was useful.");
    e = nt_with_party(NSV_EV_MEETING, "Sami");
    NT_CHECK(e && !e->location_name);
}

/* "Last evening, in Sochi, X held a meeting", "spoke yesterday evening
 * with": the evening before the item's day, and the place the opening
 * gives; a place further on, after a comma, is a topic. */
static void test_last_evening_opening_place(void **state)
{
    (void)state;
    nt_run(PUB, "Last evening, in Sochi, Prime Minister Lars Holm held a meeting with President "
                "Paul Ndong.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Sochi"));
    NT_CHECK(e && !strcmp(e->date, "2022-12-08"));
    /* hard negative */
    nt_run(PUB, "Last evening, Prime Minister Lars Holm held a meeting with President Paul Ndong, "
                "and spoke about investment in Sochi.");
    e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && !e->location_name);
    NT_CHECK(e && !strcmp(e->date, "2022-12-08"));
}

/* A planned headline meeting over a lead "X will hold talks in Sochi with
 * Y": the place right after the held noun places it, as a lead places an
 * actual one; a place after the topic does not. */
static void test_headline_planned_lead_place(void **state)
{
    (void)state;
    const char *title = "On March 10, Lars Holm will meet with President of Gabon Paul Ndong";
    nt_run_source("t1", "Test Wire", PUB, title,
                  "On March 10, Prime Minister Lars Holm will hold talks in Sochi with President "
                  "of the Gabonese Republic Paul Ndong, who will be on a working visit.");
    const nsv_event *e = NULL;
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].evidence_in_title)
            e = &nt.ev[i];
    NT_CHECK(e && e->modality == NSV_MOD_PLANNED && e->location_name &&
             !strcmp(e->location_name, "Sochi"));
    /* hard negative */
    nt_run_source("t1", "Test Wire", PUB, title,
                  "On March 10, Prime Minister Lars Holm will hold talks with President of the "
                  "Gabonese Republic Paul Ndong on investment in Sochi.");
    e = NULL;
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].evidence_in_title)
            e = &nt.ev[i];
    NT_CHECK(e && !e->location_name);
}

/* A headline's meeting over a lead that opens with its place ("On August
 * 23 in Sochi, X will meet with Y"); an opening compound's first part
 * ("At the Norway-Gabon Summit,") names no place. */
static void test_headline_lead_opening_place(void **state)
{
    (void)state;
    nt_run_source("t1", "Test Wire", PUB,
                  "Lars Holm will meet with President Paul Ndong on August 23",
                  "On August 23 in Sochi, the Prime Minister Lars Holm will meet with President of "
                  "the Gabonese Republic Paul Ndong, who will be on a working visit.");
    const nsv_event *e = NULL;
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].evidence_in_title)
            e = &nt.ev[i];
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Sochi"));
    /* hard negative */
    nt_run(PUB, "At the Norway-Gabon Summit, Prime Minister Lars Holm met with President Paul "
                "Ndong.");
    e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && !e->location_name);
}

/* A planned headline meeting over a lead "X will meet with Y, who will be
 * in Oslo on an official visit": the planned visit's place; a stay that is
 * no visit ("for a concert") places nothing. */
static void test_headline_planned_visit_place(void **state)
{
    (void)state;
    const char *title = "On March 10, Lars Holm will meet with President of Gabon Paul Ndong";
    nt_run_source("t1", "Test Wire", PUB, title,
                  "On March 10, Prime Minister Lars Holm will meet with President of the Gabonese "
                  "Republic Paul Ndong, who will be in Oslo on an official visit.");
    const nsv_event *e = NULL;
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].evidence_in_title)
            e = &nt.ev[i];
    NT_CHECK(e && e->modality == NSV_MOD_PLANNED && e->location_name &&
             !strcmp(e->location_name, "Oslo"));
    /* hard negative */
    nt_run_source("t1", "Test Wire", PUB, title,
                  "On March 10, Prime Minister Lars Holm will meet with President of the Gabonese "
                  "Republic Paul Ndong, who will be in Oslo for a concert.");
    e = NULL;
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].evidence_in_title)
            e = &nt.ev[i];
    NT_CHECK(e && !e->location_name);
}

/* A planned meeting with a guest "who will be in Oslo on an official
 * visit" in its sentence is planned there; a stay that is no visit is not. */
static void test_planned_guest_visit_place(void **state)
{
    (void)state;
    nt_run(PUB, "Prime Minister Lars Holm will meet with President of the Gabonese Republic Paul "
                "Ndong, who will be in Oslo on an official visit.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && e->modality == NSV_MOD_PLANNED && e->location_name &&
             !strcmp(e->location_name, "Oslo"));
    /* hard negative */
    nt_run(PUB, "Prime Minister Lars Holm will meet with President of the Gabonese Republic Paul "
                "Ndong, who will be in Oslo for a concert.");
    e = nt_with_party(NSV_EV_MEETING, "Ndong");
    NT_CHECK(e && !e->location_name);
}

/* "met with X in Bergen on the sidelines of the Nordic Council Summit":
 * the summit is where its side talks are; talks with no place of their own
 * place it nowhere ("and later flew to Bergen"). */
static void test_sidelines_summit_place(void **state)
{
    (void)state;
    nt_run(PUB, "Prime Minister Lars Holm met with President Paul Ndong in Bergen on the sidelines "
                "of the Nordic Council Summit.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Nordic Council");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Bergen"));
    /* hard negative */
    nt_run(PUB, "Prime Minister Lars Holm met with President Paul Ndong on the sidelines of the "
                "Nordic Council Summit, and later flew to Bergen.");
    e = nt_with_party(NSV_EV_MEETING, "Nordic Council");
    NT_CHECK(e && !e->location_name);
}

/* A headline's meeting over a lead "X met today at the White House with
 * Y": the place right after the lead's meeting verb; not a meeting the lead
 * only plans. */
static void test_headline_lead_verb_place(void **state)
{
    (void)state;
    const char *title = "Readout of National Security Advisor Tom Reyes’s Meeting with Indian "
                        "External Affairs Minister Rao";
    nt_run_source("t1", "The White House (whitehouse.gov)", PUB, title,
                  "National Security Advisor Tom Reyes met today at the White House with Indian "
                  "External Affairs Minister Dr. S. Rao to review progress.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Rao");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "White House"));
    /* hard negative: a meeting to come; the headline's meeting folds into
     * it, so Paris is the planned meeting's place, never an actual one's */
    nt_run_source("t1", "The White House (whitehouse.gov)", PUB, title,
                  "National Security Advisor Tom Reyes will meet in Paris with Indian External "
                  "Affairs Minister Dr. S. Rao to review progress.");
    e = nt_with_party(NSV_EV_MEETING, "Rao");
    NT_CHECK(e);
    for (size_t i = 0; i < nt.n; i++)
        NT_CHECK(nt.ev[i].type != NSV_EV_MEETING || nt.ev[i].modality != NSV_MOD_ACTUAL ||
                 !nt.ev[i].location_name);
}

/* "held a meeting with Government members", "met with the Cabinet": the
 * state's executive by its bare head word is the body met. */
static void test_bare_polity_met(void **state)
{
    (void)state;
    one_meeting(PUTIN " held a regular meeting with Government members.", "Putin", "Government");
    one_meeting(PUTIN " held a meeting with the Cabinet on Monday.", "Putin", "Cabinet");
    one_meeting("Mayor Tom Reyes met with Cabinet members on the budget.", "Reyes", "Cabinet");
    /* a phrase of time ends the body's name as a preposition does */
    one_meeting(PUTIN " held a traditional meeting with Government members ahead of the New Year.",
                "Putin", "Government");
    one_meeting(PUTIN " held the last meeting with Government members this year at the Government "
                      "House.",
                "Putin", "Government");
    /* hard negatives: no named side; the body's own people as a possessive;
     * "this" opening a longer phrase that goes on with the body's people */
    no_actual_meeting("The Government held a meeting with the Cabinet.");
    no_actual_meeting(PUTIN " met with the Government's economic team.");
    no_actual_meeting(PUTIN " held a meeting with Government members this newspaper "
                            "interviewed.");
}

/* "met with President X of France and Chancellor Y of Germany": the list
 * reads on across each person's country */
static void test_list_across_of_country(void **state)
{
    (void)state;
    nt_run(PUB, "President Joe Biden met today with President Emmanuel Macron of France and "
                "Chancellor Olaf Scholz of Germany.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Biden") && nt_has_party(e, "Macron") && nt_has_party(e, "Scholz"));
    /* hard negative: with no side of its own the list makes no meeting of
     * its members */
    nt_run(PUB, "Immediately upon hearing this news, I spoke with King Abdullah II of Jordan, and "
                "Prime Minister Benjamin Netanyahu of Israel.");
    e = nt_with_party(NSV_EV_MEETING, "Netanyahu");
    NT_CHECK(!e || !nt_has_party(e, "Abdullah"));
}

/* "The Russian and Armenian Presidents met in the Kremlin": the leaders
 * named by their demonyms stand for their countries */
static void test_demonym_leaders_met(void **state)
{
    (void)state;
    nt_run(PUB, "The Russian and Armenian Presidents met in the Kremlin.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Russia") && nt_has_party(e, "Armenia"));
    nt_run(PUB, "The Russian, Azerbaijani and Kazakh Presidents also held a meeting.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Azerbaijan") && nt_has_party(e, "Kazakhstan"));
    /* hard negatives: one demonym; no meeting verb */
    nt_run(PUB, "The Russian Presidents met in the Kremlin.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "The Russian and Chinese leaders signed a treaty.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "met with paediatric surgeon X", "met with Minister of Construction,
 * Housing and Utilities X": the named person after a description the title
 * lexicon does not hold is the counterpart */
static void test_person_after_description(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting(PUTIN " met with paediatric surgeon Leonid Tamarov.", "Putin", "Tamarov");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL && e->n_participants == 2);
    one_meeting(PUTIN " met with Minister of Transport, Roads and Bridges Sergei Dorov.", "Putin",
                "Dorov");
    one_meeting(PUTIN " had a meeting with head of the party faction in the State Duma Sergei "
                      "Dorov as part of his meetings with faction leaders.",
                "Putin", "Dorov");
    /* hard negatives: a place phrase first; a new clause whose subject
     * speaks; a participle clause */
    nt_run(PUB, PUTIN " met in the Kremlin with workers, and Governor Sergei Dorov told reporters "
                      "the plant would reopen.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Dorov") == NULL);
    nt_run(PUB, PUTIN " met with families of workers killed in the blast with Sergei Dorov.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Dorov") == NULL);
    nt_run(PUB, PUTIN " met with the staff of engineer Sergei Dorov visited the plant.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Dorov") == NULL);
    /* a name with no known first name: a singular description noun right
     * before it tells a person */
    one_meeting(PUTIN " met with Olympic judo champion Yasuhiro Tamarov.", "Putin", "Tamarov");
    one_meeting("Mayor Tom Reyes held talks with the designer Yasuhiro Lacroix.", "Reyes",
                "Lacroix");
    /* hard negatives: a capital or "and" before an unknown name (a body or
     * a place read as one) */
    nt_run(PUB, PUTIN " met with WWII veterans and Kuban Cossacks.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Kuban Cossacks") == NULL);
    nt_run(PUB, PUTIN " met with representatives of the Russian Ice Hockey.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Ice Hockey") == NULL);
    /* a headline written as a sentence tells its description from the
     * name as the body does */
    nt_run_source("t1", "President of Russia (en.kremlin.ru)", PUB,
                  "President Vladimir Putin met with paediatric surgeon Leonid Tamarov",
                  "The President thanked the doctors.");
    const nsv_event *h = nt_with_party(NSV_EV_MEETING, "Tamarov");
    NT_CHECK(h && nt_has_party(h, "Putin") && h->modality == NSV_MOD_ACTUAL);
    /* hard negative: in the headline too a topic ends the search */
    nt_run_source("t1", "President of Russia (en.kremlin.ru)", PUB,
                  "President Vladimir Putin met with surgeons about engineer Leonid Tamarov",
                  "The President thanked the doctors.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Tamarov") == NULL);
}

/* "X held a meeting with permanent members of the Security Council, via
 * videoconference. [paragraphs] Taking part in the meeting were A, B": the
 * roster goes with the sentence's meeting, not its format noun, past a
 * planned summit and a few paragraphs of what was discussed */
static void test_roster_past_format_and_plans(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin held a brief meeting with the permanent members of the Security "
                "Council, via videoconference.\n\nThe participants discussed the economy.\n\nThey "
                "also spoke of the upcoming CSTO summit.\n\nThe situation in the region was "
                "discussed too.\n\nTaking part in the meeting were Prime Minister Mikhail Dorov "
                "and Defence Minister Sergei Tamarov.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Security Council");
    NT_CHECK(e && nt_has_party(e, "Putin") && nt_has_party(e, "Dorov") &&
             nt_has_party(e, "Tamarov"));
    /* hard negatives: bilateral talks take no roster; nor a meeting six
     * paragraphs up */
    nt_run(PUB, "Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev, via "
                "videoconference.\n\nTaking part in the meeting were Prime Minister Mikhail "
                "Dorov and Defence Minister Sergei Tamarov.");
    e = nt_with_party(NSV_EV_MEETING, "Tokayev");
    NT_CHECK(e && !nt_has_party(e, "Dorov"));
    nt_run(PUB, "Vladimir Putin held a meeting with permanent members of the Security Council."
                "\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\nTaking part in the meeting were Prime "
                "Minister Mikhail Dorov and Defence Minister Sergei Tamarov.");
    e = nt_with_party(NSV_EV_MEETING, "Security Council");
    NT_CHECK(e && !nt_has_party(e, "Dorov"));
}

/* "I had an important conversation with X", "Today I met with X" in the
 * President's own words: adjectives before the noun and "met with" reach the
 * first person too */
static void test_first_person_adjective_and_met(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    nt_run_source(
        "t-f1", ukr, "2022-05-20", "Volodymyr Zelenskyy: We will prevail",
        "Fellow Ukrainians! I had an important conversation with Prime Minister Mark Tamm "
        "of Estonia. Today I met with President Ivan Dorov in Kyiv.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy"));
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy"));
    /* hard negatives: a verb between "I" and the noun; another author */
    nt_run_source(
        "t-f2", ukr, "2022-05-20", "Volodymyr Zelenskyy: We will prevail",
        "Fellow Ukrainians! I welcomed the productive talks of Prime Minister Mark Tamm.");
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e == NULL || !nt_has_party(e, "Zelenskyy"));
    nt_run_source("t-f3", ukr, "2022-05-20", "Speech by Head of the Office Andriy Yermak",
                  "Thank you. Today I met with President Ivan Dorov.");
    e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e == NULL || !nt_has_party(e, "Zelenskyy"));
}

/* "talks ... that ended recently in Beijing", "the Diia Summit, which is
 * taking place in Kyiv", "..., which is underway in Ufa": a relative clause
 * saying the meeting runs or ran places it; one about a state of affairs
 * ("the conflict, which began in Idlib") does not */
static void test_running_clause_places_meeting(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        PUTIN " held talks with " ERDOGAN ", which ended yesterday in Sochi.", "Putin", "Erdoğan");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Sochi"));
    nt_run(PUB, PUTIN " spoke at the Valdai Forum, which is taking place in Sochi.");
    e = nt_with_party(NSV_EV_MEETING, "Valdai Forum");
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Sochi"));
    e = one_meeting(PUTIN " held talks with " ERDOGAN ", which are underway in Sochi.", "Putin",
                    "Erdoğan");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Sochi"));
    /* hard negatives: a state of affairs began there; a draw is no place */
    e = one_meeting(PUTIN " met with " ERDOGAN " amid the conflict, which began in Idlib.", "Putin",
                    "Erdoğan");
    NT_CHECK(!e->location_name);
    e = one_meeting(PUTIN " met with " ERDOGAN " amid the conflict that began in Idlib.", "Putin",
                    "Erdoğan");
    NT_CHECK(!e->location_name);
    e = one_meeting(PUTIN " held talks with " ERDOGAN ", which ended in a deadlock.", "Putin",
                    "Erdoğan");
    NT_CHECK(!e->location_name);
}

/* "met with members of the public in the Ivanovo Region": a region's name
 * after "in the" (words.tsv area) is the place, though the gazetteer lacks
 * it; another capitalised run after "the" is not, nor a crisis's region */
static void test_region_after_the_places_meeting(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting(PUTIN " met with Governor Ivan Dorov in the Ivanovo Region.", "Putin", "Dorov");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Ivanovo Region"));
    e = one_meeting(PUTIN " met with Governor Ivan Dorov in the Primorye Territory.", "Putin",
                    "Dorov");
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Primorye Territory"));
    /* hard negatives: a museum's name; the crisis in a region */
    e = one_meeting(PUTIN " met with Governor Ivan Dorov in the Ivanovo Museum.", "Putin", "Dorov");
    NT_CHECK(!e->location_name);
    e = one_meeting(PUTIN " met with Governor Ivan Dorov amid the crisis in the Ivanovo Region.",
                    "Putin", "Dorov");
    NT_CHECK(!e->location_name);
}

/* "had a telephone conversation with X, who completed her term on December
 * 8": a person's relative clause dates its own verb, not the call (which
 * falls on the published day); "which took place on ..." dates the event */
static void test_who_clause_date(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(PUTIN " had a telephone conversation with Angela Dorov, who "
                                           "completed her term as chancellor on December 2.",
                                     "Putin", "Dorov");
    NT_CHECK(!strcmp(e->date, PUB));
    e = one_meeting(PUTIN " spoke with Governor Ivan Dorov, who will travel to the region "
                          "tomorrow.",
                    "Putin", "Dorov");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL && !strcmp(e->date, PUB));
    /* hard negative: a relative clause of the meeting itself */
    e = one_meeting(PUTIN " held talks with " ERDOGAN ", which took place in Sochi on December 2.",
                    "Putin", "Erdoğan");
    NT_CHECK(!strcmp(e->date, "2022-12-02"));
}

/* "the Russian-Turkish talks will continue", "talks would commence", "a
 * meeting may be held": the bare meeting noun as the subject of a modal has
 * not happened; held talks and a noun after a preposition stay actual */
static void test_noun_subject_of_modal(void **state)
{
    (void)state;
    no_actual_meeting("The Russian-Turkish talks will continue the following day in Ankara in "
                      "expanded format.");
    no_actual_meeting("The Russian-Indian consultations will focus on trade.");
    no_actual_meeting("Russian-Indian talks, which are to be based on trade, were discussed.");
    /* the parties' own verb a modal, far from the noun */
    no_actual_meeting("Indian oil minister Ravi Dorov and Russian energy minister Ivan Tamarov "
                      "would discuss the future of the refinery at a meeting on Tuesday.");
    /* hard negatives: past talks; the noun after a preposition */
    one_meeting("The Russian-Turkish talks took place in Ankara on Friday.", "Russia", "Turkey");
    const nsv_event *e = one_meeting(PUTIN " held talks with " ERDOGAN
                                           ". The proposals made during the talks will be "
                                           "studied.",
                                     "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    e = one_meeting("Indian oil minister Ravi Dorov and Russian energy minister Ivan Tamarov "
                    "discussed the future of the refinery at a meeting on Tuesday.",
                    "Dorov", "Tamarov");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
}

/* "met with Chinese Communist Party Politburo Member and Director of the
 * Office of the Foreign Affairs Commission X", "met Federal Reserve Board
 * Chairman X": the person after a long title chain is met, and the body
 * named in it is whom they act for, no second party; a body with no person
 * after its title stays the party */
static void test_body_title_chain_person(void **state)
{
    (void)state;
    nt_run(PUB, "National Security Advisor Jake Sullivan met today with Chinese Communist Party "
                "Politburo Member and Director of the Office of the Foreign Affairs Commission "
                "Wang Dorov in Rome.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Wang Dorov");
    NT_CHECK(e && nt_has_party(e, "Sullivan") && e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(e && !nt_has_party(e, "Communist Party") && e->n_participants == 2);
    nt_run(PUB, "Finance Minister Ivan Tamarov met Federal Reserve Board Chairman Paul Dorov "
                "on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Paul Dorov");
    NT_CHECK(e && nt_has_party(e, "Tamarov") && !nt_has_party(e, "Federal Reserve"));
    /* hard negatives: a body met with no person after it is the party */
    nt_run(PUB, "Finance Minister Ivan Tamarov met the UN delegation on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Tamarov");
    NT_CHECK(e && nt_has_party(e, "UN"));
    nt_run(PUB, "Finance Minister Ivan Tamarov met the Federal Reserve Board on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Tamarov");
    NT_CHECK(e && nt_has_party(e, "Federal Reserve"));
    /* hard negative: no person after the body's words */
    nt_run(PUB, "President Biden hosted the Democratic members of the Senate Judiciary Committee "
                "in the Oval Office.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Oval Office") == NULL);
}

/* "talks between the Presidents of the United States and Russia", "spoke
 * with the Prime Ministers of Bulgaria and Croatia": the states after the
 * group are the parties, not the presidents named before */
static void test_group_of_states(void **state)
{
    (void)state;
    nt_run(PUB, "President Ivan Dorov spoke with President Recep Tayyip Erdoğan on Monday. "
                "Dorov welcomed the talks between the Presidents of the United States and "
                "Russia on Friday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "United States");
    NT_CHECK(e && nt_has_party(e, "Russia") && !nt_has_party(e, "Erdoğan") &&
             !nt_has_party(e, "Dorov"));
    /* hard negative: the group with no states after it is the people named */
    nt_run(PUB, "President Ivan Dorov met President Recep Tayyip Erdoğan in Ankara on Friday. "
                "The talks between the presidents lasted three hours.");
    e = nt_with_party(NSV_EV_MEETING, "Erdoğan");
    NT_CHECK(e && nt_has_party(e, "Dorov") && !nt_has_party(e, "Russia"));
}

/* A relative clause: "X, a UK investment banker who has held talks with
 * Y" is X's meeting; "Z, which combines the Paris and Lisbon exchanges,
 * began talks" and "councillors who back X met Y" name no subject in the
 * clause */
static void test_relative_clause_subject(void **state)
{
    (void)state;
    nt_run(PUB, "Ivan Dorov, a UK investment banker who has held talks with Borussia Dortmund "
                "over a bond sale, said the club needs capital.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Borussia Dortmund");
    NT_CHECK(e && nt_has_party(e, "Dorov") && !nt_has_party(e, "United Kingdom"));
    nt_run(PUB, "The Exchange Group, which combines the Paris, Amsterdam and Lisbon stock "
                "exchanges, also began talks with the LSE.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Portugal") == NULL);
    nt_run(PUB, "Two local councillors who back Ivan Dorov met Mark Tamarov in Arundel.");
    e = nt_with_party(NSV_EV_MEETING, "Tamarov");
    NT_CHECK(e == NULL || !nt_has_party(e, "Dorov"));
    /* hard negatives: the antecedent named before "who"; "after which he
     * met" has no relative clause object */
    e = one_meeting("Finance Minister Ivan Dorov, who arrived in Ankara on Monday, held talks "
                    "with " ERDOGAN ".",
                    "Dorov", "Erdoğan");
    nt_run(PUB, "King Harald received " PUTIN " in the morning, after which he met with Prime "
                "Minister Kjell Bondevik.");
    e = nt_with_party(NSV_EV_MEETING, "Bondevik");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL);
}

/* "Governor of the Ural-Volga Autonomous Area – Lesnaya Irina Petrova": a
 * hyphenated region's name (and a dash inside it) is the office, the
 * governor the party */
static void test_hyphenated_region_governor(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Vladimir Putin held a meeting with Governor of the "
                                     "Ural-Volga Autonomous Area – Lesnaya Natalya Petrova.",
                                     "Putin", "Natalya Petrova");
    NT_CHECK(!nt_has_party(e, "Ural-Volga Autonomous Area"));
    e = one_meeting("Vladimir Putin met with Governor of Ural-Volga Autonomous Area Dmitry "
                    "Sokolov.",
                    "Putin", "Dmitry Sokolov");
    NT_CHECK(!nt_has_party(e, "Ural-Volga Autonomous Area Dmitry"));
    /* hard negative: a hyphenated region alone is no person */
    nt_run(PUB, "Vladimir Putin met with the Governor of the Ural-Volga Autonomous Area.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Ural-Volga Autonomous Area Dmitry"));
}

/* "held a meeting, via videoconference, with X": the format set off by
 * commas stands between the cue and its counterpart; "met with X, via
 * videoconference." names the format of that meeting, no second one */
static void test_format_aside(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Vladimir Putin held a meeting, via videoconference, with "
                                     "Governor of Tula Region Alexei Dyumin.",
                                     "Putin", "Dyumin");
    NT_CHECK(e->format == NSV_FORMAT_VIDEO);
    e = one_meeting("Vladimir Putin had a long conversation, via videoconference, with President "
                    "of the French Republic Emmanuel Macron.",
                    "Putin", "Macron");
    NT_CHECK(e->format == NSV_FORMAT_VIDEO);
    e = one_meeting("Vladimir Putin held a meeting with Governor of Tula Region Alexei Dyumin, "
                    "via videoconference.",
                    "Putin", "Dyumin");
    NT_CHECK(e->format == NSV_FORMAT_VIDEO);
    /* the roster of "the meeting" after a video meeting joins it */
    nt_run(PUB, "Vladimir Putin held a meeting, via videoconference, with permanent members of "
                "the Security Council.\n\nThe meeting was attended by Prime Minister Mikhail "
                "Mishustin and Foreign Minister Sergei Lavrov.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Putin") && nt_has_party(e, "Lavrov") &&
             nt_has_party(e, "Security Council"));
    /* the aside between the hold verb and its meeting noun, and between
     * the noun and its "of" */
    one_meeting("The President Vladimir Putin held, via videoconference, a traditional meeting "
                "with Government members ahead of the New Year holidays.",
                "Putin", "Government");
    one_meeting("Vladimir Putin held a meeting, via videoconference, of the Military-Industrial "
                "Commission.",
                "Putin", "Military-Industrial Commission");
    /* hard negatives: an aside that is no format ("in Sochi") holds no
     * "with", nor a verb before its noun */
    no_actual_meeting("Vladimir Putin held a meeting, in Sochi, with Alexei Dyumin.");
    no_actual_meeting("Vladimir Putin held, in Sochi, a meeting with Government members.");
}

/* "X negotiated with Y": the talks themselves, with a named party only */
static void test_negotiated_with(void **state)
{
    (void)state;
    one_meeting("President Vladimir Putin negotiated with Portuguese President Jorge Sampaio.",
                "Putin", "Sampaio");
    one_meeting("Mr Putin thanked First Deputy Prime Minister Mikhail Kasyanov, who negotiated "
                "with the London Club, for the result.",
                "Kasyanov", "London Club");
    /* talks under way: "China is negotiating with Pakistan to buy cotton" */
    one_meeting("China is negotiating with Pakistan to buy 5,000 tonnes of cotton.", "China",
                "Pakistan");
    /* hard negatives: a denial, and a passive with no one named */
    no_actual_meeting("The company said it had not negotiated with the agency.");
    no_actual_meeting("The discount was negotiated with its banking syndicate last year.");
    /* no one named after "with": the subject is the one party, as after
     * "is in talks with creditor banks" (no lenders' party); a denial of
     * talks under way is none */
    nt_run(PUB, "Harlow Steel Corp is negotiating with its bank lenders for a facility.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 1);
    no_actual_meeting("China is not negotiating with Pakistan on cotton.");
}

/* "Participants included representatives from:", "Joining the call were
 * the following leaders:", "Participants in the meeting:": a roster's colon
 * after its people word or the meeting noun, with a roster word before it;
 * "membership is comprised of the following officials:" is no roster. */
static void test_roster_after_people_word(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt convened a meeting with housing advocates on rents.\n\n"
                "Participants included representatives from:\n\n"
                "- Harbor Tenants Association\n"
                "- Westside Housing Coalition\n");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Holt") && nt_has_party(e, "Harbor Tenants Association") &&
             nt_has_party(e, "Westside Housing Coalition"));
    nt_run(PUB, "Mayor Ann Holt held a meeting with regional leaders on the floods.\n\n"
                "Joining the meeting were the following leaders:\n\n"
                "- Council Member Rita Gomez\n"
                "- Senator Paul Brandt\n");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    /* hard negative: a body's membership is no meeting's roster */
    nt_run(PUB, "Mayor Ann Holt convened a meeting with housing advocates on rents.\n\n"
                "The Task Force membership is comprised of the following officials:\n\n"
                "- Council Member Rita Gomez\n"
                "- Senator Paul Brandt\n");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Holt") && !nt_has_party(e, "Gomez"));
}

/* "The meeting participants included:" and a list, then "From the White
 * House:" and more lines: a title-case heading with its own colon inside
 * the roster keeps the list going; a line of prose ending with a colon
 * ends it. */
static void test_roster_heading_colon(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Ann Holt convened a meeting with housing advocates on rents.\n\n"
                "The meeting participants included:\n\n"
                "- Rita Gomez, President of the Harbor Tenants Association\n"
                "- Paul Brandt, Director of the Westside Housing Coalition\n\n"
                "From the White House:\n\n"
                "- Dana Ellis, Deputy Counsel to the President\n"
                "- Mark Osei, Senior Advisor to the President\n");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt") &&
             nt_has_party(e, "Dana Ellis") && nt_has_party(e, "Mark Osei"));
    /* hard negative: a sentence ending with a colon is no heading */
    nt_run(PUB, "Mayor Ann Holt convened a meeting with housing advocates on rents.\n\n"
                "The meeting participants included:\n\n"
                "- Rita Gomez, President of the Harbor Tenants Association\n"
                "- Paul Brandt, Director of the Westside Housing Coalition\n\n"
                "The mayor later thanked her predecessors:\n\n"
                "- Dana Ellis, Mayor from 2001 to 2009\n");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt") &&
             !nt_has_party(e, "Dana Ellis"));
}

/* "Also taking part in the meeting were A and B; Chairman of the Board
 * of the Eurasian Economic Commission C": a semicolon parts a roster's
 * groups as a comma does; after it a name that opens a clause of its own
 * ("; President X later held talks") is no attendee. */
static void test_roster_semicolon(void **state)
{
    (void)state;
    nt_run(PUB,
           "Vladimir Putin took part in a meeting of the Supreme Eurasian Economic Council.\n\n"
           "Also taking part in the meeting were President of Belarus Alexander Lukashenko "
           "and President of Kazakhstan Kassym-Jomart Tokayev; Chairman of the Board of "
           "the Eurasian Economic Commission Mikhail Myasnikovich, and Chairman of the "
           "Board of the Eurasian Development Bank Nikolai Podguzov.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Lukashenko") && nt_has_party(e, "Tokayev") &&
             nt_has_party(e, "Myasnikovich") && nt_has_party(e, "Podguzov"));
    /* hard negative: a clause after the semicolon */
    nt_run(PUB,
           "Vladimir Putin took part in a meeting of the Supreme Eurasian Economic Council.\n\n"
           "Also taking part in the meeting were President of Belarus Alexander Lukashenko "
           "and President of Kazakhstan Kassym-Jomart Tokayev; President of Tajikistan "
           "Emomali Rahmon later held separate talks in Dushanbe.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Lukashenko") && nt_has_party(e, "Tokayev") &&
             !nt_has_party(e, "Rahmon"));
}

/* "The CIS Council of Heads of State met in Minsk", "NATO leaders met
 * today": an international group said to meet is a meeting of its own
 * (GUIDE); a plan or a verb with an object is none. */
static void test_group_met(void **state)
{
    (void)state;
    nt_run(PUB, "The CIS Council of Heads of State met in Minsk on Friday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "CIS"));
    nt_run(PUB, "NATO leaders met today to discuss the war.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "NATO"));
    nt_run(PUB, "Prices fell when the International Coffee Organisation (ICO) met in February.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negatives: a plan, an object, a group that is no subject */
    no_actual_meeting("European Union finance ministers meet on Thursday to discuss aid.");
    no_actual_meeting("The EU met its climate targets last year.");
    no_actual_meeting("Talks with NATO met strong resistance in parliament.");
}

/* "EU leaders at a summit in Lisbon pledged", "At their meeting in London,
 * G7 finance ministers backed", "EU finance ministers meeting in Brussels
 * agreed": a group's people placed at a meeting named by its place only
 * are the group's meeting there (GUIDE: the group is said to meet).  A plan,
 * no place or no people's word makes none. */
static void test_group_people_placed_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "In 2000, EU leaders at a summit in Lisbon pledged the economy would grow.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "European Union"));
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Lisbon"));
    nt_run(PUB,
           "At their meeting in London, G7 finance ministers backed plans to write off debts.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "G7"));
    NT_CHECK(e->location_name && !strcmp(e->location_name, "London"));
    nt_run(PUB, "EU finance ministers meeting in Brussels on Friday agreed to change the rules.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "European Union"));
    /* the G8 is a group of states; Gleneagles a place */
    nt_run(PUB, "G8 leaders meeting in Gleneagles agreed to double aid to Africa.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "G8"));
    NT_CHECK(e->location_name && !strcmp(e->location_name, "Gleneagles"));
    /* hard negatives: a plan, no place, no people, a fulfilled target */
    no_actual_meeting("NATO leaders meeting in Brussels next week will discuss Iraq.");
    no_actual_meeting("EU leaders meeting in Brussels will discuss the budget.");
    no_actual_meeting("At their meeting in London, G7 finance ministers will discuss debt.");
    no_actual_meeting("Ahead of their meeting in London, G7 finance ministers said growth was "
                      "weak.");
    no_actual_meeting("Rival fans at a meeting in Glasgow pledged to end bigotry.");
    no_actual_meeting("EU leaders at the summit will discuss the budget.");
    no_actual_meeting("At the meeting in London, the EU said it would help.");
    no_actual_meeting("The study asked how far the EU has moved towards meeting its economic "
                      "targets.");
}

/* "EC farm ministers early today abandoned talks", "OPEC ministers ended
 * their talks": an international group that ends or takes up talks held
 * them; the wire's dateline dash opens the clause.  A named counterpart
 * is the other rules', a group that is no subject makes none. */
static void test_group_ended_talks(void **state)
{
    (void)state;
    nt_run(PUB, "BRUSSELS, March 3 - European Community (EC) farm ministers early today "
                "abandoned talks aimed at saving an agreement on milk.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "European Community"));
    nt_run(PUB, "OPEC ministers ended their talks in Vienna on Friday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "OPEC"));
    /* a hyphened modifier; a relative clause after the group */
    nt_run(PUB, "European Community (EC) agriculture ministers ended a three-day meeting in "
                "Luxembourg still deeply divided.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "Diplomats said EC farm ministers, who earlier this week ended another marathon "
                "negotiating session, achieved more than ever before.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "European Community"));
    no_actual_meeting("Diplomats said EC farm ministers, who began to doubt talks, left early.");
    /* hard negatives: no group, a group that is no subject, no phase verb */
    no_actual_meeting("Prices ended talks of a rally on Friday.");
    no_actual_meeting("Traders said hopes for OPEC ministers ended talks of a rally.");
    no_actual_meeting("OPEC ministers want talks on prices.");
    no_actual_meeting("OPEC ended its price war last year.");
}

/* "President Biden called President Milei to congratulate him": a call
 * when a titled person follows "called" right away; a name, a thing or an
 * opinion after it is none */
static void test_called_titled_person(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Alexander Lukashenko called President of Ukraine Volodymyr "
                                     "Zelenskyy.",
                                     "Lukashenko", "Zelenskyy");
    NT_CHECK(e->format == NSV_FORMAT_PHONE);
    one_meeting("Vladimir Putin called Transport Minister Yevgeny Ditrikh to discuss the request "
                "of Governor Alexander Gusev.",
                "Putin", "Ditrikh");
    /* hard negatives */
    no_actual_meeting("Senator Paul Brandt called the decision a mistake.");
    no_actual_meeting("Mayor Ann Holt visited a firm called Harbor Tools.");
    no_actual_meeting("Senator Paul Brandt called President Joe Biden's plan a mistake.");
    no_actual_meeting("Senator Paul Brandt called on President Joe Biden to act.");
    /* the title after a country's word or a body's acronym */
    one_meeting("President Anna Berg called German Chancellor Olaf Scholz.", "Berg", "Scholz");
    one_meeting("President Anna Berg then called FEMA Administrator Deanne Criswell by "
                "videoconference.",
                "Berg", "Criswell");
    /* hard negatives: a possessive, a demonym with no title after it */
    no_actual_meeting("Senator Paul Brandt called German Chancellor Olaf Scholz's plan a "
                      "mistake.");
    no_actual_meeting("Mayor Ann Holt visited a firm called German Harbor Tools.");
}

/* "called Anna Berg to wish her a happy birthday", "called Ruritanian
 * President X to thank him": a person called to do something is a call,
 * titled or not; "called X a liar" or "called X to the stand" is none */
static void test_called_person_to_do(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Mr Hale, in Oslo on a visit, called Anna Berg to wish her a "
                                     "happy birthday.",
                                     "Hale", "Berg");
    NT_CHECK(e->format == NSV_FORMAT_PHONE);
    one_meeting("President Tom Hale called Ruritanian President Piet Aalders to thank him for the "
                "aid.",
                "Hale", "Aalders");
    /* hard negatives */
    no_actual_meeting("Senator Paul Brandt called Anna Berg a liar.");
    no_actual_meeting("Senator Paul Brandt called Anna Berg to the stand.");
    no_actual_meeting("Senator Paul Brandt called Anna Berg's plan to cut taxes a mistake.");
}

/* "Foreign Minister X also took part in the talks", "A, B and C took part
 * in the meeting": the people listed join the meeting reported before; a
 * meeting named after the verb ("the meeting of the Nordic Council") is
 * its own, and a one-party meeting ("a party meeting") joins no one */
static void test_took_part_in_the_meeting(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting("President Tom Hale held talks with Prime Minister Anna Berg. Foreign "
                    "Minister Piet Aalders, Trade Minister Sara Lindqvist and Ambassador Ian "
                    "Moss also took part in the talks.",
                    "Hale", "Berg");
    NT_CHECK(nt_has_party(e, "Aalders") && nt_has_party(e, "Lindqvist") && nt_has_party(e, "Moss"));
    e = one_meeting("President Tom Hale met with Prime Minister Anna Berg.\n\nForeign Minister "
                    "Piet Aalders attended the meeting.",
                    "Hale", "Aalders");
    NT_CHECK(nt_has_party(e, "Berg"));
    e = one_meeting("President Tom Hale met with Prime Minister Anna Berg. Ambassador Ian Moss "
                    "was also present at the meeting.",
                    "Hale", "Berg");
    NT_CHECK(nt_has_party(e, "Moss"));
    /* further down a readout: the item's own meeting */
    e = one_meeting("President Tom Hale met with Prime Minister Anna Berg.\n\nThey discussed "
                    "trade.\n\nThe ports were also discussed.\n\nFishing came up as well.\n\n"
                    "Defence Minister Ian Moss also took part in the talks.",
                    "Hale", "Berg");
    NT_CHECK(nt_has_party(e, "Moss"));
    /* further down, a host's meeting with a group the text leaves unnamed */
    nt_run(PUB, "President Tom Hale held a meeting with regional authorities and business "
                "leaders.\n\nThey discussed trade.\n\nThe ports were also discussed.\n\n"
                "Governor Rita Gomez, Mining CEO Paul Brandt and Trade Minister Ian Moss took "
                "part in the meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Hale") && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt") &&
             nt_has_party(e, "Moss"));
    /* hard negatives: an event the sentence names; unnamed experts */
    nt_run(PUB, "President Tom Hale held a meeting with regional authorities and business "
                "leaders.\n\nThey discussed trade.\n\nThe ports were also discussed.\n\n"
                "Governor Rita Gomez took part in the parade.");
    e = nt_with_party(NSV_EV_MEETING, "Hale");
    NT_CHECK(e && !nt_has_party(e, "Gomez"));
    nt_run(PUB, "President Tom Hale held a meeting with regional authorities and business "
                "leaders.\n\nThey discussed trade.\n\nThe ports were also discussed.\n\n"
                "Experts took part in the meeting.");
    e = nt_with_party(NSV_EV_MEETING, "Hale");
    NT_CHECK(e && e->n_participants == 1);
    /* hard negatives */
    nt_run(PUB, "President Tom Hale met with Prime Minister Anna Berg.\n\nThey discussed "
                "trade.\n\nThe ports were also discussed.\n\nFishing came up as well.\n\n"
                "State Duma deputies took part in the discussions.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "State Duma"));
    nt_run(PUB, "President Tom Hale met with Prime Minister Anna Berg. Foreign Minister Piet "
                "Aalders took part in the meeting of the Nordic Council.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Aalders"));
    no_actual_meeting("Councillor Anna Berg attended a party meeting. Councillor Tom Hale also "
                      "took part in the meeting.");
    /* "present at the signing" is at no meeting, not even the forum before */
    nt_run(PUB, "President Tom Hale spoke at the Nordic Investment Forum. President Tom Hale and "
                "President Anna Berg were present at the signing of the agreement.");
    e = nt_with_party(NSV_EV_MEETING, "Forum");
    NT_CHECK(!e || !nt_has_party(e, "Berg"));
}

/* "X held a meeting with cultural figures. ... X promised that the
 * proposals made during the meeting would be considered. Taking part in the
 * meeting were A and B": the roster joins the lead meeting with the unnamed
 * group, not the bare "the meeting" that points back at it; journalists are
 * no such group (test_long_unnamed_group) */
static void test_roster_joins_lead_group_meeting(void **state)
{
    (void)state;
    /* "held a meeting with" holds its own noun: a loose group as after "held
     * a private meeting with" */
    nt_run(PUB, "Governor Ann Holt held a meeting with local artists.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "Governor Ann Holt held a meeting with local artists.\n\n"
                "Ann Holt promised that the proposals made during the meeting would be "
                "considered.\n\n"
                "Taking part in the meeting were Culture Minister Rita Gomez and Deputy Prime "
                "Minister Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Holt") && nt_has_party(e, "Gomez") && nt_has_party(e, "Brandt"));
    /* hard negative: a lead meeting of someone else keeps its own parties */
    nt_run(PUB, "Senator Paul Brandt held a meeting with local artists.\n\n"
                "Governor Ann Holt promised that the proposals made during the meeting would be "
                "considered.\n\n"
                "Taking part in the meeting were Culture Minister Rita Gomez.");
    e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e && !nt_has_party(e, "Gomez"));
}

/* "A and the Philippines", "A and the President of Kazakhstan X": the next
 * party may own the article the list steps over; after a bare comma the
 * article opens an apposition ("X, the two leaders"), not a party. */
static void test_coordinated_party_with_article(void **state)
{
    (void)state;
    nt_run(PUB, "President Joe Biden met with Japan and the Philippines on Friday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Biden");
    NT_CHECK(e && nt_has_party(e, "Japan") && nt_has_party(e, "Philippines"));
    nt_run(PUB, PUTIN " held talks with Chinese President Xi Jinping and the President of "
                      "Kazakhstan Kassym-Jomart Tokayev.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e && nt_has_party(e, "Xi Jinping") && nt_has_party(e, "Tokayev"));
    /* hard negative: an apposition after a comma adds no one */
    nt_run(PUB,
           PUTIN " met with Ukrainian President Leonid Kuchma.\n\n"
                 "During a meeting with Kazakh President Nursultan Nazarbayev, the two leaders "
                 "discussed trade.");
    e = nt_with_party(NSV_EV_MEETING, "Kuchma");
    NT_CHECK(e && !nt_has_party(e, "Nazarbayev"));
}

/* "at the Summit of the Americas", "the Fifth International Meeting on Peace
 * that took place in Oslo": a meeting named from its own capitalised cue word
 * is a setting, its name the group; not when no one is placed at it or it is
 * only planned, and not "the Meeting of the X Council" (its members follow) */
static void test_named_meeting_cue_first(void **state)
{
    (void)state;
    nt_run(PUB, "President Joe Biden spoke at the Summit of the Americas in Lima on Friday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Summit of the Americas");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Biden"));
    nt_run(PUB, "The leaders discussed the results of the Fifth International Meeting on Peace "
                "that took place in Oslo on May 3.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "International Meeting on Peace") != NULL);
    /* the talks on its margins place both sides there */
    nt_run(PUB, "Vice President Kamala Harris met today with President Rosa Vidal of Peru on the "
                "margins of the Summit for Democracy.");
    e = nt_with_party(NSV_EV_MEETING, "Summit for Democracy");
    NT_CHECK(e && nt_has_party(e, "Harris") && nt_has_party(e, "Vidal"));
    /* hard negatives: a plan, a topic with no one placed */
    nt_run(PUB, "President Joe Biden will attend the Summit of the Americas in Lima.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "The two leaders discussed their vision for the Summit of the Americas.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "- Baton Rouge Mayor X": a place the names list lacks, read as a person,
 * is the office's place in a roster line; the person after its title joins */
static void test_roster_place_before_title(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Ann Holt convened a virtual meeting with mayors. Joining the Governor at "
                "the meeting were:\n\n- Senator Paul Brandt\n- Cobble Ridge Mayor Dana Lee Ortiz\n"
                "- Fenwick Parish President Rita Gomez\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Ortiz") && nt_has_party(e, "Gomez") &&
             !nt_has_party(e, "Cobble Ridge") && !nt_has_party(e, "Fenwick Parish"));
    /* hard negative: an unbulleted line's person does not run on to the
     * next line's name */
    nt_run(PUB, "Governor Ann Holt held a meeting with business leaders. Attendees at the meeting "
                "included:\n\nHarbour Envoy Paul Brandt\nRita Gomez, CEO of Fenwick Freight\n");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Brandt Rita"));
}

/* "met with Prime Minister of the Kingdom of A X and Prime Minister of the
 * Kingdom of B Y": the verb's list of titled names reads on as "talks with"
 * does; after a bare name a comma opens its appositive, whose boss is no
 * party ("met with Karin Lund, State Secretary to Prime Minister Y") */
static void test_verb_titled_list(void **state)
{
    (void)state;
    nt_run(PUB, "President Ann Holt met with Prime Minister of the Kingdom of Spain Pedro Sánchez "
                "and Prime Minister of the Kingdom of Denmark Mette Frederiksen.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Sánchez") && nt_has_party(e, "Frederiksen"));
    /* hard negative: the appositive's boss */
    nt_run(PUB, "National Security Advisor Jake Sullivan met with Karin Lund, State Secretary to "
                "Prime Minister Stefan Löfven of Sweden.");
    e = nt_with_party(NSV_EV_MEETING, "Sullivan");
    NT_CHECK(e && nt_has_party(e, "Lund") && !nt_has_party(e, "Löfven"));
}

/* "met with A, President of the European Council, and B, President of the
 * European Commission": the list goes on past a name's appositive title;
 * the title's body is no party of its own, nor is a name inside it */
static void test_list_past_appositive(void **state)
{
    (void)state;
    nt_run(PUB, "President Ann Holt met with Charles Michel, President of the European Council, "
                "and Ursula von der Leyen, President of the European Commission, in Brussels.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Charles Michel") && nt_has_party(e, "Ursula von der Leyen") &&
             !nt_has_party(e, "European Council"));
    nt_run(PUB, "President Ann Holt met with Alexis Dorov, the Patriarch of Moscow, and Ignatius "
                "Karam, Patriarch of Antioch.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Dorov") && nt_has_party(e, "Karam"));
    /* hard negatives: the appositive's clause ("said"), and a titled name
     * inside the appositive is a party of its own, not skipped over */
    nt_run(PUB, "President Ann Holt met with Karin Lund, State Secretary of Sweden, and "
                "discussed trade with Peter Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Lund");
    NT_CHECK(e && !nt_has_party(e, "Peter Brandt"));
    nt_run(PUB,
           "Daleep Singh met with Principal Secretary Ravi Mishra, Minister of Commerce Piyush "
           "Goyal, Foreign Secretary Harsh Shringla, and Deputy Adviser Vikram Misri.");
    e = nt_with_party(NSV_EV_MEETING, "Singh");
    NT_CHECK(e && nt_has_party(e, "Goyal") && nt_has_party(e, "Shringla"));
}

/* "attended by ..., Defence Ministry Sergei Shoigu, Director of the FSS
 * Alexander Bortnikov, ...": a body right before a full name is that
 * person's office; the person is the party and the list goes on */
static void test_listed_body_then_person(void **state)
{
    (void)state;
    nt_run(PUB, "The President held a meeting with permanent members of the Security Council. "
                "The meeting was attended by Prime Minister Mikhail Mishustin, Foreign Minister "
                "Sergei Lavrov, Defence Ministry Sergei Shoigu, Director of the Federal Security "
                "Service Alexander Bortnikov, and Special Presidential Representative Sergei "
                "Ivanov.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Lavrov");
    NT_CHECK(e && nt_has_party(e, "Sergei Shoigu") && nt_has_party(e, "Bortnikov") &&
             nt_has_party(e, "Sergei Ivanov") && !nt_has_party(e, "Defense Ministry"));
    /* hard negative: a body with no name after it stays the body, and no
     * lower-case word after it reads as a person */
    nt_run(PUB, "The President held a meeting with permanent members of the Security Council. "
                "The meeting was attended by Prime Minister Mikhail Mishustin, Foreign Minister "
                "Sergei Lavrov, the Defence Ministry and Federal Security Service officials.");
    e = nt_with_party(NSV_EV_MEETING, "Lavrov");
    NT_CHECK(e && !nt_has_party(e, "Shoigu") && !nt_has_party(e, "officials"));
}

/* "met with Prime Minister of Spain A and Prime Minister of Denmark B ...
 * following talks with the Prime Ministers of Spain and Denmark": each
 * country stands for its leader, so the talks named again are one meeting */
static void test_countries_stand_for_people(void **state)
{
    (void)state;
    nt_run(PUB, "President Ann Holt met with Prime Minister of Spain Pedro Sánchez and Prime "
                "Minister of Denmark Mette Frederiksen on Friday.\n\n"
                "Ann Holt spoke to reporters following talks with the Prime Ministers of Spain and "
                "Denmark.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negative: a third country is another meeting */
    nt_run(PUB, "President Ann Holt met with Prime Minister of Spain Pedro Sánchez and Prime "
                "Minister of Denmark Mette Frederiksen on Friday.\n\n"
                "Ann Holt later held talks with the Prime Ministers of Spain and Norway.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* "talks with the Philippines' creditor banks": the country owns the
 * creditors, it is the debtor, not the counterpart (word class creditor) */
static void test_owner_of_creditors(void **state)
{
    (void)state;
    nt_run(PUB, "Finance Secretary Jaime Ongpin is in New York for talks with the Philippines' "
                "creditor banks.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Philippines") == NULL);
    nt_run(PUB, "Finance Secretary Jaime Ongpin negotiated with Mexico's commercial lenders.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Mexico") == NULL);
    /* hard negative: a country's own officials stand for it */
    nt_run(PUB, "Finance Secretary Jaime Ongpin held talks with China's officials on Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "China") != NULL);
}

/* "negotiations with Ukraine's partners", "met with Russia's national
 * bandy team": the possessive's owner is not the counterpart, the party it
 * owns is (phrases.tsv owned_party) */
static void test_owner_of_other_party(void **state)
{
    (void)state;
    nt_run(PUB, "Finance Secretary Jaime Ongpin said negotiations with Ukraine's partners take "
                "place daily at all levels.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Ukraine") == NULL);
    nt_run(PUB, "Finance Secretary Jaime Ongpin met with Russia's national bandy team.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Russia") == NULL);
    /* hard negatives: a country's own representatives stand for it, and a
     * country with no possessive is the counterpart */
    nt_run(PUB, "Finance Secretary Jaime Ongpin held talks with Ukraine's representatives on "
                "Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Ukraine") != NULL);
    nt_run(PUB, "Finance Secretary Jaime Ongpin held talks with Ukraine and its partners on "
                "Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Ukraine") != NULL);
}

/* "met with the Presidents of A, B and C today for the inaugural summit":
 * the verb's record and the summit noun's record of the same words, the
 * first adding only the host, are one meeting; side talks with people next
 * to a summit the larger record adds stay apart from it */
static void test_overlapping_records_adding_people(void **state)
{
    (void)state;
    nt_run(PUB, "President Tom Reyes met with the Presidents of Kazakhstan, the Kyrgyz Republic, "
                "Tajikistan, Turkmenistan, and Uzbekistan today for the inaugural C5+1 "
                "presidential summit on the margins of the United Nations General Assembly.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Reyes") != NULL);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Kazakhstan") != NULL);
    NT_CHECK(nt_has_party(nt_with_party(NSV_EV_MEETING, "Kazakhstan"), "Reyes"));
    /* the talks and the General Assembly they were held beside: no third */
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* hard negative: the bilateral and the summit it sits beside stay two */
    nt_run(PUB, "Today, President Tom Reyes met with President Ann Holt and Prime Minister Paul "
                "Brandt on the margins of the United Nations General Assembly.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
}

/* "The meeting was attended by ..." five paragraphs after the lead: the
 * item's own meeting (the first with a person), not a record without host */
static void test_attended_by_far_from_lead(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Ann Holt met with members of the Security Council.\n\n"
                "The situation in the region was discussed.\n\n"
                "Defence Minister Tom Reyes reported on his trip to Egypt.\n\n"
                "Energy security was on the agenda.\n\n"
                "A number of other issues were also discussed.\n\n"
                "The meeting was attended by Speaker Rita Gomez and Secretary Paul Brandt.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Gomez");
    NT_CHECK(e && nt_has_party(e, "Holt") && nt_has_party(e, "Brandt"));
    /* hard negative: a call is not what "the meeting" was */
    nt_run(PUB, "Governor Ann Holt had a telephone conversation with Mayor Tom Reyes.\n\n"
                "The situation in the region was discussed.\n\n"
                "Energy security was on the agenda.\n\n"
                "A number of other issues were also discussed.\n\n"
                "The meeting was attended by Speaker Rita Gomez and Secretary Paul Brandt.");
    e = nt_with_party(NSV_EV_MEETING, "Reyes");
    NT_CHECK(e && !nt_has_party(e, "Gomez"));
}

/* "X discussed <topic> with <titled person>": talks reported through the
 * topic; only a person after the "with" makes them talks */
static void test_discussed_topic_with_person(void **state)
{
    (void)state;
    nt_run(PUB, "Deputy Minister Ivan Petrenko discussed the security situation in the region, "
                "ways to improve it and energy cooperation with Foreign Minister Anna Kovacs.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Petrenko");
    NT_CHECK(e && nt_has_party(e, "Kovacs"));
    /* hard negatives: a body after "with" is the topic's ("relations with
     * the World Bank"); a passive names no one holding talks; a group's
     * topic in its own readout is no new meeting */
    nt_run(PUB, "Prime Minister Ivan Petrenko discussed the country's relations with the World "
                "Bank.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "The matter was discussed with Foreign Minister Anna Kovacs.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB,
           "President Tom Reyes spoke today with Chancellor Paul Brandt. The leaders discussed "
           "their respective conversations with President Anna Kovacs.");
    e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e && !nt_has_party(e, "Kovacs"));
}

/* "Senior White House officials convened ...", "Administration officials
 * met with ...": the officials' body is the side the readout names, with
 * anyone listed before them */
static void test_officials_act_for_their_body(void **state)
{
    (void)state;
    nt_run(PUB, "On Friday, senior Biden-Harris Administration officials convened a listening "
                "session with union leaders.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Administration") != NULL);
    nt_run(PUB, "Today, Vice President Ann Holt and senior White House officials hosted a meeting "
                "with a group of farm leaders.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "White House");
    NT_CHECK(e && nt_has_party(e, "Holt"));
    /* hard negative: officials of no named body are no side */
    nt_run(PUB, "Today, senior officials met with union leaders.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "Today, Senior Administration Officials met", "Senior White House and
 * Department of Agriculture officials met": a capitalised rank at a
 * clause's start before a body (or two sharing the staff word) is no part
 * of the body's name */
static void test_capital_rank_before_body_staff(void **state)
{
    (void)state;
    nt_run(PUB, "Today, Senior Administration Officials met with Governor Ann Holt to discuss "
                "flood relief.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Administration") && !nt_has_party(e, "Senior"));
    nt_run(PUB, "Last Wednesday, Senior Biden-Harris officials hosted a meeting with Governor Ann "
                "Holt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && !nt_has_party(e, "Senior"));
    nt_run(PUB, "Senior White House and Department of Agriculture officials met with Governor Ann "
                "Holt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "White House") && !nt_has_party(e, "Senior"));
    /* hard negative: a rank that opens a person's title stays the title's */
    nt_run(PUB, "Yesterday, Senior Advisor Tom Perez met with Governor Ann Holt.");
    e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Perez"));
}

/* "met with officials from the Foreign Ministry and the Migration
 * Institute": the bodies the unnamed group comes from are the other side */
static void test_officials_from_bodies(void **state)
{
    (void)state;
    nt_run(PUB, "Ambassador Ann Holt met with senior officials from the Foreign Ministry and the "
                "National Institute of Migration to discuss border controls.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(e && nt_has_party(e, "Foreign Ministry") &&
             nt_has_party(e, "National Institute of Migration"));
    /* hard negative: a sector is no body */
    nt_run(PUB, "Ambassador Ann Holt met with executives from the Telecommunications Sector.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Telecommunications") == NULL);
}

/* "Today, A, <long title>, and B, <long title>, hosted a roundtable": a
 * readout's hosts each carry a title after a comma; all of them take part.
 * Not a name inside a title ("... Liaison, and X") nor a clause's other
 * subject. */
static void test_readout_hosts_with_titles(void **state)
{
    (void)state;
    nt_run(PUB, "Today, Ann Holt, Assistant to the Mayor and Director of the Housing Policy "
                "Council, and Cara Mendel, Deputy Assistant to the Mayor and Coordinator for "
                "Tenant Policy and Rent Control at the City Planning Office, hosted a virtual "
                "roundtable with tenant advocates.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Holt") && nt_has_party(e, "Mendel"));
    NT_CHECK(!nt_has_party(e, "Rent Control"));
    /* hard negative: a host who met no one is no meeting */
    nt_run(PUB, "Today, Ann Holt, Assistant to the Mayor and Director of the Housing Policy "
                "Council, and Luis Ortega, Deputy Assistant to the Mayor and Coordinator for "
                "Tenant Policy at the City Planning Office, announced new rules for landlords.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "convened a call with governors, FEMA Administrator X, and ...": a call
 * cue after a hold verb meets an unnamed group as "held a meeting with"
 * does, and titled people listed after the group are met by name.  Not a
 * speaker after the group's comma, nor a call with reporters. */
static void test_call_with_group(void **state)
{
    (void)state;
    nt_run(PUB, "This afternoon, Governor Ann Holt convened a call with county mayors, Fire "
                "Marshal Luis Ortega, and Emergency Coordinator Cara Mendel to discuss the "
                "floods.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Holt") && nt_has_party(e, "Ortega") && nt_has_party(e, "Mendel"));
    /* hard negatives */
    nt_run(PUB, "Governor Ann Holt held a call with reporters on the floods.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Governor Ann Holt met with county mayors, Press Secretary Luis Ortega said.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(!nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Ortega"));
}

/* "X toured the plant and met with its workers": the verb after "and"
 * shares the subject that opens the sentence, not a party named in
 * between.  Not a present verb in a relative clause ("development that
 * protects X and meets Y"), nor across a speech verb. */
static void test_met_after_and_shares_subject(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Ann Holt toured the Ortega Steel plant and met with employees.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Holt"));
    nt_run(PUB, "During the trip to Dover, Governor Ann Holt visited the Kent Works factory and "
                "later met with Mayor Luis Ortega.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Ortega");
    NT_CHECK(e && nt_has_party(e, "Holt") && !nt_has_party(e, "Kent Works"));
    /* hard negatives */
    nt_run(PUB, "Governor Ann Holt praised a plan that protects rivers and meets the needs of "
                "farmers.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Governor Ann Holt said the plan was sound and met with approval.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "holds its annual meetings with X next week", "the A and B meetings
 * later this year": a future time right after the meeting's words makes
 * it a plan; a time that belongs to another clause does not. */
static void test_future_time_after_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "The IMF, which holds its annual meetings with the World Bank next week, "
                "will lend less this year.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Proposals will go to ministers before the IMF and World Bank meetings later "
                "this year.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* hard negative: the time is another clause's */
    nt_run(PUB, "Governor Ann Holt met with Mayor Luis Ortega, who will travel to Dover next "
                "week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "X and Y said the banks met": the reported clause's own subject is the
 * meeting's, and an unnamed one makes no event; a noun with no counterpart
 * that opens the reported clause ("Z said the negotiations were going
 * well") places the speaker in no meeting.  The speaker stays a party when
 * the clause's subject stands for him ("said it met", "said they met",
 * "said he met") or the cue is in a phrase of his own clause. */
static void test_speaker_not_reported_subject(void **state)
{
    (void)state;
    nt_run(PUB, "Treasury Secretary James Baker and Finance Minister Gerhard Stoltenberg said "
                "the banks met on Tuesday.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "Treasury Secretary James Baker and Finance Minister Gerhard Stoltenberg said "
                "bank advisers met with Citicorp on Tuesday.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "Ann Holt, Dover Steel Corp vice-president, said the negotiations were "
                "proceeding well.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "A spokesman for Kent Works Inc said a meeting may be held later this week.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    /* hard negatives */
    nt_run(PUB, "Treasury Secretary James Baker and Finance Minister Gerhard Stoltenberg said "
                "they met on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Baker"));
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Stoltenberg"));
    nt_run(PUB, "Kent Works Inc said it met Dover Steel Corp on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Kent Works"));
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Dover Steel"));
    nt_run(PUB, "Treasury Secretary James Baker said he met West German Finance Minister "
                "Gerhard Stoltenberg on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Baker"));
    nt_run(PUB, "Treasury Secretary James Baker met West German Finance Minister Gerhard "
                "Stoltenberg on Tuesday, officials said.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Stoltenberg"));
    nt_run(PUB, "Trade Minister Willy de Clercq told reporters after meeting President Ronald "
                "Reagan that talks went well.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Reagan") != NULL);
    nt_run(PUB, "Kent Works Inc said contract negotiations with Dover Steel Corp were "
                "proceeding well.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Dover Steel") != NULL);
}

/* "Kent Works said it is in talks with several buyers", "the government
 * is in talks about ...": a body in talks with a side the text leaves open
 * holds them (one named party).  "it" is the body that said so.  Not a
 * person, not a pronoun nobody said, and a named counterpart is the
 * general rule's. */
static void test_body_in_talks(void **state)
{
    (void)state;
    nt_run(PUB, "Kent Works Inc said it is in talks on the sale of its steel unit with several "
                "companies.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Kent Works"));
    nt_run(PUB, "The Australian government is in talks about whether to allow more flights.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negatives */
    nt_run(PUB, "Kent Works Inc rose 5 pct. Analysts believe it is in talks.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Kent Works Inc said it is in talks with Dover Steel Corp.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Dover Steel"));
}

/* "held a meeting on <a long topic> with members of X", "... with the
 * participation of Minister Y": the group or the people after a long
 * topic were met.  Not states after the topic ("cooperation with foreign
 * countries" is what was discussed). */
static void test_long_topic_then_with(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Ann Holt held a meeting on the production and use of rare earth "
                "metals in the northern districts with members of the regional cabinet.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Holt"));
    nt_run(PUB, "Governor Ann Holt held a meeting on measures to fight the spread of the flu in "
                "schools with the participation of Health Minister Luis Ortega.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Ortega");
    NT_CHECK(e && nt_has_party(e, "Holt"));
    /* hard negative */
    nt_run(PUB, "Governor Ann Holt chaired a conference on military and technical cooperation "
                "with foreign countries.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "I have just finished my conversation with X": a completion verb holds
 * the noun and a possessive stands for the article */
static void test_first_person_finished_call(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    nt_run_source("t-g1", ukr, "2022-05-20", "Volodymyr Zelenskyy: We will prevail",
                  "Fellow Ukrainians! I have just finished my conversation with Prime Minister "
                  "Mark Tamm. We talked about defense.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy"));
    /* hard negative: a possessive after a verb that holds no meeting */
    nt_run_source("t-g2", ukr, "2022-05-20", "Volodymyr Zelenskyy: We will prevail",
                  "Fellow Ukrainians! I recalled my conversation with Prime Minister Mark Tamm "
                  "of last year.");
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e == NULL || !nt_has_party(e, "Zelenskyy"));
}

/* "The meeting was convened by A, B and C": with no report after it, the
 * people listed after "by" are the meeting's parties; one chair alone is no
 * meeting, and "will be convened by" only plans one. */
static void test_convened_by_hosts(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting("Yesterday, the White House held a roundtable with young people. The meeting "
                    "was convened by Assistant Secretary Anna Berg and Coordinator Ivan Dorov.",
                    "Berg", "Dorov");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    NT_CHECK(nt_has_party(e, "White House"));
    /* with no meeting before it, the hosts' own meeting */
    e = one_meeting("The meeting was convened by Assistant Secretary Anna Berg and Coordinator "
                    "Ivan Dorov.",
                    "Berg", "Dorov");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    /* hard negatives: talks of two sides already named take no chairs as
     * parties; a lone chair; a planned convening */
    e = one_meeting("On Monday, the United States and Japan held talks in Tokyo. The meeting was "
                    "chaired by Assistant Secretary Anna Berg and Minister Ivan Dorov.",
                    "United States", "Japan");
    NT_CHECK(!nt_has_party(e, "Berg") && !nt_has_party(e, "Dorov"));
    no_actual_meeting("The meeting was convened by Assistant Secretary Anna Berg.");
    no_actual_meeting("The meeting will be convened by Assistant Secretary Anna Berg and "
                      "Coordinator Ivan Dorov.");
}

/* "This was discussed at a conference call chaired by President X. Prime
 * Minister Y noted ... According to Minister Z, ...": the chair and the
 * people who report at the call */
static void test_chaired_call_reporters(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    nt_run_source("t-h1", ukr, "2021-11-15", "Vaccination was discussed at a meeting",
                  "Vaccination grew last week. This was discussed at a conference call chaired by "
                  "President Volodymyr Zelenskyy. Prime Minister Ivan Dorov noted that cases fell. "
                  "According to Health Minister Mark Tamm, hospitals have enough oxygen.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy") && nt_has_party(e, "Tamm"));
    /* hard negatives: no one reports at it; a cue verb with no meeting
     * ("received two doses") does not end the reports either way */
    nt_run_source("t-h2", ukr, "2021-11-15", "Vaccination",
                  "The plan was discussed at a meeting chaired by Governor Ivan Dorov. The weather "
                  "was fine.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Dorov") == NULL);
    nt_run_source("t-h3", ukr, "2021-11-15", "Vaccination",
                  "A stake held by Ivan Dorov was sold. Prime Minister Mark Tamm noted that it was "
                  "cheap.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Dorov") == NULL);
}

/* "a conference call devoted to combating the spread of coronavirus chaired
 * by X", "a conference call on countering the pandemic chaired by X": the
 * call's topic between the noun and "chaired"; "Minister Y also said"
 * reports at it */
static void test_chaired_call_topic(void **state)
{
    (void)state;
    const char *ukr = "President of Ukraine (president.gov.ua)";
    nt_run_source("t-h4", ukr, "2021-12-28", "Vaccination was discussed at a meeting",
                  "Vaccination grew. This was discussed at a conference call devoted to combating "
                  "the spread of coronavirus chaired by President Volodymyr Zelenskyy. According "
                  "to Prime Minister Ivan Dorov, cases fell.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Dorov");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy"));
    nt_run_source("t-h5", ukr, "2021-12-28", "Vaccination was discussed at a meeting",
                  "Vaccination grew. This was discussed at a conference call on countering the "
                  "pandemic chaired by President Volodymyr Zelenskyy. Health Minister Mark Tamm "
                  "also said that cases fell.");
    e = nt_with_party(NSV_EV_MEETING, "Tamm");
    NT_CHECK(e != NULL && nt_has_party(e, "Zelenskyy"));
    /* hard negatives: a clause between the noun and "chaired" (the chair is
     * of something else), and no meeting noun at all before the topic */
    nt_run_source("t-h6", ukr, "2021-12-28", "Vaccination",
                  "This was discussed at a conference call, which followed a report on vaccines "
                  "chaired by President Volodymyr Zelenskyy. According to Prime Minister Ivan "
                  "Dorov, cases fell.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Dorov") == NULL);
    nt_run_source("t-h7", ukr, "2021-12-28", "Vaccination",
                  "This was set out in a plan devoted to combating the spread of coronavirus "
                  "chaired by President Volodymyr Zelenskyy. According to Prime Minister Ivan "
                  "Dorov, cases fell.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Dorov") == NULL);
}

/* "at the most recent U.S.-EU Trade and Technology Council (TTC) meeting on
 * January 30": a pair's joint body right before a singular meeting noun */
static void test_pair_body_noun(void **state)
{
    (void)state;
    nt_run(PUB, "They discussed cooperation, including at the most recent U.S.-EU Trade and "
                "Technology Council (TTC) meeting on January 30.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Trade and Technology Council");
    NT_CHECK(e != NULL && nt_has_party(e, "U.S.") && nt_has_party(e, "European Union"));
    /* hard negatives: a plural names a channel; a topic with no date */
    no_actual_meeting("The leaders welcomed the resumption of the U.S.-China Defense Policy "
                      "Coordination Talks.");
    no_actual_meeting("They discussed the results of the U.S.-EU Trade and Technology Council "
                      "meeting.");
}

/* "met with workers on the recovery operation": a plural people noun
 * (words.tsv's people class) heads the group met even when a
 * prepositional phrase follows; not a possessive ("met farmers' demands"),
 * nor a people noun that is a topic. */
static void test_people_noun_group(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Anna Kovac met with workers on the bridge repair project.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->n_participants == 1 && nt_has_party(e, "Kovac"));
    nt_run(PUB, "Governor Anna Kovac also met with the construction workers.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negatives */
    no_actual_meeting("Governor Anna Kovac met farmers' demands for cheaper fuel.");
    no_actual_meeting("The new plant met the needs of miners in the region.");
    no_actual_meeting("Governor Anna Kovac will meet with workers on the project next week.");
}

/* "During the trip, he visited the region's farms, met local farmers and
 * toured a school": a verb after a comma shares the sentence's subject; the
 * possessive place inside the first verb phrase is no party. */
static void test_comma_verb_shares_subject(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Anna Kovac arrived in Varna. During his trip to the Dobrich Region, "
                "Anna Kovac visited the region's grain farms, met local farmers and toured a "
                "school.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Kovac"));
    /* hard negative: a relative clause between the subject and the verb */
    nt_run(PUB, "Governor Anna Kovac, who visited the Dobrich Region's farms, met resistance "
                "from local farmers.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "the two countries" read as the last two of a longer list ("Lithuania,
 * Azerbaijan, France and the United States") is a guess at the wrong pair:
 * no parties from it.  A pair the item names as a pair still resolves. */
static void test_two_countries_list_tail(void **state)
{
    (void)state;
    nt_run(PUB, "They discussed Syria, Libya and Iraq. Consultations between the two countries "
                "took place on Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Libya") == NULL);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Iraq") == NULL);
    /* hard negative: a pair on its own resolves */
    nt_run(PUB, "Trade between Norway and Chile grew. Consultations between the two countries "
                "took place on Friday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Norway") && nt_has_party(e, "Chile"));
}

/* "the Office of Harbour Safety (OHS) and the Department of Fisheries
 * hosted": the body before its acronym is a host too; not a place phrase
 * before a parenthesis ("In Oslo (Norway) and ..."). */
static void test_host_before_acronym(void **state)
{
    (void)state;
    nt_run(PUB, "Yesterday, the Office of Harbour Safety (OHS) and the Department of Fisheries "
                "hosted a roundtable with fishing industry leaders.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Harbour Safety") && nt_has_party(e, "Department of Fisheries"));
    /* hard negative */
    nt_run(PUB, "After the vote in Oslo (Norway) and the Department of Fisheries hosted a "
                "roundtable with fishing industry leaders.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(!nt_has_party(e, "Oslo") && !nt_has_party(e, "Norway"));
}

/* "met with the Prime Ministers of Tonga and Palau": a group an "of" phrase
 * defines is not the last people named (here of other countries); "the
 * Prime Ministers of Fiji and Samoa", the people named, still are. */
static void test_group_defined_by_of(void **state)
{
    (void)state;
    nt_run(PUB, "Fijian Prime Minister Tom Reyes and Samoan Prime Minister Anna Kovac arrived in "
                "Suva. Secretary John Hale met with the Prime Ministers of Tonga and Palau on "
                "Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Kovac") == NULL);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Reyes") == NULL);
    /* "the leaders of the Western Balkans": a place, no people named */
    nt_run(PUB, "President Anna Kovac spoke with Prime Minister Tom Reyes on Monday. In the "
                "afternoon there was a special summit with the leaders of the Western Balkans in "
                "Kyiv.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Kovac");
    NT_CHECK(e && !(e->location_name && !strcmp(e->location_name, "Kyiv")));
    /* hard negative: the people named, of the countries named */
    nt_run(PUB, "Fijian Prime Minister Tom Reyes and Samoan Prime Minister Anna Kovac arrived in "
                "Suva. Secretary John Hale met with the Prime Ministers of Fiji and Samoa on "
                "Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Hale");
    NT_CHECK(e && nt_has_party(e, "Kovac"));
}

/* "convened more than 30 state legislators", "hosted nearly 50 local
 * officials": a quantifier before the numeral opens the unnamed group; not
 * a head word with its own phrase ("officials from 68 colleges" stays one
 * group), nor guests hosted for a reception. */
static void test_counted_group(void **state)
{
    (void)state;
    nt_run(PUB, "Today, Governor Anna Kovac convened more than 30 state legislators in Denver.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Kovac"));
    nt_run(PUB, "The Office of Rural Affairs hosted nearly 50 local elected officials on Tuesday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "Governor Anna Kovac met with officials from 68 colleges in 32 states.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    /* hard negative: a social occasion, no meeting */
    no_actual_meeting(
        "Governor Anna Kovac hosted over 80 mayors for a reception at her residence.");
}

/* "welcomed 20 leaders of Historically Black Colleges and Universities
 * (HBCUs) for a round table discussion": a group welcomed for a meeting is
 * hosted, and the body its leaders come from takes part; welcomed for a
 * reception, or a welcomed decision, is no meeting. */
static void test_welcomed_group_for_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "On Thursday, Governor Anna Kovac welcomed 20 leaders of Historically Black "
                "Colleges and Universities (HBCUs) for a round table discussion.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Kovac");
    NT_CHECK(e && nt_has_party(e, "Historically Black Colleges and Universities"));
    /* hard negatives: a social occasion, and a welcomed decision */
    no_actual_meeting("On Thursday, Governor Anna Kovac welcomed 20 leaders of the Brelco "
                      "Trust for a reception.");
    no_actual_meeting("On Thursday, Governor Anna Kovac welcomed the decision of the leaders "
                      "for a meeting.");
}

/* "met with the crew", "held a meeting with the working group", "met with
 * the public": a singular noun of a group of people (phrases.tsv
 * collective) is met as a plural group is, the named host alone a party;
 * planned or negated it is no actual meeting, and the group's own meeting,
 * a speech to it, its possessive or a noun it modifies make none. */
static void test_collective_group_met(void **state)
{
    (void)state;
    static const char *const met[] = {
        "Governor Lisa Marsh met with the crew inside the submarine.",
        "Governor Lisa Marsh held a meeting with the working group on drafting proposals.",
        "Governor Lisa Marsh met with the national bandy team that won gold medals.",
        "Governor Lisa Marsh met with the public.",
        ("Governor Lisa Marsh had a meeting, via videoconference, with the state Paralympic team "
         "ahead of the Games."),
    };
    for (size_t k = 0; k < sizeof met / sizeof *met; k++) {
        nt_run(PUB, met[k]);
        NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
        const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
        NT_CHECK(e && nt_has_party(e, "Marsh"));
    }
    /* hard negatives */
    nt_run(PUB, "Governor Lisa Marsh will meet with the crew on Friday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Governor Lisa Marsh did not meet with the crew.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    no_actual_meeting("Governor Lisa Marsh addressed the team.");
    no_actual_meeting("The working group met on Monday, Governor Lisa Marsh said.");
    no_actual_meeting("Governor Lisa Marsh met the deadline.");
    no_actual_meeting("Governor Lisa Marsh met the public's expectations.");
    no_actual_meeting("Governor Lisa Marsh met with the team leader.");
}

/* "met with Northern Fleet officers who distinguished themselves", "met
 * with military personnel": officers, sailors, soldiers (words.tsv people)
 * and lower-case personnel (phrases.tsv collective) are a group a named
 * host meets; capitalised inside a body's name, or a possessive, they are
 * none. */
static void test_officers_group_met(void **state)
{
    (void)state;
    static const char *const met[] = {
        "Governor Lisa Marsh met with Northern Fleet officers who distinguished themselves.",
        "Governor Lisa Marsh met in the capitol with senior army officers.",
        "Governor Lisa Marsh met with military personnel at the base.",
    };
    for (size_t k = 0; k < sizeof met / sizeof *met; k++) {
        nt_run(PUB, met[k]);
        NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
        const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
        NT_CHECK(e && nt_has_party(e, "Marsh"));
    }
    /* hard negatives */
    no_actual_meeting("Governor Lisa Marsh met the officers' demands.");
    no_actual_meeting("Governor Lisa Marsh addressed military personnel at the base.");
    nt_run(PUB, "Governor Lisa Marsh will meet with army officers on Friday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "Tom Perez, Senior Advisor to the President and Director of the White
 * House Office of Intergovernmental Affairs, met with county elected
 * officials": a lone named host whose title, set off by commas, ends in a
 * body is the party that met the group; co-hosts listed after the title
 * keep their own reading, and a planned meeting or a speech is none. */
static void test_lone_host_long_title_group(void **state)
{
    (void)state;
    nt_run(PUB, "Tom Perez, Senior Advisor to the President and Director of the White House "
                "Office of Intergovernmental Affairs, met with county elected officials.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Perez"));
    /* hard negatives */
    nt_run(PUB, "Tom Perez, Senior Advisor to the President and Director of the White House "
                "Office of Intergovernmental Affairs, will meet with county officials on Friday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    no_actual_meeting("Tom Perez, Senior Advisor to the President and Director of the White "
                      "House Office of Intergovernmental Affairs, addressed county officials.");
    /* co-hosts after the title stay parties */
    nt_run(PUB, "Yesterday, Erika Moritsugu, Deputy Assistant to the President, the White House "
                "Office of Public Engagement, and the Office of the Vice President convened a "
                "meeting with community leaders on health.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Office of the Vice President"));
}

/* "convened asset owners representing over $1 trillion in assets": a
 * participle tail after a plural head closes the group as a preposition
 * does; a participle that is a meeting cue does not, and "met" with an aim
 * makes no meeting. */
static void test_group_participle_tail(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh convened asset owners representing over $1 trillion in "
                "assets.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Marsh"));
    /* hard negatives */
    nt_run(PUB, "Governor Lisa Marsh will convene asset owners representing banks on Friday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    no_actual_meeting("Governor Lisa Marsh met growing demands from asset owners.");
    no_actual_meeting("Governor Lisa Marsh addressed asset owners representing banks.");
}

/* "to meet Ukraine's urgent needs", "meets the legitimate needs of X":
 * "meet" whose object is a words.tsv aim noun (needs, goals, deadline)
 * meets no one, also after a name that modifies it ("meet U.S. demands");
 * a person after a possessive still is met. */
static void test_meet_needs(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh pledged new funds to meet Delaware's urgent school and "
                "health needs.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 0 && nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB,
           "The plan meets the legitimate needs of Kenya and Uganda, Governor Lisa Marsh said.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* a name right before the aim noun modifies it: "meet DOT requirements" */
    nt_run(PUB, "The Paris currency pact was designed to meet U.S. demands, Governor Lisa Marsh "
                "said.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0 && nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 0);
    /* hard negative: a titled person after the possessive is met */
    nt_run(PUB, "Governor Lisa Marsh will meet Kenya's President William Ruto on Monday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Ruto");
    NT_CHECK(e && nt_has_party(e, "Marsh"));
}

/* A news outlet is no meeting party (GUIDE: meeting journalists is no
 * meeting): "its talks" resolved to the paper that reports them, or the
 * outlet named beside the guests, leaves the outlet out. */
static void test_outlet_no_party(void **state)
{
    (void)state;
    nt_run(PUB, "The Financial Times said officials were irritated by the disclosure of its "
                "talks with Shanghai Automotive Industry Corp in October.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Governor Lisa Marsh met with Reuters and Senator Paul Brandt on Monday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e && nt_has_party(e, "Marsh") && !nt_has_party(e, "Reuters"));
    /* hard negative: an outlet that reports the meeting leaves it whole */
    nt_run(PUB, "Governor Lisa Marsh met with Senator Paul Brandt on Monday, Reuters reported.");
    e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e && nt_has_party(e, "Marsh"));
}

/* "talks with the visiting Polish leader X", "met the former Prime
 * Minister X", "with former Minister X": a plain adjective after "the"
 * (or "former" alone) stops no title read; a body
 * whose unnamed sources report the talks is no side of them. */
static void test_title_adjective(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh explained the plan during talks with the visiting Kenyan "
                "leader William Ruto, state department sources said.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Ruto");
    NT_CHECK(e && nt_has_party(e, "Marsh") && e->n_participants == 2);
    nt_run(PUB, "Governor Lisa Marsh met the former Prime Minister William Ruto.");
    e = nt_with_party(NSV_EV_MEETING, "Ruto");
    NT_CHECK(e && nt_has_party(e, "Marsh"));
    /* "former" needs no "the" before the title ("talks with former
     * Foreign Minister X"); a plain noun after it is no title */
    nt_run(PUB, "Governor Lisa Marsh held talks with former Kenyan Foreign Minister William Ruto.");
    e = nt_with_party(NSV_EV_MEETING, "Ruto");
    NT_CHECK(e && nt_has_party(e, "Marsh"));
    nt_run(PUB, "Governor Lisa Marsh met with former colleagues on Monday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "colleagues") == NULL);
    /* "spoke with the new President of X": the state after the title */
    nt_run(PUB, "Governor Lisa Marsh spoke with the new President of Kenya.");
    e = nt_with_party(NSV_EV_MEETING, "Kenya");
    NT_CHECK(e && nt_has_party(e, "Marsh"));
    /* hard negative: a noun after "the" is no adjective of a title */
    nt_run(PUB, "Governor Lisa Marsh spoke with the families of Kenya about the floods.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

/* "The Council also heard a report by Health Minister X": the reporter
 * sits at the meeting named before, where whoever heard it sat. */
static void test_heard_report(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh held a meeting with Senator Paul Brandt in Dover. The "
                "Governor also heard a report by Health Minister Victor Hale on the floods.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e && nt_has_party(e, "Marsh") && nt_has_party(e, "Hale"));
    /* hard negative: a report that was only read, not heard, adds no one */
    nt_run(PUB, "Governor Lisa Marsh held a meeting with Senator Paul Brandt in Dover. The "
                "Governor later read a report by Health Minister Victor Hale on the floods.");
    e = nt_with_party(NSV_EV_MEETING, "Brandt");
    NT_CHECK(e && !nt_has_party(e, "Hale"));
}

/* "X met with the Chairman of the Y Forum Z. The meeting was attended
 * by W": W joins X's meeting with Z, not a stub of Z alone. */
static void test_attended_joins_fuller(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh met with Executive Chairman of the Dover Economic Forum "
                "Paul Brandt.\n\nThe meeting was attended by Health Minister Victor Hale.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Hale");
    NT_CHECK(e && nt_has_party(e, "Marsh") && nt_has_party(e, "Brandt"));
    /* hard negative: a later separate meeting keeps its own people */
    nt_run(PUB, "Governor Lisa Marsh met with Senator Paul Brandt.\n\nLater Senator Paul "
                "Brandt met with Mayor Ann Kerr.");
    e = nt_with_party(NSV_EV_MEETING, "Kerr");
    NT_CHECK(e && !nt_has_party(e, "Marsh"));
}

/* "The meeting of the X Council will take place under ...": a
 * meeting noun that is the subject of a modal after its parties is
 * planned; a modal of the main clause after a fronted phrase is not its. */
static void test_noun_subject_modal_after(void **state)
{
    (void)state;
    nt_run(PUB, "The meeting of the Joint Trade Council between Kenya and Uganda will take place "
                "under the chairmanship of the two presidents.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0 && nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    /* hard negative: "After the talks, A and B will ..." keeps the talks held */
    nt_run(PUB, "Governor Lisa Marsh held talks with Senator Paul Brandt. After the talks, Marsh "
                "and Brandt will speak to the press.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) >= 1);
}

/* "He said negotiations with Kenya would continue next month": a modal of
 * reported speech after the noun's parties ("would", "could") is no held
 * meeting either; the talks the sentence reports as held stay actual. */
static void test_noun_subject_would_after(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh said negotiations with Senator Paul Brandt would continue.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0 && nt_count(NSV_EV_MEETING, -1) == 1);
    /* hard negative: the modal is the main clause's, after a comma */
    nt_run(PUB, "After negotiations with Senator Paul Brandt, Governor Lisa Marsh said a deal "
                "would follow.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "The second round of negotiations of A and B parties is to take place":
 * a modal and "take place" / "be held" after any meeting noun's parties
 * (not only "with X") say it has not happened. */
static void test_noun_parties_take_place(void **state)
{
    (void)state;
    nt_run(PUB, "The second round of negotiations of Kenyan and Ugandan parties is to take place "
                "soon.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    /* hard negative: the round took place */
    nt_run(PUB, "The second round of negotiations of Kenyan and Ugandan parties took place in "
                "Nairobi.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* places.tsv cities that meetings recur in ("met ... in Philadelphia", "here
 * in Hangzhou"): the place carries its country; a city that only names a
 * speaker's origin places nothing. */
static void test_place_city_rows(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh met Senator Paul Brandt in Philadelphia.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Philadelphia"));
    NT_CHECK(e && e->location_country && !strcmp(e->location_country, "United States"));
    /* hard negative: where a party came from is no place of the meeting */
    nt_run(PUB, "Governor Lisa Marsh met Senator Paul Brandt, who had flown in from Boston.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && !e->location_name);
}

/* "spoke by telephone with X about the fighting in Gaza": a call is held
 * in no one place, so the place its topic names is none of its. */
static void test_call_has_no_place(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh spoke by telephone with Senator Paul Brandt about the floods "
                "in Geneva.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->format == NSV_FORMAT_PHONE && !e->location_name);
    /* hard negative: talks in person keep their city */
    nt_run(PUB, "Governor Lisa Marsh held talks with Senator Paul Brandt in Geneva.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Geneva"));
}

/* "took part in the Sochi summit": a city right before the meeting noun is
 * its place; a possessive city ("Moscow's talks") is a side, no place. */
static void test_city_before_meeting_noun(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Lisa Marsh and Senator Paul Brandt took part in the Sochi summit.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && e->location_name && !strcmp(e->location_name, "Sochi"));
    NT_CHECK(e && e->location_country && !strcmp(e->location_country, "Russia"));
    /* hard negative: a country before the noun is a side, not a place */
    nt_run(PUB, "Governor Lisa Marsh held Kenya talks with Senator Paul Brandt.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(!e || !e->location_name);
}

/* "will, inter alia, meet", "will take part, via videoconference, in a
 * meeting of X": the modal before a short aside between commas is the
 * meeting's; an opening phrase before the comma is none ("On Monday, X
 * met"), nor a modal inside the aside ("X, who will retire, met"). */
static void test_modal_across_aside(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting(PUTIN " will, inter alia, meet with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    e = one_meeting(PUTIN " will take part, via videoconference, in talks with " ERDOGAN ".",
                    "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    /* hard negatives */
    e = one_meeting("On Monday, " PUTIN " met with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    e = one_meeting(PUTIN ", who will soon travel, met with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    e = one_meeting(PUTIN " took part, via videoconference, in talks with " ERDOGAN ".", "Putin",
                    "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
}

/* "the President's June trip to the United Kingdom to attend the G7 Summit
 * and meet with X": "attend" takes a meeting noun, so after "to" it is an
 * infinitive still to come, unless a past journey it is the purpose of
 * took place ("flew to Ankara to attend talks with"). */
static void test_to_attend_is_planned(void **state)
{
    (void)state;
    const nsv_event *e =
        one_meeting(PUTIN " discussed his trip to Ankara to attend talks with " ERDOGAN ".",
                    "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    /* hard negatives */
    e = one_meeting(PUTIN " flew to Ankara to attend talks with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    e = one_meeting(PUTIN " attended talks with " ERDOGAN ".", "Putin", "Erdoğan");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
}

/* "On the sidelines of the summit, X will also meet Y": the summit is
 * only the setting of talks still to come, no more held than they are; a
 * meeting the held talks only might lead to places no one at the summit. */
static void test_sidelines_of_unheld_talks(void **state)
{
    (void)state;
    no_actual_meeting("On the sidelines of the SCO summit, " PUTIN " will also meet with " ERDOGAN
                      ".");
    /* hard negative: talks held there place their people at it */
    nt_run(PUB, "On the sidelines of the SCO summit, " PUTIN " met with " ERDOGAN ".");
    const nsv_event *summit = nt_with_party(NSV_EV_MEETING, "SCO");
    NT_CHECK(summit && summit->modality == NSV_MOD_ACTUAL);
    NT_CHECK(nt_has_party(summit, "Putin") && nt_has_party(summit, "Erdoğan"));
    nt_run(PUB, "During their talks with German Chancellor Olaf Scholz on the sidelines of the "
                "SCO summit, he said that this could lead to a meeting with " ERDOGAN ".");
    summit = nt_with_party(NSV_EV_MEETING, "SCO");
    NT_CHECK(summit && summit->modality == NSV_MOD_ACTUAL && nt_has_party(summit, "Scholz"));
    NT_CHECK(!nt_has_party(summit, "Erdoğan"));
}

/* "will hold talks with X and meet Y", "preparations for the meeting of X
 * and the summit of Y": a meeting joined by "and" right after one not held
 * shares its modality; one held before "and" stays held. */
static void test_coordinated_modality(void **state)
{
    (void)state;
    no_actual_meeting(PUTIN " will hold talks with " ERDOGAN " and meet Chinese President Xi "
                            "Jinping.");
    no_actual_meeting("The two presidents discussed preparations for the meeting of the SCO "
                      "Council of Foreign Ministers and the summit of the CSTO.");
    /* hard negatives */
    nt_run(PUB, PUTIN " held talks with " ERDOGAN " and met Chinese President Xi Jinping.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    nt_run(PUB, PUTIN " held talks with " ERDOGAN " and will meet Chinese President Xi Jinping.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Xi Jinping")->modality == NSV_MOD_PLANNED);
}

/* "proposed to convene a summit of X", "proposes a meeting with Y": a
 * proposal (modality.tsv "propose") and "to convene" / "to host" before a
 * meeting noun (words.tsv light verbs) say it has not happened; the same
 * verbs in the past, or after a past pleasure, do. */
static void test_proposed_convening(void **state)
{
    (void)state;
    no_actual_meeting(PUTIN " proposed to convene a summit of the SCO.");
    no_actual_meeting(PUTIN " proposes a meeting with " ERDOGAN ".");
    no_actual_meeting(PUTIN " is ready to host a summit of the SCO.");
    /* hard negatives */
    nt_run(PUB, PUTIN " convened a summit of the SCO.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, PUTIN " was proud to host a summit of the SCO.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "looked forward to further strengthening X at the NATO Summit": a
 * "far" phrase (modality.tsv) makes a meeting later in its clause planned,
 * past the six words the others reach; not across a comma, and a plain
 * verb there leaves it held. */
static void test_far_planning_phrase(void **state)
{
    (void)state;
    no_actual_meeting(PUTIN " looked forward to further strengthening the partnership and trade "
                            "with Turkey at the SCO summit in Samarkand.");
    /* hard negatives */
    nt_run(PUB, PUTIN " discussed further strengthening the partnership and trade with Turkey at "
                      "the SCO summit in Samarkand.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, PUTIN " looked forward to the visit, and spoke about trade with Turkey at the SCO "
                      "summit in Samarkand.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "asked for consultations with Tokyo", "opened the door to negotiations
 * with the Paris Club", "the need to return to Washington for meetings",
 * "agreed to send a team to Cairo next week for further discussions"
 * (modality.tsv): a meeting asked for, made possible, travelled to or dated
 * later is still to come; a request after the cue, a past journey, a
 * journey the meeting only follows (no "for" or "to" leading on to it) or a
 * later day after the cue leave the meeting held. */
static void test_requested_or_coming_meeting(void **state)
{
    (void)state;
    no_actual_meeting(PUTIN " asked for consultations with " ERDOGAN " on the issue.");
    no_actual_meeting(PUTIN " is seeking talks with " ERDOGAN ".");
    no_actual_meeting("The accord opened the door to negotiations between " PUTIN " and " ERDOGAN
                      ".");
    no_actual_meeting(PUTIN " had to return to Moscow for talks with " ERDOGAN ".");
    no_actual_meeting(PUTIN " agreed to send a team to Ankara next week for talks with " ERDOGAN
                            ".");
    /* a journey heading for the meeting, further back than six words */
    no_actual_meeting(PUTIN " spoke in Moscow, before travelling to Ankara for the annual "
                            "summit of the Organization of Turkic States.");
    /* hard negatives */
    nt_run(PUB, "After travelling to Ankara " PUTIN " met with " ERDOGAN ".");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "Before leaving for Ankara " PUTIN " held talks with " ERDOGAN ".");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, PUTIN " held consultations with " ERDOGAN " that had been requested by Ankara.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, PUTIN " returned to Moscow for talks with " ERDOGAN ".");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, PUTIN " held talks with " ERDOGAN ", and the two will meet again next week.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "stressed the importance of holding a regular meeting with X", "insisted
 * on holding direct talks with X": a gerund that starts or holds a meeting
 * after "of", "on", "for", "in" or "with" (modality.tsv) names a meeting
 * still to come; "is holding talks", "After holding talks" do not. */
static void test_gerund_after_preposition(void **state)
{
    (void)state;
    no_actual_meeting(PUTIN " stressed the importance of holding a regular meeting with " ERDOGAN
                            ".");
    no_actual_meeting(PUTIN " insisted on holding direct talks with " ERDOGAN ".");
    /* hard negatives */
    nt_run(PUB, PUTIN " is holding talks with " ERDOGAN ".");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "After holding talks with " ERDOGAN ", " PUTIN " left Sochi.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "agreed on the importance of strategic interagency consultations": after
 * a "bare" phrase of modality.tsv, a meeting noun with only lower-case
 * words before it names a kind, a topic, no meeting held; with an article
 * it points at a meeting that took place. */
static void test_importance_of_bare_noun(void **state)
{
    (void)state;
    no_actual_meeting(PUTIN " and " ERDOGAN " agreed on the importance of strategic interagency "
                            "consultations.");
    no_actual_meeting(PUTIN " stressed the importance of immediately starting talks with " ERDOGAN
                            ".");
    /* hard negatives: the meeting held that the phrase points at, and the
     * meeting the sentence itself reports */
    nt_run(PUB, "They noted the importance of the meeting between " PUTIN " and " ERDOGAN
                " in Sochi on Monday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, PUTIN " met with " ERDOGAN " and stressed the importance of trade.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "a meeting between X and Y in Sochi in November" in an item of May: a
 * month with no day after the published one says a meeting noun has not
 * happened; an earlier month, a past year, or a verb ("met ... in
 * November", last year's) leave it held. */
static void test_future_month_after_noun(void **state)
{
    (void)state;
    const char *pair = "a meeting between " PUTIN " and " ERDOGAN " in Sochi in ";
    char text[512];
    snprintf(text, sizeof text, "They discussed the work towards %sNovember.", pair);
    nt_run("2022-05-10", text);
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1 && nt_actual(NSV_EV_MEETING) == 0);
    /* hard negatives */
    snprintf(text, sizeof text, "They discussed the results of %sMarch.", pair);
    nt_run("2022-05-10", text);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    snprintf(text, sizeof text, "They discussed the results of %sNovember 2021.", pair);
    nt_run("2022-05-10", text);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run("2022-05-10", PUTIN " met " ERDOGAN " in Sochi in November.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "will in all likelihood personally attend the bilateral talks with X":
 * a modal auxiliary reaches a meeting cue up to nine words back; other
 * planning words stop at six ("was pending while X took part in the SCO
 * summit"). */
static void test_modal_reaches_further(void **state)
{
    (void)state;
    no_actual_meeting(
        PUTIN " will in all likelihood personally attend the bilateral talks with " ERDOGAN ".");
    /* hard negative */
    nt_run(PUB, "The decision was pending while " PUTIN " took part in the SCO summit in "
                "Samarkand.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "X sent his greetings to participants in the 10th meeting of the CIS
 * ...": a send verb with "to" addresses a group's meeting from afar; the
 * meeting stays (its participants unnamed), the sender is none of them.
 * "took part in", "addressed the plenary session" place him there. */
static void test_greetings_to_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin sent his greetings to participants in the 10th meeting of the CIS "
                "heads of financial intelligence services.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "CIS");
    NT_CHECK(e && !nt_has_party(e, "Putin"));
    /* "at" places the addressees there, not the sender */
    nt_run(PUB,
           "Vladimir Putin sent greetings to those at a meeting of the SCO Council of Heads of "
           "State.");
    e = nt_with_party(NSV_EV_MEETING, "SCO");
    NT_CHECK(e && !nt_has_party(e, "Putin"));
    /* hard negatives */
    nt_run(PUB, "Vladimir Putin took part in the 10th meeting of the CIS heads of financial "
                "intelligence services.");
    e = nt_with_party(NSV_EV_MEETING, "CIS");
    NT_CHECK(e && nt_has_party(e, "Putin"));
    nt_run(PUB, "Vladimir Putin addressed the plenary session of the SCO summit.");
    e = nt_with_party(NSV_EV_MEETING, "SCO");
    NT_CHECK(e && nt_has_party(e, "Putin"));
}

/* "met with X in Dubai, the United Arab Emirates on the sidelines of the
 * 28th Conference of the Parties ...": the country after "<city>," ends
 * the place, it is no side of the summit; after "and with" it is one. */
static void test_sidelines_place_apposition(void **state)
{
    (void)state;
    const char *cop = " on the sidelines of the 28th Conference of the Parties to the UN Framework "
                      "Convention on Climate Change (COP28).";
    char text[512];
    snprintf(text, sizeof text,
             "Vice President Kamala Harris met today with King Abdullah II of Jordan in Dubai, the "
             "United Arab Emirates%s",
             cop);
    nt_run(PUB, text);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "UN");
    NT_CHECK(e && nt_has_party(e, "Harris") && !nt_has_party(e, "United Arab Emirates"));
    /* hard negative */
    snprintf(text, sizeof text,
             "Vice President Kamala Harris met today with King Abdullah II of Jordan and with the "
             "United Arab Emirates%s",
             cop);
    nt_run(PUB, text);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "United Arab Emirates") != NULL);
}

/* "spoke with the Governors of Louisiana, Mississippi, and Alabama": unnamed
 * holders of an office (a role title, singular or plural) come for the
 * places listed, which are the parties.  Hard negatives: a body whose name
 * holds the plural ("the Board of Governors") stays that body, and people
 * "of" a place with no office ("the people of Louisiana") are no party. */
static void test_office_holders_of_places(void **state)
{
    (void)state;
    nt_run(PUB, "Yesterday, President Biden spoke with the Governors of Louisiana, Mississippi, "
                "and Alabama to make clear that States have the full support of the Federal "
                "government.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Biden");
    NT_CHECK(e && nt_has_party(e, "Louisiana") && nt_has_party(e, "Mississippi") &&
             nt_has_party(e, "Alabama"));
    /* the places' list ends at a named person after a comma, who is the
     * next party of the outer list */
    nt_run(PUB, "President Biden convened a call with the Governors of Louisiana, Alabama, and "
                "Mississippi, FEMA Administrator Deanne Criswell, and Director Julie Rodriguez "
                "to discuss the storm.");
    e = nt_with_party(NSV_EV_MEETING, "Biden");
    NT_CHECK(e && nt_has_party(e, "Louisiana") && nt_has_party(e, "Mississippi"));
    nt_run(PUB, "Joe Biden met with the Mayor of Houston on Friday.");
    NT_CHECK(nt_has_party(nt_with_party(NSV_EV_MEETING, "Biden"), "Houston"));
    nt_run(PUB, "Joe Biden met with the Board of Governors on Friday.");
    NT_CHECK(nt_has_party(nt_with_party(NSV_EV_MEETING, "Biden"), "Board of Governors"));
    nt_run(PUB, "Joe Biden met with the people of Louisiana on Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Louisiana") == NULL);
}

/* "Senator John McCain recently visited Mr Blair": a visit to a titled person
 * is a meeting with them; a visit to a place or a thing named after a title
 * is none */
static void test_visited_titled_person(void **state)
{
    (void)state;
    one_meeting("Climate change was discussed when senator John McCain recently visited Mr Blair.",
                "McCain", "Blair");
    one_meeting("Maurice Druon first visited President Putin at his residence in January.", "Druon",
                "Putin");
    /* hard negatives */
    no_actual_meeting("Tony Blair visited President Kennedy's grave.");
    no_actual_meeting("President Joe Biden visited Prince George's County on Monday.");
    no_actual_meeting("Senator John McCain visited Baghdad last week.");
}

/* "India, Israel, the United Arab Emirates (UAE), and the United States
 * convened": the list reads on over a short parenthesis; not over a long
 * one */
static void test_list_over_parenthesis(void **state)
{
    (void)state;
    nt_run(PUB,
           "On Thursday, the leaders of India, Israel, the United Arab Emirates (UAE), and the "
           "United States convened for the first leaders' meeting of the group.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "India");
    NT_CHECK(e != NULL);
    NT_CHECK(nt_has_party(e, "Israel") && nt_has_party(e, "United Arab Emirates") &&
             nt_has_party(e, "United States"));
    /* hard negative: a long parenthesis ends the list */
    nt_run(PUB, "On Thursday, Israel, India (which chairs the group this year and hosts its "
                "staff), and the United States convened for the first leaders' meeting.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "India") == NULL);
}

/* "convened the national security advisors of France, Germany and Italy":
 * the states the convened group comes from take part; places that are no
 * states do not */
static void test_convened_group_of_states(void **state)
{
    (void)state;
    nt_run(PUB, "Today, Security Adviser Tom Reyes convened the national security advisors of "
                "France, Germany, and the United Kingdom in Washington.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Reyes") && nt_has_party(e, "France") && nt_has_party(e, "Germany") &&
             nt_has_party(e, "United Kingdom"));
    nt_run(PUB, "Today, Security Adviser Tom Reyes convened senior officials from Mexico and "
                "Canada to discuss migration.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Mexico") && nt_has_party(e, "Canada"));
    /* hard negatives: states of a country are no sides; an unnamed
     * community is no body */
    nt_run(PUB, "Today, Mayor Tom Reyes convened state legislators from Maine, Vermont and Ohio.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e->n_participants == 1 && nt_has_party(e, "Reyes"));
    nt_run(PUB, "Today, Mayor Tom Reyes convened leaders of civil rights organizations.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->n_participants == 1);
}

/* A title-case headline capitalises every word: "Meeting with Families of
 * Americans Taken Hostage" names an unnamed group the body writes in lower
 * case, no party; a name the body writes as the headline does stays */
static void test_headline_common_phrase(void **state)
{
    (void)state;
    nt_run_item("t-1", PUB,
                "Readout of Vice President Reyes's Meeting with Families of Americans Taken "
                "Hostage",
                "Vice President Tom Reyes met today with families of Americans taken hostage by "
                "pirates. The Vice President updated the families on the talks.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Reyes");
    NT_CHECK(e != NULL && e->n_participants == 1);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Taken Hostage") == NULL);
    nt_run_item("t-2", PUB, "Readout of City Hall Meeting with Vaccine Equipment Manufacturers",
                "City Hall officials met today with manufacturers of vaccine equipment to discuss "
                "supply.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Manufacturers") == NULL);
    /* hard negatives: the body writes the name capitalised; a sentence-case
     * headline keeps its names */
    nt_run_item("t-3", PUB, "Readout of Mayor Reyes's Meeting with United Auto Workers",
                "Mayor Tom Reyes met today with United Auto Workers leaders. The workers' "
                "union said the talks went well.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "United Auto Workers") != NULL);
    nt_run_item("t-4", PUB,
                "Mayor Tom Reyes met with a delegation of the Regional Assembly headed by its "
                "chairman Lord Hale",
                "During the meeting, Mr Reyes and Lord Hale discussed the budget of the regional "
                "assembly.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Regional Assembly") != NULL);
}

/* "met with A and National Bank President X": a later conjunct that is a
 * body naming the office of the person after it is that person, and the
 * list goes on after the person */
static void test_conjunct_body_title_person(void **state)
{
    (void)state;
    nt_run(PUB, "Finance Minister Tom Reyes met his counterpart Otto Stich and National Bank "
                "President Pierre Languetin on Monday.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Reyes") && nt_has_party(e, "Stich") && nt_has_party(e, "Languetin"));
    NT_CHECK(!nt_has_party(e, "National Bank"));
    nt_run(PUB, "Mayor Tom Reyes met with Health Minister Anna Kovac, Investigative Committee "
                "Chairman Alexander Bastrykin and Kemerovo Region Governor Aman Tuleyev.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e != NULL && nt_has_party(e, "Bastrykin") && nt_has_party(e, "Tuleyev"));
    /* hard negative: a body met beside a person, with no person after it */
    nt_run(PUB, "Finance Minister Tom Reyes met his counterpart Otto Stich and the National Bank "
                "on Monday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e != NULL && nt_has_party(e, "Stich") && nt_has_party(e, "National Bank"));
}

/* "met with Head of the Federal Taxation Service (FTS) X", "with Palestinian
 * Liberation Organization (PLO) Secretary General X": a short parenthesis
 * after the body does not end the title chain before the person */
static void test_title_chain_over_parenthesis(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Tom Reyes met with Head of the Federal Taxation Service (FTS) Mikhail "
                "Mishustin.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e != NULL && nt_has_party(e, "Mishustin") && !nt_has_party(e, "Taxation"));
    nt_run(PUB, "Jake Sullivan met with Palestinian Liberation Organization (PLO) Secretary "
                "General Ahmed Karim on Sunday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e != NULL && nt_has_party(e, "Karim"));
    /* hard negative: a long parenthesis ends it; the body is met */
    nt_run(PUB, "Jake Sullivan met with the Palestinian Liberation Organization (which the "
                "group founded in 1964 and still leads) on Sunday.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e != NULL && nt_has_party(e, "Palestinian Liberation Organization"));
}

/* "War Cabinet Member Benny Gantz": a capitalised "Member" before a name
 * titles the person, who is the party, not the body; "CIS Member States"
 * stays the body's */
static void test_member_title(void **state)
{
    (void)state;
    nt_run(PUB, "Mayor Tom Reyes met today with Israeli War Cabinet Member Benny Gantz at City "
                "Hall.");
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e != NULL && nt_has_party(e, "Gantz") && !nt_has_party(e, "War Cabinet"));
    /* hard negative: no person after "Member" */
    nt_run(PUB, "Mayor Tom Reyes met today with the leaders of the CIS Member States in Minsk.");
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e != NULL && nt_has_party(e, "CIS"));
}

/* "X chaired a videoconference meeting of the Board": a remote format's
 * noun before the meeting noun does not hide the verb that holds it */
static void test_format_noun_before_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin chaired a videoconference meeting of the Supervisory Board of "
                "the Agency for Strategic Initiatives.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Putin") && nt_has_party(e, "Supervisory Board"));
    /* hard negative: "a virtual roundtable listening session" stays one
     * meeting */
    nt_run(PUB, "Today, Domestic Policy Advisor Susan Rice hosted a virtual roundtable listening "
                "session with community leaders to discuss hate crimes.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "Ahead of X, A, Title, and B, Title, convened": a readout's hosts with
 * long titles after an opening prepositional phrase are both parties */
static void test_hosts_after_opening_phrase(void **state)
{
    (void)state;
    nt_run(PUB, "Ahead of the 30th Anniversary of the Family and Medical Leave Act, Jennifer "
                "Klein, Assistant to the President and Director of the Gender Policy Council, "
                "and Julie Chavez Rodriguez, Senior Advisor to the President and Director of the "
                "White House Office of Intergovernmental Affairs, convened state legislators.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Klein");
    NT_CHECK(e != NULL && nt_has_party(e, "Chavez Rodriguez"));
    /* hosts with their titles before the name, after "Today, to mark X," */
    nt_run(PUB, "Today, to commemorate the anniversary of the Civil Rights Act, Director of the "
                "Gender Policy Council Jennifer Klein, Domestic Policy Advisor Susan Rice, and "
                "Vice Chair Jocelyn Samuels convened civil rights leaders.");
    e = nt_with_party(NSV_EV_MEETING, "Samuels");
    NT_CHECK(e != NULL && nt_has_party(e, "Klein") && nt_has_party(e, "Rice"));
    /* hard negatives: a person the opening phrase names as its topic is no
     * host, and a sentence whose list does not open with a named host
     * takes nobody from the phrase */
    nt_run(PUB, "Ahead of the vote on the nomination of Judge Mary Smith, Jennifer Klein, "
                "Assistant to the President, and Tom Perez, Senior Advisor to the President, "
                "convened state leaders.");
    e = nt_with_party(NSV_EV_MEETING, "Klein");
    NT_CHECK(e != NULL && nt_has_party(e, "Perez") && !nt_has_party(e, "Smith"));
    nt_run(PUB, "After the hearing of Judge Mary Smith, senior officials, and advocates, the "
                "Office convened state leaders.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Smith") == NULL);
    /* the forum the hosts convened people for is their one convening */
    nt_run(PUB, "Today, as part of Mental Health Awareness Month, Julie Chavez Rodriguez, Senior "
                "Advisor to the President, and Christen Linke Young, Deputy Assistant to the "
                "President in the White House Domestic Policy Council, convened representatives "
                "from state and local government for a Forum on Mental Health. Senior White "
                "House officials participated in the convening.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_with_party(NSV_EV_MEETING, "Linke Young");
    NT_CHECK(e != NULL && nt_has_party(e, "Chavez Rodriguez"));
}

/* "Today, A, Title, and B, Title of the X Office, met with D": a readout's
 * hosts with long titles after commas all met D */
static void test_readout_hosts_met_with(void **state)
{
    (void)state;
    nt_run(PUB, "Today, Jennifer Klein, Assistant to the President and Director of the Gender "
                "Policy Council and Nicholas Berliner, Special Assistant to the President and "
                "Senior Director for Russia and Central Asia, met with Saida Mirziyoyeva, Head of "
                "the Presidential Administration of Uzbekistan.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Mirziyoyeva");
    NT_CHECK(e != NULL && nt_has_party(e, "Klein") && nt_has_party(e, "Berliner"));
    /* hard negative: a person the object names as its topic stays out,
     * and a list that does not open the sentence is no host list */
    nt_run(PUB, "After a briefing on the case of Judge Mary Smith, Jennifer Klein, Assistant to "
                "the President, and Tom Perez, Senior Advisor to the President, met with Governor "
                "John Roe.");
    e = nt_with_party(NSV_EV_MEETING, "Roe");
    NT_CHECK(e != NULL && nt_has_party(e, "Klein") && nt_has_party(e, "Perez") &&
             !nt_has_party(e, "Smith"));
    nt_run(PUB, "The report thanked Jennifer Klein, Assistant to the President, and Tom Perez, "
                "Senior Advisor to the President, who met with Governor John Roe.");
    e = nt_with_party(NSV_EV_MEETING, "Roe");
    NT_CHECK(e == NULL || !nt_has_party(e, "Klein"));
    /* the titled list that joined a meeting told before */
    nt_run(PUB, "Today at the White House, National Security Advisor Phil Gordon hosted "
                "diplomatic representatives from Argentina, Canada and Panama. Daniel Erikson, "
                "Senior Director for the Western Hemisphere at the National Security Council, "
                "and Mark Wells, the Acting Assistant Secretary of State, joined the meeting.");
    e = nt_with_party(NSV_EV_MEETING, "Gordon");
    NT_CHECK(e != NULL && nt_has_party(e, "Erikson") && nt_has_party(e, "Wells"));
    /* hard negative: "A and B attended the forum" with no titles keeps the
     * joining rule's own reading (one record, no list walk) */
    nt_run(PUB, "Vladimir Putin met with Nursultan Nazarbayev. Sergei Lavrov, Foreign Minister, "
                "and the press attended the meeting.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "press") == NULL);
    /* "joined the convening" points back as "joined the meeting" does */
    nt_run(PUB, "Today, the White House Office of Public Engagement convened experts from power "
                "companies and grid operators. Federal Energy Regulatory Commission Chairman "
                "Willie Phillips joined the convening and explained the new rule.");
    e = nt_with_party(NSV_EV_MEETING, "Phillips");
    NT_CHECK(e != NULL && nt_has_party(e, "Office of Public Engagement"));
    /* hard negative: "joined the call for" is a demand, not a meeting */
    nt_run(PUB, "Today, the White House Office of Public Engagement convened experts from power "
                "companies. Allstate Insurance joined the calls for federal legislation.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Allstate") == NULL);
}

/* A readout's roster can name more than 32 people: the last line and the
 * officials who joined the host after it are parties too */
static void test_long_roster(void **state)
{
    (void)state;
    nt_run(PUB,
           "Today, Vice President Kamala Harris convened disability rights leaders. She was "
           "joined by Secretary of Transportation Pete Buttigieg.\n\nParticipants included:\n\n"
           "- Anna Abbott, Director, Acme Foundation\n"
           "- Brian Barker, Director, Acme Foundation\n"
           "- Carla Carver, Director, Acme Foundation\n"
           "- David Dalton, Director, Acme Foundation\n"
           "- Elena Easton, Director, Acme Foundation\n"
           "- Frank Fowler, Director, Acme Foundation\n"
           "- Grace Garner, Director, Acme Foundation\n"
           "- Henry Hadley, Director, Acme Foundation\n"
           "- Irene Ingram, Director, Acme Foundation\n"
           "- James Jarvis, Director, Acme Foundation\n"
           "- Karen Keller, Director, Acme Foundation\n"
           "- Louis Lawson, Director, Acme Foundation\n"
           "- Maria Mercer, Director, Acme Foundation\n"
           "- Nancy Norris, Director, Acme Foundation\n"
           "- Oscar Osborne, Director, Acme Foundation\n"
           "- Paula Porter, Director, Acme Foundation\n"
           "- Quinn Quincy, Director, Acme Foundation\n"
           "- Rachel Ramsey, Director, Acme Foundation\n"
           "- Steven Sawyer, Director, Acme Foundation\n"
           "- Teresa Tanner, Director, Acme Foundation\n"
           "- Ursula Upton, Director, Acme Foundation\n"
           "- Victor Vaughn, Director, Acme Foundation\n"
           "- Wendy Walker, Director, Acme Foundation\n"
           "- Xavier Yates, Director, Acme Foundation\n"
           "- Yvonne Zimmer, Director, Acme Foundation\n"
           "- Zachary Ashford, Director, Acme Foundation\n"
           "- Alice Bradley, Director, Acme Foundation\n"
           "- Bruce Conway, Director, Acme Foundation\n"
           "- Cecilia Dawson, Director, Acme Foundation\n"
           "- Daniel Ellison, Director, Acme Foundation\n"
           "- Emily Fletcher, Director, Acme Foundation\n"
           "- Felix Gibson, Director, Acme Foundation\n"
           "- Gloria Harper, Director, Acme Foundation\n"
           "- Harold Irwin, Director, Acme Foundation\n"
           "- Isabel Jensen, Director, Acme Foundation\n"
           "- Jacob Kendall, Director, Acme Foundation\n");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Harris");
    NT_CHECK(e != NULL && nt_has_party(e, "Jacob Kendall") && nt_has_party(e, "Buttigieg") &&
             nt_has_party(e, "Anna Abbott"));
    /* hard negative: a list of speakers at a press event is no roster */
    nt_run(PUB, "Today, the President held a press conference.\n\nSpeakers included:\n\n"
                "- Anna Abbott, Director, Acme Foundation\n"
                "- Brian Barker, Director, Acme Foundation\n"
                "- Carla Carver, Director, Acme Foundation\n"
                "- David Dalton, Director, Acme Foundation\n"
                "- Elena Easton, Director, Acme Foundation\n"
                "- Frank Fowler, Director, Acme Foundation\n"
                "- Grace Garner, Director, Acme Foundation\n"
                "- Henry Hadley, Director, Acme Foundation\n"
                "- Irene Ingram, Director, Acme Foundation\n"
                "- James Jarvis, Director, Acme Foundation\n"
                "- Karen Keller, Director, Acme Foundation\n"
                "- Louis Lawson, Director, Acme Foundation\n"
                "- Maria Mercer, Director, Acme Foundation\n"
                "- Nancy Norris, Director, Acme Foundation\n"
                "- Oscar Osborne, Director, Acme Foundation\n"
                "- Paula Porter, Director, Acme Foundation\n"
                "- Quinn Quincy, Director, Acme Foundation\n"
                "- Rachel Ramsey, Director, Acme Foundation\n"
                "- Steven Sawyer, Director, Acme Foundation\n"
                "- Teresa Tanner, Director, Acme Foundation\n"
                "- Ursula Upton, Director, Acme Foundation\n"
                "- Victor Vaughn, Director, Acme Foundation\n"
                "- Wendy Walker, Director, Acme Foundation\n"
                "- Xavier Yates, Director, Acme Foundation\n"
                "- Yvonne Zimmer, Director, Acme Foundation\n"
                "- Zachary Ashford, Director, Acme Foundation\n"
                "- Alice Bradley, Director, Acme Foundation\n"
                "- Bruce Conway, Director, Acme Foundation\n"
                "- Cecilia Dawson, Director, Acme Foundation\n"
                "- Daniel Ellison, Director, Acme Foundation\n"
                "- Emily Fletcher, Director, Acme Foundation\n"
                "- Felix Gibson, Director, Acme Foundation\n"
                "- Gloria Harper, Director, Acme Foundation\n"
                "- Harold Irwin, Director, Acme Foundation\n"
                "- Isabel Jensen, Director, Acme Foundation\n"
                "- Jacob Kendall, Director, Acme Foundation\n");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Kendall") == NULL);
}

/* "Chief Advisor to the President of Turkey, Ambassador X": a title chain
 * goes on after a comma to the same person's next title */
static void test_title_chain_after_comma(void **state)
{
    (void)state;
    /* the same person's second title after a comma */
    nt_run(PUB, "Andriy Yermak met with Presidential Spokesperson and Chief Advisor to the "
                "President of Turkey, Ambassador Ibrahim Kalin.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Kalin");
    NT_CHECK(e != NULL);
    NT_CHECK(nt_has_party(e, "Yermak"));
    nt_run(PUB, "Jake Sullivan met with Chinese Communist Party Politburo "
                "Member, Director of the Office of the Foreign Affairs Commission, and Foreign "
                "Minister Wang Yi in Bangkok.");
    e = nt_with_party(NSV_EV_MEETING, "Wang Yi");
    NT_CHECK(e != NULL);
    NT_CHECK(nt_has_party(e, "Sullivan"));
    /* hard negatives: a name the title ends in before the comma is its own
     * person, and no title word after the comma, no chain */
    nt_run(PUB, "Volodymyr Zelenskyy met with Minister of Foreign Affairs of the Czech Republic "
                "Jan Lipavsky, Minister of Foreign Affairs of Austria Alexander Schallenberg.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Schallenberg") == NULL ||
             nt_has_party(nt_with_party(NSV_EV_MEETING, "Schallenberg"), "Lipavsky"));
    nt_run(PUB, "Ihor Zhovkva met with Chair of the Delegation to the Euronest Parliamentary "
                "Assembly, Andrius Kubilius.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Kubilius") == NULL);
    nt_run(PUB, "During his talks with the Prime Minister of Italy, President Vladimir Putin "
                "stressed that trade grew.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Italy") != NULL);
}

static void test_description_title_goes_on(void **state)
{
    (void)state;
    /* a description the title goes on after is part of the person's title */
    nt_run(PUB, "Jake Sullivan met with People's Republic of China Director of the Office of "
                "the Foreign Affairs Commission and Foreign Minister Wang Yi.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Wang Yi");
    NT_CHECK(e != NULL);
    NT_CHECK(nt_has_party(e, "Sullivan"));
    nt_run(PUB, "Jake Sullivan met with Kazakhstani Special Representative for International "
                "Cooperation Erzhan Kazykhan.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Kazykhan") != NULL);
    /* hard negative: a description that ends its title stays the party */
    nt_run(PUB, "Jake Sullivan met with the Prime Minister of Denmark in Copenhagen.");
    e = nt_with_party(NSV_EV_MEETING, "Denmark");
    NT_CHECK(e != NULL);
}

static void test_group_of_unread_body(void **state)
{
    (void)state;
    /* the bare name of the body an unnamed group comes from */
    nt_run(PUB, "Oleksandr Kubrakov met with representatives of Alstom.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Kubrakov");
    NT_CHECK(e != NULL && nt_has_party(e, "Alstom"));
    nt_run(PUB, "Mr Putin met with representatives of the MEDEF in Paris.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && nt_has_party(e, "MEDEF"));
    /* hard negatives: a name that goes on ("of"), a lower-case noun after
     * (the presidency is a body's head word: its whole name, not a bare
     * "Presidency") */
    nt_run(PUB, "Jon Finer met with members of the Presidency of Bosnia and Herzegovina.");
    e = nt_with_party(NSV_EV_MEETING, "Finer");
    NT_CHECK(e == NULL || !nt_has_party(e, "Presidency") ||
             nt_has_party(e, "Presidency of Bosnia and Herzegovina"));
    nt_run(PUB, "Kamala Harris met with representatives of the Telecommunications Sector.");
    e = nt_with_party(NSV_EV_MEETING, "Harris");
    NT_CHECK(e == NULL || !nt_has_party(e, "Telecommunications"));
    nt_run(PUB, "Kamala Harris met with members of the Texas state legislature.");
    e = nt_with_party(NSV_EV_MEETING, "Harris");
    NT_CHECK(e == NULL || !nt_has_party(e, "Texas"));
}

/* "met with USAID representatives": a body's bare name before a head that
 * names its people (phrases.tsv body_people) takes part, as in
 * "representatives of X" */
static void test_body_name_before_group_head(void **state)
{
    (void)state;
    nt_run(PUB, "Minister Iryna Vereshchuk met with USAID representatives today.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Vereshchuk");
    NT_CHECK(e != NULL && nt_has_party(e, "USAID"));
    nt_run(PUB, "President Volodymyr Zelenskyy met with Ukrenergo workers on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Zelenskyy");
    NT_CHECK(e != NULL && nt_has_party(e, "Ukrenergo"));
    /* hard negatives: adjectives of a side or a branch, the press */
    nt_run(PUB, "President Joe Biden met with Democratic members on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Biden");
    NT_CHECK(e == NULL || !nt_has_party(e, "Democratic"));
    nt_run(PUB, "President Joe Biden met with Congressional staff on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Biden");
    NT_CHECK(e == NULL || !nt_has_party(e, "Congressional"));
    nt_run(PUB, "President Volodymyr Zelenskyy met with Kyiv journalists on Friday.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zelenskyy") == NULL);
}

/* "X said this during a meeting with FIS officials": the speaker held the
 * meeting with the group, as "his meeting with" says; the group's body
 * takes part */
static void test_speaker_during_group_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Volodymyr Zelenskyy said this during a meeting with representatives of "
                "Ukrenergo.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Zelenskyy");
    NT_CHECK(e != NULL && nt_has_party(e, "Ukrenergo"));
    nt_run(PUB, "This was emphasized by President Volodymyr Zelenskyy during a meeting with FIS "
                "officials on Friday.");
    e = nt_with_party(NSV_EV_MEETING, "Zelenskyy");
    NT_CHECK(e != NULL && nt_has_party(e, "FIS"));
    /* hard negatives: the press, a group no body names (an audience as
     * often as talks) */
    nt_run(PUB, "Volodymyr Zelenskyy said this during a meeting with media representatives.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zelenskyy") == NULL);
    nt_run(PUB, "Volodymyr Zelenskyy said this during a meeting with students.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zelenskyy") == NULL);
}

/* "X made the decision after meeting senior advisers and members of the
 * Labour Party": the gerund cue meets for the clause's subject */
static void test_after_meeting_group(void **state)
{
    (void)state;
    nt_run(PUB, "Bob Hawke made the decision after meeting senior advisers and high-ranking "
                "members of the ruling Labour Party in Canberra last night.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Hawke");
    NT_CHECK(e != NULL && nt_has_party(e, "Labour"));
    /* hard negatives: "meeting" that fulfils, a subject that is no person */
    nt_run(PUB, "Bob Hawke said costs rose after meeting regulatory requirements.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Hawke") == NULL);
    nt_run(PUB, "Prices rose after meeting senior officials in Canberra.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
}

static void test_group_of_described_body(void **state)
{
    (void)state;
    /* plain words between the article and the body the group comes from */
    nt_run(PUB, "Vladimir Putin met with members of the new, seventh Civic Chamber via "
                "videoconference.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && nt_has_party(e, "Civic Chamber"));
    /* hard negatives: no body after the words, a place after the group */
    nt_run(PUB, "Vladimir Putin met with representatives of the relevant ministries.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e == NULL || e->n_participants == 1);
    nt_run(PUB, "Vladimir Putin met with members of the public in the Ivanovo Region.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e == NULL || e->n_participants == 1);
}

static void test_attended_by_group_then_named(void **state)
{
    (void)state;
    /* an unnamed group opens the attendees; the named people after it */
    nt_run(PUB, "Vladimir Putin met with young scientists via videoconference. The meeting was "
                "attended by 40 regional governors, Deputy Prime Minister Sergei Shoigu and "
                "Deputy Prime Minister Viktoria Abramchenko.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Shoigu");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin") && nt_has_party(e, "Abramchenko"));
    nt_run(PUB, "Vladimir Putin met with young scientists. The meeting was attended by members of "
                "the Civic Chamber and First Deputy Chief of Staff of the Presidential Executive "
                "Office Sergei Kiriyenko.");
    e = nt_with_party(NSV_EV_MEETING, "Kiriyenko");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin"));
    /* hard negative: offices with no name after the group */
    nt_run(PUB, "Vladimir Putin met with young scientists. The meeting was attended by the heads "
                "of law-enforcement ministries, the Security Council secretary and the finance "
                "minister.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Security Council") == NULL);
}

static void test_host_only_title_into_body(void **state)
{
    (void)state;
    /* a headline meeting with only its host (another of the host's
     * convenings merged into it) is the body's roundtable with the named
     * guests */
    const char *text =
        "Today, Vice President Kamala Harris hosted a roundtable conversation with disability "
        "rights leaders to discuss access to reproductive health care. The meeting built on the "
        "Vice President's engagements on reproductive rights with health care providers. Vice "
        "President Harris also convened legislators from Florida, Indiana, and Nebraska in "
        "Washington D.C. to discuss the challenges in those states.\n\n"
        "Participants:\n\n- Dior Vargas, Disability Rights Advocate\n- Maria Town, American "
        "Association of People with Disabilities\n";
    nt_run_source("t-1", "The White House (whitehouse.gov)", "2022-07-26",
                  "Readout of Vice President Kamala Harris's Meeting with Disability Rights "
                  "Leaders on Reproductive Rights",
                  text);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Harris");
    NT_CHECK(e != NULL && nt_has_party(e, "Vargas"));
    /* hard negative: a headline naming its guest keeps its own meeting */
    nt_run_source("t-1", "The White House (whitehouse.gov)", "2022-07-26",
                  "Readout of Vice President Kamala Harris's Meeting with Governor Phil Murphy",
                  text);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Murphy") != NULL);
}

static void test_members_of_the_government(void **state)
{
    (void)state;
    /* "members of the Government" meets the bare executive, as "Government
     * members" does */
    nt_run(PUB, "Vladimir Putin held a meeting with members of the Government.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && nt_has_party(e, "Government"));
    nt_run(PUB, "Vladimir Putin held a meeting with members of the Cabinet via videoconference.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && nt_has_party(e, "Cabinet"));
    /* hard negative: a part of the Government is no side */
    nt_run(PUB, "Vladimir Putin held a meeting with members of the Government's economic bloc.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e == NULL || !nt_has_party(e, "Government"));
}

static void test_title_over_acronym(void **state)
{
    (void)state;
    /* a body's bracketed acronym inside the counterpart's title */
    nt_run(PUB, "President Vladimir Putin said at a meeting with Secretary-General of the "
                "Organisation of the Islamic Conference (OIC) Ekmeleddin Ihsanoglu that ties "
                "grew.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Ihsanoglu");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin"));
    nt_run(PUB, "Andriy Sybiha met with Secretary General of the Parliamentary Assembly of the "
                "Black Sea Economic Cooperation (PABSEC) Asaf Hajiyev.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Hajiyev") != NULL);
    /* hard negative: a bracketed acronym that ends the phrase leaves the
     * body the party */
    nt_run(PUB, "Andriy Sybiha met with the Parliamentary Assembly of the Black Sea Economic "
                "Cooperation (PABSEC) in Kyiv.");
    e = nt_with_party(NSV_EV_MEETING, "Sybiha");
    NT_CHECK(e != NULL && nt_has_party(e, "Parliamentary Assembly"));
}

static void test_list_over_person_country(void **state)
{
    (void)state;
    /* each person's "of <country>" between the listed counterparts */
    nt_run(PUB, "President Joe Biden met today with President Yoon Suk Yeol of the Republic of "
                "Korea, Prime Minister Kishida Fumio of Japan, and Prime Minister Christopher "
                "Luxon of New Zealand.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Yoon");
    NT_CHECK(e != NULL);
    NT_CHECK(nt_has_party(e, "Kishida") && nt_has_party(e, "Luxon"));
    /* hard negative: "of" a body (no country) ends the list */
    nt_run(PUB, "President Joe Biden met today with President Yoon Suk Yeol of the Democratic "
                "Party and Prime Minister Kishida Fumio.");
    e = nt_with_party(NSV_EV_MEETING, "Yoon");
    NT_CHECK(e == NULL || !nt_has_party(e, "Kishida"));
}

/* "Deputy Director of the Office of Personnel Management Rob Shriver met
 * with": a first name (given_names.txt) after a body's "of" part starts the
 * person, who meets (the name ran on from the body: "Office of Personnel
 * Management Rob Shriver" met as a body). */
static void test_given_name_after_body_part(void **state)
{
    (void)state;
    nt_run(PUB, "Acting Director of the Office of Personnel Management Rob Shriver met with "
                "Joe Smith.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Shriver");
    NT_CHECK(e && nt_has_party(e, "Joe Smith"));
    int whole = 0;
    for (size_t k = 0; e && k < e->n_participants; k++)
        whole |= strcmp(e->participants[k].name, "Rob Shriver") == 0;
    NT_CHECK(whole);
    /* hard negative: the body named alone still speaks as the body */
    nt_run(PUB, "The Office of Personnel Management said the plan was fair.");
    NT_CHECK(nt_count_said_by("Office of Personnel Management") == 1);
}

/* "Deputy Heads of the Office of the President": a plural office naming no
 * one, not a surname "Heads" after the title "Deputy" */
static void test_plural_deputy_heads_no_party(void **state)
{
    (void)state;
    nt_run(PUB, "Volodymyr Zelenskyy held a meeting on reconstruction. It was attended by Prime "
                "Minister Denys Shmyhal and Deputy Heads of the Office of the President.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Zelenskyy");
    NT_CHECK(e && nt_has_party(e, "Shmyhal") && !nt_has_party(e, "Heads"));
    /* hard negative: one deputy head with a name is still the party */
    nt_run(PUB, "Volodymyr Zelenskyy met with Deputy Head of the Office of the President Rostyslav "
                "Shurma.");
    e = nt_with_party(NSV_EV_MEETING, "Zelenskyy");
    NT_CHECK(e && nt_has_party(e, "Shurma"));
}

/* "The two leaders discussed the ongoing negotiations in Doha": the talks
 * discussed are a topic, not a meeting of the verb's subject */
static void test_discussed_talks_are_topic(void **state)
{
    (void)state;
    nt_run(PUB, "President Joe Biden spoke today with Prime Minister Benjamin Netanyahu of Israel. "
                "The two leaders discussed the ongoing negotiations in Doha for a ceasefire "
                "deal based on the May 27, 2024 arrangement.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
    nt_run(PUB, "Joe Biden met with Olaf Scholz. The leaders discussed the upcoming Peace Summit.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
    /* hard negative: talks held by the subject are still a meeting */
    nt_run(PUB, "Joe Biden and Olaf Scholz held talks in Berlin.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Biden");
    NT_CHECK(e && nt_has_party(e, "Scholz"));
}

/* "X will meet with Y. During the talks, the two leaders plan to discuss":
 * the talks pointed back at are the coming meeting, not one held today */
static void test_back_reference_to_planned_talks(void **state)
{
    (void)state;
    nt_run(PUB, "On December 12, Vladimir Putin will meet with President of Guinea Alpha Conde. "
                "During the talks, the two leaders plan to discuss bilateral relations.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) >= 1);
    /* hard negative: after a meeting held, the talks of others are theirs */
    nt_run(PUB, "Vladimir Putin will meet with President of Guinea Alpha Conde. During the "
                "talks, Sergei Lavrov and Antony Blinken discussed Ukraine.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Lavrov");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Blinken"));
}

/* "the President of Russia held talks with A and met with B": the name
 * before the second verb is the first verb's object, not its subject */
static void test_second_verb_subject_past_object(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin arrived in Belgrade, where the President of Russia held talks "
                "with President of Serbia Aleksandar Vucic and met with Chairman of the "
                "Presidency Milorad Dodik.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Dodik");
    NT_CHECK(e && nt_has_party(e, "Putin") && !nt_has_party(e, "Vucic"));
    /* hard negative: a coordinated subject after "and" is still the subject */
    nt_run(PUB, "Vladimir Putin spoke with reporters, and Aleksandar Vucic met with Milorad "
                "Dodik.");
    e = nt_with_party(NSV_EV_MEETING, "Dodik");
    NT_CHECK(e && nt_has_party(e, "Vucic"));
    /* the principal's "I" before the first verb holds the second one */
    const char *wh = "The White House (whitehouse.gov)";
    nt_run_source("t-s1", wh, "2023-04-02", "Statement from President Joe Biden on the Storms",
                  "This weekend, I reached out to Governor J.B. Pritzker of Illinois and spoke "
                  "with Governor Sarah Huckabee Sanders.");
    e = nt_with_party(NSV_EV_MEETING, "Sanders");
    NT_CHECK(e && nt_has_party(e, "Biden") && !nt_has_party(e, "Pritzker"));
    /* hard negative: the press secretary's "I" is hers, not the President's */
    nt_run_source("t-s2", wh, "2023-04-02", "Statement from Press Secretary Karine Jean-Pierre",
                  "This weekend, I reached out to Governor J.B. Pritzker of Illinois and spoke "
                  "with Governor Sarah Huckabee Sanders.");
    e = nt_with_party(NSV_EV_MEETING, "Sanders");
    NT_CHECK(e == NULL || (!nt_has_party(e, "Biden") && !nt_has_party(e, "Pritzker")));
}

/* "He told reporters after meeting President X": the gerund with a named
 * object is a meeting of the clause's subject; "after meeting local
 * consumption" (a need met) names no party. */
static void test_after_meeting_gerund(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("JAKARTA, June 16 - Agriculture Minister Achmad Affandi told "
                                     "reporters after meeting President Suharto that output would "
                                     "rise.",
                                     "Affandi", "Suharto");
    NT_CHECK(e->modality == NSV_MOD_ACTUAL);
    no_actual_meeting("BRASILIA, March 12 - Brazil can export 20 mln bags after meeting local "
                      "consumption of around 7.0 mln, the sources added.");
}

/* "X convened the first-ever National Velcor Task Force meeting": a
 * hyphened adjective before a body's meeting still places its convener at
 * it (a body's meeting, the person who holds it) */
static void test_hyphened_adjective_body_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "Today, National Climate Advisor Anna Berg convened the first-ever National "
                "Velcor Task Force meeting as outlined by the order.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Anna Berg");
    NT_CHECK(e != NULL && nt_has_party(e, "National Velcor Task Force"));
    /* hard negative: a meeting only talked about is none */
    nt_run(PUB, "Today, Anna Berg praised the first-ever National Velcor Task Force meeting.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Anna Berg") == NULL);
}

/* "X informed Y about the talks with Z": the one told is no side of the
 * talks, the teller is; "Y was briefed on the talks with Z" (a passive)
 * and "X told Y after talks with Z" (no topic) keep Y. */
static void test_teller_of_talks(void **state)
{
    (void)state;
    one_meeting("Vladimir Putin informed him about the recent telephone conversation with US "
                "President Donald Trump.",
                "Vladimir Putin", "Donald Trump");
    one_meeting("Vladimir Putin updated Mohammed Al Nahyan on the results of the talks with "
                "President of Turkey Recep Tayyip Erdogan.",
                "Vladimir Putin", "Recep Tayyip Erdogan");
    nt_run(PUB, "The Egyptian President Abdel Fattah el-Sisi briefed Boris Johnson on the "
                "progress of negotiations with Russia.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Abdel Fattah el-Sisi") != NULL);
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Boris Johnson") == NULL);
    /* hard negatives: a passive's subject, and no topic after the one told */
    nt_run(PUB, "Boris Johnson was briefed on the progress of negotiations with Russia.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Boris Johnson") != NULL);
    nt_run(PUB, "Vladimir Putin told Emmanuel Macron after talks with Olaf Scholz that he was "
                "ready.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Olaf Scholz");
    NT_CHECK(e != NULL && nt_has_party(e, "Emmanuel Macron"));
}

/* "Chairman of Bosnia and Herzegovina Presidency X": a presidency is a
 * body's head word, no part of the person's name after it */
static void test_presidency_ends_body(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting("Vladimir Putin met with Chairman of Bosnia and "
                                     "Herzegovina Presidency Milorad Dodik.",
                                     "Putin", "Milorad Dodik");
    NT_CHECK(e && !nt_has_party(e, "Presidency Milorad Dodik"));
    /* hard negative: the body met with no person after it is the party */
    e = one_meeting("Jon Finer met with the Presidency of Bosnia and Herzegovina.", "Finer",
                    "Presidency of Bosnia and Herzegovina");
    NT_CHECK(e != NULL);
}

/* "a meeting between A, B and India's petroleum minister X", "joined by A
 * and the State Department's Acting Assistant Secretary for Near Eastern
 * Affairs X": in a list of people, a possessive body or country opens the
 * next person's title; that person is the party */
static void test_list_possessive_title_person(void **state)
{
    (void)state;
    nt_run(PUB, "The deal was agreed at a meeting between Shell chairman Ivan Tamarov, Gazprom "
                "chairman Paul Dorov and India's petroleum minister Mani Shankar Aiyar.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Tamarov");
    NT_CHECK(e && nt_has_party(e, "Dorov") && nt_has_party(e, "Mani Shankar Aiyar"));
    /* hard negatives: no person after the possessive keeps the body; a
     * possessive of a topic ("Britain's policy") names no person */
    nt_run(PUB, "The deal was agreed at a meeting between Shell chairman Ivan Tamarov and the "
                "State Department's delegation.");
    e = nt_with_party(NSV_EV_MEETING, "Tamarov");
    NT_CHECK(e && nt_has_party(e, "State Department"));
    nt_run(PUB, "Vladimir Putin met Ivan Tamarov and Britain's foreign policy was discussed.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e == NULL || !nt_has_party(e, "foreign policy"));
}

/* "met with the leaders of the Russian Academy of Sciences (RAS) and NRC
 * Kurchatov Institute": the list reads on over the acronym to "and"; an
 * acronym before a comma apposition ("Director of the X Service (XS),
 * Chief Bailiff Y") joins no second party */
static void test_list_over_acronym(void **state)
{
    (void)state;
    nt_run(PUB, "The President met with the leaders of the Russian Academy of Sciences (RAS) "
                "and NRC Kurchatov Institute.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Russian Academy of Sciences (RAS)");
    NT_CHECK(e != NULL && nt_has_party(e, "NRC Kurchatov Institute"));
    nt_run(PUB, "Vladimir Putin held a meeting with Director of the Federal Bailiff Service "
                "(FBS), Chief Bailiff of the Russian Federation Dmitry Aristov.");
    e = nt_with_party(NSV_EV_MEETING, "Federal Bailiff Service (FBS)");
    NT_CHECK(e != NULL);
    for (size_t i = 0; e && i < e->n_participants; i++)
        NT_CHECK(strcmp(e->participants[i].name, "Bailiff") != 0);
}

/* "A, B and C held a call": the bare noun "call" after "held"/"had" with a
 * coordinated subject is a phone meeting of them all; a call for something
 * ("held a call for action") is none. */
static void test_held_a_call_listed_subject(void **state)
{
    (void)state;
    nt_run(PUB, "Today, President Emmanuel Macron of France, Chancellor Angela Merkel of "
                "Germany, and President Joe Biden of the United States held a call.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Macron");
    NT_CHECK(e != NULL && nt_has_party(e, "Merkel") && nt_has_party(e, "Biden"));
    NT_CHECK(e && e->n_participants == 3 && e->format == NSV_FORMAT_PHONE);
    one_meeting("President Biden and President Macron had a call on Friday.", "Biden", "Macron");
    /* (hard negatives) a call for something; a call with no counterpart */
    no_actual_meeting("The union held a call for action on Friday.");
    no_actual_meeting("President Joe Biden held a call.");
}

/* "met X on the sidelines of the United Nations General Assembly": the
 * Assembly is a group of states whose session holds the side talks' people
 * (GUIDE: a session placed as a setting is a meeting of its own), though
 * the mention opens with "the United Nations". */
static void test_sidelines_of_general_assembly(void **state)
{
    (void)state;
    nt_run(PUB, "President Tom Reyes met with Prime Minister Ann Holt on the sidelines of the "
                "United Nations General Assembly in New York.");
    const nsv_event *g = nt_with_party(NSV_EV_MEETING, "General Assembly");
    NT_CHECK(g && g->modality == NSV_MOD_ACTUAL && nt_has_party(g, "Reyes") &&
             nt_has_party(g, "Holt"));
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* hard negatives: no talks beside it, or the Assembly only acting */
    nt_run(PUB, "Peter Lind said on the sidelines of the UN General Assembly that the economy "
                "was strong.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "The United Nations General Assembly adopted a resolution on the climate.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
}

/* "The leaders of A, B and C met on the margins of the G20 summit": the
 * summit is a meeting of its own with the group and the states whose
 * leaders the talks place there (GUIDE), though the talks name no person.
 * Talks to come make no summit held, and a summit named only as what
 * something is put before places no state there. */
static void test_margins_summit_holds_listed_states(void **state)
{
    (void)state;
    nt_run(PUB, "The leaders of India, Brazil, South Africa and the United States met on the "
                "margins of the G20 summit in New Delhi.");
    const nsv_event *g = nt_with_party(NSV_EV_MEETING, "G20");
    NT_CHECK(g && g->modality == NSV_MOD_ACTUAL && nt_has_party(g, "India") &&
             nt_has_party(g, "Brazil") && nt_has_party(g, "United States"));
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* hard negatives */
    no_actual_meeting(
        "The leaders of India and Brazil will meet on the margins of the G20 summit.");
    nt_run(PUB, "India and Brazil met in Dhaka. The results will be placed before the G20 summit "
                "in July.");
    g = nt_with_party(NSV_EV_MEETING, "G20");
    NT_CHECK(!g || !nt_has_party(g, "India"));
}

/* "Upon completion of the CSTO summit, X held talks with Y": the summit just
 * over is where the talks' people were, a meeting of its own with the group
 * and them (GUIDE), as "on the sidelines of" places them.  Not the talks
 * themselves as a setting, nor a sentence with no talks. */
static void test_completion_of_summit_opening(void **state)
{
    (void)state;
    nt_run(PUB, "Upon completion of the CSTO summit, President Tom Reyes held talks with "
                "President Ann Holt.");
    const nsv_event *g = nt_with_party(NSV_EV_MEETING, "CSTO");
    NT_CHECK(g && g->modality == NSV_MOD_ACTUAL && nt_has_party(g, "Reyes") &&
             nt_has_party(g, "Holt"));
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    /* hard negatives */
    nt_run(PUB, "Upon completion of the talks, President Tom Reyes and President Ann Holt "
                "signed a declaration.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
    nt_run(PUB, "Upon completion of the CSTO summit, prices of wheat rose sharply.");
    g = nt_with_party(NSV_EV_MEETING, "CSTO");
    NT_CHECK(!g || g->n_participants == 1);
}

/* "The Ukrainian delegation participating in the Halifax International
 * Security Forum held meetings with X": the forum after the participle is
 * where the delegation was (a meeting of its own with it, GUIDE), and the
 * delegation, not the forum, held the meetings.  Countries "taking part in
 * the forum" name no one, and bilateral meetings only planned stay so. */
static void test_delegation_participating_in_forum(void **state)
{
    (void)state;
    nt_run(PUB, "The Ukrainian delegation participating in the Halifax International Security "
                "Forum held meetings with Defence Minister Anita Anand.");
    const nsv_event *f = nt_with_party(NSV_EV_MEETING, "Halifax International Security Forum");
    NT_CHECK(f && f->modality == NSV_MOD_ACTUAL && nt_has_party(f, "Ukrainian delegation"));
    const nsv_event *t = nt_with_party(NSV_EV_MEETING, "Anand");
    NT_CHECK(t && nt_has_party(t, "Ukrainian delegation") &&
             !nt_has_party(t, "Halifax International Security Forum"));
    /* hard negative */
    no_actual_meeting("Bilateral meetings are planned between President Tom Reyes and the leaders "
                      "of the countries taking part in the forum.");
}

/* "President X, attending the G20 summit, met with Y": the aside's
 * participle puts X at the summit; X, not the G20, met Y.  An aside with no
 * named person before it names no one. */
static void test_participle_aside_subject(void **state)
{
    (void)state;
    nt_run(PUB, "President Tom Reyes, attending the G20 summit, met with President Ann Holt.");
    const nsv_event *t = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(t && nt_has_party(t, "Reyes") && !nt_has_party(t, "G20"));
    const nsv_event *g = nt_with_party(NSV_EV_MEETING, "G20");
    NT_CHECK(g && nt_has_party(g, "Reyes"));
    /* hard negative: no person before the aside */
    nt_run(PUB, "Many countries, attending the G20 summit, met with President Ann Holt.");
    t = nt_with_party(NSV_EV_MEETING, "Holt");
    NT_CHECK(!t || !nt_has_party(t, "Reyes"));
}

/* "met with participants in the X Organisation business summit": the body
 * an unnamed group belongs to (phrases.tsv members_of) takes part too */
static void test_group_of_named_body(void **state)
{
    (void)state;
    nt_run(PUB, "President Vladimir Putin met with participants in the Asian-Pacific Economic "
                "Cooperation Organisation business summit.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL && e->n_participants == 2 &&
             nt_has_party(e, "Asian-Pacific Economic Cooperation Organisation"));
    /* (hard negatives) a group of no named body stays one party; a body
     * that owns the group's own body is not the one met */
    nt_run(PUB, "President Vladimir Putin met with representatives of Russian business circles.");
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && e->n_participants == 1);
    nt_run(PUB, "Vice President Harris convened members of the National Space Council's Users' "
                "Advisory Group at the White House.");
    e = nt_with_party(NSV_EV_MEETING, "Harris");
    NT_CHECK(e == NULL || !nt_has_party(e, "National Space Council"));
}

/* A one-party headline meeting over a lead that reports the meeting with
 * its parties named is that meeting, not a second one */
static void test_title_stub_over_lead(void **state)
{
    (void)state;
    const char *title = "Readout of White House Meeting with Leaders of Veteran-Serving "
                        "Organizations";
    nt_run_source("t-1", "The White House (whitehouse.gov)", "2023-11-09", title,
                  "On Tuesday, the Office of Public Engagement and the Domestic Policy Council "
                  "hosted leaders of veteran-serving organizations.\n\nThe participants "
                  "discussed health care.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Domestic Policy Council");
    NT_CHECK(e != NULL && !e->evidence_in_title && nt_has_party(e, "Office of Public Engagement"));
    /* (hard negative) a lead that tells a past meeting is not the
     * headline's: both stay */
    nt_run_source("t-1", "The White House (whitehouse.gov)", "2023-11-09", title,
                  "Last year, the Office of Public Engagement and the Domestic Policy Council "
                  "hosted leaders of veteran-serving organizations.\n\nThe participants "
                  "discussed health care.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    e = nt_with_party(NSV_EV_MEETING, "White House");
    NT_CHECK(e != NULL && e->evidence_in_title);
}

/* "met with representatives of the leading American media": journalists
 * by their body are met by no meeting, as "met with journalists" */
static void test_group_of_the_press(void **state)
{
    (void)state;
    no_actual_meeting("President Anna Berg met with representatives of the leading American "
                      "media.");
    no_actual_meeting("President Anna Berg met with members of the Russian and foreign press.");
    /* (hard negative) representatives of another body are a group met */
    nt_run(PUB, "President Anna Berg met with representatives of the Russian business "
                "community.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e != NULL && e->modality == NSV_MOD_ACTUAL);
}

/* "X held a meeting on <topic>": a person convening officials on a topic
 * meets them, named or not (GUIDE: convenings are meetings), so the chair
 * alone is one actual meeting.  Hard negatives: one still to come, a
 * meeting "on" a day or a place, a body's own sitting, a press conference,
 * the speaker's own "I chaired a meeting on this", and a meeting on a topic
 * whose subject is someone else's verb. */
static void test_topic_convening_chair_alone(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin held a meeting on the development of liquefied natural gas "
                "production projects.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && e->n_participants == 1 && e->modality == NSV_MOD_ACTUAL);
    nt_run(PUB, "During his trip to Kalmykia, Vladimir Putin chaired a meeting on resettling the "
                "residents of dilapidated housing.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1 && nt_with_party(NSV_EV_MEETING, "Putin") != NULL);
    /* hard negatives */
    no_actual_meeting("Vladimir Putin will hold a meeting on gas projects.");
    no_actual_meeting("A meeting on gas projects is planned.");
    no_actual_meeting("Vladimir Putin held a meeting on the train while travelling along the new "
                      "railway line.");
    no_actual_meeting("Vladimir Putin held a meeting on Monday.");
    no_actual_meeting("The Government held a meeting on gas projects.");
    no_actual_meeting("Vladimir Putin gave a press conference on gas projects.");
    no_actual_meeting("I chaired a meeting on this subject in Novosibirsk.");
    nt_run(PUB, "Dmitry Medvedev met with President of Chechnya Ramzan Kadyrov, held a meeting on "
                "the republic's development, and visited a number of sites in Grozny.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_with_party(NSV_EV_MEETING, "Kadyrov");
    NT_CHECK(e != NULL && nt_has_party(e, "Medvedev"));
}

/* The chair's topic meeting takes the people a roster after it lists, as
 * one meeting with the format the verb cue or a format noun gives: the verb
 * cue, the noun and a "the meeting" of the next sentence are the same
 * meeting.  Hard negative: a topic meeting "with" named people is that
 * meeting only, no second one of the chair alone. */
static void test_topic_convening_roster(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin held a videoconference meeting on road construction.\n\nThe "
                "meeting was attended by Deputy Prime Minister Marat Khusnullin and Transport "
                "Minister Vitaly Savelyev.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && nt_has_party(e, "Khusnullin") && nt_has_party(e, "Savelyev"));
    NT_CHECK(e->format == NSV_FORMAT_VIDEO);
    nt_run(PUB, "Vladimir Putin held a meeting on economic issues via videoconference.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && e->format == NSV_FORMAT_VIDEO);
    nt_run(PUB, "Vladimir Putin chaired a meeting on economic issues.\n\nDuring the meeting, "
                "Vladimir Putin instructed banks to keep rates. The meeting was attended by Prime "
                "Minister Mikhail Mishustin and Finance Minister Anton Siluanov.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && nt_has_party(e, "Mishustin") && nt_has_party(e, "Siluanov"));
    /* hard negative: no second meeting of the chair alone */
    nt_run(PUB, "Vladimir Putin held a videoconference meeting on current issues with permanent "
                "members of the Security Council.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL && nt_has_party(e, "Security Council"));
}

/* "met with X, his deputies A, B and C", "attended by X and his deputies,
 * Y": the people under the person before (phrases.tsv staff_of) are no
 * party of their own, and the list of parties goes on past them.  Hard
 * negatives: "his deputy Y" read as Y's title keeps Y; "his deputies" and
 * then no name adds nobody; a name in a clause after them ("his deputies,
 * whom Z appointed") is no party. */
static void test_staff_words_inside_list(void **state)
{
    (void)state;
    nt_run(PUB, "Deputy Head of the Office Andrii Sybiha met with Head of the Platform Office "
                "Anton Korynevych, his deputies Tamila Tasheva, Dariya Svyrydova and Head of the "
                "Support Service Mariya Tomak.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Sybiha") && nt_has_party(e, "Korynevych"));
    NT_CHECK(nt_has_party(e, "Tasheva") && nt_has_party(e, "Svyrydova") &&
             nt_has_party(e, "Tomak"));
    nt_run(PUB, "President Volodymyr Zelenskyy chaired a meeting on the executive branch. It was "
                "attended by Head of the Office Andriy Yermak and his deputies, Prime Minister "
                "Denys Shmyhal and members of the government.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Zelenskyy") && nt_has_party(e, "Yermak") &&
             nt_has_party(e, "Shmyhal"));
    /* "his deputy X": X stays a party */
    nt_run(PUB, "President Volodymyr Zelenskyy held a meeting on housing. The meeting was also "
                "attended by Head of the Office Andriy Yermak and his deputy Kyrylo Tymoshenko, "
                "Minister of Infrastructure Oleksandr Kubrakov.");
    e = nt_with_party(NSV_EV_MEETING, "Yermak");
    NT_CHECK(e && nt_has_party(e, "Tymoshenko") && nt_has_party(e, "Kubrakov"));
    /* hard negative: no name after the staff words */
    nt_run(PUB, "Andrii Sybiha met with Anton Korynevych and his deputies, whom Denys Shmyhal "
                "appointed last year.");
    e = nt_with_party(NSV_EV_MEETING, "Korynevych");
    NT_CHECK(e && nt_has_party(e, "Sybiha") && !nt_has_party(e, "Shmyhal"));
}

/* "Minister X reported on the budget" after the President's meeting with
 * ministers: a report on a topic, to no one named, puts the reporter at
 * the meeting reported just before, when that is a convening of officials
 * (a person among its parties, no state).  Hard negatives: talks between
 * states named before are no place of the report; "reported on Monday" is
 * no report on a topic; a news agency is no reporter. */
static void test_report_on_topic_joins_convening(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. Finance "
                "Minister Peter Dahl reported on the execution of the state budget.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Holm") && nt_has_party(e, "Dahl"));
    /* hard negative: the talks named before are between states */
    nt_run(PUB, "The participants discussed the talks between Russia and Ukraine. Defence "
                "Minister Peter Dahl reported on the military situation.");
    NT_CHECK(!nt_with_party(NSV_EV_MEETING, "Dahl"));
    /* hard negative: a state among the parties of the meeting before */
    nt_run(PUB, "President Anna Berg held talks with Prime Minister Erik Holm and Germany. "
                "Finance Minister Peter Dahl reported on the execution of the state budget.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
    /* hard negative: "reported on Monday" */
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. Finance "
                "Minister Peter Dahl reported on Monday that revenues rose.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
    /* hard negative: an agency's report */
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. Reuters "
                "reported on the outcome of the talks.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Reuters"));
}

/* "The meeting participants discussed X. Minister Y reported on Z": a
 * meeting noun with no party of its own between the host's convening and
 * the report names that meeting again, so the reporter still joins it.
 * Hard negatives: talks with a state before stay no place of the report;
 * "a meeting of the council" in between is another one, and keeps the
 * report off the meeting before it. */
static void test_report_past_meeting_named_again(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. The meeting "
                "participants discussed current issues. Finance Minister Peter Dahl reported on "
                "the execution of the state budget.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Holm") && nt_has_party(e, "Dahl"));
    /* hard negative: the meeting named again was talks with a state */
    nt_run(PUB, "President Anna Berg held talks with Prime Minister Erik Holm and Germany. The "
                "meeting participants discussed current issues. Finance Minister Peter Dahl "
                "reported on the execution of the state budget.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
    /* hard negative: another meeting in between */
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. A meeting of "
                "the council took place on Tuesday. Finance Minister Peter Dahl reported on the "
                "execution of the state budget.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
}

/* "Minister X delivered a report on ...", "Y made the main report": a
 * named person giving a report (phrases.tsv report_give, report_noun) sits
 * at the convening reported before, as "X reported on" does; people listed
 * before the reporter as one subject join too.  Hard negatives: a report
 * made by a body, a passive ("a report was made"), a report given after
 * talks with a state, and a name with a capitalised word before "report"
 * ("gave Reuters a report") add no one. */
static void test_gave_report_joins_convening(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held a meeting with Government members. Finance Minister "
                "Peter Dahl delivered a report on the budget.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Dahl"));
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. Governor John "
                "Lund and Finance Minister Peter Dahl made the main reports.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Holm") && nt_has_party(e, "Dahl") && nt_has_party(e, "Lund"));
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. Governor John "
                "Lund and Finance Minister Peter Dahl reported on the budget.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Dahl") && nt_has_party(e, "Lund"));
    /* hard negative: a passive */
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. A report by "
                "Peter Dahl was made public.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
    /* hard negative: talks with a state before */
    nt_run(PUB, "President Anna Berg held talks with Prime Minister Erik Holm and Germany. "
                "Finance Minister Peter Dahl delivered a report on the budget.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
    /* hard negative: no report noun after the verb */
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. Finance "
                "Minister Peter Dahl made a point about the budget.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
}

/* "Minister X briefed the meeting on ...", "updated the meeting
 * participants": a report to the meeting itself or its attendees puts the
 * reporter at the convening reported before.  Hard negatives: talks with a
 * state before; "was briefed" (a passive). */
static void test_briefed_the_meeting_joins_convening(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held a meeting with Government members. Finance Minister "
                "Peter Dahl briefed the meeting on the budget.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Dahl"));
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. Finance "
                "Minister Peter Dahl updated the meeting participants on the budget.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Holm") && nt_has_party(e, "Dahl"));
    /* two reports in turn: the first one's "the meeting" is the same one */
    nt_run(PUB, "President Anna Berg held a meeting with Government members. Finance Minister "
                "Peter Dahl reported to the meeting participants on the budget. Transport "
                "Minister John Lund briefed the meeting on the roads.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Dahl") && nt_has_party(e, "Lund"));
    /* hard negative: talks with a state before */
    nt_run(PUB, "President Anna Berg held talks with Prime Minister Erik Holm and Germany. "
                "Finance Minister Peter Dahl briefed the meeting on the budget.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
    /* hard negative: a passive */
    nt_run(PUB, "President Anna Berg held a meeting with Prime Minister Erik Holm. Finance "
                "Minister Peter Dahl was briefed the next day.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
}

/* "Transport Minister X spoke about road repairs" (phrases.tsv
 * report_topic) in the readout of a convening of a body or group puts X
 * (and people listed before X as one subject) at it, as "X reported on"
 * does.  Hard negatives: after a meeting of named people alone, "spoke
 * about the talks" is any comment on them; a quotation; talks with a state
 * before; "had spoken about" (an earlier word). */
static void test_spoke_about_joins_convening(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held a meeting with Government members. Transport Minister "
                "Peter Dahl spoke about the repair of roads. Health Minister John Lund and "
                "Labour Minister Maria Holm talked about the summer camps.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Dahl") && nt_has_party(e, "Lund") && nt_has_party(e, "Holm"));
    /* hard negative: a meeting of named people alone */
    nt_run(PUB, "President Anna Berg met with Prime Minister Erik Holm. Press Secretary Peter "
                "Dahl spoke about the results of the talks.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Holm") && !nt_has_party(e, "Dahl"));
    /* hard negative: talks with a state before */
    nt_run(PUB, "President Anna Berg held talks with Prime Minister Erik Holm and Germany. "
                "Transport Minister Peter Dahl spoke about the repair of roads.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
    /* hard negative: inside a quotation */
    nt_run(PUB, "President Anna Berg held a meeting with Government members. \"Then Minister "
                "Peter Dahl spoke about the roads,\" she said.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
    /* hard negative: an earlier word, not a report at the meeting */
    nt_run(PUB, "President Anna Berg held a meeting with Government members. Transport Minister "
                "Peter Dahl had spoken about the repair of roads.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
}

/* "Minister X updated the Government members on ...": a body's people
 * (phrases.tsv body_people after a description of no one named) are the
 * convening's attendees, as "the meeting participants" are.  Hard
 * negative: after talks with a state, nothing. */
static void test_updated_body_members_joins_convening(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held a meeting with Government members. Labour Minister "
                "Peter Dahl updated the Government members on the payment of wages.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Dahl"));
    /* hard negative: talks with a state before */
    nt_run(PUB, "President Anna Berg held talks with Prime Minister Erik Holm and Germany. "
                "Labour Minister Peter Dahl updated the Government members on the payment of "
                "wages.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl"));
}

/* "Minister X also reported on ...", "also presented a report", "also
 * spoke about": "also" (an adverb the lexicon also lists as an auxiliary)
 * between the reporter and the verb is passed over.  Hard negatives: an
 * auxiliary before the adverb ("had also spoken", "was also briefed"). */
static void test_report_over_also(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held a meeting with Government members. Finance Minister "
                "Peter Dahl also reported on the budget. Transport Minister John Lund also "
                "presented a report. Health Minister Maria Holm also spoke about hospitals.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Dahl") && nt_has_party(e, "Lund") && nt_has_party(e, "Holm"));
    /* hard negative: an auxiliary before "also" */
    nt_run(PUB, "President Anna Berg held a meeting with Government members. Finance Minister "
                "Peter Dahl had also spoken about the budget. Transport Minister John Lund was "
                "also briefed the next day.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && !nt_has_party(e, "Dahl") && !nt_has_party(e, "Lund"));
}

/* "held talks with X with the participation of Chairperson Y": the people
 * listed after the phrase (phrases.tsv participation) join the one actual
 * meeting of the sentence.  Hard negatives: a sentence with no meeting held
 * ("a fund set up with the participation of"), a meeting only planned, and
 * a quotation add no one. */
static void test_participation_joins_meeting(void **state)
{
    (void)state;
    nt_run(PUB, "President Anna Berg held talks with Prime Minister Erik Holm with the "
                "participation of Foreign Minister Peter Dahl and Governor John Lund.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Holm") && nt_has_party(e, "Dahl") && nt_has_party(e, "Lund"));
    /* hard negative: no meeting in the sentence */
    nt_run(PUB, "President Anna Berg held talks with Prime Minister Erik Holm. A fund was set up "
                "with the participation of banker Peter Dahl.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(e && nt_has_party(e, "Holm") && !nt_has_party(e, "Dahl"));
    /* hard negative: a meeting only planned */
    nt_run(PUB, "President Anna Berg will hold talks with Prime Minister Erik Holm next month with "
                "the participation of Foreign Minister Peter Dahl.");
    e = nt_with_party(NSV_EV_MEETING, "Berg");
    NT_CHECK(!e || !nt_has_party(e, "Dahl"));
}

/* Meetings of a type and modality that have exactly n parties. */
static size_t meetings_of_size(int modality, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < nt.n; i++)
        k += nt.ev[i].type == NSV_EV_MEETING && nt.ev[i].modality == (nsv_modality)modality &&
             nt.ev[i].n_participants == n;
    return k;
}

/* "X met with the heads of delegations at the 14th meeting of heads of CIS
 * ... agencies": the host meeting an unnamed group is the clause's group
 * meeting, no second host-only record; nor is "the President will meet
 * with the heads of leading Italian companies" under a headline "X will
 * meet with Italian business leaders".  Another clause ("and then held
 * talks with"), side talks at a forum, or a headline of a named guest
 * leave the host-only meeting its own. */
static void test_host_only_group_repeat(void **state)
{
    (void)state;
    nt_run(PUB, "Governor Anna Kovac met with the heads of delegations at the 14th meeting of "
                "heads of Commonwealth of Independent States member countries' security "
                "agencies.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "Kovac"));
    NT_CHECK(nt_has_party(nt_nth(NSV_EV_MEETING, 0), "CIS"));
    nt_run_item("t-1", PUB, "On December 12, Anna Kovac will meet with Italian business leaders",
                "On December 12, Governor Anna Kovac will meet with the heads of leading Italian "
                "companies, via videoconference.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    NT_CHECK(meetings_of_size(NSV_MOD_PLANNED, 1) == 0);
    /* hard negatives: another clause's talks, side talks at a forum, a
     * headline guest who is no group */
    nt_run(PUB, "Governor Anna Kovac met with the heads of delegations, and then she held talks "
                "with Prime Minister Mark Rutte.");
    NT_CHECK(meetings_of_size(NSV_MOD_ACTUAL, 1) == 1);
    nt_run(PUB, "Governor Anna Kovac had a meeting with foreign business leaders on the "
                "sidelines of the Eastern Economic Forum.");
    NT_CHECK(meetings_of_size(NSV_MOD_ACTUAL, 1) == 1);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    nt_run_item("t-1", PUB, "On December 12, Anna Kovac will meet with Mark Rutte",
                "On December 12, Governor Anna Kovac will meet with the heads of leading Italian "
                "companies, via videoconference.");
    NT_CHECK(meetings_of_size(NSV_MOD_PLANNED, 1) == 1);
}

/* "This discussion followed up on a round table Ms. Kovac hosted with HBCU
 * presidents in February 2021": a meeting of an earlier month and year is
 * its own past meeting, not merged into the day's round table of the same
 * parties (which keeps its day); told with no month, it is the day's. */
static void test_month_year_past_meeting_apart(void **state)
{
    (void)state;
    nt_run(PUB, "On Thursday, Governor Anna Kovac welcomed 20 leaders of Historically Black "
                "Colleges and Universities (HBCUs) for a round table discussion. This "
                "discussion followed up on a round table Ms. Kovac hosted with HBCU presidents "
                "in February 2021.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
    const nsv_event *a = nt_nth(NSV_EV_MEETING, 0), *b = nt_nth(NSV_EV_MEETING, 1);
    NT_CHECK(a && b && nt_has_party(a, "Kovac") && nt_has_party(b, "Kovac"));
    NT_CHECK(!strcmp(a->date, "2022-12-08") && !b->date[0]);
    /* hard negative: no month of its own, the same round table */
    nt_run(PUB, "On Thursday, Governor Anna Kovac welcomed 20 leaders of Historically Black "
                "Colleges and Universities (HBCUs) for a round table discussion. This "
                "discussion followed up on a round table Ms. Kovac hosted with HBCU "
                "presidents.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "Today, officials said X met Y last week", "the summit between X and Y in
 * Woodside, California in November 2021": a day before the cue belongs to
 * another clause when the cue's own words place it at an undated past time
 * (GUIDE: no day); "today's meeting, the first since November 2021", "met
 * on Monday", "in December" (the published month), "as outlined by the
 * January 20th order" keep theirs. */
static void test_own_past_time_beats_other_day(void **state)
{
    (void)state;
    const nsv_event *e = one_meeting(
        "Today, a company executive told reporters its chairman Richard Ferris spoke with "
        "Donald Trump last week.",
        "Ferris", "Trump");
    NT_CHECK(e->date[0] == '\0');
    e = one_meeting("Today, officials said Emmanuel Macron met Olaf Scholz in Berlin in November "
                    "2021.",
                    "Macron", "Scholz");
    NT_CHECK(e->date[0] == '\0');
    /* hard negatives */
    e = one_meeting("Today's meeting between Vladimir Putin and Recep Tayyip Erdogan, the first "
                    "since November 2021, was held in Sochi.",
                    "Putin", "Erdogan");
    NT_CHECK(!strcmp(e->date, PUB));
    e = one_meeting("Today, Vladimir Putin met Recep Tayyip Erdogan in Sochi in December.", "Putin",
                    "Erdogan");
    NT_CHECK(!strcmp(e->date, PUB));
    e = one_meeting("Officials said Vladimir Putin met Recep Tayyip Erdogan on Monday.", "Putin",
                    "Erdogan");
    NT_CHECK(!strcmp(e->date, "2022-12-05"));
    nt_run(PUB, "Today, Susan Rice convened the Principals Committee as outlined by the January "
                "20th Executive Order.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    NT_CHECK(!strcmp(nt_nth(NSV_EV_MEETING, 0)->date, PUB));
}

/* "had telephone conversations with A, B, ... and I": a list of separate
 * counterparts longer than eight gives each its call, the last one too;
 * "met with defence ministers of A, ..., J" keeps all ten states in its
 * one meeting.  Hard negative: the same long list after "messages of
 * congratulations have been received from" is no meeting at all. */
#define NINE_LEADERS                                                                               \
    "President of Armenia Serzh Sargsyan, President of Azerbaijan Ilham Aliyev, President of "     \
    "Belarus Alexander Lukashenko, President of China Xi Jinping, Prime Minister of India "        \
    "Narendra Modi, Prime Minister of Japan Shinzo Abe, President of Kyrgyzstan Sooronbay "        \
    "Jeenbekov, President of Tajikistan Emomali Rahmon and President of Uzbekistan Shavkat "       \
    "Mirziyoyev."
static void test_long_counterpart_list(void **state)
{
    (void)state;
    nt_run("2018-03-19", "Vladimir Putin had telephone conversations with " NINE_LEADERS);
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 9);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Mirziyoyev");
    NT_CHECK(e != NULL && nt_has_party(e, "Putin") && !nt_has_party(e, "Rahmon"));
    nt_run("2018-02-22", "Vladimir Putin met with defence ministers of Armenia, Venezuela, "
                         "Kazakhstan, Qatar, Mongolia, Serbia, Uzbekistan, Belarus, Azerbaijan and "
                         "Kyrgyzstan at the State Kremlin Palace.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(nt_has_party(e, "Armenia") && nt_has_party(e, "Kyrgyzstan"));
    /* hard negative: written messages from the same leaders are no talks */
    nt_run("2018-03-19", "Messages of congratulations have been received from " NINE_LEADERS);
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 0);
}

/* A headline's one-party meeting over a lead that reports it under a time
 * with no day ("This week X and Y hosted a roundtable"): the headline takes
 * that time too, so the lead's record is its meeting (counted once); a lead
 * meeting told as the past by its own words ("... last year") stays apart. */
#define ROUNDTABLE_TITLE                                                                           \
    "Readout of White House Roundtable with Transgender Women of Color Advocates"
#define ROUNDTABLE_LEAD                                                                            \
    "Domestic Policy Advisor Susan Rice and Co-Chair of the Gender Policy Council Julissa "        \
    "Reynoso hosted a roundtable at the White House with transgender women of color advocates "    \
    "from around the country"

static void test_headline_stub_lead_time_no_day(void **state)
{
    (void)state;
    nt_run_item("t-rt1", "2021-07-23", ROUNDTABLE_TITLE,
                "This week " ROUNDTABLE_LEAD ". Participants discussed safety.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
    nt_run_item("t-rt2", "2021-07-23", ROUNDTABLE_TITLE,
                "Last week, " ROUNDTABLE_LEAD ". Participants discussed safety.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 1);
    /* hard negative: the lead's own "last year" is another time */
    nt_run_item("t-rt3", "2021-07-23", ROUNDTABLE_TITLE,
                ROUNDTABLE_LEAD " last year. Participants discussed safety.");
    NT_CHECK(nt_count(NSV_EV_MEETING, -1) == 2);
}

/* A meeting noun after a preposition is the time or place of its clause's
 * verb, whose "will" may stand past nine words back: a coming meeting.  A
 * past verb between ("the proposals he presented at a meeting") ends that
 * clause: the meeting was held. */
static void test_far_modal_over_prep_meeting(void **state)
{
    (void)state;
    nt_run_source("t-far1", "Reuters", "1987-04-27", NULL,
                  "U.S. Secretary of Commerce Malcolm Baldrige said he hopes Japanese Prime "
                  "Minister Yasuhiro Nakasone will make specific proposals to ease U.S.-Japan "
                  "trade friction at a meeting with President Reagan this week.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 0);
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    /* hard negative */
    nt_run_source("t-far2", "Reuters", "1987-04-27", NULL,
                  "Japanese Prime Minister Yasuhiro Nakasone will brief parliament on the "
                  "proposals he presented to ease U.S.-Japan trade friction at a meeting with "
                  "President Reagan.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
}

/* "A and B co-hosted leaders from C and D": a co-host receives its guests
 * as a host does (meeting_cues.tsv host); a summit or event co-hosted, or
 * one a pair will co-host, is no meeting of the hosts with a guest. */
static void test_cohosted_guests(void **state)
{
    (void)state;
    nt_run(PUB, "Today, President Joseph Biden and Angolan President Joao Lourenco co-hosted "
                "African leaders from Zambia and Tanzania to discuss the corridor.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "Biden") && nt_has_party(e, "Lourenco") &&
             nt_has_party(e, "Zambia") && nt_has_party(e, "Tanzania"));
    /* hard negatives */
    no_actual_meeting("The United States and Germany will co-host the second Global Health "
                      "Forum next year.");
    no_actual_meeting("President Joseph Biden co-hosted the charity gala at the museum.");
}

/* "NATO ambassadors met in emergency session today": a group's ambassadors
 * or envoys (words.tsv side_group) meet as its ministers do; a group's
 * ambassadors who meet a target, or will meet, hold no meeting. */
static void test_group_ambassadors_met(void **state)
{
    (void)state;
    nt_run(PUB, "NATO ambassadors met in emergency session today to discuss tension between "
                "members Greece and Turkey.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && nt_has_party(e, "NATO"));
    /* hard negatives */
    no_actual_meeting("NATO ambassadors met the deadline for the report.");
    no_actual_meeting("NATO ambassadors will meet in emergency session tomorrow.");
    no_actual_meeting("NATO ambassadors postponed their meeting.");
}

/* "met with the leader of the LDPR faction in the State Duma, Vladimir
 * Zhirinovsky": a description with "of" that the title lexicon does not go
 * on through ends, after its comma, in the person it describes, who is the
 * one met.  Hard negatives: a name inside a relative clause, a comma that
 * opens a new clause, a name that speaks, and a meeting only planned. */
static void test_described_person_after_comma(void **state)
{
    (void)state;
    nt_run(PUB, "Vladimir Putin met with the leader of the LDPR faction in the State Duma, "
                "Vladimir Zhirinovsky.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Zhirinovsky");
    NT_CHECK(e && e->modality == NSV_MOD_ACTUAL && nt_has_party(e, "Putin"));
    /* hard negatives */
    nt_run(PUB, "Vladimir Putin met with the leader of the faction, who said Vladimir "
                "Zhirinovsky was right.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zhirinovsky") == NULL);
    nt_run(PUB, "Vladimir Putin met with the leader of the LDPR faction, and Vladimir "
                "Zhirinovsky said the talks went well.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zhirinovsky") == NULL);
    nt_run(PUB, "Vladimir Putin met with the leader of the LDPR faction, Vladimir Zhirinovsky "
                "said.");
    NT_CHECK(nt_with_party(NSV_EV_MEETING, "Zhirinovsky") == NULL);
    no_actual_meeting("Vladimir Putin will meet with the leader of the LDPR faction in the "
                      "State Duma, Vladimir Zhirinovsky.");
}

/* "met with the players of the Neoplan team", "met with the defenders of the
 * state border": players and defenders are an unnamed group of people the
 * party meets (a one-party record by house convention).  Hard negatives:
 * the same group praised, not met, and a meeting with them only planned. */
static void test_players_defenders_group_met(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Vladimir Putin met with the players of the Neoplan team.",
        "Vladimir Putin met with the defenders of the state border on Monday.",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        nt_run(PUB, texts[t]);
        NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
        NT_CHECK(nt_with_party(NSV_EV_MEETING, "Putin") != NULL);
    }
    /* hard negatives */
    no_actual_meeting("Vladimir Putin praised the players of the Neoplan team.");
    no_actual_meeting("Vladimir Putin will meet with the defenders of the state border.");
    no_actual_meeting("The players said they met the target.");
}

/* "met with the plant's employees", "met with the film's director, actors
 * and producers": a lone lower-case possessor that opens an unnamed group
 * is its determiner, so the group is still met.  Hard
 * negatives: a possessed thing that is no group ("met the company's
 * expectations", "met with the plant's targets") and a meeting only
 * planned. */
static void test_possessor_opens_unnamed_group(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Vladimir Putin met with the plant\xe2\x80\x99s employees and answered their questions.",
        "Vladimir Putin met with the film's director, actors and producers.",
        "Vladimir Putin met with the school's teachers.",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        nt_run(PUB, texts[t]);
        NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
        NT_CHECK(nt_with_party(NSV_EV_MEETING, "Putin") != NULL);
    }
    /* hard negatives */
    no_actual_meeting("Vladimir Putin met the company's expectations.");
    no_actual_meeting("Vladimir Putin met with the plant's targets.");
    no_actual_meeting("Vladimir Putin will meet with the plant's employees.");
}

/* "Today, X met Y to advance a roadmap established at their August meeting
 * in Buenos Aires": a month alone before the noun names the earlier
 * meeting as "their September 2021 meeting" does, undated (not the day the
 * sentence's "Today" gives) and apart from today's.  Hard negatives: one
 * the pair will hold or postponed, and a bare month with no "their". */
static void test_their_month_meeting(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Today, Adviser John Walker met with Director Li Wen at the White House to advance a "
        "roadmap established at their August meeting in Rome.",
        "Today, Adviser John Walker met with Director Li Wen. They advanced a roadmap "
        "established at their August meeting in Rome.",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        nt_run(PUB, texts[t]);
        NT_CHECK(nt_actual(NSV_EV_MEETING) == 2);
        int rome = 0;
        for (size_t k = 0; k < nt_count(NSV_EV_MEETING, -1); k++) {
            const nsv_event *e = nt_nth(NSV_EV_MEETING, k);
            if (e->location_name && !strcmp(e->location_name, "Rome")) {
                rome = 1;
                NT_CHECK(nt_has_party(e, "Walker") && nt_has_party(e, "Li Wen"));
                NT_CHECK(e->date == NULL || !*e->date);
            }
        }
        NT_CHECK(rome);
    }
    /* hard negatives */
    nt_run(PUB, "Adviser John Walker met with Director Li Wen. They will review the plan at "
                "their June meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "Adviser John Walker met with Director Li Wen. They postponed their June "
                "meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "Adviser John Walker met with Director Li Wen. The plan was set at the June "
                "meeting.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

/* "The Vice President convened state legislators on July 8, 2022 at the
 * White House; on July 14, 2022 in Orlando, Florida; and on July 16, 2022
 * in Philadelphia, Pennsylvania": each day and place after a ";" is one
 * more convening of the same host (either order of day and place).  Hard
 * negatives: a series the host will hold, a ";" that goes on with another
 * clause, and a day with no place. */
static void test_dated_series_of_convenings(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Vice President Kamala Harris convened state legislators on July 8, 2022 at the White "
        "House; on July 14, 2022 in Chicago; and on July 16, 2022 in Philadelphia.",
        "Vice President Kamala Harris convened state legislators at the White House on July 8, "
        "2022; in Chicago on July 14, 2022; and in Philadelphia on July 16, 2022.",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        nt_run(PUB, texts[t]);
        NT_CHECK(nt_actual(NSV_EV_MEETING) == 3);
        int chicago = 0, philly = 0;
        for (size_t k = 0; k < nt_count(NSV_EV_MEETING, -1); k++) {
            const nsv_event *e = nt_nth(NSV_EV_MEETING, k);
            NT_CHECK(nt_has_party(e, "Harris"));
            if (e->location_name && !strcmp(e->location_name, "Chicago"))
                chicago = !strncmp(e->date, "2022-07-14", 10);
            if (e->location_name && !strcmp(e->location_name, "Philadelphia"))
                philly = !strncmp(e->date, "2022-07-16", 10);
        }
        NT_CHECK(chicago && philly);
    }
    /* hard negatives */
    nt_run(PUB, "Vice President Kamala Harris will convene state legislators on July 8, 2023 in "
                "Chicago; on July 14, 2023 in Boston.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 0);
    nt_run(PUB, "Vice President Kamala Harris convened state legislators on July 8, 2022 in "
                "Chicago; on July 14, 2022 the law was signed.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    nt_run(PUB, "Vice President Kamala Harris convened state legislators on July 8, 2022 in "
                "Chicago; in the meeting they discussed health care.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cues),
        cmocka_unit_test(test_minister_without_portfolio),
        cmocka_unit_test(test_noun_with_listed_subject),
        cmocka_unit_test(test_demonym_group_state),
        cmocka_unit_test(test_transcript_turn_meetings),
        cmocka_unit_test(test_greeting_venue),
        cmocka_unit_test(test_relative_clause_before_took_place),
        cmocka_unit_test(test_place_of_topic_noun),
        cmocka_unit_test(test_place_in_purpose_clause),
        cmocka_unit_test(test_place_after_country_list),
        cmocka_unit_test(test_place_after_comma),
        cmocka_unit_test(test_surname_first_repeat),
        cmocka_unit_test(test_separate_counterparts),
        cmocka_unit_test(test_hyphenated_pair),
        cmocka_unit_test(test_sidelines_are_a_separate_event),
        cmocka_unit_test(test_one_meeting_mentioned_twice),
        cmocka_unit_test(test_location_not_from_topic),
        cmocka_unit_test(test_hard_negatives),
        cmocka_unit_test(test_broken_off_talks_took_place),
        cmocka_unit_test(test_past_journey_to_meet),
        cmocka_unit_test(test_if_in_quote_is_no_condition),
        cmocka_unit_test(test_past_cue_later_day_is_no_plan),
        cmocka_unit_test(test_spoke_with),
        cmocka_unit_test(test_spoke_to),
        cmocka_unit_test(test_with_both),
        cmocka_unit_test(test_welcomed_to),
        cmocka_unit_test(test_indefinite_counterpart_and_country_alias),
        cmocka_unit_test(test_office_before_name),
        cmocka_unit_test(test_meeting_of_unnamed_body_with),
        cmocka_unit_test(test_unnamed_group_counterpart),
        cmocka_unit_test(test_people_plural_met),
        cmocka_unit_test(test_unnamed_group_modifiers),
        cmocka_unit_test(test_convened_body),
        cmocka_unit_test(test_hosted_named_event),
        cmocka_unit_test(test_visit_place),
        cmocka_unit_test(test_title_trip_place),
        cmocka_unit_test(test_journey_place),
        cmocka_unit_test(test_visit_part_place),
        cmocka_unit_test(test_named_visitor_place),
        cmocka_unit_test(test_talks_during_visit),
        cmocka_unit_test(test_their_dated_meeting),
        cmocka_unit_test(test_their_placed_meeting),
        cmocka_unit_test(test_their_earlier_meeting_stays_apart),
        cmocka_unit_test(test_prev_sentence_visit_place),
        cmocka_unit_test(test_prev_sentence_visited_place),
        cmocka_unit_test(test_sideline_series_place),
        cmocka_unit_test(test_opening_visit_unknown_place),
        cmocka_unit_test(test_trip_place),
        cmocka_unit_test(test_mid_sentence_setting_place),
        cmocka_unit_test(test_place_hosts_meeting),
        cmocka_unit_test(test_counterpart_after_long_title),
        cmocka_unit_test(test_press_conference),
        cmocka_unit_test(test_non_meeting_sessions),
        cmocka_unit_test(test_reported_talks),
        cmocka_unit_test(test_group_summit_as_setting),
        cmocka_unit_test(test_call_topic_talks),
        cmocka_unit_test(test_two_state_summit_is_the_talks),
        cmocka_unit_test(test_opening_names_the_parties),
        cmocka_unit_test(test_attended_by),
        cmocka_unit_test(test_attended_by_long_portfolios),
        cmocka_unit_test(test_hosted_by),
        cmocka_unit_test(test_merge_after_growth),
        cmocka_unit_test(test_ahead_of_compound_summit),
        cmocka_unit_test(test_eve_of_meeting),
        cmocka_unit_test(test_near_word_across_compound),
        cmocka_unit_test(test_company_names),
        cmocka_unit_test(test_acronym_met_with),
        cmocka_unit_test(test_two_companies),
        cmocka_unit_test(test_lone_name_speaks_later),
        cmocka_unit_test(test_briefed_by),
        cmocka_unit_test(test_host_object_is_a_guest),
        cmocka_unit_test(test_credentials_ceremony),
        cmocka_unit_test(test_credentials_roster),
        cmocka_unit_test(test_welcomed_guest_far),
        cmocka_unit_test(test_whether_question),
        cmocka_unit_test(test_roster_list),
        cmocka_unit_test(test_roster_numbered_with_heading),
        cmocka_unit_test(test_roster_joined_by_colon),
        cmocka_unit_test(test_roster_bullet_after_colon),
        cmocka_unit_test(test_title_place_to_body_meeting),
        cmocka_unit_test(test_roster_after_inline_roster),
        cmocka_unit_test(test_roster_long_heading),
        cmocka_unit_test(test_region_group_is_other_side),
        cmocka_unit_test(test_group_including_members),
        cmocka_unit_test(test_group_including_members_out_of_memory),
        cmocka_unit_test(test_opening_visit_place_out_of_memory),
        cmocka_unit_test(test_listed_side_out_of_memory),
        cmocka_unit_test(test_country_as_spelled_out_of_memory),
        cmocka_unit_test(test_outlet_office_person_out_of_memory),
        cmocka_unit_test(test_their_meeting_out_of_memory),
        cmocka_unit_test(test_roster_lead_in_names_meeting),
        cmocka_unit_test(test_inline_roster),
        cmocka_unit_test(test_joining_hosts_on_the_call),
        cmocka_unit_test(test_listed_people_of_countries),
        cmocka_unit_test(test_listed_person_of_long_country),
        cmocka_unit_test(test_roster_participated_following),
        cmocka_unit_test(test_listed_subjects),
        cmocka_unit_test(test_hyphenated_body_name),
        cmocka_unit_test(test_day_of_the_clause),
        cmocka_unit_test(test_treasury_keeps_its_name),
        cmocka_unit_test(test_title_told_by_the_body),
        cmocka_unit_test(test_demonym_pair),
        cmocka_unit_test(test_convening_named_twice),
        cmocka_unit_test(test_summit_named_as_topic),
        cmocka_unit_test(test_bare_talks_named_as_topic),
        cmocka_unit_test(test_preparations_for_meeting),
        cmocka_unit_test(test_possessive_appositive_is_no_party),
        cmocka_unit_test(test_joint_body_meeting),
        cmocka_unit_test(test_second_meeting_of_its_own),
        cmocka_unit_test(test_first_person_speaker_at_summit),
        cmocka_unit_test(test_first_person_at_two_word_cue),
        cmocka_unit_test(test_addressed_group_summit),
        cmocka_unit_test(test_phase_of_group_setting),
        cmocka_unit_test(test_named_meeting_setting),
        cmocka_unit_test(test_long_unnamed_group),
        cmocka_unit_test(test_convened_group_of_sides),
        cmocka_unit_test(test_talks_round_delegations),
        cmocka_unit_test(test_premodified_named_summit),
        cmocka_unit_test(test_listed_states_met_on_margins),
        cmocka_unit_test(test_counterparts_from_listed_states),
        cmocka_unit_test(test_listed_states_convened),
        cmocka_unit_test(test_listed_states_article),
        cmocka_unit_test(test_named_summit_plural_apostrophe),
        cmocka_unit_test(test_group_summit_with_words),
        cmocka_unit_test(test_older_state_groups),
        cmocka_unit_test(test_summit_setting_of_talks),
        cmocka_unit_test(test_attended_by_after_description),
        cmocka_unit_test(test_opening_named_summit_with_days),
        cmocka_unit_test(test_ordinal_named_summit_pronoun),
        cmocka_unit_test(test_long_setting_phrase_places),
        cmocka_unit_test(test_addressed_participants_places),
        cmocka_unit_test(test_quoted_forum_title),
        cmocka_unit_test(test_hosted_roundtable),
        cmocka_unit_test(test_presidium_is_a_body),
        cmocka_unit_test(test_between_named_and_unnamed),
        cmocka_unit_test(test_acronym_and_bulleted_names),
        cmocka_unit_test(test_parties_during_the_convening),
        cmocka_unit_test(test_passive_host_names_no_guest),
        cmocka_unit_test(test_meeting_involved),
        cmocka_unit_test(test_roster_of_the_readout),
        cmocka_unit_test(test_place_before_the_talks),
        cmocka_unit_test(test_platform_is_a_body),
        cmocka_unit_test(test_pair_leaders_summit),
        cmocka_unit_test(test_venue_names),
        cmocka_unit_test(test_too_many_meetings_fail_early),
        cmocka_unit_test(test_infinitive_meeting_noun),
        cmocka_unit_test(test_possessive_is_no_place),
        cmocka_unit_test(test_group_summit_held),
        cmocka_unit_test(test_venue_lower_case_head),
        cmocka_unit_test(test_where_relative_place),
        cmocka_unit_test(test_placed_at_group_meeting),
        cmocka_unit_test(test_placed_at_intl_group_meeting),
        cmocka_unit_test(test_bare_talks_after_headline_meeting),
        cmocka_unit_test(test_opening_list_then_subject),
        cmocka_unit_test(test_counterpart_after_newly_appointed_title),
        cmocka_unit_test(test_month_may_is_no_modal),
        cmocka_unit_test(test_group_meeting_noun_as_setting),
        cmocka_unit_test(test_roster_titles),
        cmocka_unit_test(test_roster_lieutenant_governor),
        cmocka_unit_test(test_presidency_headline_host),
        cmocka_unit_test(test_bare_title_owns_meeting),
        cmocka_unit_test(test_royal_honorific),
        cmocka_unit_test(test_call_with),
        cmocka_unit_test(test_counterpart_after_dashed_title),
        cmocka_unit_test(test_joined_the_call),
        cmocka_unit_test(test_naval_observatory_venue),
        cmocka_unit_test(test_white_house_rooms),
        cmocka_unit_test(test_listed_hosts),
        cmocka_unit_test(test_body_after_business_word),
        cmocka_unit_test(test_holding_talks_unnamed),
        cmocka_unit_test(test_locked_in_talks),
        cmocka_unit_test(test_held_its_meeting),
        cmocka_unit_test(test_negotiating_with_unnamed),
        cmocka_unit_test(test_pair_are_negotiating),
        cmocka_unit_test(test_after_talks_with_group),
        cmocka_unit_test(test_place_after_listed_guests),
        cmocka_unit_test(test_first_person_address),
        cmocka_unit_test(test_first_person_heads_of_government),
        cmocka_unit_test(test_address_we_speaker),
        cmocka_unit_test(test_address_narrated_events),
        cmocka_unit_test(test_talks_about_topic_with),
        cmocka_unit_test(test_taking_part_list),
        cmocka_unit_test(test_unknown_city_and_opening_setting),
        cmocka_unit_test(test_date_with_commas),
        cmocka_unit_test(test_delegates_from_countries),
        cmocka_unit_test(test_opening_setting_places_subject),
        cmocka_unit_test(test_office_of_unnamed_holder),
        cmocka_unit_test(test_office_counterpart_not_subject),
        cmocka_unit_test(test_between_titled_second_party),
        cmocka_unit_test(test_long_title_portfolio_and),
        cmocka_unit_test(test_very_long_title_counterpart),
        cmocka_unit_test(test_singular_consultation_and_talk),
        cmocka_unit_test(test_occupation_list_before_guest),
        cmocka_unit_test(test_future_dated_repeat_stays_apart),
        cmocka_unit_test(test_roster_of_body_session),
        cmocka_unit_test(test_possessive_lower_title),
        cmocka_unit_test(test_possessive_title_chain),
        cmocka_unit_test(test_opening_phrase_body),
        cmocka_unit_test(test_series_host),
        cmocka_unit_test(test_meeting_to_be_held),
        cmocka_unit_test(test_region_governor),
        cmocka_unit_test(test_delegation_of_described_body),
        cmocka_unit_test(test_sidelines_of_meeting_named_before),
        cmocka_unit_test(test_delegates_of_two_sides_met),
        cmocka_unit_test(test_chair_of_group_meeting),
        cmocka_unit_test(test_fronted_chair_of_body_meeting),
        cmocka_unit_test(test_organ_of_group),
        cmocka_unit_test(test_parties_of_end_at_topic),
        cmocka_unit_test(test_modifier_country_no_subject),
        cmocka_unit_test(test_modifier_country_no_counterpart),
        cmocka_unit_test(test_country_name_before_people),
        cmocka_unit_test(test_group_reported_held),
        cmocka_unit_test(test_group_held_in_reported_speech),
        cmocka_unit_test(test_group_summit_held_clause),
        cmocka_unit_test(test_sidelines_of_bare_group),
        cmocka_unit_test(test_companions_join),
        cmocka_unit_test(test_they_named_list),
        cmocka_unit_test(test_delegation_travellers),
        cmocka_unit_test(test_quint_group),
        cmocka_unit_test(test_groups_of_bodies),
        cmocka_unit_test(test_list_across_of_country),
        cmocka_unit_test(test_demonym_leaders_met),
        cmocka_unit_test(test_person_after_description),
        cmocka_unit_test(test_who_clause_date),
        cmocka_unit_test(test_running_clause_places_meeting),
        cmocka_unit_test(test_region_after_the_places_meeting),
        cmocka_unit_test(test_noun_subject_of_modal),
        cmocka_unit_test(test_body_title_chain_person),
        cmocka_unit_test(test_presidency_ends_body),
        cmocka_unit_test(test_list_possessive_title_person),
        cmocka_unit_test(test_group_of_states),
        cmocka_unit_test(test_relative_clause_subject),
        cmocka_unit_test(test_first_person_adjective_and_met),
        cmocka_unit_test(test_roster_past_format_and_plans),
        cmocka_unit_test(test_chaired_session),
        cmocka_unit_test(test_fronted_body_session),
        cmocka_unit_test(test_chaired_by_after_body),
        cmocka_unit_test(test_talks_beside_summit),
        cmocka_unit_test(test_title_at_body),
        cmocka_unit_test(test_title_in_place),
        cmocka_unit_test(test_title_in_place_before_name),
        cmocka_unit_test(test_region_before_bare_name),
        cmocka_unit_test(test_was_pleased_to_meet),
        cmocka_unit_test(test_bare_polity_met),
        cmocka_unit_test(test_here_in_city),
        cmocka_unit_test(test_here_guest_country),
        cmocka_unit_test(test_greeting_city),
        cmocka_unit_test(test_gathering_city),
        cmocka_unit_test(test_meeting_placed_back),
        cmocka_unit_test(test_possessive_residence),
        cmocka_unit_test(test_bare_venue),
        cmocka_unit_test(test_headline_lead_place),
        cmocka_unit_test(test_headline_lead_visit_place),
        cmocka_unit_test(test_place_after_date_phrase),
        cmocka_unit_test(test_headline_lead_at_after_guests),
        cmocka_unit_test(test_last_evening_opening_place),
        cmocka_unit_test(test_headline_planned_lead_place),
        cmocka_unit_test(test_headline_lead_opening_place),
        cmocka_unit_test(test_headline_planned_visit_place),
        cmocka_unit_test(test_planned_guest_visit_place),
        cmocka_unit_test(test_sidelines_summit_place),
        cmocka_unit_test(test_headline_lead_verb_place),
        cmocka_unit_test(test_hyphenated_region_governor),
        cmocka_unit_test(test_format_aside),
        cmocka_unit_test(test_format_groups_meet),
        cmocka_unit_test(test_group_states_meeting_held),
        cmocka_unit_test(test_chaired_body_meeting),
        cmocka_unit_test(test_negotiated_with),
        cmocka_unit_test(test_roster_after_people_word),
        cmocka_unit_test(test_roster_heading_colon),
        cmocka_unit_test(test_roster_semicolon),
        cmocka_unit_test(test_group_met),
        cmocka_unit_test(test_group_people_placed_meeting),
        cmocka_unit_test(test_group_ended_talks),
        cmocka_unit_test(test_called_titled_person),
        cmocka_unit_test(test_called_person_to_do),
        cmocka_unit_test(test_took_part_in_the_meeting),
        cmocka_unit_test(test_roster_joins_lead_group_meeting),
        cmocka_unit_test(test_coordinated_party_with_article),
        cmocka_unit_test(test_named_meeting_cue_first),
        cmocka_unit_test(test_roster_place_before_title),
        cmocka_unit_test(test_verb_titled_list),
        cmocka_unit_test(test_list_past_appositive),
        cmocka_unit_test(test_listed_body_then_person),
        cmocka_unit_test(test_countries_stand_for_people),
        cmocka_unit_test(test_owner_of_creditors),
        cmocka_unit_test(test_owner_of_other_party),
        cmocka_unit_test(test_overlapping_records_adding_people),
        cmocka_unit_test(test_attended_by_far_from_lead),
        cmocka_unit_test(test_discussed_topic_with_person),
        cmocka_unit_test(test_officials_act_for_their_body),
        cmocka_unit_test(test_capital_rank_before_body_staff),
        cmocka_unit_test(test_officials_from_bodies),
        cmocka_unit_test(test_readout_hosts_with_titles),
        cmocka_unit_test(test_call_with_group),
        cmocka_unit_test(test_met_after_and_shares_subject),
        cmocka_unit_test(test_future_time_after_meeting),
        cmocka_unit_test(test_body_in_talks),
        cmocka_unit_test(test_long_topic_then_with),
        cmocka_unit_test(test_met_with_journalists),
        cmocka_unit_test(test_hyphened_body_name),
        cmocka_unit_test(test_hosted_for_group_meeting),
        cmocka_unit_test(test_pair_body_met),
        cmocka_unit_test(test_first_person_finished_call),
        cmocka_unit_test(test_chaired_call_reporters),
        cmocka_unit_test(test_chaired_call_topic),
        cmocka_unit_test(test_pair_body_noun),
        cmocka_unit_test(test_people_noun_group),
        cmocka_unit_test(test_comma_verb_shares_subject),
        cmocka_unit_test(test_two_countries_list_tail),
        cmocka_unit_test(test_host_before_acronym),
        cmocka_unit_test(test_group_defined_by_of),
        cmocka_unit_test(test_counted_group),
        cmocka_unit_test(test_roster_heading),
        cmocka_unit_test(test_delegation_heads),
        cmocka_unit_test(test_first_person_after_opening),
        cmocka_unit_test(test_took_part_in_unnamed_met),
        cmocka_unit_test(test_was_joined_by),
        cmocka_unit_test(test_each_with),
        cmocka_unit_test(test_met_with_and_with),
        cmocka_unit_test(test_office_field_no_party),
        cmocka_unit_test(test_title_meeting_of_planned_lead),
        cmocka_unit_test(test_planned_repeat_merges),
        cmocka_unit_test(test_title_guest_by_body),
        cmocka_unit_test(test_title_bodies_meeting_is_lead),
        cmocka_unit_test(test_opening_phrase_future),
        cmocka_unit_test(test_planned_that_clause),
        cmocka_unit_test(test_urged_groundwork_planned),
        cmocka_unit_test(test_future_time_far),
        cmocka_unit_test(test_planned_headline_lead_once),
        cmocka_unit_test(test_past_call_not_title_meeting),
        cmocka_unit_test(test_undated_repeat_in_country_of_city),
        cmocka_unit_test(test_venue_no_party),
        cmocka_unit_test(test_reported_to_party),
        cmocka_unit_test(test_group_including),
        cmocka_unit_test(test_spoke_about_this_with),
        cmocka_unit_test(test_unnamed_group_joined_modifiers),
        cmocka_unit_test(test_unnamed_group_serial_comma),
        cmocka_unit_test(test_unnamed_group_more_heads),
        cmocka_unit_test(test_virtually_convened),
        cmocka_unit_test(test_outlet_vice_president),
        cmocka_unit_test(test_meet_needs),
        cmocka_unit_test(test_outlet_no_party),
        cmocka_unit_test(test_title_adjective),
        cmocka_unit_test(test_heard_report),
        cmocka_unit_test(test_attended_joins_fuller),
        cmocka_unit_test(test_noun_subject_modal_after),
        cmocka_unit_test(test_noun_subject_would_after),
        cmocka_unit_test(test_noun_parties_take_place),
        cmocka_unit_test(test_place_city_rows),
        cmocka_unit_test(test_call_has_no_place),
        cmocka_unit_test(test_city_before_meeting_noun),
        cmocka_unit_test(test_body_adjective),
        cmocka_unit_test(test_modal_across_aside),
        cmocka_unit_test(test_to_attend_is_planned),
        cmocka_unit_test(test_sidelines_of_unheld_talks),
        cmocka_unit_test(test_coordinated_modality),
        cmocka_unit_test(test_proposed_convening),
        cmocka_unit_test(test_far_planning_phrase),
        cmocka_unit_test(test_requested_or_coming_meeting),
        cmocka_unit_test(test_gerund_after_preposition),
        cmocka_unit_test(test_importance_of_bare_noun),
        cmocka_unit_test(test_future_month_after_noun),
        cmocka_unit_test(test_modal_reaches_further),
        cmocka_unit_test(test_greetings_to_meeting),
        cmocka_unit_test(test_sidelines_place_apposition),
        cmocka_unit_test(test_office_holders_of_places),
        cmocka_unit_test(test_framework_of_summit),
        cmocka_unit_test(test_participation_in_summit_opening),
        cmocka_unit_test(test_video_meeting_at_body),
        cmocka_unit_test(test_visited_titled_person),
        cmocka_unit_test(test_list_over_parenthesis),
        cmocka_unit_test(test_convened_group_of_states),
        cmocka_unit_test(test_headline_common_phrase),
        cmocka_unit_test(test_conjunct_body_title_person),
        cmocka_unit_test(test_title_chain_over_parenthesis),
        cmocka_unit_test(test_member_title),
        cmocka_unit_test(test_format_noun_before_meeting),
        cmocka_unit_test(test_title_chain_after_comma),
        cmocka_unit_test(test_description_title_goes_on),
        cmocka_unit_test(test_group_of_unread_body),
        cmocka_unit_test(test_body_name_before_group_head),
        cmocka_unit_test(test_speaker_during_group_meeting),
        cmocka_unit_test(test_after_meeting_group),
        cmocka_unit_test(test_group_of_described_body),
        cmocka_unit_test(test_attended_by_group_then_named),
        cmocka_unit_test(test_host_only_title_into_body),
        cmocka_unit_test(test_members_of_the_government),
        cmocka_unit_test(test_title_over_acronym),
        cmocka_unit_test(test_list_over_person_country),
        cmocka_unit_test(test_lead_place_after_guest_country),
        cmocka_unit_test(test_day_before),
        cmocka_unit_test(test_opening_noun_places_back),
        cmocka_unit_test(test_country_in_a_name_is_no_place),
        cmocka_unit_test(test_name_phrase_before_of_is_no_town),
        cmocka_unit_test(test_place_after_guests_with_countries),
        cmocka_unit_test(test_opening_place_after_day),
        cmocka_unit_test(test_guest_in_country_on_visit),
        cmocka_unit_test(test_capital_named_after_country),
        cmocka_unit_test(test_country_before_body_word),
        cmocka_unit_test(test_given_name_after_body_part),
        cmocka_unit_test(test_plural_deputy_heads_no_party),
        cmocka_unit_test(test_discussed_talks_are_topic),
        cmocka_unit_test(test_back_reference_to_planned_talks),
        cmocka_unit_test(test_second_verb_subject_past_object),
        cmocka_unit_test(test_written_statement_first_person),
        cmocka_unit_test(test_lead_stub_is_title_meeting),
        cmocka_unit_test(test_event_attended_by_joins_meeting_before),
        cmocka_unit_test(test_lead_title_chain_is_headline_guest),
        cmocka_unit_test(test_name_opening_full_name_is_one_guest),
        cmocka_unit_test(test_name_spelled_apart_is_one_guest),
        cmocka_unit_test(test_venue_in_city_is_one_meeting),
        cmocka_unit_test(test_misread_title_guest_is_body_guest),
        cmocka_unit_test(test_people_meeting_over_its_countries),
        cmocka_unit_test(test_meeting_after_the_meeting_is_another),
        cmocka_unit_test(test_surname_office_picks_its_holder),
        cmocka_unit_test(test_census_given_name_is_party),
        cmocka_unit_test(test_coming_day_of_another_event),
        cmocka_unit_test(test_day_of_a_dated_noun),
        cmocka_unit_test(test_opening_coming_day_is_its_noun),
        cmocka_unit_test(test_after_meeting_gerund),
        cmocka_unit_test(test_hyphened_adjective_body_meeting),
        cmocka_unit_test(test_teller_of_talks),
        cmocka_unit_test(test_quoted_modifiers_before_talks),
        cmocka_unit_test(test_list_over_acronym),
        cmocka_unit_test(test_hosts_after_opening_phrase),
        cmocka_unit_test(test_readout_hosts_met_with),
        cmocka_unit_test(test_long_roster),
        cmocka_unit_test(test_presidency_staff_title_body),
        cmocka_unit_test(test_vice_president_office_body),
        cmocka_unit_test(test_discussed_together),
        cmocka_unit_test(test_speaker_not_reported_subject),
        cmocka_unit_test(test_journey_to_attend_group_meeting),
        cmocka_unit_test(test_setting_phrase_own_cue),
        cmocka_unit_test(test_unnamed_group_and_with_named),
        cmocka_unit_test(test_convened_by_hosts),
        cmocka_unit_test(test_hosted_convening),
        cmocka_unit_test(test_held_a_call_listed_subject),
        cmocka_unit_test(test_pair_summit_after_at),
        cmocka_unit_test(test_sidelines_of_general_assembly),
        cmocka_unit_test(test_margins_summit_holds_listed_states),
        cmocka_unit_test(test_completion_of_summit_opening),
        cmocka_unit_test(test_delegation_participating_in_forum),
        cmocka_unit_test(test_participle_aside_subject),
        cmocka_unit_test(test_group_of_named_body),
        cmocka_unit_test(test_title_stub_over_lead),
        cmocka_unit_test(test_group_of_the_press),
        cmocka_unit_test(test_topic_convening_chair_alone),
        cmocka_unit_test(test_topic_convening_roster),
        cmocka_unit_test(test_own_meeting_with_group),
        cmocka_unit_test(test_held_between_parties),
        cmocka_unit_test(test_staff_words_inside_list),
        cmocka_unit_test(test_report_on_topic_joins_convening),
        cmocka_unit_test(test_report_past_meeting_named_again),
        cmocka_unit_test(test_gave_report_joins_convening),
        cmocka_unit_test(test_briefed_the_meeting_joins_convening),
        cmocka_unit_test(test_office_of_new_country_is_new_counterpart),
        cmocka_unit_test(test_chaired_the_meeting_points_back),
        cmocka_unit_test(test_group_special_session_setting),
        cmocka_unit_test(test_conducted_holds_meeting),
        cmocka_unit_test(test_each_talks_modifier),
        cmocka_unit_test(test_coordinated_subject_bilateral_meetings),
        cmocka_unit_test(test_met_separately_each),
        cmocka_unit_test(test_same_words_one_meeting),
        cmocka_unit_test(test_back_reference_to_convening),
        cmocka_unit_test(test_separate_calls_today_towns),
        cmocka_unit_test(test_with_list_no_subject),
        cmocka_unit_test(test_capital_modifier_no_party),
        cmocka_unit_test(test_welcomed_group_for_meeting),
        cmocka_unit_test(test_opening_phase_places_person),
        cmocka_unit_test(test_arrived_for_group_meeting),
        cmocka_unit_test(test_group_plus_meeting),
        cmocka_unit_test(test_collective_group_met),
        cmocka_unit_test(test_officers_group_met),
        cmocka_unit_test(test_lone_host_long_title_group),
        cmocka_unit_test(test_group_participle_tail),
        cmocka_unit_test(test_spoke_about_joins_convening),
        cmocka_unit_test(test_updated_body_members_joins_convening),
        cmocka_unit_test(test_report_over_also),
        cmocka_unit_test(test_participation_joins_meeting),
        cmocka_unit_test(test_host_only_group_repeat),
        cmocka_unit_test(test_month_year_past_meeting_apart),
        cmocka_unit_test(test_own_past_time_beats_other_day),
        cmocka_unit_test(test_long_counterpart_list),
        cmocka_unit_test(test_headline_stub_lead_time_no_day),
        cmocka_unit_test(test_far_modal_over_prep_meeting),
        cmocka_unit_test(test_delegation_roster),
        cmocka_unit_test(test_cohosted_guests),
        cmocka_unit_test(test_group_ambassadors_met),
        cmocka_unit_test(test_their_month_meeting),
        cmocka_unit_test(test_described_person_after_comma),
        cmocka_unit_test(test_players_defenders_group_met),
        cmocka_unit_test(test_possessor_opens_unnamed_group),
        cmocka_unit_test(test_dated_series_of_convenings),
        cmocka_unit_test(test_appositive_roster_joins),
        cmocka_unit_test(test_room_hall_centre_venues),
        cmocka_unit_test(test_hall_keeps_its_building),
        cmocka_unit_test(test_order_of_names_no_party),
        cmocka_unit_test(test_own_side_group_country),
        cmocka_unit_test(test_far_east_in_title_no_party),
        cmocka_unit_test(test_transcript_speakers_join),
        cmocka_unit_test(test_transcript_speaker_governed_label),
        cmocka_unit_test(test_transcript_speaker_case_spelling),
        cmocka_unit_test(test_transcript_speakers_headline_meeting),
    };
    return cmocka_run_group_tests(tests, nt_setup, nt_teardown);
}
