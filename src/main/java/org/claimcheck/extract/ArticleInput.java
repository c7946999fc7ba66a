package org.claimcheck.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article to extract claims from.
 *
 * @param languageTag a BCP 47 tag, or null to detect the language
 * @param publishedOn the publication day, or null when unknown (a dateline in the text is used then)
 */
public record ArticleInput(String text, String languageTag, LocalDate publishedOn) {

    public ArticleInput {
        Objects.requireNonNull(text, "text");
    }
}
