package org.claimcheck.web;

import java.util.List;

import org.claimcheck.report.ClaimGroup;

/**
 * Claims about the same fact.
 *
 * @param kind   COUNT, MONEY, QUANTITY, PERCENT, DATE or DURATION
 * @param status CONFLICT, EVOLVING, CONSISTENT or SINGLE_SOURCE
 */
public record ClaimGroupView(String id, String label, String kind, String status, List<String> outlets,
        List<ReportedClaimView> claims) {

    static ClaimGroupView of(ClaimGroup group) {
        return new ClaimGroupView(group.id(), group.label(), group.kind().name(), group.status().name(), group.outlets(),
                group.claims().stream().map(ReportedClaimView::of).toList());
    }
}
