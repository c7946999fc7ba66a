package org.claimcheck.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeyTests {

    private static final String SECRET = "s3cret-key-with-some-length";
    private final ApiKey key = ApiKey.of(SECRET);

    @Test
    void theSameKeyMatches() {
        assertTrue(key.matches(SECRET));
        assertTrue(key.matches(new String(SECRET.toCharArray())), "equal text, another string object");
    }

    @Test
    void aKeyOfTheSameLengthThatDiffersAnywhereDoesNotMatch() {
        for (int i = 0; i < SECRET.length(); i++) {
            char[] chars = SECRET.toCharArray();
            chars[i] = chars[i] == 'x' ? 'y' : 'x';
            assertFalse(key.matches(new String(chars)), "differs at " + i);
        }
    }

    @Test
    void keysOfOtherLengthsDoNotMatch() {
        assertFalse(key.matches(SECRET + "x"));
        assertFalse(key.matches(SECRET.substring(0, SECRET.length() - 1)));
        assertFalse(key.matches(SECRET.substring(0, 1)));
        assertFalse(key.matches(SECRET + SECRET));
    }

    @Test
    void noKeyOrAnEmptyOneDoesNotMatch() {
        assertFalse(key.matches(null));
        assertFalse(key.matches(""));
    }

    @Test
    void caseCounts() {
        assertFalse(key.matches(SECRET.toUpperCase()));
    }

    @Test
    void surroundingWhitespaceIsIgnoredOnBothSides() {
        assertTrue(ApiKey.of("  " + SECRET + "\n").matches(SECRET));
        assertTrue(key.matches(" " + SECRET + " "));
    }

    @Test
    void nonAsciiKeysCompareByTheirUtf8Bytes() {
        assertTrue(ApiKey.of("clé-ñandú-鍵").matches("clé-ñandú-鍵"));
        assertFalse(ApiKey.of("clé-ñandú-鍵").matches("cle-nandu-鍵"));
    }

    @Test
    void aBlankKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ApiKey.of(" "));
        assertThrows(IllegalArgumentException.class, () -> ApiKey.of(null));
    }

    @Test
    void itsTextNeverShowsTheKey() {
        assertFalse(key.toString().contains(SECRET));
    }
}
