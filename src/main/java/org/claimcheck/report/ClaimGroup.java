package org.claimcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueKind;
import org.claimcheck.reconcile.ReconcileInput;
import org.claimcheck.reconcile.Verdict;

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

    /** A group of reconciled claims: each claim with the ids it contradicts, the outlets in order of appearance. */
    public static ClaimGroup of(String id, String label, List<ReconcileInput> members, Verdict verdict) {
        List<ReportedClaim> claims = new ArrayList<>(members.size());
        for (ReconcileInput member : members) {
            claims.add(new ReportedClaim(member.claimId(), member.articleId(), member.outlet(), member.claim(),
                    verdict.conflictsWith().getOrDefault(member.claimId(), List.of())));
        }
        return new ClaimGroup(id, label, members.get(0).claim().value().kind(), GroupStatus.valueOf(verdict.status().name()),
                outletsOf(members), claims, verdict.consensus(), verdict.severity(), verdict.sources());
    }

    /** The outlets of the claims, in order of first appearance. */
    public static List<String> outletsOf(List<ReconcileInput> members) {
        LinkedHashSet<String> outlets = new LinkedHashSet<>();
        members.forEach(member -> outlets.add(member.outlet()));
        return List.copyOf(outlets);
    }
}
