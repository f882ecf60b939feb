/* test_dates.c - event dates as the records give them: weekdays, "today",
 * "yesterday" and "on December 9" resolved against the item; a dateline's day
 * is not the event's day; months, years, "last October" and "next month"
 * give no day; planned events get no default date.  Plus the calendar
 * helpers of dates.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "nsv_test_util.h"

/* The date of the only meeting (or signing) of the last item. */
static const nsv_event *only(nsv_event_type type)
{
    if (nt_count(type, -1) != 1) {
        nt_dump();
        fail_msg("want exactly one %s, got %zu", nsv_event_type_name(type), nt_count(type, -1));
    }
    return nt_nth(type, 0);
}

static void assert_date(nsv_event_type type, const char *published, const char *text,
                        const char *want)
{
    nt_run(published, text);
    const nsv_event *e = only(type);
    if (strcmp(e->date, want) != 0) {
        nt_dump();
        fail_msg("date \"%s\", want \"%s\"", e->date, want[0] ? want : "(none)");
    }
}

#define MEETING_A "Defense Minister Sergey Shoigu met Tajik Defense Minister Sherali Mirzo"
#define TALKS_A                                                                                    \
    "Defense Minister Sergey Shoigu held talks with Tajik Defense Minister Sherali Mirzo"

static void test_relative_days(void **state)
{
    (void)state;
    /* 2022-12-09 is a Friday */
    assert_date(NSV_EV_MEETING, "2022-12-09", "MOSCOW, December 9. /TASS/. " TALKS_A " on Friday.",
                "2022-12-09");
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on Wednesday.", "2022-12-07");
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " yesterday.", "2022-12-08");
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " today.", "2022-12-09");
    /* across a month and a year boundary */
    assert_date(NSV_EV_MEETING, "2023-01-01", TALKS_A " yesterday.", "2022-12-31");
    assert_date(NSV_EV_MEETING, "2023-03-01", MEETING_A " on Tuesday.", "2023-02-28");
    /* a signing resolves the same way */
    assert_date(NSV_EV_SIGNING, "2022-12-09",
                "Defense Minister Sergey Shoigu signed an agreement on military cooperation with "
                "Tajik Defense Minister Sherali Mirzo on Wednesday.",
                "2022-12-07");
    /* without a published date a weekday resolves to nothing */
    assert_date(NSV_EV_MEETING, NULL, TALKS_A " on Friday.", "");
}

static void test_month_day(void **state)
{
    (void)state;
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on December 7.", "2022-12-07");
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on December 7, 2021.", "2021-12-07");
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on Dec. 7.", "2022-12-07");
}

static void test_dateline_day_is_not_the_event_day(void **state)
{
    (void)state;
    /* 1987-06-17 is a Wednesday: "on Thursday" is the Thursday before */
    assert_date(NSV_EV_MEETING, "1987-06-17",
                "BELGRADE, June 17 - Yugoslav Prime Minister Branko Mikulic met Greek Prime "
                "Minister Andreas Papandreou on Thursday.",
                "1987-06-11");
    assert_date(NSV_EV_MEETING, "1987-06-17",
                "BELGRADE, June 17 - Yugoslav Prime Minister Branko Mikulic met Greek Prime "
                "Minister Andreas Papandreou last week.",
                "");
    /* the dateline's own date is not "on June 17" */
    assert_date(NSV_EV_MEETING, "2022-12-09",
                "MOSCOW, December 9. /TASS/. " MEETING_A " earlier this week.", "");
    /* nor with a state or country between the city and the date */
    assert_date(NSV_EV_MEETING, "1987-06-17",
                "AUSTIN, Texas, June 17 - Yugoslav Prime Minister Branko Mikulic met Greek Prime "
                "Minister Andreas Papandreou last week.",
                "");
}

