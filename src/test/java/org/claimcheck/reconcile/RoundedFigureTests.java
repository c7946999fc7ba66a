package org.claimcheck.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.claimcheck.normalize.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An outlet that rounds a figure does not contradict one that gives its decimals: "51%" is "51.2%" rounded, a
 * "magnitude 6" aftershock is the 6.2 another outlet reports. Figures of the same precision, bounds, approximations and
 * converted measures are compared as they are.
 */
class RoundedFigureTests {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 29);

    private static Value value(String expression) {
        return TestClaims.value(expression, DAY);
    }

    @ParameterizedTest(name = "{0} / {1}: rounded {2}")
    @CsvSource(delimiter = '|', value = {
            "51%           | 51.2%          | true",
            "51.2%         | 51%            | true",
            "44%           | 44.6%          | false",
            "45%           | 44.6%          | true",
            "magnitude 6   | magnitude 6.2  | true",
            "magnitude 7.1 | magnitude 7.4  | false",
            "8.2           | 8.1            | false",
            "65.3%         | 65.25%         | true",
            "69            | 70             | false",
            "more than 51% | 51.2%          | false",
            "about 51%     | 51.2%          | false",
            "6 km          | 6.2 km         | false",
    })
    void rounded(String one, String other, boolean rounded) {
        assertEquals(rounded, GroupReconciler.roundsTo(value(one), value(other)));
    }
}
