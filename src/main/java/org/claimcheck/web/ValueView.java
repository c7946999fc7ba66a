package org.claimcheck.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.Value;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim's value as CONTRACT.md writes it: {@code min}, {@code max}, {@code unit}, {@code qualifier}. The bounds
 * are numbers for every kind but DATE, whose bounds are ISO days; an open or unknown side is null.
 */
@Schema(oneOf = {ValueView.Numbers.class, ValueView.Days.class})
public sealed interface ValueView permits ValueView.Numbers, ValueView.Days {

    static ValueView of(Value value) {
        if (value instanceof NumericValue numbers) {
            return new Numbers(plain(numbers.min()), plain(numbers.max()), numbers.unit(), numbers.qualifier().name());
        }
        DateValue days = (DateValue) value; // Value is sealed: a number interval or a span of days
        return new Days(iso(days.first()), iso(days.last()), null, days.qualifier().name());
    }

    /** A number interval in the kind's base unit. */
    record Numbers(BigDecimal min, BigDecimal max, String unit, String qualifier) implements ValueView {
    }

    /** A span of days; {@code unit} is always null, and both days are null when a relative date stayed unresolved. */
    record Days(String min, String max, String unit, String qualifier) implements ValueView {
    }

    /** 2700.0 is written 2700: the same number, the way the contract shows it (JsonConventions keeps it from 2.7E+3). */
    private static BigDecimal plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros();
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
