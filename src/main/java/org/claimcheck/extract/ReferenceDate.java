package org.claimcheck.extract;

import java.time.LocalDate;

/**
 * The day relative expressions are resolved against, and where it came from.
 *
 * @param day null when the article has neither a publication date nor a dateline
 */
public record ReferenceDate(LocalDate day, Source source) {

    public enum Source { PUBLISHED, DATELINE, NONE }

    public static ReferenceDate none() {
        return new ReferenceDate(null, Source.NONE);
    }
}
