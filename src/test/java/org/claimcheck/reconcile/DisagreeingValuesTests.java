package org.claimcheck.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.claimcheck.normalize.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which pairs of values cannot both be true: the only pairs the reconciler sets against each other, and the only ones
 * the conflict model is fit on. Bounds that overlap, a figure and its rounding, and values within the rounding of an
 * exact figure agree; distinct days, counts and shares do not.
 */
class DisagreeingValuesTests {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 29);

    private static Value value(String expression) {
        return TestClaims.value(expression, DAY);
    }

    @ParameterizedTest(name = "{0} / {1}: disagree {2}")
    @CsvSource(delimiter = '|', value = {
            "at least 175      | 398              | false",
            "at least 398      | 175              | true",
            "more than 100     | 135              | false",
            "up to 12,000      | 11,000           | false",
            "up to 10,000      | 11,000           | true",
            "64%               | 65%              | true",
            "51%               | 51.2%            | false",
            "11,000            | 11,040           | false",
            "11,000            | 12,000           | true",
            "about 5,000       | 5,400            | false",
            "about 5,000       | 20,000           | true",
            "June 18, 2024     | June 19, 2024    | true",
            "June 2024         | June 19, 2024    | false",
            "in 1995           | April 19, 1988   | true",
            "69 days           | 70 days          | true",
            "more than two months | 69 days       | false",
            "10 km             | 23 km            | true",
    })
    void disagree(String one, String other, boolean disagree) {
        assertEquals(disagree, GroupReconciler.disagree(value(one), value(other)));
        assertEquals(disagree, GroupReconciler.disagree(value(other), value(one)), "the relation is symmetric");
    }
}
