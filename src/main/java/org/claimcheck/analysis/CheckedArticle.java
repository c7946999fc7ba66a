package org.claimcheck.analysis;

import java.time.LocalDate;

import org.claimcheck.ingest.PublicationTime;

/**
 * A submitted article that passed the checks: metadata stripped of surrounding blanks, the text untouched.
 *
 * @param publishedAt the date or date-time as the client wrote it, or null
 * @param published   what {@code publishedAt} means, or null
 */
record CheckedArticle(String outlet, String url, String publishedAt, PublicationTime published, String language,
        String text) {

    LocalDate publishedOn() {
        return published == null ? null : published.date();
    }
}
