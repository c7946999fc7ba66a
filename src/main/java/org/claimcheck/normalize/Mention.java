package org.claimcheck.normalize;

import java.util.Objects;

/**
 * A value expression found in a text: its span (UTF-16 offsets, end exclusive) and normalized value.
 *
 * @param relative true when the value was resolved against the reference date ("on Wednesday", "last year")
 */
public record Mention(int start, int end, Value value, boolean relative) {

    public Mention {
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
