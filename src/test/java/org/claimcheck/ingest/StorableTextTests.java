package org.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cutting a value to a column's length cuts between characters, never inside a surrogate pair. */
class StorableTextTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            shorter than the limit     | abc              | 5 | abc
            exactly the limit          | abcde            | 5 | abcde
            plain cut                  | abcdefgh         | 5 | abcde
            a pair across the limit    | abcd\uD83D\uDE00f | 5 | abcd
            a pair just inside         | abc\uD83D\uDE00f  | 5 | abc\uD83D\uDE00
            """)
    void cutsBetweenCharacters(String name, String value, int max, String expected) {
        assertEquals(expected, StorableText.truncate(value, max));
    }
}
