package org.claimcheck.normalize;

/** What a value measures; decides its unit and how it compares. */
public enum ValueKind {
    COUNT, MONEY, QUANTITY, PERCENT, DATE, DURATION
}
