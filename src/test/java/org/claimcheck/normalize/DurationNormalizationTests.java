package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Durations in days: year 365.25, month 30.44, week 7, day 1, hour 1/24, decade 3652.5, century 36525.
 * Bounds written "~x" come from hours (1/24 does not terminate) and are compared within 0.001.
 */
class DurationNormalizationTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 24 years                             | DURATION | 8766     | 8766     | day | EXACT
            # a duration and one in a smaller unit are their sum
            EN | 3 days and 4 hours                   | DURATION | ~3.16667 | ~3.16667 | day | EXACT
            EN | two years and six months in prison   | DURATION | 913.14   | 913.14   | day | EXACT
            EN | 2 hours and 30 minutes               | DURATION | ~0.10417 | ~0.10417 | day | EXACT
            EN | 5 years and 2 people                 | DURATION | 1826.25  | 1826.25  | day | EXACT
            ES | un año y seis meses                  | DURATION | 547.89   | 547.89   | day | EXACT
            ES | tres días y cuatro horas             | DURATION | ~3.16667 | ~3.16667 | day | EXACT
            FR | deux ans et trois mois               | DURATION | 821.82   | 821.82   | day | EXACT
            # an adjective between the number and a unit of time
            FR | sur les 12 derniers mois             | DURATION | 365.28   | 365.28   | day | EXACT
            FR | les 10 premières années              | DURATION | 3652.5   | 3652.5   | day | EXACT
            ES | los tres últimos años                | DURATION | 1095.75  | 1095.75  | day | EXACT
            FR | les 3 derniers km                    | COUNT    | 3        | 3        | null | EXACT
            EN | 1.5 years                            | DURATION | 547.875  | 547.875  | day | EXACT
            EN | one year                             | DURATION | 365.25   | 365.25   | day | EXACT
            EN | six months                           | DURATION | 182.64   | 182.64   | day | EXACT
            EN | 18 months                            | DURATION | 547.92   | 547.92   | day | EXACT
            EN | three weeks                          | DURATION | 21       | 21       | day | EXACT
            EN | 10 days                              | DURATION | 10       | 10       | day | EXACT
            EN | 36 hours                             | DURATION | ~1.5     | ~1.5     | day | EXACT
            EN | 12 hours                             | DURATION | ~0.5     | ~0.5     | day | EXACT
            EN | two decades                          | DURATION | 7305     | 7305     | day | EXACT
            EN | two centuries                        | DURATION | 73050    | 73050    | day | EXACT
            EN | a fortnight                          | DURATION | 14       | 14       | day | EXACT
            EN | two fortnights                       | DURATION | 28       | 28       | day | EXACT
            EN | a millennium                         | DURATION | 365250   | 365250   | day | EXACT
            EN | 30 seconds                           | DURATION | ~0.000347 | ~0.000347 | day | EXACT
            EN | 10 mins                              | DURATION | ~0.006944 | ~0.006944 | day | EXACT
            EN | a couple of weeks                    | DURATION | 14       | 14       | day | EXACT
            ES | una quincena                         | DURATION | 15       | 15       | day | EXACT
            ES | un lustro                            | DURATION | 1826.25  | 1826.25  | day | EXACT
            ES | dos bienios                          | DURATION | 1461     | 1461     | day | EXACT
            ES | un milenio                           | DURATION | 365250   | 365250   | day | EXACT
            ES | 45 segundos                          | DURATION | ~0.000521 | ~0.000521 | day | EXACT
            ES | un par de semanas                    | DURATION | 14       | 14       | day | EXACT
            FR | à 48 heures                          | DURATION | 2        | 2        | day | EXACT
            FR | après 20 heures                      | DURATION | ~0.833333 | ~0.833333 | day | EXACT
            FR | à 2,5 heures                         | DURATION | ~0.104167 | ~0.104167 | day | EXACT
            ES | durante 20 horas                     | DURATION | ~0.833333 | ~0.833333 | day | EXACT
            FR | 30 min                               | DURATION | ~0.020833 | ~0.020833 | day | EXACT
            FR | 20 secondes                          | DURATION | ~0.000231 | ~0.000231 | day | EXACT
            FR | un millénaire                        | DURATION | 365250   | 365250   | day | EXACT
            ES | 30 años                              | DURATION | 10957.5  | 10957.5  | day | EXACT
            ES | 7 años                               | DURATION | 2556.75  | 2556.75  | day | EXACT
            ES | 2,5 años                             | DURATION | 913.125  | 913.125  | day | EXACT
            ES | seis meses                           | DURATION | 182.64   | 182.64   | day | EXACT
            ES | cuatro meses                         | DURATION | 121.76   | 121.76   | day | EXACT
            ES | 8 meses                              | DURATION | 243.52   | 243.52   | day | EXACT
            ES | 18 meses                             | DURATION | 547.92   | 547.92   | day | EXACT
            ES | tres semanas                         | DURATION | 21       | 21       | day | EXACT
            ES | diez días                            | DURATION | 10       | 10       | day | EXACT
            ES | 15 días                              | DURATION | 15       | 15       | day | EXACT
            ES | 48 horas                             | DURATION | ~2       | ~2       | day | EXACT
            ES | las últimas 24 horas                 | DURATION | ~1       | ~1       | day | EXACT
            ES | dos décadas                          | DURATION | 7305     | 7305     | day | EXACT
            ES | tres décadas                         | DURATION | 10957.5  | 10957.5  | day | EXACT
            ES | dos siglos                           | DURATION | 73050    | 73050    | day | EXACT
            """)
    void unitsAndFactors(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | a quarter of a century               | DURATION | 9131.25  | 9131.25  | day | EXACT
            EN | half a century                       | DURATION | 18262.5  | 18262.5  | day | EXACT
            EN | a century                            | DURATION | 36525    | 36525    | day | EXACT
            EN | a decade                             | DURATION | 3652.5   | 3652.5   | day | EXACT
            EN | a year                               | DURATION | 365.25   | 365.25   | day | EXACT
            EN | a year and a half                    | DURATION | 547.875  | 547.875  | day | EXACT
            EN | two and a half years                 | DURATION | 913.125  | 913.125  | day | EXACT
            EN | a three-day conference               | DURATION | 3        | 3        | day | EXACT
            EN | a 24-year sentence                   | DURATION | 8766     | 8766     | day | EXACT
            EN | a five-year term                     | DURATION | 1826.25  | 1826.25  | day | EXACT
            EN | a 30-day ceasefire                   | DURATION | 30       | 30       | day | EXACT
            EN | a two-week trip                      | DURATION | 14       | 14       | day | EXACT
            EN | a 10-year plan                       | DURATION | 3652.5   | 3652.5   | day | EXACT
            EN | a 72-hour truce                      | DURATION | ~3       | ~3       | day | EXACT
            ES | dos años y medio                     | DURATION | 913.125  | 913.125  | day | EXACT
            ES | medio siglo                          | DURATION | 18262.5  | 18262.5  | day | EXACT
            ES | un año                               | DURATION | 365.25   | 365.25   | day | EXACT
            ES | un año y medio                       | DURATION | 547.875  | 547.875  | day | EXACT
            ES | una década                           | DURATION | 3652.5   | 3652.5   | day | EXACT
            ES | una semana                           | DURATION | 7        | 7        | day | EXACT
            ES | un siglo                             | DURATION | 36525    | 36525    | day | EXACT
            ES | tres años y medio                    | DURATION | 1278.375 | 1278.375 | day | EXACT
            """)
    void idiomsAndCompoundAdjectives(Language language, String expression, ValueKind kind, String min, String max,
            String unit, Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | less than two weeks                  | DURATION | null     | 14       | day | AT_MOST
            EN | less than two weeks ago              | DURATION | null     | 14       | day | AT_MOST
            ES | hace menos de dos semanas            | DURATION | null     | 14       | day | AT_MOST
            EN | nearly two years ago                 | DURATION | 657.45   | 730.5    | day | APPROXIMATE
            FR | il y a plus d'un an                  | DURATION | 365.25   | null     | day | AT_LEAST
            EN | up to five years                     | DURATION | null     | 1826.25  | day | AT_MOST
            EN | more than two years                  | DURATION | 730.5    | null     | day | AT_LEAST
            EN | at least 11 years                    | DURATION | 4017.75  | null     | day | AT_LEAST
            EN | about six months                     | DURATION | 164.376  | 200.904  | day | APPROXIMATE
            EN | nearly a decade                      | DURATION | 3287.25  | 3652.5   | day | APPROXIMATE
            EN | almost three years                   | DURATION | 986.175  | 1095.75  | day | APPROXIMATE
            EN | just over two years                  | DURATION | 730.5    | 803.55   | day | APPROXIMATE
            EN | between two and three years          | DURATION | 730.5    | 1095.75  | day | RANGE
            EN | 2-3 years                            | DURATION | 730.5    | 1095.75  | day | RANGE
            ES | menos de dos semanas                 | DURATION | null     | 14       | day | AT_MOST
            ES | hasta 20 años                        | DURATION | null     | 7305     | day | AT_MOST
            ES | más de dos años                      | DURATION | 730.5    | null     | day | AT_LEAST
            ES | unos cinco años                      | DURATION | 1643.625 | 2008.875 | day | APPROXIMATE
            ES | casi una década                      | DURATION | 3287.25  | 3652.5   | day | APPROXIMATE
            ES | poco más de un año                   | DURATION | 365.25   | 401.775  | day | APPROXIMATE
            ES | cerca de dos meses                   | DURATION | 54.792   | 66.968   | day | APPROXIMATE
            ES | aproximadamente 3 horas              | DURATION | ~0.1125  | ~0.1375  | day | APPROXIMATE
            ES | entre dos y tres años                | DURATION | 730.5    | 1095.75  | day | RANGE
            ES | de 10 a 15 años                      | DURATION | 3652.5   | 5478.75  | day | RANGE
            """)
    void qualifiedDurations(Language language, String expression, ValueKind kind, String min, String max,
            String unit, Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
