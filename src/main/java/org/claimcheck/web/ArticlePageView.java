package org.claimcheck.web;

import java.util.List;

import org.claimcheck.ingest.ArticlePage;

/** One page of the article listing. */
public record ArticlePageView(List<ArticleSummary> items, int page, int size, long totalItems, int totalPages) {

    static ArticlePageView of(ArticlePage page) {
        return new ArticlePageView(page.articles().stream().map(ArticleSummary::of).toList(),
                page.request().index(), page.request().size(), page.totalArticles(), page.totalPages());
    }
}
