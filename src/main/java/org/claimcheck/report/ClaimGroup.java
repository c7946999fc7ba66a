package org.claimcheck.report;

import java.util.List;

import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueKind;

/**
 * Claims that describe the same fact, possibly from several outlets.
 *
 * @param consensus the value best supported by independent, reliable sources
 * @param severity  how far apart conflicting values are, 0 (none) to 1
 * @param sources   independent sources: outlets citing the same origin count once
 */
public record ClaimGroup(String id, String label, ValueKind kind, GroupStatus status, List<String> outlets,
        List<ReportedClaim> claims, Value consensus, double severity, int sources) {

    public ClaimGroup {
        outlets = List.copyOf(outlets);
        claims = List.copyOf(claims);
    }
}
