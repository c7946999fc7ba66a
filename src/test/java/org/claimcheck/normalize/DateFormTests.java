package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertDate;
import static org.claimcheck.normalize.NormalizationAssertions.assertNoValue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date forms news uses: "22/04/2016" and "4/22/2016" (by language and plausibility), "31-dic-1994", "May 13 1999",
 * lists ("in 2007 and 2009", "febrero, marzo y julio": each item a date of its own), ranges ("from May to September"),
 * parts of a year ("el tercer trimestre de 2018", "the first half of 2020") and relative days ("mañana", "anteayer").
 */
class DateFormTests {

    private static final String DATE_NAME = "[{index}] {0} ref {1} \"{2}\" -> {3}..{4} {5}";

    /** Day, month and year forms: numeric in the order of the language and plausibility, dashed with a month name, a month day year without a comma. */
    @ParameterizedTest(name = DATE_NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | May 13 1999                              | 1999-05-13 | 1999-05-13 | EXACT
            EN | 2024-06-19 | 2013/01/31                               | 2013-01-31 | 2013-01-31 | EXACT
            FR | 2024-06-19 | 2015-3-3                                 | 2015-03-03 | 2015-03-03 | EXACT
            FR | 2024-06-19 | 20/02/14                                 | 2014-02-20 | 2014-02-20 | EXACT
            FR | 2024-06-19 | 31/10/74                                 | 1974-10-31 | 1974-10-31 | EXACT
            EN | 2024-06-19 | June 19 2024                             | 2024-06-19 | 2024-06-19 | EXACT
            EN | 2024-06-19 | January 5 2010                           | 2010-01-05 | 2010-01-05 | EXACT
            EN | 2024-06-19 | Sept. 11 2001                            | 2001-09-11 | 2001-09-11 | EXACT
            ES | 2024-06-19 | 31-dic-1994                              | 1994-12-31 | 1994-12-31 | EXACT
            ES | 2024-06-19 | 15-ene-2020                              | 2020-01-15 | 2020-01-15 | EXACT
            EN | 2024-06-19 | 22-Apr-2016                              | 2016-04-22 | 2016-04-22 | EXACT
            FR | 2024-06-19 | 14-juil-1789                             | 1789-07-14 | 1789-07-14 | EXACT
            EN | 2024-06-19 | 22/04/2016                               | 2016-04-22 | 2016-04-22 | EXACT
            EN | 2024-06-19 | 4/22/2016                                | 2016-04-22 | 2016-04-22 | EXACT
            EN | 2024-06-19 | 04/05/2016                               | 2016-05-04 | 2016-05-04 | EXACT
            EN | 2024-06-19 | 12/25/2020                               | 2020-12-25 | 2020-12-25 | EXACT
            EN | 2024-06-19 | 1/1/2000                                 | 2000-01-01 | 2000-01-01 | EXACT
            EN | 2024-06-19 | 31/12/1999                               | 1999-12-31 | 1999-12-31 | EXACT
            ES | 2024-06-19 | 22/04/2016                               | 2016-04-22 | 2016-04-22 | EXACT
            ES | 2024-06-19 | 04/05/2016                               | 2016-05-04 | 2016-05-04 | EXACT
            ES | 2024-06-19 | 4/22/2016                                | 2016-04-22 | 2016-04-22 | EXACT
            ES | 2024-06-19 | 31/12/1999                               | 1999-12-31 | 1999-12-31 | EXACT
            FR | 2024-06-19 | 22/04/2016                               | 2016-04-22 | 2016-04-22 | EXACT
            FR | 2024-06-19 | 04/05/2016                               | 2016-05-04 | 2016-05-04 | EXACT
            FR | 2024-06-19 | 22.04.2016                               | 2016-04-22 | 2016-04-22 | EXACT
            ES | 2024-06-19 | 22-04-2016                               | 2016-04-22 | 2016-04-22 | EXACT
            EN | 2024-06-19 | 31.12.1999                               | 1999-12-31 | 1999-12-31 | EXACT
            EN | 2024-06-19 | Q3 2018                                  | 2018-07-01 | 2018-09-30 | EXACT
            EN | 2024-06-19 | Q1 2024                                  | 2024-01-01 | 2024-03-31 | EXACT
            FR | 2024-06-19 | avant-hier                               | 2024-06-17 | 2024-06-17 | EXACT
            FR | 2024-06-19 | après-demain                             | 2024-06-21 | 2024-06-21 | EXACT
            FR | 2024-06-19 | la veille                                | 2024-06-18 | 2024-06-18 | EXACT
            FR | 2024-06-19 | le lendemain                             | 2024-06-20 | 2024-06-20 | EXACT
            FR | 2024-06-19 | il est arrivé la veille, selon           | 2024-06-18 | 2024-06-18 | EXACT
            FR | 2024-06-19 | demain de bonne heure                    | 2024-06-20 | 2024-06-20 | EXACT
            EN | 2024-06-19 | June 19, 2024 at 4:30 p.m.               | 2024-06-19 | 2024-06-19 | EXACT
            EN | 2024-06-19 | on May 13 1999 at 4:30 p.m.              | 1999-05-13 | 1999-05-13 | EXACT
            EN | 2024-06-19 | March 3 2021                             | 2021-03-03 | 2021-03-03 | EXACT
            EN | 2024-06-19 | December 31 2023                         | 2023-12-31 | 2023-12-31 | EXACT
            EN | 2024-06-19 | Jan. 5 2010                              | 2010-01-05 | 2010-01-05 | EXACT
            ES | 2024-06-19 | 1-ene-2020                               | 2020-01-01 | 2020-01-01 | EXACT
            ES | 2024-06-19 | 5-feb-2019                               | 2019-02-05 | 2019-02-05 | EXACT
            EN | 2024-06-19 | 10/31/2019                               | 2019-10-31 | 2019-10-31 | EXACT
            EN | 2024-06-19 | 2/29/2024                                | 2024-02-29 | 2024-02-29 | EXACT
            ES | 2024-06-19 | 29/02/2024                               | 2024-02-29 | 2024-02-29 | EXACT
            ES | 2024-06-19 | 3/11/2004                                | 2004-11-03 | 2004-11-03 | EXACT
            FR | 2024-06-19 | 14/07/2023                               | 2023-07-14 | 2023-07-14 | EXACT
            FR | 2024-06-19 | 01.09.2023                               | 2023-09-01 | 2023-09-01 | EXACT
            """)
    void dateForms(Language language, LocalDate reference, String expression, LocalDate first, LocalDate last,
            Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    /** Ranges of months, parts of a year (quarters, halves, semesters) and relative days and periods, against R = 2024-06-19. */
    @ParameterizedTest(name = DATE_NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | from May to September                    | 2024-05-01 | 2024-09-30 | RANGE
            EN | 2024-06-19 | from June to August                      | 2024-06-01 | 2024-08-31 | RANGE
            ES | 2024-06-19 | de mayo a septiembre                     | 2024-05-01 | 2024-09-30 | RANGE
            ES | 2024-06-19 | desde marzo hasta junio                  | 2024-03-01 | 2024-06-30 | RANGE
            FR | 2024-06-19 | de mai à septembre                       | 2024-05-01 | 2024-09-30 | RANGE
            EN | 2024-06-19 | from 2010 to 2015                        | 2010-01-01 | 2015-12-31 | RANGE
            EN | 2024-06-19 | last quarter                             | 2024-01-01 | 2024-03-31 | EXACT
            EN | 2024-06-19 | this quarter                             | 2024-04-01 | 2024-06-30 | EXACT
            EN | 2024-06-19 | next quarter                             | 2024-07-01 | 2024-09-30 | EXACT
            EN | 2024-06-19 | the third quarter of 2018                | 2018-07-01 | 2018-09-30 | EXACT
            EN | 2024-06-19 | the first quarter of 2020                | 2020-01-01 | 2020-03-31 | EXACT
            EN | 2024-06-19 | the fourth quarter of 2023               | 2023-10-01 | 2023-12-31 | EXACT
            EN | 2024-06-19 | the last quarter of 2023                 | 2023-10-01 | 2023-12-31 | EXACT
            EN | 2024-06-19 | the first half of 2020                   | 2020-01-01 | 2020-06-30 | EXACT
            EN | 2024-06-19 | the second half of 2019                  | 2019-07-01 | 2019-12-31 | EXACT
            EN | 2024-06-19 | the second quarter of this year          | 2024-04-01 | 2024-06-30 | EXACT
            EN | 2024-06-19 | the first half of last year              | 2023-01-01 | 2023-06-30 | EXACT
            ES | 2024-06-19 | el tercer trimestre de 2018              | 2018-07-01 | 2018-09-30 | EXACT
            ES | 2024-06-19 | el primer trimestre de 2020              | 2020-01-01 | 2020-03-31 | EXACT
            ES | 2024-06-19 | el cuarto trimestre de 2023              | 2023-10-01 | 2023-12-31 | EXACT
            ES | 2024-06-19 | el último trimestre de 2023              | 2023-10-01 | 2023-12-31 | EXACT
            ES | 2024-06-19 | el primer semestre de 2020               | 2020-01-01 | 2020-06-30 | EXACT
            ES | 2024-06-19 | el segundo semestre de 2019              | 2019-07-01 | 2019-12-31 | EXACT
            ES | 2024-06-19 | la primera mitad de 2020                 | 2020-01-01 | 2020-06-30 | EXACT
            ES | 2024-06-19 | el trimestre pasado                      | 2024-01-01 | 2024-03-31 | EXACT
            ES | 2024-06-19 | el próximo trimestre                     | 2024-07-01 | 2024-09-30 | EXACT
            FR | 2024-06-19 | le troisième trimestre 2018              | 2018-07-01 | 2018-09-30 | EXACT
            FR | 2024-06-19 | le premier semestre 2020                 | 2020-01-01 | 2020-06-30 | EXACT
            FR | 2024-06-19 | le deuxième trimestre de 2021            | 2021-04-01 | 2021-06-30 | EXACT
            FR | 2024-06-19 | le trimestre dernier                     | 2024-01-01 | 2024-03-31 | EXACT
            ES | 2024-06-19 | mañana                                   | 2024-06-20 | 2024-06-20 | EXACT
            ES | 2024-06-19 | hoy                                      | 2024-06-19 | 2024-06-19 | EXACT
            ES | 2024-06-19 | ayer                                     | 2024-06-18 | 2024-06-18 | EXACT
            ES | 2024-06-19 | anteayer                                 | 2024-06-17 | 2024-06-17 | EXACT
            ES | 2024-06-19 | antes de ayer                            | 2024-06-17 | 2024-06-17 | EXACT
            ES | 2024-06-19 | pasado mañana                            | 2024-06-21 | 2024-06-21 | EXACT
            ES | 2024-06-19 | anoche                                   | 2024-06-18 | 2024-06-18 | EXACT
            ES | 2024-06-19 | mañana por la mañana                     | 2024-06-20 | 2024-06-20 | EXACT
            ES | 2024-06-19 | esta mañana                              | 2024-06-19 | 2024-06-19 | EXACT
            EN | 2024-06-19 | tomorrow                                 | 2024-06-20 | 2024-06-20 | EXACT
            EN | 2024-06-19 | yesterday morning                        | 2024-06-18 | 2024-06-18 | EXACT
            EN | 2024-06-19 | the day before yesterday                 | 2024-06-17 | 2024-06-17 | EXACT
            EN | 2024-06-19 | the day after tomorrow                   | 2024-06-21 | 2024-06-21 | EXACT
            EN | 2024-06-19 | tonight                                  | 2024-06-19 | 2024-06-19 | EXACT
            EN | 2024-06-19 | next week                                | 2024-06-24 | 2024-06-30 | EXACT
            EN | 2024-06-19 | last week                                | 2024-06-10 | 2024-06-16 | EXACT
            EN | 2024-06-19 | next month                               | 2024-07-01 | 2024-07-31 | EXACT
            EN | 2024-06-19 | last year                                | 2023-01-01 | 2023-12-31 | EXACT
            FR | 2024-06-19 | demain                                   | 2024-06-20 | 2024-06-20 | EXACT
            FR | 2024-06-19 | hier                                     | 2024-06-18 | 2024-06-18 | EXACT
            FR | 2024-06-19 | hier soir                                | 2024-06-18 | 2024-06-18 | EXACT
            EN | 2024-06-19 | from March to May                        | 2024-03-01 | 2024-05-31 | RANGE
            EN | 2024-06-19 | from January to March 2023               | 2024-01-01 | 2024-01-31 | EXACT
            ES | 2024-06-19 | de enero a marzo                         | 2024-01-01 | 2024-03-31 | RANGE
            ES | 2024-06-19 | de enero a marzo de 2023                 | 2023-03-01 | 2023-03-31 | EXACT
            FR | 2024-06-19 | de janvier à mars                        | 2024-01-01 | 2024-03-31 | RANGE
            EN | 2024-06-19 | the second quarter of 2021               | 2021-04-01 | 2021-06-30 | EXACT
            EN | 2024-06-19 | the third quarter of 2023                | 2023-07-01 | 2023-09-30 | EXACT
            EN | 2024-06-19 | the final quarter of 2022                | 2022-10-01 | 2022-12-31 | EXACT
            EN | 2024-06-19 | Q4 2023                                  | 2023-10-01 | 2023-12-31 | EXACT
            EN | 2024-06-19 | Q2 2021                                  | 2021-04-01 | 2021-06-30 | EXACT
            ES | 2024-06-19 | el segundo trimestre de 2021             | 2021-04-01 | 2021-06-30 | EXACT
            ES | 2024-06-19 | el primer trimestre del 2019             | 2019-01-01 | 2019-03-31 | EXACT
            ES | 2024-06-19 | el cuarto trimestre de 2022              | 2022-10-01 | 2022-12-31 | EXACT
            ES | 2024-06-19 | la segunda mitad de 2019                 | 2019-07-01 | 2019-12-31 | EXACT
            FR | 2024-06-19 | le quatrième trimestre 2022              | 2022-10-01 | 2022-12-31 | EXACT
            FR | 2024-06-19 | le second semestre 2019                  | 2019-07-01 | 2019-12-31 | EXACT
            FR | 2024-06-19 | le premier trimestre 2024                | 2024-01-01 | 2024-03-31 | EXACT
            ES | 2024-06-19 | hoy por la tarde                         | 2024-06-19 | 2024-06-19 | EXACT
            ES | 2024-06-19 | antier                                   | 2024-06-17 | 2024-06-17 | EXACT
            EN | 2024-06-19 | yesterday afternoon                      | 2024-06-18 | 2024-06-18 | EXACT
            EN | 2024-06-19 | tomorrow night                           | 2024-06-20 | 2024-06-20 | EXACT
            FR | 2024-06-19 | demain soir                              | 2024-06-20 | 2024-06-20 | EXACT
            FR | 2024-06-19 | aujourd'hui                              | 2024-06-19 | 2024-06-19 | EXACT
            """)
    void rangesPartsAndRelativeDays(Language language, LocalDate reference, String expression, LocalDate first, LocalDate last,
            Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    /** Times of day, mornings, halves of a game and impossible numeric dates are no dates. */
    @ParameterizedTest(name = "[{index}] {0} \"{1}\" is not a value")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            FR | la veille du scrutin
            FR | le lendemain de l'attentat
            EN | at 4:30 p.m.
            ES | a las 16:30
            ES | por la mañana
            ES | cada mañana
            ES | toda la mañana
            EN | in the second half
            EN | the last quarter of the century
            EN | a quarter past
            EN | 1/2/3
            EN | 99/99/2016
            EN | 13/13/2016
            EN | May
            ES | de mayo
            EN | the 22/7 ratio
            """)
    void notDates(Language language, String expression) {
        assertNoValue(language, expression);
    }

    /** A list of years or months: each item is a date of its own, in text order ("first..last" of each, ";" between). */
    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | in 2007 and 2009              | 2007-01-01..2007-12-31; 2009-01-01..2009-12-31
            EN | in 2007, 2008 and 2009        | 2007-01-01..2007-12-31; 2008-01-01..2008-12-31; 2009-01-01..2009-12-31
            EN | since 2014 and 2016           | 2014-01-01..2014-12-31; 2016-01-01..2016-12-31
            EN | in 1998 or 1999               | 1998-01-01..1998-12-31; 1999-01-01..1999-12-31
            ES | en 2007 y 2009                | 2007-01-01..2007-12-31; 2009-01-01..2009-12-31
            ES | en 2007, 2008 y 2009          | 2007-01-01..2007-12-31; 2008-01-01..2008-12-31; 2009-01-01..2009-12-31
            ES | en 2010 o 2012                | 2010-01-01..2010-12-31; 2012-01-01..2012-12-31
            FR | en 2007 et 2009               | 2007-01-01..2007-12-31; 2009-01-01..2009-12-31
            FR | en 2015, 2016 et 2017         | 2015-01-01..2015-12-31; 2016-01-01..2016-12-31; 2017-01-01..2017-12-31
            ES | febrero, marzo y julio        | 2024-02-01..2024-02-29; 2024-03-01..2024-03-31; 2023-07-01..2023-07-31
            ES | en febrero, marzo y julio     | 2024-02-01..2024-02-29; 2024-03-01..2024-03-31; 2023-07-01..2023-07-31
            ES | enero y abril                 | 2024-01-01..2024-01-31; 2024-04-01..2024-04-30
            EN | in February, March and July   | 2024-02-01..2024-02-29; 2024-03-01..2024-03-31; 2023-07-01..2023-07-31
            EN | in January and February       | 2024-01-01..2024-01-31; 2024-02-01..2024-02-29
            FR | en janvier et février         | 2024-01-01..2024-01-31; 2024-02-01..2024-02-29
            FR | janvier, février et avril     | 2024-01-01..2024-01-31; 2024-02-01..2024-02-29; 2024-04-01..2024-04-30
            """)
    void listsAreOneDateEach(Language language, String expression, String expected) {
        java.util.List<Mention> mentions = new ValueNormalizer().findAll(expression, 0, expression.length(), language,
                NormalizationAssertions.REFERENCE);
        String found = mentions.stream().map(m -> m.value() instanceof DateValue date ? date.first() + ".." + date.last()
                : m.value().toString()).collect(java.util.stream.Collectors.joining("; "));
        org.junit.jupiter.api.Assertions.assertEquals(expected, found, language + " \"" + expression + "\"");
    }
}
