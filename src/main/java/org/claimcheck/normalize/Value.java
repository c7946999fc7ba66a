package org.claimcheck.normalize;

/** A normalized value: the interval a statement asserts, with its kind and qualifier. */
public sealed interface Value permits NumericValue, DateValue {

    ValueKind kind();

    Qualifier qualifier();
}
