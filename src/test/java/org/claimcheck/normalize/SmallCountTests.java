package org.claimcheck.normalize;

import static org.claimcheck.normalize.NormalizationAssertions.assertNoValue;
import static org.claimcheck.normalize.NormalizationAssertions.assertNumeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Small counts in words and signs (issue 17): "a dozen", "half of the residents", "a third of those screened",
 * "a pair of" (a phrase of the pack's "[count-phrases]", before an of-word), "-1.3%", "minus 5".
 */
class SmallCountTests {

    private static final String NAME = "[{index}] {0} \"{1}\" -> {2} [{3}, {4}] {5} {6}";

    @ParameterizedTest(name = NAME)
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | a pair of shoes                        | COUNT    | 2            | 2            | null | EXACT
            EN | a pair of gunmen                       | COUNT    | 2            | 2            | null | EXACT
            EN | A pair of climbers died                | COUNT    | 2            | 2            | null | EXACT
            EN | a dozen                                | COUNT    | 12           | 12           | null | EXACT
            EN | a dozen people came                    | COUNT    | 12           | 12           | null | EXACT
            EN | half of the residents                  | COUNT    | 0.5          | 0.5          | null | EXACT
            EN | a third of those screened              | COUNT    | ~0.333       | ~0.333       | null | EXACT
            EN | two thirds of the voters               | COUNT    | ~0.667       | ~0.667       | null | EXACT
            EN | a quarter of the budget                | COUNT    | 0.25         | 0.25         | null | EXACT
            EN | -1.3%                                  | PERCENT  | -1.3         | -1.3         | %    | EXACT
            EN | output fell -1.3% in May               | PERCENT  | -1.3         | -1.3         | %    | EXACT
            EN | −2.5%                                  | PERCENT  | -2.5         | -2.5         | %    | EXACT
            EN | -0.4 per cent                          | PERCENT  | -0.4         | -0.4         | %    | EXACT
            EN | minus 5                                | COUNT    | -5           | -5           | null | EXACT
            EN | minus 5C                               | QUANTITY | -5           | -5           | °C   | EXACT
            EN | -5°C                                   | QUANTITY | -5           | -5           | °C   | EXACT
            ES | un par de zapatos                      | COUNT    | 2            | 2            | null | EXACT
            ES | Un par de hombres armados              | COUNT    | 2            | 2            | null | EXACT
            ES | una docena de personas                 | COUNT    | 12           | 12           | null | EXACT
            ES | la mitad de los residentes             | COUNT    | 0.5          | 0.5          | null | EXACT
            ES | un tercio de los examinados            | COUNT    | ~0.333       | ~0.333       | null | EXACT
            ES | menos 5                                | COUNT    | -5           | -5           | null | EXACT
            ES | -1,3%                                  | PERCENT  | -1.3         | -1.3         | %    | EXACT
            ES | -5 °C                                  | QUANTITY | -5           | -5           | °C   | EXACT
            FR | une paire de chaussures                | COUNT    | 2            | 2            | null | EXACT
            FR | une douzaine de personnes              | COUNT    | 12           | 12           | null | APPROXIMATE
            FR | la moitié des habitants                | COUNT    | 0.5          | 0.5          | null | EXACT
            FR | moins 5                                | COUNT    | -5           | -5           | null | EXACT
            FR | -1,3 %                                 | PERCENT  | -1.3         | -1.3         | %    | EXACT
            """)
    void smallCountsAndSigns(Language language, String expression, ValueKind kind, String min, String max, String unit,
            Qualifier qualifier) {
        assertNumeric(language, expression, kind, min, max, unit, qualifier);
    }

    /** A pair with nothing paired, and "one" on its own, are no counts. */
    @ParameterizedTest(name = "[{index}] {0} \"{1}\" is not a value")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EN | a pair
            EN | the pair met
            EN | one another
            EN | no one knows
            EN | one more time
            EN | any one of them
            EN | on the one hand
            EN | the previous one
            ES | el par
            ES | la pareja
            FR | la paire
            """)
    void notCounts(Language language, String expression) {
        assertNoValue(language, expression);
    }
}
