package org.claimcheck.report;

import java.util.List;

import org.claimcheck.extract.Claim;

/** A claim as a report lists it: with its id, its article, and the ids of the claims it contradicts. */
public record ReportedClaim(String id, String articleId, String outlet, Claim claim, List<String> conflictsWith) {

    public ReportedClaim {
        conflictsWith = List.copyOf(conflictsWith);
    }
}
