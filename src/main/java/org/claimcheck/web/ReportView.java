package org.claimcheck.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.claimcheck.report.Report;

/**
 * The conflict report of CONTRACT.md: the articles in order, and every claim in exactly one group; beyond the
 * contract, each outlet's estimated reliability (1 for the most reliable).
 */
public record ReportView(List<ReportArticleView> articles, List<ClaimGroupView> groups, Map<String, Double> outletReliability) {

    static ReportView of(Report report) {
        Map<String, Double> reliability = new TreeMap<>();
        report.reliability().forEach((outlet, weight) -> reliability.put(outlet, Math.round(weight * 1000) / 1000.0));
        return new ReportView(report.articles().stream().map(ReportArticleView::of).toList(),
                report.groups().stream().map(ClaimGroupView::of).toList(), reliability);
    }
}