/* A dateline with a state or country ("ARNHEM, the Netherlands, April 1 -")
 * is no part of the body: its city is no party of the lead's signing; a
 * first sentence that opens with a city and a comma but names no date is
 * text */
static void test_dateline_with_region(void **state)
{
    (void)state;
    nt_run("1987-04-01", "ARNHEM, the Netherlands, April 1 - Velbo BV, a subsidiary of Norcast "
                         "NV <NORC.AS> said it has concluded a licence agreement with Acme Corp.");
    const nsv_event *e = only(NSV_EV_SIGNING);
    NT_CHECK(nt_has_party(e, "Velbo BV") && !nt_has_party(e, "ARNHEM") &&
             !nt_has_party(e, "Arnhem"));
    /* hard negative: no date after the region, no dateline */
    nt_run("1987-04-01", "BRUSSELS, Antwerp and Ghent signed a port agreement on Tuesday.");
    e = only(NSV_EV_SIGNING);
    NT_CHECK(!strcmp(e->date, "1987-03-31"));
}

static void test_background_gives_no_day(void **state)
{
    (void)state;
    assert_date(NSV_EV_MEETING, "2022-12-09", MEETING_A " last October.", "");
    assert_date(NSV_EV_MEETING, "2022-12-09", MEETING_A " in 2019.", "");
    assert_date(NSV_EV_MEETING, "2022-12-09", MEETING_A " in June.", "");
    assert_date(NSV_EV_MEETING, "2022-12-09", MEETING_A " earlier.", "");
    /* reported as current with no time words: the published day */
    assert_date(NSV_EV_MEETING, "2022-12-09", MEETING_A ".", "2022-12-09");
}

/* A span of days ("December 6-7", "6–7 December", "December 6 and 7")
 * is no single day; its first still tells a coming event from a past one.
 * Not a span: "December 7 and 20 officials", a second day before the first. */
static void test_day_range_gives_no_day(void **state)
{
    (void)state;
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on December 6-7.", "");
    assert_date(NSV_EV_MEETING, "2022-12-09",
                TALKS_A " on December 6\xe2\x80\x93"
                        "7, 2022.",
                "");
    assert_date(NSV_EV_MEETING, "2022-12-09", "On 6-7 December, " TALKS_A ".", "");
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on December 6 and 7.", "");
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on December 6 to 8, 2022.", "");
    /* (moved back "N years ago", a span still gives no day) */
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on December 6-7, exactly 20 years ago.",
                "");
    /* a coming span is a plan, still without a day */
    assert_date(NSV_EV_MEETING, "2022-12-09",
                "Defense Minister Sergey Shoigu will hold talks with Tajik Defense Minister "
                "Sherali Mirzo on December 12-13.",
                "");
    NT_CHECK(nt_nth(NSV_EV_MEETING, 0)->modality == NSV_MOD_PLANNED);
    /* hard negatives: one day, and a number that counts something else */
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on December 7 and 20 officials attended.",
                "2022-12-07");
    assert_date(NSV_EV_MEETING, "2022-12-09", "On 7 December, " TALKS_A ".", "2022-12-07");
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on December 7 - 3 days after.",
                "2022-12-07");
}

/* "the recent summit", "his previous meeting with X": a meeting put before
 * the item's day gets no default day; "recent" elsewhere in the clause (a
 * topic) leaves a current meeting on the item's day. */
static void test_recent_meeting_gives_no_day(void **state)
{
    (void)state;
    assert_date(NSV_EV_MEETING, "2022-12-09",
                "The minister recalled the recent Russian-Tajik summit in Dushanbe.", "");
    assert_date(NSV_EV_MEETING, "2022-12-09",
                "Shoigu spoke of his previous meeting with Tajik Defense Minister Sherali Mirzo.",
                "");
    /* hard negatives: a current meeting about recent events; a day given */
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " to discuss the recent attacks.",
                "2022-12-09");
    assert_date(NSV_EV_MEETING, "2022-12-09",
                "Shoigu spoke of his previous meeting with Tajik Defense Minister Sherali Mirzo "
                "on December 2.",
                "2022-12-02");
}

