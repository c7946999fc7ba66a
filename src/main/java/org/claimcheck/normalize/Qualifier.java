package org.claimcheck.normalize;

/** How the statement bounds its value: "nearly 3,000" is APPROXIMATE, "more than 11,000" AT_LEAST. */
public enum Qualifier {
    EXACT, APPROXIMATE, AT_LEAST, AT_MOST, RANGE
}
