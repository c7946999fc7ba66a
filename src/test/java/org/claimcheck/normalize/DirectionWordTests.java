package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNoValue;
import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Direction words that make a number a bound: AT_LEAST with no max, AT_MOST with no min. */
class DirectionWordTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    /** A bound written after the number: "200 or more", "200 o más", "200 ou plus", "5 or fewer". */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | 200 or more people                           | COUNT    | 200            | null           | null | AT_LEAST
            EN | 200 people or more                           | COUNT    | 200            | null           | null | AT_LEAST
            EN | 5 or fewer children                          | COUNT    | null           | 5              | null | AT_MOST
            EN | 10 or less                                   | COUNT    | null           | 10             | null | AT_MOST
            EN | a 200-plus crowd                             | COUNT    | 200            | null           | null | AT_LEAST
            EN | 50 or over                                   | COUNT    | 50             | null           | null | AT_LEAST
            EN | 1,000 or more                                | COUNT    | 1000           | null           | null | AT_LEAST
            EN | 3 or more years                              | COUNT    | 3              | null           | null | AT_LEAST
            EN | 100 deaths or more                           | COUNT    | 100            | null           | null | AT_LEAST
            EN | $10 or more                                  | MONEY    | 10             | null           | USD  | AT_LEAST
            EN | 50% or more                                  | PERCENT  | 50             | null           | %    | AT_LEAST
            EN | 20 or fewer                                  | COUNT    | null           | 20             | null | AT_MOST
            EN | a 50-plus team                               | COUNT    | 50             | null           | null | AT_LEAST
            ES | mil o más personas                           | COUNT    | 1000           | null           | null | AT_LEAST
            ES | el 50 % o más                                | PERCENT  | 50             | null           | %    | AT_LEAST
            ES | 3 años o más                                 | DURATION | 1095.75        | null           | day  | AT_LEAST
            ES | 20 o menos                                   | COUNT    | null           | 20             | null | AT_MOST
            FR | 50 % ou plus                                 | PERCENT  | 50             | null           | %    | AT_LEAST
            FR | 1 000 ou plus                                | COUNT    | 1000           | null           | null | AT_LEAST
            FR | 3 ans ou plus                                | DURATION | 1095.75        | null           | day  | AT_LEAST
            FR | pas plus de 10 personnes                     | COUNT    | null           | 10             | null | AT_MOST
            """)
    void boundsAfter(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** A bound written before the number beside the shared qualifiers: "exceeding", "superando", "dépassant", "por encima de". */
    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | exceeding 150 people                         | COUNT    | 150            | null           | null | AT_LEAST
            EN | surpassing 1,000 cases                       | COUNT    | 1000           | null           | null | AT_LEAST
            EN | topping $5 billion                           | MONEY    | 5000000000     | null           | USD  | AT_LEAST
            EN | well over 300 people                         | COUNT    | 300            | null           | null | AT_LEAST
            EN | north of $1 billion                          | MONEY    | 1000000000     | null           | USD  | AT_LEAST
            EN | not exceeding 20%                            | PERCENT  | null           | 20             | %    | AT_MOST
            EN | not more than 10 days                        | DURATION | null           | 10             | day  | AT_MOST
            EN | well below 2 degrees                         | COUNT    | null           | 2              | null | AT_MOST
            ES | 200 o más personas                           | COUNT    | 200            | null           | null | AT_LEAST
            ES | 200 personas o más                           | COUNT    | 200            | null           | null | AT_LEAST
            ES | 10 o menos                                   | COUNT    | null           | 10             | null | AT_MOST
            ES | más de 200 personas                          | COUNT    | 200            | null           | null | AT_LEAST
            ES | superando los 1.000 casos                    | COUNT    | 1000           | null           | null | AT_LEAST
            ES | por encima de 5.000 metros                   | QUANTITY | 5000           | null           | m    | AT_LEAST
            ES | por debajo de 2 grados                       | COUNT    | null           | 2              | null | AT_MOST
            ES | arriba de 300 personas                       | COUNT    | 300            | null           | null | AT_LEAST
            ES | supera los 200 muertos                       | COUNT    | 200            | null           | null | AT_LEAST
            FR | 200 ou plus                                  | COUNT    | 200            | null           | null | AT_LEAST
            FR | 10 ou moins                                  | COUNT    | null           | 10             | null | AT_MOST
            FR | dépassant 1 000 cas                          | COUNT    | 1000           | null           | null | AT_LEAST
            FR | en dessous de 2 degrés                       | COUNT    | null           | 2              | null | AT_MOST
            FR | au-dessus de 5 000 mètres                    | QUANTITY | 5000           | null           | m    | AT_LEAST
            EN | exceeding 10 percent                         | PERCENT  | 10             | null           | %    | AT_LEAST
            EN | surpassing $2 billion                        | MONEY    | 2000000000     | null           | USD  | AT_LEAST
            EN | well over 1,000 people                       | COUNT    | 1000           | null           | null | AT_LEAST
            EN | north of 50%                                 | PERCENT  | 50             | null           | %    | AT_LEAST
            ES | superando el 5 %                             | PERCENT  | 5              | null           | %    | AT_LEAST
            ES | por encima del 3 %                           | PERCENT  | 3              | null           | %    | AT_LEAST
            ES | por debajo del 2 %                           | PERCENT  | null           | 2              | %    | AT_MOST
            ES | no más de 10 personas                        | COUNT    | null           | 10             | null | AT_MOST
            FR | dépassant 5 %                                | PERCENT  | 5              | null           | %    | AT_LEAST
            """)
    void boundsBefore(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** Direction words with no number to bound. */
    @ParameterizedTest(name = "[{index}] {0} \"{1}\" is not a value")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | one or more
            EN | more or less
            ES | más o menos
            ES | al menos uno
            FR | plus ou moins
            """)
    void noNumberToBound(Language language, String expression) {
        assertNoValue(language, expression);
    }
}
