package org.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationTimeTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-06-19                  | 2024-06-19 | 2024-06-19",
            "2024-06-19T08:30:00Z        | 2024-06-19 | 2024-06-19T08:30Z",
            "2024-06-19T23:30:00-05:00   | 2024-06-19 | 2024-06-19T23:30-05:00",
            "2024-06-19T01:30:00+09:00   | 2024-06-19 | 2024-06-19T01:30+09:00",
            "2024-06-19T08:30:00         | 2024-06-19 | 2024-06-19",
            "2024-06-19T08:30            | 2024-06-19 | 2024-06-19",
            " 2024-12-18                 | 2024-12-18 | 2024-12-18",
            "2024-02-29                  | 2024-02-29 | 2024-02-29",
    })
    void keepsTheDayOfTheSourceAndTheInstantWhenKnown(String iso, String day, String shown) {
        PublicationTime time = PublicationTime.parse(iso);
        assertEquals(day, time.date().toString());
        assertEquals(shown, time.toIso());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01", "2023-02-29", "19/06/2024", "2024-06-19T25:00:00Z", "2024-06", "T",
            "99999-01-01"})
    void rejectsWhatIsNotAnIsoDate(String text) {
        DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> PublicationTime.parse(text));
        assertEquals(PublicationTime.FORMAT_HINT, PublicationTime.hint(e));
    }

    /** java.time reads these, but PostgreSQL cannot store them or "next year" overflows past 9999. */
    @ParameterizedTest
    @ValueSource(strings = {"+99999-06-19", "+999999999-12-31", "-999999999-01-01", "0000-12-31", "-0044-03-15T12:00:00Z",
            "9999-01-01", "9999-12-31T23:59:59Z", "9999-01-01T00:30:00+14:00"})
    void rejectsDaysOutsideTheStorableRange(String text) {
        DateTimeParseException e = assertThrows(PublicationTime.OutOfRangeException.class, () -> PublicationTime.parse(text));
        assertEquals("must be a day from 0001-01-01 to 9998-12-31", PublicationTime.hint(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "9998-12-31", "9998-12-31T23:00:00+02:00", "0001-01-01T00:00:00+14:00"})
    void acceptsTheFirstAndLastDays(String text) {
        PublicationTime time = PublicationTime.parse(text);
        assertEquals(text.substring(0, 10), time.date().toString());
    }
}
