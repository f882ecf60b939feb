/* test_regressions.c - language the unit tests of each rule module first
 * found wrong, one case each: a lexicon error after blank lines names its
 * line, "U.S." is an acronym, a headline's meeting survives a dateline, a
 * planned weekday is the next one, a reporter of a signing is not its
 * signatory, a tab indents a paragraph in 1987 wire copy. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "nsv_test_util.h"

static void test_lexicon_error_line_after_blank_lines(void **state)
{
    (void)state;
    nsv_lexicon *lex = nsv_lexicon_new();
    assert_non_null(lex);
    nsv_error err;
    const char *data = "signed\tverb\n\n\ninked\tnone\n";
    assert_int_equal(nsv_lexicon_add(lex, "signing_cues.tsv", data, strlen(data), &err),
                     NSV_ERR_CONFIG);
    assert_non_null(strstr(err.message, "signing_cues.tsv:4:"));
    nsv_lexicon_free(lex);
}

static void test_dotted_acronym_names_a_country(void **state)
{
    (void)state;
    nt_run("2024-03-08", "U.S. Secretary of State Tom Reyes met with Japanese Foreign Minister "
                         "Ken Sato on Friday.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Reyes");
    NT_CHECK(e != NULL);
    for (size_t i = 0; e && i < e->n_participants; i++)
        if (nt_name_has(e->participants[i].name, "Reyes"))
            NT_CHECK(e->participants[i].country &&
                     !strcmp(e->participants[i].country, "United States"));
    NT_CHECK(e && nt_has_party(e, "Sato"));
}

static void test_headline_meeting_with_dateline(void **state)
{
    (void)state;
    nt_run_item("t-2", "2022-12-09",
                "Russian President Vladimir Putin holds talks with Turkish President Recep "
                "Tayyip Erdoğan in Sochi",
                "SOCHI, December 9. /TASS/. The two leaders discussed trade. Putin said the "
                "discussion was useful.");
    const nsv_event *e = nt_with_party(NSV_EV_MEETING, "Putin");
    NT_CHECK(e != NULL);
    NT_CHECK(e && nt_has_party(e, "Erdoğan"));
    NT_CHECK(e && e->evidence_in_title == 1);
    /* the dateline itself is no event */
    NT_CHECK(nt_count_said_by("Putin") == 1);
}

static void test_planned_weekday_is_ahead(void **state)
{
    (void)state;
    nt_run("1987-06-17", "BELGRADE, June 17 - Yugoslav Prime Minister Branko Mikulic will meet "
                         "Greek Prime Minister Andreas Papandreou on Friday.");
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    const nsv_event *e = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(e && !strcmp(e->date, "1987-06-19"));
}

static void test_reporter_is_not_the_signatory(void **state)
{
    (void)state;
    nt_run("2022-12-09", "Foreign Minister Sergey Lavrov said the two countries had signed an "
                         "accord on Monday.");
    const nsv_event *e = nt_nth(NSV_EV_SIGNING, 0);
    NT_CHECK(e != NULL);
    NT_CHECK(e && !nt_has_party(e, "Lavrov"));
    NT_CHECK(nt_said_by("Lavrov") != NULL);
}

static void test_tab_indent_opens_a_paragraph(void **state)
{
    (void)state;
    /* a quotation left open at the end of one paragraph closes there */
    nt_run("1987-03-03", "WASHINGTON, March 3 - Smith said: \"We will not wait forever.\n\tJones "
                         "told reporters the talks would go on.");
    NT_CHECK(nt_said_by("Jones") != NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_error_line_after_blank_lines),
        cmocka_unit_test(test_dotted_acronym_names_a_country),
        cmocka_unit_test(test_headline_meeting_with_dateline),
        cmocka_unit_test(test_planned_weekday_is_ahead),
        cmocka_unit_test(test_reporter_is_not_the_signatory),
        cmocka_unit_test(test_tab_indent_opens_a_paragraph),
    };
    return cmocka_run_group_tests(tests, nt_setup, nt_teardown);
}
