package org.claimcheck.claimstore;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.Qualifier;
import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueKind;

/**
 * A value flattened for a JSON column: a claim's value, a group's consensus. A field a later version drops stays
 * readable in old rows: the API refuses unknown fields, stored rows do not.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ValueRecord(ValueKind kind, BigDecimal min, BigDecimal max, LocalDate first, LocalDate last, String unit,
        Qualifier qualifier, boolean resolved) {

    static ValueRecord of(Value value) {
        if (value instanceof NumericValue number) {
            return new ValueRecord(number.kind(), number.min(), number.max(), null, null, number.unit(), number.qualifier(), true);
        }
        DateValue date = (DateValue) value;
        return new ValueRecord(ValueKind.DATE, null, null, date.first(), date.last(), null, date.qualifier(), date.resolved());
    }

    Value toValue() {
        return kind == ValueKind.DATE ? new DateValue(first, last, qualifier, resolved)
                : new NumericValue(kind, min, max, unit, qualifier);
    }
}
