package org.claimcheck.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.claimcheck.report.ReportedClaim;

/** A claim in a report: its id, the article it is from, the claim's own fields, and the claims it contradicts. */
public record ReportedClaimView(
        String id,
        String articleId,
        String outlet,
        @JsonUnwrapped ClaimView claim,
        List<String> conflictsWith) {

    static ReportedClaimView of(ReportedClaim reported) {
        return new ReportedClaimView(reported.id(), reported.articleId(), reported.outlet(),
                ClaimView.of(reported.claim()), reported.conflictsWith());
    }
}
