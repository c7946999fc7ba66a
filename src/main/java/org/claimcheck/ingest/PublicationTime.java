package org.claimcheck.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When an article was published: always a day, and the instant too when the source gave a time with an offset.
 * A date-time without an offset keeps only its day, since the instant it names is unknown.
 */
public record PublicationTime(LocalDate date, OffsetDateTime instant) {

    /** What a client is told when its value does not parse. */
    public static final String FORMAT_HINT = "must be an ISO date (2024-06-19) or date-time (2024-06-19T08:30:00Z)";

    public PublicationTime {
        Objects.requireNonNull(date, "date");
    }

    /** Parses an ISO-8601 date, date-time or offset date-time; throws {@link DateTimeParseException} otherwise. */
    public static PublicationTime parse(String iso) {
        String text = iso.strip();
        if (text.indexOf('T') < 0 && text.indexOf('t') < 0) {
            return new PublicationTime(LocalDate.parse(text), null);
        }
        try {
            OffsetDateTime instant = OffsetDateTime.parse(text);
            return new PublicationTime(instant.toLocalDate(), instant);
        } catch (DateTimeParseException withoutOffset) {
            return new PublicationTime(LocalDateTime.parse(text).toLocalDate(), null);
        }
    }

    /** The ISO form: the offset date-time when known, else the day. */
    public String toIso() {
        return instant != null ? instant.toString() : date.toString();
    }
}
