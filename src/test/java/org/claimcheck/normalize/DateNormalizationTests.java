package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertDate;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates that carry their year: days, months, years after a temporal word, decades, ranges, parts of months. */
class DateNormalizationTests {

    private static final String NAME = "[{index}] {0} ref {1} \"{2}\" -> {3}..{4} {5}";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | June 19, 2024                | 2024-06-19 | 2024-06-19 | EXACT
            EN | 2024-06-19 | 19 June 2024                 | 2024-06-19 | 2024-06-19 | EXACT
            EN | 2024-06-19 | 2024-06-19                   | 2024-06-19 | 2024-06-19 | EXACT
            EN | 2024-06-19 | March 3, 2021                | 2021-03-03 | 2021-03-03 | EXACT
            EN | 2024-06-19 | December 31, 2023            | 2023-12-31 | 2023-12-31 | EXACT
            EN | 2024-06-19 | 1 January 2025               | 2025-01-01 | 2025-01-01 | EXACT
            EN | 2024-06-19 | February 29, 2024            | 2024-02-29 | 2024-02-29 | EXACT
            ES | 2024-06-19 | 19 de junio de 2024          | 2024-06-19 | 2024-06-19 | EXACT
            ES | 2024-06-19 | 3 de marzo de 2021           | 2021-03-03 | 2021-03-03 | EXACT
            ES | 2024-06-19 | 31 de diciembre de 2023      | 2023-12-31 | 2023-12-31 | EXACT
            ES | 2024-06-19 | 1 de enero de 2025           | 2025-01-01 | 2025-01-01 | EXACT
            ES | 2024-06-19 | 2024-06-19                   | 2024-06-19 | 2024-06-19 | EXACT
            ES | 2024-06-19 | el 24 de febrero de 2022     | 2022-02-24 | 2022-02-24 | EXACT
            ES | 2024-06-19 | el 5 de noviembre de 2024    | 2024-11-05 | 2024-11-05 | EXACT
            ES | 2024-06-19 | el primero de mayo           | 2024-05-01 | 2024-05-01 | EXACT
            ES | 2024-06-19 | el cinco de mayo de 2020     | 2020-05-05 | 2020-05-05 | EXACT
            ES | 2024-06-19 | el veinte de marzo           | 2024-03-20 | 2024-03-20 | EXACT
            FR | 2024-06-19 | le premier mai               | 2024-05-01 | 2024-05-01 | EXACT
            FR | 2024-06-19 | le trois mars 2021           | 2021-03-03 | 2021-03-03 | EXACT
            """)
    void days(Language language, LocalDate reference, String expression, LocalDate first, LocalDate last,
            Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | February 2022                | 2022-02-01 | 2022-02-28 | EXACT
            EN | 2024-06-19 | February 2024                | 2024-02-01 | 2024-02-29 | EXACT
            EN | 2024-06-19 | September 2023               | 2023-09-01 | 2023-09-30 | EXACT
            EN | 2024-06-19 | in 2014                      | 2014-01-01 | 2014-12-31 | EXACT
            EN | 2024-06-19 | in 1991                      | 1991-01-01 | 1991-12-31 | EXACT
            EN | 2024-06-19 | since 2000                   | 2000-01-01 | 2000-12-31 | EXACT
            EN | 2024-06-19 | by 2030                      | 2030-01-01 | 2030-12-31 | EXACT
            EN | 2024-06-19 | dates back to 2000           | 2000-01-01 | 2000-12-31 | EXACT
            EN | 2024-06-19 | the 1990s                    | 1990-01-01 | 1999-12-31 | EXACT
            EN | 2024-06-19 | the 1980s                    | 1980-01-01 | 1989-12-31 | EXACT
            EN | 2024-06-19 | the '90s                     | 1990-01-01 | 1999-12-31 | EXACT
            EN | 2024-06-19 | in the 80s                   | 1980-01-01 | 1989-12-31 | EXACT
            EN | 2024-06-19 | the 10s                      | 2010-01-01 | 2019-12-31 | EXACT
            EN | 2024-06-19 | the '20s                     | 1920-01-01 | 1929-12-31 | EXACT
            ES | 2024-06-19 | los años 80                  | 1980-01-01 | 1989-12-31 | EXACT
            ES | 2024-06-19 | los años ochenta             | 1980-01-01 | 1989-12-31 | EXACT
            ES | 2024-06-19 | en los años 2000             | 2000-01-01 | 2009-12-31 | EXACT
            ES | 2024-06-19 | la década de 1990            | 1990-01-01 | 1999-12-31 | EXACT
            ES | 2024-06-19 | la década de los 70          | 1970-01-01 | 1979-12-31 | EXACT
            FR | 2024-06-19 | les années 80                | 1980-01-01 | 1989-12-31 | EXACT
            FR | 2024-06-19 | les années 1990              | 1990-01-01 | 1999-12-31 | EXACT
            FR | 2024-06-19 | dans les années quatre-vingt | 1980-01-01 | 1989-12-31 | EXACT
            ES | 2024-06-19 | febrero de 2022              | 2022-02-01 | 2022-02-28 | EXACT
            ES | 2024-06-19 | febrero de 2024              | 2024-02-01 | 2024-02-29 | EXACT
            ES | 2024-06-19 | septiembre de 2023           | 2023-09-01 | 2023-09-30 | EXACT
            ES | 2024-06-19 | en 2014                      | 2014-01-01 | 2014-12-31 | EXACT
            ES | 2024-06-19 | en 1991                      | 1991-01-01 | 1991-12-31 | EXACT
            ES | 2024-06-19 | desde 2000                   | 2000-01-01 | 2000-12-31 | EXACT
            ES | 2024-06-19 | en noviembre de 2023         | 2023-11-01 | 2023-11-30 | EXACT
            ES | 2024-06-19 | marzo de 2020                | 2020-03-01 | 2020-03-31 | EXACT
            ES | 2024-06-19 | desde 2014                   | 2014-01-01 | 2014-12-31 | EXACT
            """)
    void monthsYearsAndDecades(Language language, LocalDate reference, String expression, LocalDate first,
            LocalDate last, Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | 1950-1953                       | 1950-01-01 | 1953-12-31 | RANGE
            EN | 2024-06-19 | 1950 - 1953                     | 1950-01-01 | 1953-12-31 | RANGE
            EN | 2024-06-19 | 1914–1918                       | 1914-01-01 | 1918-12-31 | RANGE
            EN | 2024-06-19 | between 1950 and 1953           | 1950-01-01 | 1953-12-31 | RANGE
            EN | 2024-06-19 | from 1950 to 1953               | 1950-01-01 | 1953-12-31 | RANGE
            EN | 2024-06-19 | October 8-13, 2023              | 2023-10-08 | 2023-10-13 | RANGE
            EN | 2024-06-19 | between October 8 and 13, 2023  | 2023-10-08 | 2023-10-13 | RANGE
            ES | 2024-06-19 | 1950-1953                       | 1950-01-01 | 1953-12-31 | RANGE
            ES | 2024-06-19 | entre 1950 y 1953               | 1950-01-01 | 1953-12-31 | RANGE
            ES | 2024-06-19 | del 8 al 13 de octubre de 2023  | 2023-10-08 | 2023-10-13 | RANGE
            ES | 2024-06-19 | 1936-1939                       | 1936-01-01 | 1939-12-31 | RANGE
            ES | 2024-06-19 | 1939 - 1945                     | 1939-01-01 | 1945-12-31 | RANGE
            ES | 2024-06-19 | del 1 al 5 de marzo de 2024     | 2024-03-01 | 2024-03-05 | RANGE
            """)
    void ranges(Language language, LocalDate reference, String expression, LocalDate first, LocalDate last,
            Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | mid-November 2024                    | 2024-11-11 | 2024-11-20 | APPROXIMATE
            EN | 2024-06-19 | mid-March 2020                       | 2020-03-11 | 2020-03-20 | APPROXIMATE
            EN | 2024-06-19 | early June 2023                      | 2023-06-01 | 2023-06-10 | APPROXIMATE
            EN | 2024-06-19 | early January 2022                   | 2022-01-01 | 2022-01-10 | APPROXIMATE
            EN | 2024-06-19 | late June 2024                       | 2024-06-21 | 2024-06-30 | APPROXIMATE
            EN | 2024-06-19 | late February 2024                   | 2024-02-21 | 2024-02-29 | APPROXIMATE
            ES | 2024-06-19 | a mediados de noviembre de 2024      | 2024-11-11 | 2024-11-20 | APPROXIMATE
            ES | 2024-06-19 | a principios de marzo de 2022        | 2022-03-01 | 2022-03-10 | APPROXIMATE
            ES | 2024-06-19 | a finales de febrero de 2023         | 2023-02-21 | 2023-02-28 | APPROXIMATE
            ES | 2024-06-19 | a finales de junio de 2024           | 2024-06-21 | 2024-06-30 | APPROXIMATE
            ES | 2024-06-19 | a mediados de agosto de 2021         | 2021-08-11 | 2021-08-20 | APPROXIMATE
            ES | 2024-06-19 | a principios de enero de 2022        | 2022-01-01 | 2022-01-10 | APPROXIMATE
            """)
    void partsOfMonths(Language language, LocalDate reference, String expression, LocalDate first, LocalDate last,
            Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    /** Absolute dates need no reference day: they resolve the same without one. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | null | June 19, 2024                   | 2024-06-19 | 2024-06-19 | EXACT
            EN | null | 2024-06-19                      | 2024-06-19 | 2024-06-19 | EXACT
            EN | null | February 2022                   | 2022-02-01 | 2022-02-28 | EXACT
            EN | null | in 2014                         | 2014-01-01 | 2014-12-31 | EXACT
            EN | null | 1950-1953                       | 1950-01-01 | 1953-12-31 | RANGE
            EN | null | mid-November 2024               | 2024-11-11 | 2024-11-20 | APPROXIMATE
            ES | null | 19 de junio de 2024             | 2024-06-19 | 2024-06-19 | EXACT
            ES | null | febrero de 2022                 | 2022-02-01 | 2022-02-28 | EXACT
            ES | null | en 2014                         | 2014-01-01 | 2014-12-31 | EXACT
            ES | null | a mediados de noviembre de 2024 | 2024-11-11 | 2024-11-20 | APPROXIMATE
            ES | null | entre 1950 y 1953               | 1950-01-01 | 1953-12-31 | RANGE
            """)
    void absoluteDatesWithoutReference(Language language, LocalDate reference, String expression, LocalDate first,
            LocalDate last, Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }
}
