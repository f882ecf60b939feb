/* dates.c - calendar arithmetic, the dateline, and the day a sentence's time
 * expressions give ("on Friday", "today", "on December 9") resolved against
 * the item's published date. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"

/* Howard Hinnant's civil-from-days algorithms (public domain). */
day_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153u * (unsigned)(m + (m > 2 ? -3 : 9)) + 2u) / 5u + (unsigned)d - 1u;
    const unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;
    return era * 146097 + (day_t)doe - 719468;
}

void civil_from_days(day_t z, int *y, int *m, int *d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460u + doe / 36524u - doe / 146096u) / 365u;
    const unsigned doy = doe - (365u * yoe + yoe / 4u - yoe / 100u);
    const unsigned mp = (5u * doy + 2u) / 153u;
    *d = (int)(doy - (153u * mp + 2u) / 5u + 1u);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)yoe + era * 400 + (*m <= 2);
}

static int days_in_month(int y, int m)
{
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dim[m - 1];
}

day_t parse_iso_date(const char *s, size_t len)
{
    if (!s || len < 10)
        return -1;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return -1;
        } else if (s[i] < '0' || s[i] > '9') {
            return -1;
        }
    }
    int y = atoi(s), m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return -1;
    return days_from_civil(y, m, d);
}

static int weekday_of(day_t z)
{
    return (int)((z % 7 + 11) % 7);
} /* 0 = Sunday */

int tok_number(const doc *d, uint32_t t, int *value)
{
    const token *k = &d->toks[t];
    if (!(k->flags & T_NUM))
        return 0;
    int v = 0;
    for (uint32_t i = k->start; i < k->end; i++) {
        char c = d->text[i];
        if (c < '0' || c > '9')
            return 0;
        v = v * 10 + (c - '0');
        if (v > 100000)
            return 0;
    }
    *value = v;
    return 1;
}

/* The year a number at token k (before `to`) gives ("December 9, 2021"),
 * 1000 to 2999, or 0. */
static int year_at(const doc *d, uint32_t k, uint32_t to)
{
    int year;
    return k < to && tok_number(d, k, &year) && year >= 1000 && year <= 2999 ? year : 0;
}

/* A month-and-day in the published year; a day more than a week after the
 * published date is last year's (a dateline written in early January about
 * late December). */
static day_t month_day(const doc *d, int month, int day, int year)
{
    if (day < 1 || day > 31)
        return -1;
    if (year <= 0) {
        if (d->published < 0)
            return -1;
        int py, pm, pd;
        civil_from_days(d->published, &py, &pm, &pd);
        year = py;
        if (day > days_in_month(year, month))
            return -1;
        day_t z = days_from_civil(year, month, day);
        if (z > d->published + 7)
            z = days_from_civil(year - 1, month, day > days_in_month(year - 1, month) ? 28 : day);
        return z;
    }
    if (day > days_in_month(year, month))
        return -1;
    return days_from_civil(year, month, day);
}

static day_t date_in(const doc *d, uint32_t from, uint32_t to, int *background, int titles,
                     int *kind);

/* The number word at t (words.tsv, class numeral), or 0. */
static int numeral_at(const doc *d, uint32_t t)
{
    const lex_entry *w = tok_lex(d, t, LEX_WORD, NULL);
    return w && (w->bits & W_NUMERAL) ? w->value : 0;
}

/* "Seventy-nine years ago today", "30 years ago today": before the relative
 * day at token r, a count of years and "ago".  The count, or 0. */
static int years_ago_before(const doc *d, uint32_t from, uint32_t r)
{
    if (r < from + 3 || !tok_is(&d->toks[r - 1], "ago") ||
        !(tok_is(&d->toks[r - 2], "years") || tok_is(&d->toks[r - 2], "year")))
        return 0;
    uint32_t c = r - 3;
    int n = 0;
    if (tok_number(d, c, &n))
        return n > 0 && n < 1000 ? n : 0;
    n = numeral_at(d, c);
    if (n <= 0 || n >= 10 || c == from)
        return n;
    /* "seventy-nine", "seventy nine": tens before the unit */
    uint32_t k = c - 1;
    if (k > from && is_char(d, k, '-'))
        k--;
    int tens = numeral_at(d, k);
    return tens >= 20 && tens % 10 == 0 ? tens + n : n;
}

