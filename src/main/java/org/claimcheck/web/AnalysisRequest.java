package org.claimcheck.web;

import java.util.List;

import org.claimcheck.analysis.SubmittedArticle;

/** The body of {@code POST /api/analyze}: the articles to analyse, in the order the report lists them. */
public record AnalysisRequest(List<SubmittedArticle> articles) {
}
