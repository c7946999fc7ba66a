package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertDate;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates resolved against the reference day R. 2024-06-19, 2024-10-23 and 2024-01-03 are Wednesdays; 2024-06-23 is a
 * Sunday. With no reference day the expression is found but unresolved: both days null.
 */
class RelativeDateNormalizationTests {

    private static final String NAME = "[{index}] {0} ref {1} \"{2}\" -> {3}..{4} {5}";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # a weekday is its latest occurrence on or before R, R included
            EN | 2024-06-19 | on Wednesday             | 2024-06-19 | 2024-06-19 | EXACT
            EN | 2024-06-19 | on Tuesday               | 2024-06-18 | 2024-06-18 | EXACT
            EN | 2024-06-19 | on Monday                | 2024-06-17 | 2024-06-17 | EXACT
            EN | 2024-06-19 | on Sunday                | 2024-06-16 | 2024-06-16 | EXACT
            EN | 2024-06-19 | on Saturday              | 2024-06-15 | 2024-06-15 | EXACT
            EN | 2024-06-19 | on Friday                | 2024-06-14 | 2024-06-14 | EXACT
            EN | 2024-06-19 | on Thursday              | 2024-06-13 | 2024-06-13 | EXACT
            EN | 2024-10-23 | on Friday                | 2024-10-18 | 2024-10-18 | EXACT
            EN | 2024-06-23 | on Sunday                | 2024-06-23 | 2024-06-23 | EXACT
            EN | 2024-06-23 | on Monday                | 2024-06-17 | 2024-06-17 | EXACT
            ES | 2024-06-19 | el miércoles             | 2024-06-19 | 2024-06-19 | EXACT
            ES | 2024-06-19 | el martes                | 2024-06-18 | 2024-06-18 | EXACT
            ES | 2024-06-19 | el lunes                 | 2024-06-17 | 2024-06-17 | EXACT
            ES | 2024-06-19 | el domingo               | 2024-06-16 | 2024-06-16 | EXACT
            ES | 2024-06-19 | el sábado                | 2024-06-15 | 2024-06-15 | EXACT
            ES | 2024-06-19 | el viernes               | 2024-06-14 | 2024-06-14 | EXACT
            ES | 2024-06-19 | el jueves                | 2024-06-13 | 2024-06-13 | EXACT
            ES | 2024-10-23 | el viernes               | 2024-10-18 | 2024-10-18 | EXACT
            ES | 2024-06-23 | el domingo               | 2024-06-23 | 2024-06-23 | EXACT
            # last: strictly before R; next: strictly after R
            EN | 2024-06-19 | last Wednesday           | 2024-06-12 | 2024-06-12 | EXACT
            EN | 2024-06-19 | last Thursday            | 2024-06-13 | 2024-06-13 | EXACT
            EN | 2024-06-19 | last Monday              | 2024-06-17 | 2024-06-17 | EXACT
            EN | 2024-06-19 | next Wednesday           | 2024-06-26 | 2024-06-26 | EXACT
            EN | 2024-06-19 | next Monday              | 2024-06-24 | 2024-06-24 | EXACT
            EN | 2024-06-19 | next Friday              | 2024-06-21 | 2024-06-21 | EXACT
            ES | 2024-06-19 | el miércoles pasado      | 2024-06-12 | 2024-06-12 | EXACT
            ES | 2024-06-19 | el próximo miércoles     | 2024-06-26 | 2024-06-26 | EXACT
            ES | 2024-06-19 | el próximo lunes         | 2024-06-24 | 2024-06-24 | EXACT
            ES | 2024-06-19 | el próximo viernes       | 2024-06-21 | 2024-06-21 | EXACT
            ES | 2024-06-19 | el martes que viene      | 2024-06-25 | 2024-06-25 | EXACT
            ES | 2024-06-19 | el miércoles que viene   | 2024-06-26 | 2024-06-26 | EXACT
            # this + weekday: the latest on or before R; a date after it names the day
            EN | 2024-06-19 | this Monday              | 2024-06-17 | 2024-06-17 | EXACT
            EN | 2024-06-19 | this Wednesday           | 2024-06-19 | 2024-06-19 | EXACT
            ES | 2024-06-19 | este martes              | 2024-06-18 | 2024-06-18 | EXACT
            ES | 2024-06-19 | este domingo             | 2024-06-16 | 2024-06-16 | EXACT
            ES | 2024-07-29 | este domingo 28 de julio | 2024-07-28 | 2024-07-28 | EXACT
            ES | 2024-06-19 | este lunes 10 de junio   | 2024-06-10 | 2024-06-10 | EXACT
            FR | 2024-06-19 | ce mardi                 | 2024-06-18 | 2024-06-18 | EXACT
            # "last"/"past"/"next" with or without an article
            EN | 2024-06-19 | the past week            | 2024-06-10 | 2024-06-16 | EXACT
            EN | 2024-06-19 | the next month           | 2024-07-01 | 2024-07-31 | EXACT
            EN | 2024-06-19 | earlier this year        | 2024-01-01 | 2024-12-31 | EXACT
            EN | 2024-06-19 | later this month         | 2024-06-01 | 2024-06-30 | EXACT
            ES | 2024-06-19 | el pasado año            | 2023-01-01 | 2023-12-31 | EXACT
            ES | 2024-06-19 | próximo año              | 2025-01-01 | 2025-12-31 | EXACT
            """)
    void weekdays(Language language, LocalDate reference, String expression, LocalDate first, LocalDate last,
            Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | today                    | 2024-06-19 | 2024-06-19 | EXACT
            EN | 2024-06-19 | yesterday                | 2024-06-18 | 2024-06-18 | EXACT
            EN | 2024-06-19 | tomorrow                 | 2024-06-20 | 2024-06-20 | EXACT
            EN | 2024-03-01 | yesterday                | 2024-02-29 | 2024-02-29 | EXACT
            EN | 2023-12-31 | tomorrow                 | 2024-01-01 | 2024-01-01 | EXACT
            ES | 2024-06-19 | hoy                      | 2024-06-19 | 2024-06-19 | EXACT
            ES | 2024-06-19 | ayer                     | 2024-06-18 | 2024-06-18 | EXACT
            ES | 2024-01-01 | ayer                     | 2023-12-31 | 2023-12-31 | EXACT
            """)
    void days(Language language, LocalDate reference, String expression, LocalDate first, LocalDate last,
            Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | this year                | 2024-01-01 | 2024-12-31 | EXACT
            EN | 2024-06-19 | last year                | 2023-01-01 | 2023-12-31 | EXACT
            EN | 2024-06-19 | next year                | 2025-01-01 | 2025-12-31 | EXACT
            EN | 2024-06-19 | this month               | 2024-06-01 | 2024-06-30 | EXACT
            EN | 2024-06-19 | last month               | 2024-05-01 | 2024-05-31 | EXACT
            EN | 2024-01-15 | last month               | 2023-12-01 | 2023-12-31 | EXACT
            EN | 2024-06-19 | this week                | 2024-06-17 | 2024-06-23 | EXACT
            EN | 2024-06-23 | this week                | 2024-06-17 | 2024-06-23 | EXACT
            EN | 2024-06-19 | last week                | 2024-06-10 | 2024-06-16 | EXACT
            EN | 2024-01-03 | last week                | 2023-12-25 | 2023-12-31 | EXACT
            EN | 2024-06-19 | this weekend             | 2024-06-22 | 2024-06-23 | EXACT
            EN | 2024-06-19 | last weekend             | 2024-06-15 | 2024-06-16 | EXACT
            EN | 2024-06-19 | next weekend             | 2024-06-29 | 2024-06-30 | EXACT
            EN | 2024-06-19 | last night               | 2024-06-18 | 2024-06-18 | EXACT
            ES | 2024-06-19 | este fin de semana       | 2024-06-22 | 2024-06-23 | EXACT
            ES | 2024-06-19 | el fin de semana pasado  | 2024-06-15 | 2024-06-16 | EXACT
            ES | 2024-06-19 | el próximo fin de semana | 2024-06-29 | 2024-06-30 | EXACT
            ES | 2024-06-19 | esta noche               | 2024-06-19 | 2024-06-19 | EXACT
            FR | 2024-06-19 | ce week-end              | 2024-06-22 | 2024-06-23 | EXACT
            FR | 2024-06-19 | le week-end dernier      | 2024-06-15 | 2024-06-16 | EXACT
            FR | 2024-06-19 | le week-end prochain     | 2024-06-29 | 2024-06-30 | EXACT
            FR | 2024-06-19 | ce matin                 | 2024-06-19 | 2024-06-19 | EXACT
            FR | 2024-06-19 | ce soir                  | 2024-06-19 | 2024-06-19 | EXACT
            ES | 2024-06-19 | este año                 | 2024-01-01 | 2024-12-31 | EXACT
            ES | 2024-10-23 | el año pasado            | 2023-01-01 | 2023-12-31 | EXACT
            ES | 2024-06-19 | el próximo año           | 2025-01-01 | 2025-12-31 | EXACT
            ES | 2024-06-19 | este mes                 | 2024-06-01 | 2024-06-30 | EXACT
            ES | 2024-06-19 | el mes pasado            | 2024-05-01 | 2024-05-31 | EXACT
            ES | 2024-03-10 | el mes pasado            | 2024-02-01 | 2024-02-29 | EXACT
            ES | 2024-06-19 | esta semana              | 2024-06-17 | 2024-06-23 | EXACT
            ES | 2024-06-23 | esta semana              | 2024-06-17 | 2024-06-23 | EXACT
            ES | 2024-06-19 | la semana pasada         | 2024-06-10 | 2024-06-16 | EXACT
            ES | 2024-01-03 | la semana pasada         | 2023-12-25 | 2023-12-31 | EXACT
            """)
    void yearsMonthsAndWeeks(Language language, LocalDate reference, String expression, LocalDate first,
            LocalDate last, Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # a month alone is its latest occurrence not after the reference month
            EN | 2024-06-19 | in June                       | 2024-06-01 | 2024-06-30 | EXACT
            EN | 2024-06-19 | in January                    | 2024-01-01 | 2024-01-31 | EXACT
            EN | 2024-06-19 | in July                       | 2023-07-01 | 2023-07-31 | EXACT
            EN | 2024-06-19 | in June of last year          | 2023-06-01 | 2023-06-30 | EXACT
            EN | 2024-06-19 | in March of this year         | 2024-03-01 | 2024-03-31 | EXACT
            EN | 2024-06-19 | in September of this year     | 2024-09-01 | 2024-09-30 | EXACT
            ES | 2024-06-19 | en junio                      | 2024-06-01 | 2024-06-30 | EXACT
            ES | 2024-06-19 | en julio                      | 2023-07-01 | 2023-07-31 | EXACT
            ES | 2024-06-19 | en diciembre                  | 2023-12-01 | 2023-12-31 | EXACT
            ES | 2024-06-19 | en febrero                    | 2024-02-01 | 2024-02-29 | EXACT
            ES | 2024-06-19 | en junio del año pasado       | 2023-06-01 | 2023-06-30 | EXACT
            ES | 2024-06-19 | en marzo de este año          | 2024-03-01 | 2024-03-31 | EXACT
            # a day and month take R's year, or the year before when more than 31 days after R
            EN | 2024-06-19 | June 10                       | 2024-06-10 | 2024-06-10 | EXACT
            EN | 2024-06-19 | July 15                       | 2024-07-15 | 2024-07-15 | EXACT
            EN | 2024-06-19 | July 20                       | 2024-07-20 | 2024-07-20 | EXACT
            EN | 2024-06-19 | July 21                       | 2023-07-21 | 2023-07-21 | EXACT
            EN | 2024-01-05 | December 30                   | 2023-12-30 | 2023-12-30 | EXACT
            EN | 2023-12-20 | January 3                     | 2023-01-03 | 2023-01-03 | EXACT
            ES | 2024-06-19 | 19 de junio                   | 2024-06-19 | 2024-06-19 | EXACT
            ES | 2024-06-19 | el 10 de junio                | 2024-06-10 | 2024-06-10 | EXACT
            ES | 2024-06-19 | 3 de julio                    | 2024-07-03 | 2024-07-03 | EXACT
            ES | 2024-06-19 | 20 de julio                   | 2024-07-20 | 2024-07-20 | EXACT
            ES | 2024-06-19 | 25 de julio                   | 2023-07-25 | 2023-07-25 | EXACT
            ES | 2024-01-05 | 30 de diciembre               | 2023-12-30 | 2023-12-30 | EXACT
            # ranges and parts of months without a year
            EN | 2024-10-23 | between October 8 and 13      | 2024-10-08 | 2024-10-13 | RANGE
            EN | 2024-10-23 | October 8-13                  | 2024-10-08 | 2024-10-13 | RANGE
            ES | 2024-10-23 | del 8 al 13 de octubre        | 2024-10-08 | 2024-10-13 | RANGE
            ES | 2024-10-23 | entre el 8 y el 13 de octubre | 2024-10-08 | 2024-10-13 | RANGE
            ES | 2024-10-23 | 13 a 15 de julio              | 2024-07-13 | 2024-07-15 | RANGE
            ES | 2024-10-23 | 13 - 15 de julio de 2013      | 2013-07-13 | 2013-07-15 | RANGE
            FR | 2024-10-23 | 13-15 juillet                 | 2024-07-13 | 2024-07-15 | RANGE
            EN | 2024-10-23 | 8 to 13 October               | 2024-10-08 | 2024-10-13 | RANGE
            EN | 2024-06-19 | early June                    | 2024-06-01 | 2024-06-10 | APPROXIMATE
            EN | 2024-06-19 | late June                     | 2024-06-21 | 2024-06-30 | APPROXIMATE
            EN | 2024-10-23 | mid-November                  | 2023-11-11 | 2023-11-20 | APPROXIMATE
            ES | 2024-06-19 | a principios de junio         | 2024-06-01 | 2024-06-10 | APPROXIMATE
            ES | 2024-06-19 | a finales de junio            | 2024-06-21 | 2024-06-30 | APPROXIMATE
            ES | 2024-10-23 | a mediados de septiembre      | 2024-09-11 | 2024-09-20 | APPROXIMATE
            # a part of a relative year or month; a year or month with nothing after it is the reference day's
            EN | 2024-06-19 | early next year               | 2025-01-01 | 2025-04-30 | APPROXIMATE
            EN | 2024-06-19 | late last year                | 2023-09-01 | 2023-12-31 | APPROXIMATE
            EN | 2024-06-19 | by the end of the year        | 2024-09-01 | 2024-12-31 | APPROXIMATE
            EN | 2024-06-19 | at the end of last month      | 2024-05-21 | 2024-05-31 | APPROXIMATE
            EN | 2024-06-19 | early this month              | 2024-06-01 | 2024-06-10 | APPROXIMATE
            ES | 2024-06-19 | a principios de este año      | 2024-01-01 | 2024-04-30 | APPROXIMATE
            ES | 2024-06-19 | a finales del año pasado      | 2023-09-01 | 2023-12-31 | APPROXIMATE
            ES | 2024-06-19 | a finales de año              | 2024-09-01 | 2024-12-31 | APPROXIMATE
            ES | 2024-06-19 | a mediados del mes pasado     | 2024-05-11 | 2024-05-20 | APPROXIMATE
            ES | 2024-06-19 | a principios del próximo año  | 2025-01-01 | 2025-04-30 | APPROXIMATE
            FR | 2024-06-19 | début de l'année              | 2024-01-01 | 2024-04-30 | APPROXIMATE
            FR | 2024-06-19 | fin de l'année dernière       | 2023-09-01 | 2023-12-31 | APPROXIMATE
            FR | 2024-06-19 | à la fin du mois              | 2024-06-21 | 2024-06-30 | APPROXIMATE
            FR | 2024-06-19 | début de l'année prochaine    | 2025-01-01 | 2025-04-30 | APPROXIMATE
            """)
    void monthsAndDaysWithoutYear(Language language, LocalDate reference, String expression, LocalDate first,
            LocalDate last, Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | null | on Wednesday             | null | null | EXACT
            EN | null | last Wednesday           | null | null | EXACT
            EN | null | next Wednesday           | null | null | EXACT
            EN | null | today                    | null | null | EXACT
            EN | null | yesterday                | null | null | EXACT
            EN | null | tomorrow                 | null | null | EXACT
            EN | null | this year                | null | null | EXACT
            EN | null | last year                | null | null | EXACT
            EN | null | last month               | null | null | EXACT
            EN | null | this week                | null | null | EXACT
            EN | null | in June                  | null | null | EXACT
            EN | null | June 10                  | null | null | EXACT
            ES | null | el miércoles             | null | null | EXACT
            ES | null | el próximo miércoles     | null | null | EXACT
            ES | null | hoy                      | null | null | EXACT
            ES | null | ayer                     | null | null | EXACT
            ES | null | este año                 | null | null | EXACT
            ES | null | el año pasado            | null | null | EXACT
            ES | null | el próximo año           | null | null | EXACT
            ES | null | el mes pasado            | null | null | EXACT
            ES | null | la semana pasada         | null | null | EXACT
            ES | null | en junio                 | null | null | EXACT
            ES | null | 10 de junio              | null | null | EXACT
            """)
    void unresolvedWithoutReference(Language language, LocalDate reference, String expression, LocalDate first,
            LocalDate last, Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }
}