/* "a few minutes ago" is earlier on the item's own day (an address that
 * reports a decree signed just before it); "two years ago" stays the past */
static void test_minutes_ago_is_today(void **state)
{
    (void)state;
    assert_date(NSV_EV_SIGNING, "2022-12-09",
                "A few minutes ago, before this address, President Anna Berg signed a decree on "
                "state awards.",
                "2022-12-09");
    assert_date(NSV_EV_SIGNING, "2022-12-09",
                "Two years ago, President Anna Berg signed a decree on state awards.", "");
}

static void test_planned_gets_no_default_date(void **state)
{
    (void)state;
    nt_run("2022-12-09", "Defense Minister Sergey Shoigu will meet Tajik Defense Minister "
                         "Sherali Mirzo next month.");
    const nsv_event *e = only(NSV_EV_MEETING);
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    NT_CHECK(e->date[0] == '\0');
    nt_run("2022-12-09",
           "Defense Minister Sergey Shoigu will meet Tajik Defense Minister Sherali Mirzo.");
    e = only(NSV_EV_MEETING);
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    NT_CHECK(e->date[0] == '\0');
    nt_run("2022-12-09", "Defense Minister Sergey Shoigu will sign an agreement on military "
                         "cooperation with Tajik Defense Minister Sherali Mirzo.");
    e = only(NSV_EV_SIGNING);
    NT_CHECK(e->modality == NSV_MOD_PLANNED);
    NT_CHECK(e->date[0] == '\0');
}

/* The date of the meeting of the last item with this modality. */
static const char *date_of(int modality)
{
    for (size_t k = 0; k < nt_count(NSV_EV_MEETING, -1); k++)
        if ((int)nt_nth(NSV_EV_MEETING, k)->modality == modality)
            return nt_nth(NSV_EV_MEETING, k)->date;
    nt_dump();
    fail_msg("no meeting of modality %d", modality);
    return "";
}

