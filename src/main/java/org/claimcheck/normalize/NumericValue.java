package org.claimcheck.normalize;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number interval in the kind's base unit: plain numbers for COUNT, the stated currency's ISO code for MONEY,
 * SI base units for QUANTITY ({@code m}, {@code kg}, {@code m2}, {@code l}), days for DURATION, percent for
 * PERCENT. An open side is null ("more than 11,000" has no max).
 */
public record NumericValue(ValueKind kind, BigDecimal min, BigDecimal max, String unit, Qualifier qualifier)
        implements Value {

    public NumericValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qualifier, "qualifier");
        if (kind == ValueKind.DATE) {
            throw new IllegalArgumentException("dates are DateValues");
        }
        if (min == null && max == null) {
            throw new IllegalArgumentException("a value bounds at least one side");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    public static NumericValue exact(ValueKind kind, BigDecimal value, String unit) {
        return new NumericValue(kind, value, value, unit, Qualifier.EXACT);
    }
}
