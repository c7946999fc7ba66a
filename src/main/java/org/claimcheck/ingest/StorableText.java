package org.claimcheck.ingest;

import java.util.Optional;

/**
 * Whether a submitted string can be stored exactly as sent. PostgreSQL's text types cannot hold the NUL
 * character, and an unpaired UTF-16 surrogate is not Unicode at all (the PostgreSQL driver would write it as
 * "?"); both are refused rather than silently changed, since claim spans are offsets into the stored text.
 * Every other character, control characters and bidirectional marks included, is kept. Values cut to fit a column
 * are cut between characters, never inside a surrogate pair.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why the value cannot be stored as it is, or empty when it can; indices are UTF-16 offsets. */
    static Optional<String> problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return Optional.of("must not contain the NUL character (U+0000), found at index " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a whole pair: one supplementary character
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("holds an unpaired surrogate (U+%04X) at index %d, which is not Unicode text",
                        (int) c, i));
            }
        }
        return Optional.empty();
    }

    /** The longest prefix of at most {@code max} chars that does not end inside a surrogate pair. */
    public static String truncate(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
