package org.claimcheck.report;

import java.util.Objects;

import org.claimcheck.extract.ArticleClaims;

/** An article of a report: the id its claims use, its metadata and what extraction found in it. */
public record AnalyzedArticle(String id, String outlet, String url, String publishedAt, ArticleClaims claims) {

    public AnalyzedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(claims, "claims");
    }
}
