package org.claimcheck.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.claimcheck.ingest.Article;

/** A stored article with its full text: the fields of its summary, then {@code text}. */
public record ArticleView(@JsonUnwrapped ArticleSummary summary, String text) {

    static ArticleView of(Article article) {
        return new ArticleView(ArticleSummary.of(article), article.text);
    }
}
