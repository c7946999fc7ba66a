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
    @ValueSource(strings = {"yesterday", "2024-13-01", "2023-02-29", "19/06/2024", "2024-06-19T25:00:00Z", "2024-06", "T"})
    void rejectsWhatIsNotAnIsoDate(String text) {
        assertThrows(DateTimeParseException.class, () -> PublicationTime.parse(text));
    }
}
