package org.claimcheck.web;

import java.util.List;

import org.claimcheck.report.Report;

/** The conflict report of CONTRACT.md: the articles in order, and every claim in exactly one group. */
public record ReportView(List<ReportArticleView> articles, List<ClaimGroupView> groups) {

    static ReportView of(Report report) {
        return new ReportView(report.articles().stream().map(ReportArticleView::of).toList(),
                report.groups().stream().map(ClaimGroupView::of).toList());
    }
}
