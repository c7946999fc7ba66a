package org.claimcheck.web;

import org.claimcheck.report.AnalyzedArticle;

/**
 * An article of a report, with the id its claims use. Beyond the contract's fields: the language the extractor
 * read it in, and the day relative dates were resolved against and where that day came from.
 *
 * @param referenceSource PUBLISHED, DATELINE or NONE
 */
public record ReportArticleView(String id, String outlet, String url, String publishedAt, String language,
        String referenceDate, String referenceSource) {

    static ReportArticleView of(AnalyzedArticle article) {
        var claims = article.claims();
        return new ReportArticleView(article.id(), article.outlet(), article.url(), article.publishedAt(),
                ClaimView.tag(claims.language()), ClaimView.iso(claims.reference().day()),
                claims.reference().source().name());
    }
}
