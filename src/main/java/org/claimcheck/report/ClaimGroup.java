package org.claimcheck.report;

import java.util.List;

import org.claimcheck.normalize.ValueKind;

/** Claims that describe the same fact, possibly from several outlets. */
public record ClaimGroup(String id, String label, ValueKind kind, GroupStatus status, List<String> outlets,
        List<ReportedClaim> claims) {

    public ClaimGroup {
        outlets = List.copyOf(outlets);
        claims = List.copyOf(claims);
    }
}
