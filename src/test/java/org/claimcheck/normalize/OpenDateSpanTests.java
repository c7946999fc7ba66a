package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertDate;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date after "after" or "before" (and their Spanish and French words) is one side of an open span: "after 2010" from
 * the day after 2010 on (AT_LEAST, no last day), "before 2010" up to the day before it (AT_MOST, no first day). A date
 * after "since" stays the date it names: the start is the fact. A range after the word stays a range.
 */
class OpenDateSpanTests {

    @ParameterizedTest(name = "[{index}] {0} ref {1} \"{2}\" -> {3}..{4} {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | before 2010                        | null       | 2009-12-31 | AT_MOST
            EN | 2024-06-19 | after 2010                         | 2011-01-01 | null       | AT_LEAST
            EN | 2024-06-19 | before June 1                      | null       | 2024-05-31 | AT_MOST
            EN | 2024-06-19 | before June 2020                   | null       | 2020-05-31 | AT_MOST
            EN | 2024-06-19 | after June 2020                    | 2020-07-01 | null       | AT_LEAST
            EN | 2024-06-19 | after March 3, 2021                | 2021-03-04 | null       | AT_LEAST
            EN | 2024-06-19 | before the end of 2023             | null       | 2023-12-31 | AT_MOST
            EN | 2024-06-19 | before last year                   | null       | 2022-12-31 | AT_MOST
            EN | 2024-06-19 | after the second quarter of 2021   | 2021-07-01 | null       | AT_LEAST
            ES | 2024-06-19 | antes de 2010                      | null       | 2009-12-31 | AT_MOST
            ES | 2024-06-19 | después de 2010                    | 2011-01-01 | null       | AT_LEAST
            ES | 2024-06-19 | antes de junio de 2020             | null       | 2020-05-31 | AT_MOST
            FR | 2024-06-19 | avant 2010                         | null       | 2009-12-31 | AT_MOST
            FR | 2024-06-19 | après 2010                         | 2011-01-01 | null       | AT_LEAST
            FR | 2024-06-19 | avant juin 2020                    | null       | 2020-05-31 | AT_MOST
            """)
    void aBoundWordOpensOneSide(Language language, LocalDate reference, String expression, LocalDate first,
            LocalDate last, Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    /** "since" names a start: the date itself, as a reader checks it. A range after a bound word is the range. */
    @ParameterizedTest(name = "[{index}] {0} ref {1} \"{2}\" -> {3}..{4} {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | since 2014                         | 2014-01-01 | 2014-12-31 | EXACT
            EN | 2024-06-19 | since August                       | 2023-08-01 | 2023-08-31 | EXACT
            EN | 2024-06-19 | since March 2022                   | 2022-03-01 | 2022-03-31 | EXACT
            EN | 2024-06-19 | since February 24, 2022            | 2022-02-24 | 2022-02-24 | EXACT
            ES | 2024-06-19 | desde agosto                       | 2023-08-01 | 2023-08-31 | EXACT
            ES | 2024-06-19 | desde el 24 de febrero de 2022     | 2022-02-24 | 2022-02-24 | EXACT
            ES | 2024-06-19 | a partir de 2019                   | 2019-01-01 | 2019-12-31 | EXACT
            FR | 2024-06-19 | depuis août                        | 2023-08-01 | 2023-08-31 | EXACT
            FR | 2024-06-19 | depuis le 24 février 2022          | 2022-02-24 | 2022-02-24 | EXACT
            """)
    void sinceNamesTheStart(Language language, LocalDate reference, String expression, LocalDate first,
            LocalDate last, Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    /** A range after the bound word is the range: "desde marzo hasta junio", "from May to September". */
    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            ES | desde marzo hasta junio          | 2024-03-01 | 2024-06-30
            EN | from 2014 to 2016                | 2014-01-01 | 2016-12-31
            EN | since 2014-2016                  | 2014-01-01 | 2016-12-31
            EN | between 1950 and 1953            | 1950-01-01 | 1953-12-31
            FR | du 8 au 13 septembre             | 2023-09-08 | 2023-09-13
            """)
    void aRangeStaysARange(Language language, String expression, LocalDate first, LocalDate last) {
        assertDate(language, LocalDate.of(language == Language.FR ? 2023 : 2024, language == Language.FR ? 9 : 6, 19),
                expression, first, last, Qualifier.RANGE);
    }
}
