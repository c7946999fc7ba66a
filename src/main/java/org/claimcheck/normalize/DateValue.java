package org.claimcheck.normalize;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The span of days a date expression means: "February 2022" is 2022-02-01 to 2022-02-28. A bound leaves one side
 * open: "since August 2023" is AT_LEAST from 2023-08-01 (last null), "before 2010" AT_MOST up to 2009-12-31 (first
 * null). A relative expression ("on Wednesday") with no reference date to resolve it against is unresolved: both days
 * are null.
 */
public record DateValue(LocalDate first, LocalDate last, Qualifier qualifier, boolean resolved) implements Value {

    public DateValue {
        Objects.requireNonNull(qualifier, "qualifier");
        if (resolved && (first == null && (last == null || qualifier != Qualifier.AT_MOST)
                || last == null && (first == null || qualifier != Qualifier.AT_LEAST))) {
            throw new IllegalArgumentException("a resolved date has both days, or one for a bound: " + first + ".." + last
                    + " " + qualifier);
        }
        if (first != null && last != null && first.isAfter(last)) {
            throw new IllegalArgumentException(first + " is after " + last);
        }
    }

    public static DateValue of(LocalDate first, LocalDate last, Qualifier qualifier) {
        return new DateValue(first, last, qualifier, true);
    }

    public static DateValue unresolved() {
        return new DateValue(null, null, Qualifier.EXACT, false);
    }

    @Override
    public ValueKind kind() {
        return ValueKind.DATE;
    }
}
