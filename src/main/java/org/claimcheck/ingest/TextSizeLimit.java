package org.claimcheck.ingest;

/**
 * The longest article text accepted, in bytes of UTF-8. One rule for the store and for analysis, so that a text
 * is over the limit for both or for neither.
 */
public record TextSizeLimit(long maxBytes) {

    /** @throws LimitExceededException naming the field when the text is longer than the limit */
    public void check(String text, String field) {
        if (text == null || (long) text.length() * 3 <= maxBytes) {
            return; // no UTF-16 unit takes more than three bytes of UTF-8
        }
        long bytes = utf8Length(text);
        if (bytes > maxBytes) {
            throw new LimitExceededException(field, "is " + bytes + " bytes of UTF-8, over the limit of " + maxBytes + " bytes");
        }
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