/* Day `day` of the year `back` years before it (February 29 falls on the
 * 28th in a year without it); negative before 1970, which has no day_t. */
static day_t years_back(day_t day, int back)
{
    int y, m, dd;
    civil_from_days(day, &y, &m, &dd);
    if (m == 2 && dd == 29 && days_in_month(y - back, 2) < 29)
        dd = 28;
    return days_from_civil(y - back, m, dd);
}

/* A yearless "June 26" followed within a few words by "N years ago" (from
 * token k): the day moves back that many years; before 1970, or when the
 * month and day gave none (no published date), it has no day_t and is the
 * past, no day. */
static void yearless_ago(const doc *d, uint32_t k, uint32_t to, day_t *found, int *kind,
                         int *background)
{
    for (uint32_t r = k + 3; r <= to && r <= k + 6; r++) {
        if (!tok_is(&d->toks[r - 1], "ago"))
            continue;
        int back = years_ago_before(d, k, r);
        if (back <= 0)
            return;
        /* (a span's day stays none: "June 6-7, 80 years ago") */
        *kind = DAY_FIXED | (*kind & DAY_RANGE);
        if (*found < 0) {
            *background = 1;
            return;
        }
        *found = years_back(*found, back);
        if (*found < 0) {
            *found = -1;
            *background = 1;
        }
        return;
    }
}

day_t sentence_date(const doc *d, uint32_t from, uint32_t to, int *background)
{
    return date_in(d, from, to, background, 0, NULL);
}

day_t event_sentence_date(const doc *d, uint32_t from, uint32_t to, int *background, int titles,
                          int *kind)
{
    return date_in(d, from, to, background, titles, kind);
}

/* A planned event's day: its yearless month-and-day is the coming one (the
 * published year's, or next year's when that is long past: "will meet on
 * January 2" in late December), its bare weekday the next one, not the
 * last; a day near before the published date stays (a reported event the
 * text only looks planned in). An explicit date is kept. */
day_t planned_day(const doc *d, day_t day, int kind)
{
    if (day < 0 || d->published < 0 || day >= d->published)
        return day;
    kind &= ~DAY_RANGE;
    if (kind == DAY_WEEKDAY)
        return day + 7;
    if (kind != DAY_YEARLESS)
        return day;
    int y, m, dd, py, pm, pd;
    civil_from_days(day, &y, &m, &dd);
    civil_from_days(d->published, &py, &pm, &pd);
    for (int year = py; year <= py + 1; year++) {
        if (dd > days_in_month(year, m))
            continue;
        day_t z = days_from_civil(year, m, dd);
        if (z >= d->published - PLANNED_LOOKBACK_DAYS)
            return z;
    }
    return day;
}

/* Does a second day follow the day number at token j ("13-15", "13–15",
 * "14 and 15", "8 to 10", "8 through 10"), the end of a span of days?  The
 * second is later in the month. */
static int day_range_after(const doc *d, uint32_t j, uint32_t to)
{
    int first, second;
    if (j + 2 >= to || !tok_number(d, j, &first) || !tok_number(d, j + 2, &second))
        return 0;
    if (second <= first || second > 31)
        return 0;
    if (hyphen_or_dash(d, j + 1))
        return 1;
    const token *c = &d->toks[j + 1];
    if (!tok_is(c, "to") && !tok_is(c, "and") && !tok_is(c, "through"))
        return 0;
    /* a joining word needs the span to end there: not "on May 6 and 20
     * officials attended" */
    const token *n = j + 3 < to ? &d->toks[j + 3] : NULL;
    return !n || (n->flags & (T_PUNCT | T_NUM)) || (n->word_bits & (W_MONTH | W_PREP));
}

