package org.claimcheck.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.claimcheck.claimstore.ClaimCatalog;
import org.claimcheck.report.ReportedClaim;

/**
 * A stored group with every claim: its outlet, article, value, sentence and the claims it contradicts.
 *
 * @param relatedGroups groups on the same measure and event from another source or role: never a conflict
 */
public record GroupDetailView(@JsonUnwrapped GroupSummaryView group, List<ReportedClaimView> claims,
        List<String> relatedGroups) {

    static GroupDetailView of(ClaimCatalog.GroupDetail detail) {
        return new GroupDetailView(GroupSummaryView.of(detail.group(), detail.consensus()),
                detail.claims().stream().map(row -> ReportedClaimView.of(
                        new ReportedClaim(row.id(), row.articleId(), row.outlet(), row.claim(), row.conflictsWith()))).toList(),
                detail.relatedGroups());
    }
}
