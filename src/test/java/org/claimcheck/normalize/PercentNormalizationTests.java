package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Percentages: "%", "percent", "per cent", "por ciento", unit "%". */
class PercentNormalizationTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 45%                                  | PERCENT | 45   | 45   | % | EXACT
            EN | 3.5 percent                          | PERCENT | 3.5  | 3.5  | % | EXACT
            EN | 12 per cent                          | PERCENT | 12   | 12   | % | EXACT
            EN | 0.5%                                 | PERCENT | 0.5  | 0.5  | % | EXACT
            EN | 2.75% interest                       | PERCENT | 2.75 | 2.75 | % | EXACT
            EN | 100%                                 | PERCENT | 100  | 100  | % | EXACT
            ES | cien por cien                        | PERCENT | 100  | 100  | % | EXACT
            ES | el 50 por cien de los votos          | PERCENT | 50   | 50   | % | EXACT
            EN | ten percent                          | PERCENT | 10   | 10   | % | EXACT
            EN | twenty-five per cent                 | PERCENT | 25   | 25   | % | EXACT
            ES | 45 por ciento                        | PERCENT | 45   | 45   | % | EXACT
            ES | 3,5%                                 | PERCENT | 3.5  | 3.5  | % | EXACT
            ES | 0,5%                                 | PERCENT | 0.5  | 0.5  | % | EXACT
            ES | 1,25%                                | PERCENT | 1.25 | 1.25 | % | EXACT
            ES | el 12%                               | PERCENT | 12   | 12   | % | EXACT
            ES | un 20%                               | PERCENT | 20   | 20   | % | EXACT
            ES | 100 por ciento                       | PERCENT | 100  | 100  | % | EXACT
            ES | diez por ciento                      | PERCENT | 10   | 10   | % | EXACT
            ES | veinticinco por ciento               | PERCENT | 25   | 25   | % | EXACT
            EN | 0.5 percentage points               | PERCENT | 0.5  | 0.5  | % | EXACT
            EN | one percentage point                 | PERCENT | 1    | 1    | % | EXACT
            ES | 3 puntos porcentuales                | PERCENT | 3    | 3    | % | EXACT
            ES | un punto porcentual                  | PERCENT | 1    | 1    | % | EXACT
            FR | 3 points de pourcentage              | PERCENT | 3    | 3    | % | EXACT
            FR | 1,5 point de pourcentage             | PERCENT | 1.5  | 1.5  | % | EXACT
            """)
    void plainPercentages(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | about 40%                            | PERCENT | 36   | 44   | % | APPROXIMATE
            EN | roughly 60 percent                   | PERCENT | 54   | 66   | % | APPROXIMATE
            EN | nearly 10%                           | PERCENT | 9    | 10   | % | APPROXIMATE
            EN | just over 50 percent                 | PERCENT | 50   | 55   | % | APPROXIMATE
            EN | more than 50 percent                 | PERCENT | 50   | null | % | AT_LEAST
            EN | up to 70%                            | PERCENT | null | 70   | % | AT_MOST
            EN | less than 1%                         | PERCENT | null | 1    | % | AT_MOST
            EN | 20-30%                               | PERCENT | 20   | 30   | % | RANGE
            EN | 15–20%                               | PERCENT | 15   | 20   | % | RANGE
            EN | between 20 and 30 percent            | PERCENT | 20   | 30   | % | RANGE
            EN | from 3% to 5%                        | PERCENT | 3    | 5    | % | RANGE
            ES | cerca del 40%                        | PERCENT | 36   | 44   | % | APPROXIMATE
            ES | alrededor del 60%                     | PERCENT | 54   | 66   | % | APPROXIMATE
            ES | casi el 10%                          | PERCENT | 9    | 10   | % | APPROXIMATE
            ES | más del 50%                          | PERCENT | 50   | null | % | AT_LEAST
            ES | al menos un 30 por ciento            | PERCENT | 30   | null | % | AT_LEAST
            ES | hasta un 70%                         | PERCENT | null | 70   | % | AT_MOST
            ES | menos del 1%                         | PERCENT | null | 1    | % | AT_MOST
            ES | 20-30%                               | PERCENT | 20   | 30   | % | RANGE
            ES | entre 20 y 30%                       | PERCENT | 20   | 30   | % | RANGE
            ES | entre el 20% y el 30%                | PERCENT | 20   | 30   | % | RANGE
            ES | de 3 a 5 por ciento                  | PERCENT | 3    | 5    | % | RANGE
            """)
    void qualifiedPercentages(Language language, String expression, ValueKind kind, String min, String max,
            String unit, Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
