package org.claimcheck.web;

import java.util.List;

import org.claimcheck.report.ClaimGroup;

/**
 * Claims about the same fact.
 *
 * @param kind   COUNT, MONEY, QUANTITY, PERCENT, DATE or DURATION
 * @param status    CONFLICT, EVOLVING, CONSISTENT or SINGLE_SOURCE
 * @param consensus the value best supported by independent, reliable sources
 * @param severity  how far apart conflicting values are, 0 to 1
 * @param sources   independent sources: outlets citing the same origin count once
 * @param relatedGroups groups on the same measure and event from another source or role: never a conflict
 */
public record ClaimGroupView(String id, String label, String kind, String status, List<String> outlets,
        List<ReportedClaimView> claims, ValueView consensus, double severity, int sources, List<String> relatedGroups) {

    static ClaimGroupView of(ClaimGroup group) {
        return new ClaimGroupView(group.id(), group.label(), group.kind().name(), group.status().name(), group.outlets(),
                group.claims().stream().map(ReportedClaimView::of).toList(), ValueView.of(group.consensus()),
                Math.round(group.severity() * 1000) / 1000.0, group.sources(), group.relatedGroups());
    }
}
