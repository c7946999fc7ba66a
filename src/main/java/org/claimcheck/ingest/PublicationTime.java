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
    /** What a client is told when its value parses but lies outside {@link #FIRST_DAY}..{@link #LAST_DAY}. */
    public static final String RANGE_HINT = "must be a day from 0001-01-01 to 9998-12-31";

    /**
     * The days accepted. java.time reads "+999999999-12-31", but PostgreSQL refuses dates that far out, and
     * relative dates resolved against the publication day ("next year") would overflow; they reach a year either
     * side of it, so the range stops a year short of 9999 to keep every claim's dates in four-digit ISO form.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9998, 12, 31);

    /** A value that parses but names a day outside the accepted range. */
    public static final class OutOfRangeException extends DateTimeParseException {
        OutOfRangeException(String text) {
            super(RANGE_HINT, text, 0);
        }
    }

    public PublicationTime {
        Objects.requireNonNull(date, "date");
    }

    /**
     * Parses an ISO-8601 date, date-time or offset date-time of a day from {@link #FIRST_DAY} to {@link #LAST_DAY}.
     *
     * @throws DateTimeParseException when it does not parse, {@link OutOfRangeException} when the day is out of range
     */
    public static PublicationTime parse(String iso) {
        PublicationTime time = parseAny(iso.strip());
        if (time.date().isBefore(FIRST_DAY) || time.date().isAfter(LAST_DAY)) {
            throw new OutOfRangeException(iso);
        }
        return time;
    }

    /** What to tell a client whose value {@link #parse} refused. */
    public static String hint(DateTimeParseException refusal) {
        return refusal instanceof OutOfRangeException ? RANGE_HINT : FORMAT_HINT;
    }

    private static PublicationTime parseAny(String text) {
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
