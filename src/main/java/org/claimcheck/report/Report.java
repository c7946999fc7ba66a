package org.claimcheck.report;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an analysis: the articles in request order, every claim in exactly one group, and the
 * reliability estimated for each outlet (1 for the most reliable).
 */
public record Report(List<AnalyzedArticle> articles, List<ClaimGroup> groups, Map<String, Double> reliability) {

    public Report {
        articles = List.copyOf(articles);
        groups = List.copyOf(groups);
        reliability = Map.copyOf(reliability);
    }
}
