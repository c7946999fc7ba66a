package org.claimcheck.web;

import java.time.Instant;

import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.PublicationTime;

/** A stored article in a listing: its metadata without the text. */
public record ArticleSummary(
        long id,
        String outlet,
        String outletKey,
        String url,
        String title,
        String publishedAt,
        String language,
        int textLength,
        Instant ingestedAt) {

    static ArticleSummary of(Article article) {
        return new ArticleSummary(article.id, article.outlet.name, article.outlet.key, article.url, article.title,
                article.publication().map(PublicationTime::toIso).orElse(null), article.language,
                article.text.length(), article.ingestedAt);
    }
}
