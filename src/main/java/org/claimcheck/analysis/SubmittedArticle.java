package org.claimcheck.analysis;

/**
 * An article sent for analysis, not for storage. Only {@code outlet} and {@code text} are required.
 *
 * @param text        analysed exactly as sent, markup included: claim spans are offsets into it
 * @param publishedAt an ISO date or date-time; relative dates ("on Wednesday") resolve against its day
 * @param language    a language tag, or null to let the extractor detect it
 */
public record SubmittedArticle(
        String outlet,
        String url,
        String title,
        String publishedAt,
        String language,
        String text) {
}
