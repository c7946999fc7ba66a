package org.claimcheck.ingest;

/**
 * An article as a client submits it. Only {@code outlet} and {@code text} are required.
 *
 * @param publishedAt an ISO date or date-time
 * @param format      {@code text} or {@code html}; when absent, text wrapped in tags is taken for HTML
 */
public record ArticleSubmission(
        String outlet,
        String url,
        String title,
        String publishedAt,
        String language,
        String text,
        String format) {
}
