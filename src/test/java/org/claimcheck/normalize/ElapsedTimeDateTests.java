package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertDate;
import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time elapsed before the reference day is a date, not a duration: "two months ago", "hace dos meses", "il y a deux
 * mois" are the day that long before it, approximate when counted in weeks or more. How long something lasted ("for
 * two years", "desde hace dos años", "depuis deux ans") stays a duration.
 */
class ElapsedTimeDateTests {

    @ParameterizedTest(name = "[{index}] {0} ref {1} \"{2}\" -> {3}..{4} {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 2024-06-19 | two months ago                  | 2024-04-19 | 2024-04-19 | APPROXIMATE
            EN | 2024-06-19 | three years ago                 | 2021-06-19 | 2021-06-19 | APPROXIMATE
            EN | 2024-06-19 | 40 years ago                    | 1984-06-19 | 1984-06-19 | APPROXIMATE
            EN | 2024-06-19 | 10 days ago                     | 2024-06-09 | 2024-06-09 | EXACT
            EN | 2024-06-19 | two days ago                    | 2024-06-17 | 2024-06-17 | EXACT
            EN | 2024-06-19 | a day ago                       | 2024-06-18 | 2024-06-18 | EXACT
            EN | 2024-06-19 | one week ago                    | 2024-06-12 | 2024-06-12 | APPROXIMATE
            EN | 2024-06-19 | a week ago                      | 2024-06-12 | 2024-06-12 | APPROXIMATE
            EN | 2024-06-19 | two weeks ago                   | 2024-06-05 | 2024-06-05 | APPROXIMATE
            EN | 2024-06-19 | a fortnight ago                 | 2024-06-05 | 2024-06-05 | APPROXIMATE
            # "some", "about" before the time give an approximate day; a bound ("less than a week ago", "nearly two years
            # ago") is read as the bound on the duration, as the annotated stories quote it (DurationNormalizationTests)
            EN | 2024-06-19 | some 20 years ago               | 2004-06-19 | 2004-06-19 | APPROXIMATE
            EN | 2024-06-19 | a couple of weeks ago           | 2024-06-05 | 2024-06-05 | APPROXIMATE
            ES | 2024-06-19 | hace un par de semanas          | 2024-06-05 | 2024-06-05 | APPROXIMATE
            EN | 2024-06-19 | two fortnights ago              | 2024-05-22 | 2024-05-22 | APPROXIMATE
            EN | 2024-06-19 | a month ago                     | 2024-05-19 | 2024-05-19 | APPROXIMATE
            EN | 2024-06-19 | six months ago                  | 2023-12-19 | 2023-12-19 | APPROXIMATE
            EN | 2024-06-19 | a year ago                      | 2023-06-19 | 2023-06-19 | APPROXIMATE
            EN | 2024-06-19 | twenty-five years ago           | 1999-06-19 | 1999-06-19 | APPROXIMATE
            EN | 2024-06-19 | 100 years ago                   | 1924-06-19 | 1924-06-19 | APPROXIMATE
            EN | 2024-06-19 | two decades ago                 | 2004-06-19 | 2004-06-19 | APPROXIMATE
            EN | 2024-06-19 | 48 hours ago                    | 2024-06-17 | 2024-06-17 | EXACT
            EN | 2024-06-19 | three hours ago                 | 2024-06-19 | 2024-06-19 | EXACT
            EN | 2024-03-31 | one month ago                   | 2024-02-29 | 2024-02-29 | APPROXIMATE
            EN | 2024-02-29 | a year ago                      | 2023-02-28 | 2023-02-28 | APPROXIMATE
            EN | null       | two months ago                  | null       | null       | EXACT
            ES | 2024-06-19 | hace dos meses                  | 2024-04-19 | 2024-04-19 | APPROXIMATE
            ES | 2024-06-19 | hace dos años                   | 2022-06-19 | 2022-06-19 | APPROXIMATE
            ES | 2024-06-19 | hace 10 días                    | 2024-06-09 | 2024-06-09 | EXACT
            ES | 2024-06-19 | hace tres días                  | 2024-06-16 | 2024-06-16 | EXACT
            ES | 2024-06-19 | hace un día                     | 2024-06-18 | 2024-06-18 | EXACT
            ES | 2024-06-19 | hace una semana                 | 2024-06-12 | 2024-06-12 | APPROXIMATE
            ES | 2024-06-19 | hace dos semanas                | 2024-06-05 | 2024-06-05 | APPROXIMATE
            ES | 2024-06-19 | hace un mes                     | 2024-05-19 | 2024-05-19 | APPROXIMATE
            ES | 2024-06-19 | hace seis meses                 | 2023-12-19 | 2023-12-19 | APPROXIMATE
            ES | 2024-06-19 | hace un año                     | 2023-06-19 | 2023-06-19 | APPROXIMATE
            ES | 2024-06-19 | hace 25 años                    | 1999-06-19 | 1999-06-19 | APPROXIMATE
            ES | 2024-06-19 | hace veinticinco años           | 1999-06-19 | 1999-06-19 | APPROXIMATE
            ES | 2024-06-19 | hace cuarenta años              | 1984-06-19 | 1984-06-19 | APPROXIMATE
            ES | 2024-06-19 | hace dos décadas                | 2004-06-19 | 2004-06-19 | APPROXIMATE
            ES | 2024-06-19 | hace 48 horas                   | 2024-06-17 | 2024-06-17 | EXACT
            ES | null       | hace dos meses                  | null       | null       | EXACT
            FR | 2024-06-19 | il y a deux mois                | 2024-04-19 | 2024-04-19 | APPROXIMATE
            FR | 2024-06-19 | il y a trois ans                | 2021-06-19 | 2021-06-19 | APPROXIMATE
            FR | 2024-06-19 | il y a 10 jours                 | 2024-06-09 | 2024-06-09 | EXACT
            FR | 2024-06-19 | il y a deux jours               | 2024-06-17 | 2024-06-17 | EXACT
            FR | 2024-06-19 | il y a une semaine              | 2024-06-12 | 2024-06-12 | APPROXIMATE
            FR | 2024-06-19 | il y a quinze jours             | 2024-06-04 | 2024-06-04 | EXACT
            FR | 2024-06-19 | il y a un mois                  | 2024-05-19 | 2024-05-19 | APPROXIMATE
            FR | 2024-06-19 | il y a six mois                 | 2023-12-19 | 2023-12-19 | APPROXIMATE
            FR | 2024-06-19 | il y a un an                    | 2023-06-19 | 2023-06-19 | APPROXIMATE
            FR | 2024-06-19 | il y a vingt-cinq ans           | 1999-06-19 | 1999-06-19 | APPROXIMATE
            FR | 2024-06-19 | il y a quarante ans             | 1984-06-19 | 1984-06-19 | APPROXIMATE
            FR | 2024-06-19 | il y a deux décennies           | 2004-06-19 | 2004-06-19 | APPROXIMATE
            FR | 2024-06-19 | il y a 48 heures                | 2024-06-17 | 2024-06-17 | EXACT
            EN | 2024-06-19 | in three days                   | 2024-06-22 | 2024-06-22 | EXACT
            EN | 2024-06-19 | in two weeks                    | 2024-07-03 | 2024-07-03 | APPROXIMATE
            EN | 2024-06-19 | The vote will be held in two weeks | 2024-07-03 | 2024-07-03 | APPROXIMATE
            EN | 2024-06-19 | three days from now             | 2024-06-22 | 2024-06-22 | EXACT
            EN | 2024-06-19 | five years from now             | 2029-06-19 | 2029-06-19 | APPROXIMATE
            ES | 2024-06-19 | dentro de tres días             | 2024-06-22 | 2024-06-22 | EXACT
            ES | 2024-06-19 | dentro de un mes                | 2024-07-19 | 2024-07-19 | APPROXIMATE
            ES | 2024-06-19 | en dos semanas                  | 2024-07-03 | 2024-07-03 | APPROXIMATE
            FR | 2024-06-19 | dans trois jours                | 2024-06-22 | 2024-06-22 | EXACT
            FR | 2024-06-19 | dans deux semaines              | 2024-07-03 | 2024-07-03 | APPROXIMATE
            FR | 2024-06-19 | d'ici deux ans                  | 2026-06-19 | 2026-06-19 | APPROXIMATE
            FR | 2024-06-19 | dans 48 heures                  | 2024-06-21 | 2024-06-21 | EXACT
            """)
    void elapsedTimeIsADate(Language language, LocalDate reference, String expression, LocalDate first, LocalDate last,
            Qualifier qualifier) {
        assertDate(language, reference, expression, first, last, qualifier);
    }

    /** How long, not when: a duration in days. */
    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2} days")
    @CsvSource(delimiter = '|', textBlock = """
            EN | two years                       | 730.5
            EN | for two years                   | 730.5
            EN | two years later                 | 730.5
            EN | within two months               | 60.88
            EN | 10 days                         | 10
            ES | desde hace dos años             | 730.5
            ES | dos años                        | 730.5
            ES | durante tres meses              | 91.32
            FR | depuis deux ans                 | 730.5
            FR | pendant trois mois              | 91.32
            FR | deux ans plus tard              | 730.5
            EN | the bridge was built in two weeks | 14
            EN | rescued in 10 days              | 10
            EN | set up for the first time in six years | 2191.5
            ES | lo construyeron en dos semanas  | 14
            """)
    void howLongStaysADuration(Language language, String expression, String days) {
        assertNumeric(language, expression, ValueKind.DURATION, days, days, "day", Qualifier.EXACT);
    }

    /** Days counted past the calendar's ends are no dates: the report's dates are four-digit ISO days. */
    @ParameterizedTest(name = "[{index}] {0} {1} \"{2}\" names no day outside 0001-9999")
    @CsvSource(delimiter = '|', textBlock = """
            EN | 9998-12-31 | in 5 years will come
            EN | 9998-12-31 | 5 years from now
            ES | 9998-12-31 | dentro de 3 años
            FR | 9998-12-31 | dans 2 ans
            EN | 0001-06-01 | 10,000 years ago
            ES | 0001-06-01 | hace 500 años
            """)
    void noDayPastTheCalendar(Language language, LocalDate reference, String expression) {
        new ValueNormalizer().normalize(expression, language, reference).ifPresent(value -> {
            if (value instanceof DateValue date && date.resolved()) {
                org.junit.jupiter.api.Assertions.assertTrue(date.first() == null || date.first().getYear() >= 1, date.toString());
                org.junit.jupiter.api.Assertions.assertTrue(date.last() == null || date.last().getYear() <= 9999, date.toString());
            }
        });
    }
}