static day_t date_in(const doc *d, uint32_t from, uint32_t to, int *background, int titles,
                     int *kind)
{
    day_t found = -1;
    int found_kind = DAY_FIXED;
    *background = 0;
    for (uint32_t i = from; i < to; i++) {
        const token *t = &d->toks[i];
        if (!(t->flags & T_WORD) || (t->flags & T_IN_QUOTE))
            continue;
        unsigned wn = 1;
        const lex_entry *w = tok_lex(d, i, LEX_WORD, &wn);
        /* "of December 23, 1994", "for 2013-2017", "of 9 May 2001", "the
         * agreement ... dated October 18, 1996": a title's date, skipped
         * with its numbers and separators */
        if (titles && i > from &&
            (tok_is(&d->toks[i - 1], "of") || tok_is(&d->toks[i - 1], "for") ||
             tok_is(&d->toks[i - 1], "dated")) &&
            ((t->flags & T_NUM) || (w && (w->bits & W_MONTH)))) {
            uint32_t j = i + 1;
            while (j < to && j < i + 6 &&
                   ((d->toks[j].flags & T_NUM) ||
                    ((d->toks[j].flags & T_PUNCT) && !(d->toks[j].flags & T_SENT_END) &&
                     d->text[d->toks[j].start] != ';' && j + 1 < to &&
                     (d->toks[j + 1].flags & T_NUM)) ||
                    (tok_lex(d, j, LEX_WORD, NULL) &&
                     (tok_lex(d, j, LEX_WORD, NULL)->bits & W_MONTH))))
                j++;
            i = j - 1;
            continue;
        }
        /* the longest word phrase here: "next month", "last night" */
        uint64_t bits = w ? w->bits : t->word_bits;
        if (bits & W_BACKGROUND) {
            /* "Earlier," / "last week" / "two years ago": the past, no day */
            *background = 1;
            i += wn - 1;
            continue;
        }
        /* "the day before the summit" counts from the summit, not the item */
        if ((bits & W_RELDAY) && w && tok_is(&d->toks[i + wn - 1], "before") && i + wn < to &&
            (d->toks[i + wn].word_bits & (W_DET | W_POSSESSIVE))) {
            i += wn - 1;
            continue;
        }
        if ((bits & W_RELDAY) && w && found < 0 && d->published >= 0) {
            found = d->published + w->value;
            /* "Seventy-nine years ago today": that day of the year, then */
            int back = years_ago_before(d, from, i);
            if (back > 0) {
                found = years_back(d->published, back) + w->value;
                /* a day before 1970 has no day_t (negative is none): the
                 * past, not the item's day */
                if (found < 0)
                    *background = 1;
            }
            continue;
        }
        if ((bits & W_WEEKDAY) && w && found < 0 && d->published >= 0) {
            int want = w->value, have = weekday_of(d->published);
            int back = (have - want + 7) % 7;
            int next = i > from && tok_is(&d->toks[i - 1], "next");
            found = next ? d->published + ((want - have + 7) % 7 ? (want - have + 7) % 7 : 7)
                         : d->published - back;
            found_kind = next ? DAY_FIXED : DAY_WEEKDAY;
            continue;
        }
        if ((bits & W_MONTH) && w) {
            int day, year = 0;
            uint32_t j = i + 1;
            if (j < to && d->text[d->toks[j].start] == '.' && d->toks[j].flags & T_PUNCT)
                j++;
            if (j < to && tok_number(d, j, &day) && day <= 31) {
                /* "December 9" [", 2021"]; "December 13-15, 2022" spans
                 * days: its first tells past from coming, but the event
                 * gets no day */
                int span = day_range_after(d, j, to);
                uint32_t k = j + 1 + (span ? 2 : 0);
                if (k < to && d->text[d->toks[k].start] == ',')
                    k++;
                year = year_at(d, k, to);
                if (found < 0) {
                    found = month_day(d, w->value, day, year);
                    found_kind = (year ? DAY_FIXED : DAY_YEARLESS) | (span ? DAY_RANGE : 0);
                    /* "on June 26, exactly 75 years ago": that many years back */
                    if (!year)
                        yearless_ago(d, k, to, &found, &found_kind, background);
                }
            } else if (i > from && tok_number(d, i - 1, &day) && day <= 31) {
                /* "9 December"; "7-8 March" spans days */
                int span = i > from + 2 && day_range_after(d, i - 3, i);
                year = year_at(d, i + 1, to);
                if (found < 0) {
                    found = month_day(d, w->value, day, year);
                    found_kind = (year ? DAY_FIXED : DAY_YEARLESS) | (span ? DAY_RANGE : 0);
                }
            } else {
                *background = 1; /* a month without a day gives no date */
            }
            continue;
        }
        int num;
        if (tok_number(d, i, &num) && num >= 1900 && num <= 2999 && t->end - t->start == 4) {
            /* a bare year ("in 2019") places the event, but not on a day */
            int py = 0, pm, pd;
            if (d->published >= 0)
                civil_from_days(d->published, &py, &pm, &pd);
            if (num != py)
                *background = 1;
        }
    }
    if (kind)
        *kind = found < 0 ? DAY_FIXED : found_kind;
    return found;
}