static void test_planned_day_goes_forward(void **state)
{
    (void)state;
    /* a planned event's yearless day is the coming one; the reported
     * meeting in the same item keeps last year's (a week past the
     * published day) */
    nt_run("2022-02-04", "On February 14, Chancellor Olaf Scholz will hold talks with President "
                         "Anna Berg. On February 14, Defense Minister Sergey Shoigu met Tajik "
                         "Defense Minister Sherali Mirzo.");
    assert_string_equal(date_of(NSV_MOD_PLANNED), "2022-02-14");
    assert_string_equal(date_of(NSV_MOD_ACTUAL), "2021-02-14");
    /* "will meet on January 2" written late in December: next year's */
    nt_run("2022-12-30",
           "Defense Minister Sergey Shoigu will meet Tajik Defense Minister Sherali Mirzo on "
           "January 2.");
    assert_string_equal(date_of(NSV_MOD_PLANNED), "2023-01-02");
    /* a weekday of a planned event is the next one, of a reported one the
     * last (2022-12-09 is a Friday) */
    nt_run("2022-12-09", "Defense Minister Sergey Shoigu will meet Tajik Defense Minister "
                         "Sherali Mirzo on Wednesday.");
    assert_string_equal(date_of(NSV_MOD_PLANNED), "2022-12-14");
    /* an explicit year is kept, and so is a full date just before the
     * published day */
    nt_run("2022-02-04", "Defense Minister Sergey Shoigu will meet Tajik Defense Minister "
                         "Sherali Mirzo on February 14, 2021.");
    assert_string_equal(date_of(NSV_MOD_PLANNED), "2021-02-14");
    /* (a journey's purpose that was planned: "travelled to Dushanbe to
     * meet" is one that took place) */
    nt_run("2022-02-04", "On February 2, 2022, Defense Minister Sergey Shoigu planned to "
                         "travel to Dushanbe to meet Tajik Defense Minister Sherali Mirzo.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    assert_string_equal(date_of(NSV_MOD_PLANNED), "2022-02-02");
}

/* A headline's meeting the body reports under an opening day: "Yesterday,",
 * "On Wednesday,", "On October 13," date it; "Last week," gives no day; a
 * day after the item's, or one that opens a later sentence, does not. */
#define SULLIVAN_WANG_TITLE                                                                        \
    "Readout of National Security Advisor Jake Sullivan's Meeting with Foreign Minister Wang Yi"
#define SULLIVAN_WANG_BODY "the two officials discussed cooperation on climate and trade."

static void assert_title_date(const char *text, const char *want)
{
    nt_run_item("t-lead", "2023-10-20", SULLIVAN_WANG_TITLE, text);
    const nsv_event *e = only(NSV_EV_MEETING);
    if (strcmp(e->date, want) != 0) {
        nt_dump();
        fail_msg("date \"%s\", want \"%s\"", e->date, want[0] ? want : "(none)");
    }
}

static void test_headline_meeting_takes_lead_day(void **state)
{
    (void)state;
    /* 2023-10-20 is a Friday */
    assert_title_date("Yesterday, " SULLIVAN_WANG_BODY, "2023-10-19");
    assert_title_date("On Wednesday, " SULLIVAN_WANG_BODY, "2023-10-18");
    assert_title_date("On October 13, " SULLIVAN_WANG_BODY, "2023-10-13");
    /* a time with no day: none (GUIDE: "last week" gives no date) */
    assert_title_date("Last week, " SULLIVAN_WANG_BODY, "");
    /* a coming day is not taken back to the last Tuesday */
    assert_title_date("On Tuesday, October 24, " SULLIVAN_WANG_BODY, "2023-10-20");
    /* a day opening a later sentence dates that sentence, not the headline */
    assert_title_date("The two officials discussed cooperation on climate and trade. On Wednesday, "
                      "they also reviewed regional issues.",
                      "2023-10-20");
}

/* A later sentence of the lead's paragraph with no time of its own narrates
 * the day the lead opens with; another paragraph, or a perfect ("has
 * signed", of another time), does not. */
#define SHOIGU_ARRIVED "On Wednesday, Defense Minister Sergey Shoigu arrived in Dushanbe."
#define SHOIGU_SIGNED                                                                              \
    "signed an agreement on military cooperation with Tajik Defense Minister Sherali Mirzo."

static void test_lead_paragraph_takes_lead_day(void **state)
{
    (void)state;
    /* 2022-12-09 is a Friday */
    assert_date(NSV_EV_MEETING, "2022-12-09",
                SHOIGU_ARRIVED " He held talks with Tajik Defense Minister Sherali Mirzo.",
                "2022-12-07");
    assert_date(NSV_EV_SIGNING, "2022-12-09", SHOIGU_ARRIVED " Shoigu " SHOIGU_SIGNED,
                "2022-12-07");
    assert_date(NSV_EV_MEETING, "2022-12-09",
                SHOIGU_ARRIVED "\n\nShoigu held talks with Tajik Defense Minister Sherali Mirzo.",
                "2022-12-09");
    assert_date(NSV_EV_SIGNING, "2022-12-09", SHOIGU_ARRIVED " Shoigu has " SHOIGU_SIGNED,
                "2022-12-09");
}

/* "this week" is a span of days, no day (GUIDE: ranges, "last week" give
 * no date), also opening the body under a headline's meeting without its
 * comma; a weekday in it still gives its day, and a one-word opener
 * ("Last Tuesday") is no span. */
static void test_this_week_gives_no_day(void **state)
{
    (void)state;
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " this week.", "");
    assert_date(NSV_EV_MEETING, "2022-12-09", TALKS_A " on Monday this week.", "2022-12-05");
    assert_title_date("This week " SULLIVAN_WANG_BODY, "");
    nt_run_item("t-lead", "2023-10-20", SULLIVAN_WANG_TITLE, "Last Tuesday " SULLIVAN_WANG_BODY);
    assert_true(only(NSV_EV_MEETING)->date[0] != '\0');
}

