package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every qualifier phrase of the spec, in both languages, on counts; X is the stated number. */
class QualifierNormalizationTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    /** about/unos and friends: [0.9X, 1.1X]. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | about 3,000 soldiers                 | COUNT | 2700    | 3300    | null | APPROXIMATE
            EN | around 500 people                    | COUNT | 450     | 550     | null | APPROXIMATE
            EN | some 300 families                    | COUNT | 270     | 330     | null | APPROXIMATE
            EN | roughly 1.5 million people           | COUNT | 1350000 | 1650000 | null | APPROXIMATE
            EN | approximately 40,000 troops          | COUNT | 36000   | 44000   | null | APPROXIMATE
            EN | an estimated 10,000 refugees         | COUNT | 9000    | 11000   | null | APPROXIMATE
            EN | circa 200 villages                   | COUNT | 180     | 220     | null | APPROXIMATE
            EN | about a dozen journalists            | COUNT | 10.8    | 13.2    | null | APPROXIMATE
            EN | around 2 million viewers             | COUNT | 1800000 | 2200000 | null | APPROXIMATE
            ES | unos 300 soldados                    | COUNT | 270     | 330     | null | APPROXIMATE
            ES | unas 500 personas                    | COUNT | 450     | 550     | null | APPROXIMATE
            ES | unas veinte personas                 | COUNT | 18      | 22      | null | APPROXIMATE
            ES | alrededor de 3.000 soldados          | COUNT | 2700    | 3300    | null | APPROXIMATE
            ES | aproximadamente 40.000 efectivos     | COUNT | 36000   | 44000   | null | APPROXIMATE
            ES | cerca de 1.000 drones                | COUNT | 900     | 1100    | null | APPROXIMATE
            ES | en torno a 2 millones de personas    | COUNT | 1800000 | 2200000 | null | APPROXIMATE
            ES | unos 1,5 millones de refugiados      | COUNT | 1350000 | 1650000 | null | APPROXIMATE
            ES | alrededor de una docena de heridos   | COUNT | 10.8    | 13.2    | null | APPROXIMATE
            ES | unas 200 familias                    | COUNT | 180     | 220     | null | APPROXIMATE
            """)
    void aboutIsTenPercentEitherWay(Language language, String expression, ValueKind kind, String min, String max,
            String unit, Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** nearly/casi: [0.9X, X]; just over/poco más de: [X, 1.1X]. */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | nearly 3,000 soldiers                | COUNT | 2700  | 3000  | null | APPROXIMATE
            EN | almost 600 prisoners                 | COUNT | 540   | 600   | null | APPROXIMATE
            EN | close to 1,000 drones                | COUNT | 900   | 1000  | null | APPROXIMATE
            EN | just under 20,000 troops             | COUNT | 18000 | 20000 | null | APPROXIMATE
            EN | nearly two dozen ships               | COUNT | 21.6  | 24    | null | APPROXIMATE
            EN | just over 11,000 containers          | COUNT | 11000 | 12100 | null | APPROXIMATE
            EN | slightly more than 400 people        | COUNT | 400   | 440   | null | APPROXIMATE
            ES | casi 3.000 soldados                  | COUNT | 2700  | 3000  | null | APPROXIMATE
            ES | poco menos de 600 presos             | COUNT | 540   | 600   | null | APPROXIMATE
            ES | casi una docena de periodistas       | COUNT | 10.8  | 12    | null | APPROXIMATE
            ES | casi 20.000 efectivos                | COUNT | 18000 | 20000 | null | APPROXIMATE
            ES | casi 600 presos                      | COUNT | 540   | 600   | null | APPROXIMATE
            ES | poco más de 11.000 contenedores      | COUNT | 11000 | 12100 | null | APPROXIMATE
            ES | poco más de 400 personas             | COUNT | 400   | 440   | null | APPROXIMATE
            """)
    void nearlyAndJustOverAreOneSided(Language language, String expression, ValueKind kind, String min, String max,
            String unit, Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | more than 11,000 containers of ammunition | COUNT | 11000   | null | null | AT_LEAST
            EN | over 500 civilians                        | COUNT | 500     | null | null | AT_LEAST
            EN | at least 12 people                        | COUNT | 12      | null | null | AT_LEAST
            EN | upwards of 10,000 soldiers                | COUNT | 10000   | null | null | AT_LEAST
            EN | in excess of 2,000 prisoners              | COUNT | 2000    | null | null | AT_LEAST
            EN | no fewer than 30 hostages                 | COUNT | 30      | null | null | AT_LEAST
            EN | no less than 200 vehicles                 | COUNT | 200     | null | null | AT_LEAST
            EN | more than a dozen journalists             | COUNT | 12      | null | null | AT_LEAST
            EN | more than 1.5 million people              | COUNT | 1500000 | null | null | AT_LEAST
            ES | más de 11.000 contenedores de munición    | COUNT | 11000   | null | null | AT_LEAST
            ES | al menos 12 personas                      | COUNT | 12      | null | null | AT_LEAST
            ES | por lo menos 30 rehenes                   | COUNT | 30      | null | null | AT_LEAST
            ES | como mínimo 200 vehículos                 | COUNT | 200     | null | null | AT_LEAST
            ES | más de 1,5 millones de personas           | COUNT | 1500000 | null | null | AT_LEAST
            ES | más de una docena de periodistas          | COUNT | 12      | null | null | AT_LEAST
            ES | al menos tres mil soldados                | COUNT | 3000    | null | null | AT_LEAST
            ES | más de 500 civiles                        | COUNT | 500     | null | null | AT_LEAST
            """)
    void lowerBounds(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | up to 12,000 soldiers                | COUNT | null | 12000  | null | AT_MOST
            EN | as many as 100,000 troops            | COUNT | null | 100000 | null | AT_MOST
            EN | fewer than 100 people                | COUNT | null | 100    | null | AT_MOST
            EN | less than 50 journalists             | COUNT | null | 50     | null | AT_MOST
            EN | under 500 soldiers                   | COUNT | null | 500    | null | AT_MOST
            EN | at most 20 ships                     | COUNT | null | 20     | null | AT_MOST
            EN | no more than 40 people               | COUNT | null | 40     | null | AT_MOST
            EN | a maximum of 150 participants        | COUNT | null | 150    | null | AT_MOST
            ES | hasta 12.000 soldados                | COUNT | null | 12000  | null | AT_MOST
            ES | hasta 100.000 efectivos              | COUNT | null | 100000 | null | AT_MOST
            ES | menos de 100 personas                | COUNT | null | 100    | null | AT_MOST
            ES | como máximo 20 barcos                | COUNT | null | 20     | null | AT_MOST
            ES | un máximo de 150 participantes       | COUNT | null | 150    | null | AT_MOST
            ES | menos de cincuenta periodistas       | COUNT | null | 50     | null | AT_MOST
            """)
    void upperBounds(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | between 20 and 30 soldiers           | COUNT | 20      | 30      | null | RANGE
            EN | 20-30 soldiers                       | COUNT | 20      | 30      | null | RANGE
            EN | 20–30 soldiers                       | COUNT | 20      | 30      | null | RANGE
            EN | 20 to 30 soldiers                    | COUNT | 20      | 30      | null | RANGE
            EN | from 20 to 30 soldiers               | COUNT | 20      | 30      | null | RANGE
            EN | between 5 and 6 million people       | COUNT | 5000000 | 6000000 | null | RANGE
            EN | two to three hundred                 | COUNT | 200     | 300     | null | RANGE
            EN | between two and three hundred people | COUNT | 200     | 300     | null | RANGE
            EN | two to three hundred thousand        | COUNT | 200000  | 300000  | null | RANGE
            EN | twenty to thirty thousand dollars    | MONEY | 20000   | 30000   | USD  | RANGE
            EN | five to one hundred                  | COUNT | 5       | 100     | null | RANGE
            EN | 2 to 300                             | COUNT | 2       | 300     | null | RANGE
            ES | dos a tres mil                       | COUNT | 2000    | 3000    | null | RANGE
            ES | entre dos y tres mil personas        | COUNT | 2000    | 3000    | null | RANGE
            FR | deux à trois cents                   | COUNT | 200     | 300     | null | RANGE
            FR | entre deux et trois cents            | COUNT | 200     | 300     | null | RANGE
            EN | between 1,000 and 1,500 troops       | COUNT | 1000    | 1500    | null | RANGE
            EN | 10,000-12,000 soldiers               | COUNT | 10000   | 12000   | null | RANGE
            EN | 1.5-2 million people                 | COUNT | 1500000 | 2000000 | null | RANGE
            EN | from 3,000 to 5,000 refugees         | COUNT | 3000    | 5000    | null | RANGE
            EN | between ten and twenty people        | COUNT | 10      | 20      | null | RANGE
            ES | entre 20 y 30 soldados               | COUNT | 20      | 30      | null | RANGE
            ES | de 20 a 30 soldados                  | COUNT | 20      | 30      | null | RANGE
            ES | 20-30 soldados                       | COUNT | 20      | 30      | null | RANGE
            ES | entre 5 y 6 millones de personas     | COUNT | 5000000 | 6000000 | null | RANGE
            ES | entre 1.000 y 1.500 efectivos        | COUNT | 1000    | 1500    | null | RANGE
            ES | entre 10.000 y 12.000 soldados       | COUNT | 10000   | 12000   | null | RANGE
            ES | de 3.000 a 5.000 refugiados          | COUNT | 3000    | 5000    | null | RANGE
            ES | entre diez y veinte personas         | COUNT | 10      | 20      | null | RANGE
            ES | entre 1,5 y 2 millones de personas   | COUNT | 1500000 | 2000000 | null | RANGE
            ES | de 10.000 a 12.000 soldados          | COUNT | 10000   | 12000   | null | RANGE
            """)
    void ranges(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