/* The dateline that opens wire copy: "MOSCOW, December 9. /TASS/.",
 * "IGORA /Leningrad Region/, December 26. /TASS/.", "WASHINGTON, March 3 -".
 * It may follow a headline paragraph, so look at the first few paragraphs. */
void parse_dateline(doc *d, const nsv_item *item)
{
    (void)item;
    uint32_t paras = 0;
    /* every paragraph's first token starts a sentence: the sentences lead
     * to them without a walk over every token */
    for (size_t si = 0; si < d->nsents && paras < 4; si++) {
        uint32_t i = d->sents[si].tok_start;
        if (!(d->toks[i].flags & T_PARA_START))
            continue;
        paras++;
        uint32_t j = i;
        /* the city: upper-case words, with an optional /Region/ note */
        while (j < d->ntoks && (d->toks[j].flags & T_ALLCAPS))
            j++;
        if (j == i || j - i > 4)
            continue;
        uint32_t city_end = j;
        if (j < d->ntoks && d->text[d->toks[j].start] == '/') {
            uint32_t k = j + 1;
            while (k < d->ntoks && k < j + 8 && d->text[d->toks[k].start] != '/')
                k++;
            if (k < d->ntoks && k < j + 8)
                j = k + 1;
        }
        if (j >= d->ntoks || d->text[d->toks[j].start] != ',')
            continue;
        j++;
        /* "ELMSFORD, N.Y., March 5 -", "ARNHEM, the Netherlands, April 1
         * -": a state or country between the city and the date; a few
         * words, no sentence end, closed by a comma */
        if (j < d->ntoks && !(d->toks[j].word_bits & W_MONTH)) {
            uint32_t r = j;
            while (r < d->ntoks && r < j + 5 && d->text[d->toks[r].start] != ',' &&
                   !(d->toks[r].flags & T_PARA_START) &&
                   ((d->toks[r].flags & T_CAP) || tok_is(&d->toks[r], "the") ||
                    d->text[d->toks[r].start] == '.'))
                r++;
            if (r > j && r + 1 < d->ntoks && r < j + 5 && d->text[d->toks[r].start] == ',' &&
                (d->toks[r + 1].word_bits & W_MONTH))
                j = r + 1;
        }
        const lex_entry *m = tok_lex(d, j, LEX_WORD, NULL);
        if (!m || !(d->toks[j].word_bits & W_MONTH))
            continue;
        int day;
        uint32_t k = j + 1;
        if (k < d->ntoks && d->text[d->toks[k].start] == '.')
            k++;
        if (k >= d->ntoks || !tok_number(d, k, &day))
            continue;
        k++;
        /* what ends the dateline: ". /TASS/." or " -" */
        while (k < d->ntoks && (d->toks[k].flags & T_PUNCT) && !(d->toks[k].flags & T_PARA_START)) {
            char c = d->text[d->toks[k].start];
            if (c == '/' && k + 2 < d->ntoks && d->text[d->toks[k + 2].start] == '/') {
                k += 3;
                continue;
            }
            if (c == '.' || c == '-' || c == '(' || c == ')' || c == ':' ||
                (d->toks[k].end - d->toks[k].start == 3 && (unsigned char)c == 0xE2))
                k++;
            else
                break;
        }
        /* Reuters: "(Reuters) -" style agency notes are in parentheses */
        d->body_start = k < d->ntoks ? d->toks[k].start : d->len;
        /* city, title-cased for output ("MOSCOW" -> "Moscow") */
        uint32_t cs = d->toks[i].start, ce = d->toks[city_end - 1].end;
        char *city = arena_strndup(d->mem, d->text + cs, ce - cs);
        if (city) {
            int word_start = 1;
            for (char *p = city; *p; p++) {
                if (!word_start)
                    *p = ascii_lower(*p);
                word_start = (*p == ' ' || *p == '-');
            }
            d->dateline_city = city;
            const lex_entry *c = tok_lex(d, i, LEX_CAPITAL, NULL);
            const lex_entry *p = tok_lex(d, i, LEX_PLACE, NULL);
            d->dateline_country = c ? c->extra : p ? p->extra : NULL;
        }
        if (d->published < 0) {
            /* no published date: the dateline has no year to resolve against */
        }
        return;
    }
}
