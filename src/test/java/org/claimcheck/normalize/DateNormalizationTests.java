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
            # holidays on a fixed day: the year after them, else as a day and month without a year
            # parts of a decade: years 0-3, 4-6 and 7-9
            EN | 2024-06-19 | in the late 1990s                    | 1997-01-01 | 1999-12-31 | APPROXIMATE
            EN | 2024-06-19 | the mid-1990s                        | 1994-01-01 | 1996-12-31 | APPROXIMATE
            EN | 2024-06-19 | in the early 2000s                   | 2000-01-01 | 2003-12-31 | APPROXIMATE
            ES | 2024-06-19 | a finales de los años 80             | 1987-01-01 | 1989-12-31 | APPROXIMATE
            FR | 2024-06-19 | au début des années 2000             | 2000-01-01 | 2003-12-31 | APPROXIMATE
            # a day and month with the year said after them
            EN | 2024-06-19 | on January 5 last year               | 2023-01-05 | 2023-01-05 | EXACT
            ES | 2024-06-19 | el 14 de febrero del año pasado      | 2023-02-14 | 2023-02-14 | EXACT
            FR | 2024-06-19 | le 3 mars de l'année dernière        | 2023-03-03 | 2023-03-03 | EXACT
            # a month named after "the last month" or with a direction after it
            ES | 2024-06-19 | el pasado mes de septiembre          | 2023-09-01 | 2023-09-30 | EXACT
            ES | 2024-06-19 | el próximo mes de marzo              | 2025-03-01 | 2025-03-31 | EXACT
            FR | 2024-06-19 | en mars prochain                     | 2025-03-01 | 2025-03-31 | EXACT
            FR | 2024-06-19 | le mois d'octobre                    | 2023-10-01 | 2023-10-31 | EXACT
            FR | 2024-06-19 | depuis le mois d'avril               | 2024-04-01 | 2024-04-30 | EXACT
            FR | 2024-06-19 | en septembre dernier                 | 2023-09-01 | 2023-09-30 | EXACT
            ES | 2024-06-19 | en marzo próximo                     | 2025-03-01 | 2025-03-31 | EXACT
            # a day with its month at both ends of a join
            EN | 2024-06-19 | Jan. 2 to Jan. 5                     | 2024-01-02 | 2024-01-05 | RANGE
            # seasons, with a year or a direction
            EN | 2013-02-12 | the summer of 2015                   | 2015-06-21 | 2015-09-22 | APPROXIMATE
            EN | 2013-02-12 | last summer                          | 2012-06-21 | 2012-09-22 | APPROXIMATE
            EN | 2013-02-12 | this summer                          | 2013-06-21 | 2013-09-22 | APPROXIMATE
            EN | 2013-02-12 | this winter                          | 2012-12-21 | 2013-03-19 | APPROXIMATE
            EN | 2013-02-12 | next spring                          | 2013-03-20 | 2013-06-20 | APPROXIMATE
            ES | 2013-02-12 | el verano pasado                     | 2012-06-21 | 2012-09-22 | APPROXIMATE
            ES | 2013-02-12 | en la primavera de 2012              | 2012-03-20 | 2012-06-20 | APPROXIMATE
            FR | 2013-02-12 | l'été 2015                           | 2015-06-21 | 2015-09-22 | APPROXIMATE
            FR | 2013-02-12 | l'hiver prochain                     | 2013-12-21 | 2014-03-19 | APPROXIMATE
            FR | 2013-02-12 | au printemps 2012                    | 2012-03-20 | 2012-06-20 | APPROXIMATE
            # a weekday, a comma and an article before the date; "of" before the year
            ES | 2013-02-12 | viernes, el 12 de septiembre de 2014 | 2014-09-12 | 2014-09-12 | EXACT
            ES | 2013-02-12 | mayo 5 del 2013                      | 2013-05-05 | 2013-05-05 | EXACT
            EN | 2013-02-12 | H1 2012                              | 2012-01-01 | 2012-06-30 | EXACT
            EN | 2013-02-12 | H2 2012                              | 2012-07-01 | 2012-12-31 | EXACT
            ES | 2013-02-12 | el primer semestre del año           | 2013-01-01 | 2013-06-30 | EXACT
            ES | 2013-02-12 | el segundo trimestre del año pasado  | 2012-04-01 | 2012-06-30 | EXACT
            ES | 2013-02-12 | desde el 2010                        | 2010-01-01 | 2010-12-31 | EXACT
            ES | 2013-02-12 | en el 2019 murieron                  | 2019-01-01 | 2019-12-31 | EXACT
            EN | 2024-06-19 | Christmas 2015                       | 2015-12-25 | 2015-12-25 | EXACT
            EN | 2024-06-19 | on Christmas Day                     | 2023-12-25 | 2023-12-25 | EXACT
            EN | 2024-06-19 | New Year's Eve                       | 2023-12-31 | 2023-12-31 | EXACT
            EN | 2024-06-19 | on Valentine's Day                   | 2024-02-14 | 2024-02-14 | EXACT
            ES | 2024-06-19 | en la Navidad de 2015                | 2015-12-25 | 2015-12-25 | EXACT
            ES | 2024-06-19 | en Nochevieja                        | 2023-12-31 | 2023-12-31 | EXACT
            FR | 2024-06-19 | à Noël 2015                          | 2015-12-25 | 2015-12-25 | EXACT
            FR | 2024-06-19 | le jour de l'an                      | 2024-01-01 | 2024-01-01 | EXACT
            FR | 2024-06-19 | la Toussaint                         | 2023-11-01 | 2023-11-01 | EXACT
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
