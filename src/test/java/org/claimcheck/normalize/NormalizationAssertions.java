package org.claimcheck.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The shared checks of the normalization tables. Expected bounds are written as decimal strings and compared with
 * {@link BigDecimal#compareTo}, so "3000" matches "3000.00". A bound written with a leading "~" ("~0.5") is the
 * result of a non-terminating product in the spec (hours are 1/24 day) and may differ by at most 0.001.
 */
final class NormalizationAssertions {

    /** The reference day of the number tables: a Wednesday. Numbers do not depend on it. */
    static final LocalDate REFERENCE = LocalDate.of(2024, 6, 19);

    private static final BigDecimal TOLERANCE = new BigDecimal("0.001");

    private NormalizationAssertions() {
    }

    static Optional<Value> normalize(String expression, Language language, LocalDate reference) {
        return new ValueNormalizer().normalize(expression, language, reference);
    }

    /** A number value: kind, bounds (null for an open side), unit (null for a COUNT) and qualifier. */
    static void assertNumeric(Language language, String expression, ValueKind kind, String min, String max,
            String unit, Qualifier qualifier) {
        Optional<Value> found = normalize(expression, language, REFERENCE);
        String where = language + " \"" + expression + "\"";
        if (found.isEmpty()) {
            fail(where + ": no value found, expected " + kind + " [" + min + ", " + max + "] " + unit + " "
                    + qualifier);
        }
        NumericValue value = assertInstanceOf(NumericValue.class, found.get(), where + ": " + found.get());
        String seen = where + ": got " + value;
        assertEquals(kind, value.kind(), seen);
        assertBound(min, value.min(), "min", seen);
        assertBound(max, value.max(), "max", seen);
        assertEquals(unit, value.unit(), seen);
        assertEquals(qualifier, value.qualifier(), seen);
    }

    /**
     * A date value. With both days null the expression must be found but unresolved; otherwise it must be resolved
     * to exactly those days.
     */
    static void assertDate(Language language, LocalDate reference, String expression, LocalDate first,
            LocalDate last, Qualifier qualifier) {
        Optional<Value> found = normalize(expression, language, reference);
        String where = language + " \"" + expression + "\" (reference " + reference + ")";
        if (found.isEmpty()) {
            fail(where + ": no value found, expected DATE " + first + ".." + last + " " + qualifier);
        }
        DateValue value = assertInstanceOf(DateValue.class, found.get(), where + ": " + found.get());
        String seen = where + ": got " + value;
        assertEquals(ValueKind.DATE, value.kind(), seen);
        assertEquals(first, value.first(), seen);
        assertEquals(last, value.last(), seen);
        assertEquals(first != null || last != null, value.resolved(), seen);
        assertEquals(qualifier, value.qualifier(), seen);
    }

    /** The expression holds no value at all. */
    static void assertNoValue(Language language, String expression) {
        Optional<Value> found = normalize(expression, language, REFERENCE);
        assertTrue(found.isEmpty(), language + " \"" + expression + "\" is not a value, got " + found.orElse(null));
    }

    private static void assertBound(String expected, BigDecimal actual, String side, String seen) {
        if (expected == null) {
            assertNull(actual, side + " should be open; " + seen);
            return;
        }
        if (actual == null) {
            fail(side + " should be " + expected + " but is open; " + seen);
        }
        if (expected.startsWith("~")) {
            BigDecimal target = new BigDecimal(expected.substring(1));
            assertTrue(target.subtract(actual).abs().compareTo(TOLERANCE) <= 0,
                    side + " should be " + target + " within " + TOLERANCE + "; " + seen);
        } else {
            BigDecimal target = new BigDecimal(expected);
            assertTrue(target.compareTo(actual) == 0, side + " should be " + target + "; " + seen);
        }
    }
}
