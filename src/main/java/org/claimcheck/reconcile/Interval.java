package org.claimcheck.reconcile;

import java.time.LocalDate;

import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.Qualifier;
import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueKind;

/**
 * A value as a closed interval of doubles (dates as epoch days), widened by what the statement leaves open:
 * rounding of an exact figure, a week either side of an approximate date. Open sides are infinite.
 */
record Interval(double low, double high) {

    /** "11,000" stands for anything that rounds to it: half a percent either side. */
    private static final double ROUNDING = 0.005;
    /** "10 kilometres (6 miles)": a measure given in another unit is rounded in that unit, here by 3.4%. */
    private static final double CONVERSION_ROUNDING = 0.05;
    /** "mid-November" may reach a few days past its nominal ten. */
    private static final double APPROXIMATE_DAYS = 7;

    static Interval of(Value value) {
        if (value instanceof NumericValue number) {
            double low = number.min() == null ? Double.NEGATIVE_INFINITY : number.min().doubleValue();
            double high = number.max() == null ? Double.POSITIVE_INFINITY : number.max().doubleValue();
            if (number.qualifier() == Qualifier.EXACT) {
                double rounding = number.kind() == ValueKind.QUANTITY ? CONVERSION_ROUNDING : ROUNDING;
                low -= Math.abs(low) * rounding;
                high += Math.abs(high) * rounding;
            }
            return new Interval(low, high);
        }
        DateValue date = (DateValue) value;
        if (!date.resolved()) {
            return null;
        }
        double slack = date.qualifier() == Qualifier.APPROXIMATE ? APPROXIMATE_DAYS : 0;
        return new Interval(date.first() == null ? Double.NEGATIVE_INFINITY : date.first().toEpochDay() - slack,
                date.last() == null ? Double.POSITIVE_INFINITY : date.last().toEpochDay() + slack);
    }

    static Interval ofPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return null;
        }
        return new Interval(from.toEpochDay(), to.toEpochDay());
    }

    boolean overlaps(Interval other) {
        return low <= other.high && other.low <= high;
    }

    /** Closed on both sides: not "more than" or "up to". */
    boolean bounded() {
        return Double.isFinite(low) && Double.isFinite(high);
    }

    /** How far apart two disjoint intervals are; 0 when they overlap. */
    double gap(Interval other) {
        return Math.max(0, Math.max(low, other.low) - Math.min(high, other.high));
    }

    /** A representative magnitude: the middle, or the finite side of a half-open interval. */
    double middle() {
        if (Double.isInfinite(low)) {
            return high;
        }
        if (Double.isInfinite(high)) {
            return low;
        }
        return (low + high) / 2;
    }
}
