package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two numbers offered as alternatives ("two or three days", "dos o tres días", "deux ou trois jours") are a range, the
 * unit of the second shared by the first; a bound written after a number ("200 or more") stays a bound.
 */
class AlternativeRangeTests {

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | one or two years          | DURATION | 365.25 | 730.5  | day  | RANGE
            EN | two or three days         | DURATION | 2      | 3      | day  | RANGE
            EN | 5 or 6 people             | COUNT    | 5      | 6      | null | RANGE
            EN | three or four weeks       | DURATION | 21     | 28     | day  | RANGE
            EN | $5 or $6                  | MONEY    | 5      | 6      | USD  | RANGE
            EN | 10 or 12 kilometres       | QUANTITY | 10000  | 12000  | m    | RANGE
            EN | 200 or more               | COUNT    | 200    | null   | null | AT_LEAST
            EN | 50 people or fewer        | COUNT    | null   | 50     | null | AT_MOST
            ES | dos o tres días           | DURATION | 2      | 3      | day  | RANGE
            ES | uno o dos años            | DURATION | 365.25 | 730.5  | day  | RANGE
            ES | 5 o 6 personas            | COUNT    | 5      | 6      | null | RANGE
            ES | 200 o más                 | COUNT    | 200    | null   | null | AT_LEAST
            FR | deux ou trois jours       | DURATION | 2      | 3      | day  | RANGE
            FR | un ou deux ans            | DURATION | 365.25 | 730.5  | day  | RANGE
            FR | 5 ou 6 personnes          | COUNT    | 5      | 6      | null | RANGE
            FR | 100 ou plus               | COUNT    | 100    | null   | null | AT_LEAST
            """)
    void alternativesAreARange(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }
}