static void test_calendar_helpers(void **state)
{
    (void)state;
    assert_int_equal(days_from_civil(1970, 1, 1), 0);
    assert_int_equal(days_from_civil(2000, 3, 1), 11017);
    assert_int_equal(days_from_civil(1969, 12, 31), -1);
    assert_int_equal(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28), 2); /* leap */
    assert_int_equal(days_from_civil(2023, 3, 1) - days_from_civil(2023, 2, 28), 1);
    for (day_t z = days_from_civil(1899, 12, 25); z < days_from_civil(2101, 1, 5); z += 37) {
        int y, m, dd;
        civil_from_days(z, &y, &m, &dd);
        assert_int_equal(days_from_civil(y, m, dd), z);
    }
    assert_int_equal(parse_iso_date("2022-12-09", 10), days_from_civil(2022, 12, 9));
    assert_int_equal(parse_iso_date("2022-12-09T10:00:00Z", 20), days_from_civil(2022, 12, 9));
    assert_int_equal(parse_iso_date("2022-12-9", 9), -1);
    assert_int_equal(parse_iso_date("2023-02-29", 10), -1);
    assert_int_equal(parse_iso_date("2022-13-01", 10), -1);
    assert_int_equal(parse_iso_date("not a date", 10), -1);
    assert_int_equal(parse_iso_date(NULL, 0), -1);
}

/* A time with no day in a later clause of its own past verb (", and
 * invited her ... early this week") dates that clause, not the cue's; the
 * cue's own "early this week", or one in its clause, still takes its day. */
static void assert_wh_date(const char *text, const char *want)
{
    nt_run_source("t-wh", "The White House (whitehouse.gov)", "2021-01-31",
                  "Statement from White House Press Secretary Jen Psaki", text);
    const nsv_event *e = only(NSV_EV_MEETING);
    if (strcmp(e->date, want) != 0) {
        nt_dump();
        fail_msg("date \"%s\", want \"%s\"", e->date, want[0] ? want : "(none)");
    }
}

static void test_later_clause_span_not_cue(void **state)
{
    (void)state;
    assert_wh_date("In response, the President spoke to Senator Collins, and invited her and other "
                   "signers of the letter to come to the White House early this week for a full "
                   "exchange of views.",
                   "2021-01-31");
    /* hard negatives */
    assert_wh_date(
        "In response, the President spoke to Senator Collins early this week, and invited "
        "her and other signers of the letter to come to the White House.",
        "");
    assert_wh_date("In response, the President spoke to Senator Collins and other signers of the "
                   "letter early this week.",
                   "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relative_days),
        cmocka_unit_test(test_month_day),
        cmocka_unit_test(test_dateline_day_is_not_the_event_day),
        cmocka_unit_test(test_dateline_with_region),
        cmocka_unit_test(test_background_gives_no_day),
        cmocka_unit_test(test_day_range_gives_no_day),
        cmocka_unit_test(test_recent_meeting_gives_no_day),
        cmocka_unit_test(test_minutes_ago_is_today),
        cmocka_unit_test(test_planned_gets_no_default_date),
        cmocka_unit_test(test_planned_day_goes_forward),
        cmocka_unit_test(test_headline_meeting_takes_lead_day),
        cmocka_unit_test(test_later_clause_span_not_cue),
        cmocka_unit_test(test_lead_paragraph_takes_lead_day),
        cmocka_unit_test(test_this_week_gives_no_day),
        cmocka_unit_test(test_calendar_helpers),
    };
    return cmocka_run_group_tests(tests, nt_setup, nt_teardown);
}
