package org.claimcheck.report;

import java.util.List;

/** The outcome of an analysis: the articles in request order, and every claim in exactly one group. */
public record Report(List<AnalyzedArticle> articles, List<ClaimGroup> groups) {

    public Report {
        articles = List.copyOf(articles);
        groups = List.copyOf(groups);
    }
}
